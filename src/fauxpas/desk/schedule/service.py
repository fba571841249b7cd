"""The schedule: approved drafts become queued publications with an idempotency key."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from fauxpas.desk.audit.service import record
from fauxpas.desk.db import utcnow
from fauxpas.desk.drafts.service import get_draft
from fauxpas.desk.errors import Conflict, Invalid, NotFound
from fauxpas.desk.schedule.models import STATES, Publication
from fauxpas.desk.users.models import User
from fauxpas.desk.users.service import require_access, require_role


def schedule_draft(db: Session, *, actor: User, draft_id: int, at: datetime | None) -> Publication:
    """Queue an approved draft for ``at`` (now when None). It is checked again at send time."""
    draft = get_draft(db, draft_id=draft_id)
    require_role(actor, "author", "schedule posts")
    require_access(db, user=actor, account_id=draft.account_id)
    if draft.status != "approved":
        raise Conflict(f"draft {draft.id} is {draft.status}; only an approved draft can be "
                       "scheduled (submit it, and get the approvals it needs)")
    now = utcnow()
    at = at or now
    if at.tzinfo is None:
        raise Invalid("give the time with its zone, e.g. 2030-05-01T09:00:00Z")
    if at < now - timedelta(minutes=5):
        raise Invalid(f"{at.isoformat()} is in the past")
    publication = Publication(draft_id=draft.id, account_id=draft.account_id,
                              draft_version=draft.version, idempotency_key=uuid.uuid4().hex,
                              state="queued", scheduled_at=at, approved_decision=draft.decision,
                              approved_codes=draft.finding_codes, scheduled_by=actor.id)
    db.add(publication)
    draft.status = "scheduled"
    db.flush()
    record(db, actor=actor.email, action="schedule", subject=f"draft:{draft.id}",
           summary=f"scheduled for {at:%Y-%m-%d %H:%M} UTC",
           detail={"publication": publication.id, "key": publication.idempotency_key})
    db.commit()
    return publication


def cancel(db: Session, *, actor: User, publication_id: int) -> Publication:
    publication = get_publication(db, publication_id=publication_id)
    require_access(db, user=actor, account_id=publication.account_id)
    if publication.state not in ("queued", "held"):
        raise Conflict(f"publication {publication.id} is {publication.state}; too late to cancel")
    publication.state = "cancelled"
    publication.finished_at = utcnow()
    draft = get_draft(db, draft_id=publication.draft_id)
    if draft.status in ("scheduled", "held"):
        draft.status = "approved" if draft.status == "scheduled" else "held"
    record(db, actor=actor.email, action="cancel", subject=f"draft:{draft.id}",
           summary="taken off the schedule")
    db.commit()
    return publication


def get_publication(db: Session, *, publication_id: int) -> Publication:
    publication = db.get(Publication, publication_id)
    if publication is None:
        raise NotFound(f"no publication with id {publication_id}")
    return publication


def list_publications(db: Session, *, account_ids: list[int], states: list[str] | None = None,
                      limit: int = 200) -> list[Publication]:
    for state in states or []:
        if state not in STATES:
            raise Invalid(f"state {state!r} is not one of {', '.join(STATES)}")
    query = select(Publication).where(Publication.account_id.in_(account_ids))
    if states:
        query = query.where(Publication.state.in_(states))
    return list(db.scalars(query.order_by(Publication.scheduled_at.desc()).limit(limit)))
