"""fauxpas: stop brand social media gaffes before they go out."""

from fauxpas.api import check, check_many
from fauxpas.core.post import Account, CaseError, Context, Event, Post, Target
from fauxpas.core.verdict import Category, Decision, Finding, Severity, Verdict

__version__ = "0.1.0"

__all__ = [
    "Account", "CaseError", "Category", "Context", "Decision", "Event", "Finding", "Post",
    "Severity", "Target", "Verdict", "check", "check_many",
]
