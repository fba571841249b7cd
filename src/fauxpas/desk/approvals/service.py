"""Approvals: the policy's decision says how many people, and who, must say yes.

pass: none. review: the account's ``approvals_required``. block: two, one of them an
admin, and a written override reason. Never the author. Editing voids approvals.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from fauxpas.desk.accounts.service import get_account
from fauxpas.desk.approvals.models import Approval
from fauxpas.desk.audit.service import record
from fauxpas.desk.drafts.models import Draft
from fauxpas.desk.drafts.service import get_draft
from fauxpas.desk.errors import Conflict, Forbidden, Invalid
from fauxpas.desk.users.models import User
from fauxpas.desk.users.service import require_access, require_role


@dataclass(frozen=True)
class Requirement:
    approvers: int
    admin: bool = False
    reason: bool = False

    def describe(self) -> str:
        if self.approvers == 0:
            return "no approval needed"
        text = f"{self.approvers} approver(s)"
        if self.admin:
            text += ", one of them an admin, with a written override reason"
        return text


def requirement(draft: Draft, *, approvals_required: int) -> Requirement:
    if draft.decision == "pass":
        return Requirement(0)
    if draft.decision == "block":
        return Requirement(max(2, approvals_required), admin=True, reason=True)
    return Requirement(max(1, approvals_required))


def current_approvals(db: Session, *, draft: Draft) -> list[Approval]:
    query = select(Approval).where(Approval.draft_id == draft.id,
                                   Approval.version == draft.version,
                                   Approval.voided.is_(False)).order_by(Approval.id)
    return list(db.scalars(query))


def satisfied(db: Session, *, draft: Draft, need: Requirement) -> bool:
    approvals = current_approvals(db, draft=draft)
    if len(approvals) < need.approvers:
        return False
    if need.admin:
        approvers = [db.get(User, a.user_id) for a in approvals]
        if not any(u is not None and u.role == "admin" for u in approvers):
            return False
    return not (need.reason and not any(a.override_reason.strip() for a in approvals))


def approve(db: Session, *, actor: User, draft_id: int, override_reason: str = "") -> Draft:
    draft = get_draft(db, draft_id=draft_id)
    require_role(actor, "approver", "approve posts")
    require_access(db, user=actor, account_id=draft.account_id)
    if draft.author_id == actor.id:
        raise Forbidden("no one approves their own post; ask a colleague")
    if draft.status not in ("in_review", "held"):
        raise Conflict(f"draft {draft.id} is {draft.status}; only posts waiting for review "
                       "can be approved")
    account = get_account(db, account_id=draft.account_id)
    need = requirement(draft, approvals_required=account.approvals_required)
    if any(a.user_id == actor.id for a in current_approvals(db, draft=draft)):
        raise Conflict("you already approved this version")
    if need.reason and not override_reason.strip():
        raise Invalid("this post is blocked by the policy; approving it is an override and "
                      "needs a written reason (override_reason)")
    db.add(Approval(draft_id=draft.id, user_id=actor.id, version=draft.version,
                    override_reason=override_reason.strip()))
    db.flush()
    action = "override" if draft.decision == "block" else "approve"
    summary = (f"override of a block: {override_reason.strip()}" if action == "override"
               else f"approved version {draft.version}")
    record(db, actor=actor.email, action=action, subject=f"draft:{draft.id}", summary=summary,
           detail={"version": draft.version, "decision": draft.decision})
    if satisfied(db, draft=draft, need=need):
        draft.status = "approved"
        draft.hold_reason = ""
    db.commit()
    return draft


def review_queue(db: Session, *, user: User) -> list[Draft]:
    from fauxpas.desk.drafts.service import list_drafts

    return list_drafts(db, user=user, status=["in_review", "held"])
