"""The pause: the switch every publishing path asks before it publishes anything."""

from __future__ import annotations

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from fauxpas.desk.audit.service import record
from fauxpas.desk.db import utcnow
from fauxpas.desk.drafts.models import Draft
from fauxpas.desk.errors import Conflict, Invalid, Paused
from fauxpas.desk.pause.models import Pause
from fauxpas.desk.schedule.models import Publication
from fauxpas.desk.users.models import User
from fauxpas.desk.users.service import require_role


def active_pauses(db: Session, *, account_id: int | None = None) -> list[Pause]:
    """Pauses in force for the workspace, plus for ``account_id`` when given."""
    scope = Pause.account_id.is_(None)
    if account_id is not None:
        scope = or_(scope, Pause.account_id == account_id)
    return list(db.scalars(select(Pause).where(Pause.active.is_(True), scope)))


def ensure_not_paused(db: Session, *, account_id: int | None) -> None:
    """Raise ``Paused`` (423) naming who paused and why."""
    pauses = active_pauses(db, account_id=account_id)
    if pauses:
        raise Paused(describe(pauses[0]))


def describe(pause: Pause) -> str:
    scope = "the workspace" if pause.account_id is None else f"account {pause.account_id}"
    return (f"publishing is paused for {scope} by {pause.paused_by} since "
            f"{pause.paused_at:%Y-%m-%d %H:%M} UTC: {pause.reason}")


def pause(db: Session, *, actor: User, reason: str, account_id: int | None = None) -> Pause:
    require_role(actor, "approver", "pause publishing")
    if not reason.strip():
        raise Invalid("say why you pause (the team sees it on every screen)")
    existing = [p for p in active_pauses(db, account_id=account_id)
                if p.account_id == account_id]
    if existing:
        raise Conflict(describe(existing[0]))
    row = Pause(account_id=account_id, reason=reason.strip(), paused_by=actor.email)
    db.add(row)
    db.flush()
    record(db, actor=actor.email, action="pause", subject=_subject(account_id),
           summary=f"paused: {row.reason}")
    db.commit()
    return row


def resume(db: Session, *, actor: User, account_id: int | None = None) -> int:
    """Lift the pause. Posts that fell due meanwhile are held for review, never sent in a burst.

    Returns how many queued posts were moved to the review queue.
    """
    require_role(actor, "admin", "resume publishing")
    rows = [p for p in active_pauses(db, account_id=account_id) if p.account_id == account_id]
    if not rows:
        raise Conflict("nothing to resume: publishing is not paused here")
    now = utcnow()
    for row in rows:
        row.active = False
        row.resumed_by = actor.email
        row.resumed_at = now
    overdue = select(Publication).where(Publication.state == "queued",
                                        Publication.scheduled_at <= now)
    if account_id is not None:
        overdue = overdue.where(Publication.account_id == account_id)
    held = 0
    reason = "fell due while publishing was paused; review before it goes out"
    for publication in db.scalars(overdue):
        publication.state = "held"
        publication.hold_reason = reason
        db.execute(update(Draft).where(Draft.id == publication.draft_id)
                   .values(status="held", hold_reason=reason))
        held += 1
    record(db, actor=actor.email, action="resume", subject=_subject(account_id),
           summary=f"resumed; {held} overdue post(s) moved to review")
    db.commit()
    return held


def _subject(account_id: int | None) -> str:
    return "workspace" if account_id is None else f"account:{account_id}"


AUTOMATIC = "fauxpas (automatic)"


def auto_pause_for(db: Session, *, event) -> list[Pause]:
    """Pause every account with a market the severe event hits (not already paused)."""
    from fauxpas.desk.accounts.models import Account

    hit = set(event.markets or [])
    if not hit:
        return []
    made = []
    for account in db.scalars(select(Account)):
        if not hit & set(account.markets or []):
            continue
        if any(p.account_id == account.id for p in active_pauses(db, account_id=account.id)):
            continue
        row = Pause(account_id=account.id, paused_by=AUTOMATIC,
                    reason=f"automatic: severe news in {', '.join(sorted(hit))}: {event.headline}")
        db.add(row)
        db.flush()
        record(db, actor=AUTOMATIC, action="pause", subject=_subject(account.id),
               summary=row.reason, detail={"event": event.id})
        made.append(row)
    db.commit()
    return made
