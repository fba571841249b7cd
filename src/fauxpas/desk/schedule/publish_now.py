"""Publishing right now (API, web, CLI): the same checks and the same sender as the worker,
but a pause is an error the person sees, not a silent hold."""

from __future__ import annotations

from sqlalchemy.orm import Session

from fauxpas.desk.db import utcnow
from fauxpas.desk.drafts.service import get_draft
from fauxpas.desk.pause.service import ensure_not_paused
from fauxpas.desk.runtime import Desk
from fauxpas.desk.schedule.models import Publication
from fauxpas.desk.schedule.sender import send
from fauxpas.desk.schedule.service import schedule_draft
from fauxpas.desk.users.models import User


def publish_now(db: Session, *, desk: Desk, actor: User, draft_id: int) -> Publication:
    draft = get_draft(db, draft_id=draft_id)
    ensure_not_paused(db, account_id=draft.account_id)
    publication = schedule_draft(db, actor=actor, draft_id=draft_id, at=None)
    sent = send(db, desk=desk, publication_id=publication.id, now=utcnow())
    if sent is None:  # a worker took it first; show where it stands
        db.refresh(publication)
        return publication
    return sent
