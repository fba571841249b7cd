"""Drafts: every save is checked against the context of the moment; editing voids approvals."""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from fauxpas.core.post import CaseError, Post
from fauxpas.desk.accounts.models import Account
from fauxpas.desk.accounts.service import get_account
from fauxpas.desk.approvals.models import Approval
from fauxpas.desk.audit.service import record
from fauxpas.desk.check.service import Checker, draft_post, verdict_fields
from fauxpas.desk.db import utcnow
from fauxpas.desk.drafts.models import ACTIONS, STATUSES, Draft
from fauxpas.desk.errors import Conflict, Invalid, NotFound
from fauxpas.desk.events.service import context_at
from fauxpas.desk.schedule.models import Publication
from fauxpas.desk.users.models import User
from fauxpas.desk.users.service import require_access, require_role

EDITABLE = ("draft", "in_review", "approved", "scheduled", "held", "failed")
MAX_TEXT = 10_000


def create_draft(db: Session, *, actor: User, checker: Checker, account_id: int, text: str,
                 action: str = "post", target_text: str = "", target_author: str = "",
                 target_ref: str = "", personal_switch: bool = False,
                 context_hours: int = 72) -> Draft:
    require_role(actor, "author", "write posts")
    account = get_account(db, account_id=account_id)
    require_access(db, user=actor, account_id=account_id)
    if account.kind == "personal" and not personal_switch:
        raise Invalid(f"{account.handle} is a personal account; set personal_switch to post "
                      "there on purpose (brand and personal accounts are kept apart)")
    draft = Draft(account_id=account.id, author_id=actor.id)
    _fill(draft, action=action, text=text, target_text=target_text,
          target_author=target_author, target_ref=target_ref)
    db.add(draft)
    db.flush()
    _check(db, draft=draft, account=account, checker=checker, hours=context_hours,
           actor=actor.email)
    record(db, actor=actor.email, action="create", subject=f"draft:{draft.id}",
           summary=f"{draft.action} for {account.handle}: {draft.text[:80]}")
    db.commit()
    return draft


def update_draft(db: Session, *, actor: User, checker: Checker, draft_id: int, text: str,
                 action: str | None = None, target_text: str | None = None,
                 target_author: str | None = None, target_ref: str | None = None,
                 context_hours: int = 72) -> Draft:
    draft = get_draft(db, draft_id=draft_id)
    require_role(actor, "author", "edit posts")
    require_access(db, user=actor, account_id=draft.account_id)
    if draft.status not in EDITABLE:
        raise Conflict(f"draft {draft.id} is {draft.status}; it can no longer be edited")
    _fill(draft, action=action or draft.action, text=text,
          target_text=draft.target_text if target_text is None else target_text,
          target_author=draft.target_author if target_author is None else target_author,
          target_ref=draft.target_ref if target_ref is None else target_ref)
    voided = void_approvals(db, draft=draft)
    cancelled = _cancel_queued(db, draft=draft)
    draft.version += 1
    draft.status = "draft"
    draft.hold_reason = ""
    draft.updated_at = utcnow()
    account = get_account(db, account_id=draft.account_id)
    _check(db, draft=draft, account=account, checker=checker, hours=context_hours,
           actor=actor.email)
    record(db, actor=actor.email, action="edit", subject=f"draft:{draft.id}",
           summary=f"edited (version {draft.version}); {voided} approval(s) voided"
                   + ("; taken off the schedule" if cancelled else ""))
    db.commit()
    return draft


def submit_draft(db: Session, *, actor: User, draft_id: int) -> Draft:
    """Ask for approval; a post the policy passes needs none and is approved at once."""
    draft = get_draft(db, draft_id=draft_id)
    require_access(db, user=actor, account_id=draft.account_id)
    if draft.status not in ("draft", "held"):
        raise Conflict(f"draft {draft.id} is {draft.status}; only a draft can be submitted")
    draft.status = "approved" if draft.decision == "pass" else "in_review"
    record(db, actor=actor.email, action="submit", subject=f"draft:{draft.id}",
           summary=f"sent for approval (verdict {draft.decision})"
           if draft.status == "in_review" else "verdict pass: ready to schedule")
    db.commit()
    return draft


def delete_draft(db: Session, *, actor: User, draft_id: int) -> Draft:
    draft = get_draft(db, draft_id=draft_id)
    require_access(db, user=actor, account_id=draft.account_id)
    if draft.author_id != actor.id:
        require_role(actor, "approver", "delete someone else's draft")
    if draft.status in ("published", "deleted"):
        raise Conflict(f"draft {draft.id} is {draft.status}")
    _cancel_queued(db, draft=draft)
    draft.status = "deleted"
    record(db, actor=actor.email, action="delete", subject=f"draft:{draft.id}",
           summary="withdrawn")
    db.commit()
    return draft


def get_draft(db: Session, *, draft_id: int) -> Draft:
    draft = db.get(Draft, draft_id)
    if draft is None:
        raise NotFound(f"no draft with id {draft_id}")
    return draft


def list_drafts(db: Session, *, user: User, status: list[str] | None = None,
                limit: int = 200) -> list[Draft]:
    from fauxpas.desk.accounts.service import list_accounts

    for name in status or []:
        if name not in STATUSES:
            raise Invalid(f"status {name!r} is not one of {', '.join(STATUSES)}")
    allowed = [a.id for a in list_accounts(db, user=user, include_personal=True)]
    query = select(Draft).where(Draft.account_id.in_(allowed))
    if status:
        query = query.where(Draft.status.in_(status))
    return list(db.scalars(query.order_by(Draft.updated_at.desc()).limit(limit)))


def void_approvals(db: Session, *, draft: Draft) -> int:
    result = db.execute(update(Approval).where(Approval.draft_id == draft.id,
                                               Approval.voided.is_(False))
                        .values(voided=True))
    return result.rowcount or 0


def _cancel_queued(db: Session, *, draft: Draft) -> bool:
    result = db.execute(update(Publication).where(Publication.draft_id == draft.id,
                                                  Publication.state.in_(("queued", "held")))
                        .values(state="cancelled", finished_at=utcnow()))
    return bool(result.rowcount)


def _fill(draft: Draft, *, action: str, text: str, target_text: str, target_author: str,
          target_ref: str) -> None:
    if action not in ACTIONS:
        raise Invalid(f"action {action!r} is not one of {', '.join(ACTIONS)}")
    if len(text) > MAX_TEXT or len(target_text) > MAX_TEXT:
        raise Invalid(f"a text may have at most {MAX_TEXT:,} characters")
    if action in ("like", "repost") and not (target_text.strip() or target_ref.strip()):
        raise Invalid(f"a {action} needs the target: its text (target_text) and id (target_ref)")
    if action not in ("like", "repost") and not text.strip():
        raise Invalid(f"a {action} needs text")
    draft.action, draft.text = action, text
    draft.target_text, draft.target_author, draft.target_ref = (
        target_text, target_author, target_ref)


def _check(db: Session, *, draft: Draft, account: Account, checker: Checker, hours: int,
           actor: str) -> None:
    now = utcnow()
    post: Post = draft_post(draft, account, at=now,
                            context=context_at(db, account=account, at=now, hours=hours),
                            scheduled=False)
    try:
        verdict = checker.check(post)
    except CaseError as exc:
        raise Invalid(str(exc)) from None
    fields = verdict_fields(verdict)
    draft.decision, draft.risk = fields["decision"], fields["risk"]
    draft.lang, draft.findings = fields["lang"], fields["findings"]
    draft.checked_at = now
    record(db, actor=actor, action="check", subject=f"draft:{draft.id}",
           summary=f"verdict {draft.decision}, {len(draft.findings)} finding(s)",
           detail={"codes": draft.finding_codes, "risk": draft.risk, "version": draft.version})
