"""Checking in the desk: the engine, a draft turned into a case, context from the database.

``Checker`` wraps the core ``Engine`` (by default the full tier when the model is installed,
as ``fauxpas check``; ``$FAUXPAS_TIER=rules`` keeps the desk on word lists and patterns). A desk can be given its
own checker (tests do, to fix which checks run); otherwise it uses every registered check.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from fauxpas.api import new_engine
from fauxpas.checks.base import Check
from fauxpas.core.policy import DEFAULT_POLICY, Policy
from fauxpas.core.post import Account as CaseAccount
from fauxpas.core.post import Context, Post, Target
from fauxpas.core.tier import DEFAULT_TIER
from fauxpas.core.verdict import Decision, Verdict
from fauxpas.desk.accounts.models import Account
from fauxpas.desk.drafts.models import Draft

DECISION_RANK = {"pass": 0, "review": 1, "block": 2, "error": 3}


class Checker:
    def __init__(self, *, policy: Policy = DEFAULT_POLICY, tier: str = DEFAULT_TIER,
                 checks: Iterable[type[Check]] | None = None):
        self.engine = new_engine(policy, tier, checks)

    def check(self, post: Post) -> Verdict:
        return self.engine.check(post)


def case_account(account: Account) -> CaseAccount:
    return CaseAccount(handle=account.handle, network=account.network, kind=account.kind,
                       brand=account.brand, markets=tuple(account.markets or ()))


def draft_post(draft: Draft, account: Account, *, at: datetime, context: Context,
               scheduled: bool) -> Post:
    target = None
    if draft.target_text or draft.target_author:
        target = Target(text=draft.target_text, author=draft.target_author)
    return Post(id=f"draft:{draft.id}", text=draft.text, at=at, account=case_account(account),
                action=draft.action, target=target, scheduled=scheduled, context=context)


def verdict_fields(verdict: Verdict) -> dict[str, Any]:
    """What a draft stores of its verdict."""
    return {"decision": verdict.decision.value, "risk": round(float(verdict.risk), 3),
            "lang": verdict.lang, "findings": [f.to_dict() for f in verdict.findings]}


def got_worse(*, before_decision: str, before_codes: Iterable[str], after: Verdict) -> bool:
    """True if the verdict now is worse than what the approvers saw.

    Worse: a stricter decision, or a finding the approvers never saw that on its own
    needs a person (a new reason to stop, even at the same level).
    """
    if DECISION_RANK[after.decision.value] > DECISION_RANK[before_decision]:
        return True
    if after.decision is Decision.PASS:
        return False
    seen = set(before_codes)
    return any(f.code not in seen and f.severity.rank >= 1 for f in after.findings)
