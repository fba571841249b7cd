from __future__ import annotations

from fastapi import APIRouter, Depends, Query
from sqlalchemy.orm import Session

from fauxpas.desk.accounts.service import list_accounts
from fauxpas.desk.deps import Id, current_user, get_db, get_desk
from fauxpas.desk.drafts.present import present
from fauxpas.desk.drafts.schemas import DraftOut
from fauxpas.desk.runtime import Desk
from fauxpas.desk.schedule import service
from fauxpas.desk.schedule.publish_now import publish_now
from fauxpas.desk.schedule.schemas import PublicationOut, ScheduleIn
from fauxpas.desk.schedule.withdraw import withdraw_published
from fauxpas.desk.users.models import User

router = APIRouter(tags=["schedule"])


@router.post("/v1/drafts/{draft_id}/schedule", response_model=PublicationOut, status_code=201,
             summary="Queue an approved draft; it is checked again at send time")
def schedule(draft_id: Id, body: ScheduleIn | None = None, db: Session = Depends(get_db),
             user: User = Depends(current_user)):
    return service.schedule_draft(db, actor=user, draft_id=draft_id, at=body.at if body else None)


@router.post("/v1/drafts/{draft_id}/publish", response_model=PublicationOut,
             summary="Publish an approved draft now (refused while paused)")
def publish(draft_id: Id, db: Session = Depends(get_db), user: User = Depends(current_user),
            desk: Desk = Depends(get_desk)):
    return publish_now(db, desk=desk, actor=user, draft_id=draft_id)


@router.get("/v1/publications", response_model=list[PublicationOut])
def publications(state: list[str] = Query(default=[]), db: Session = Depends(get_db),
                 user: User = Depends(current_user)):
    ids = [a.id for a in list_accounts(db, user=user, include_personal=True)]
    return service.list_publications(db, account_ids=ids, states=state)


@router.post("/v1/publications/{publication_id}/cancel", response_model=PublicationOut)
def cancel(publication_id: Id, db: Session = Depends(get_db),
           user: User = Depends(current_user)):
    return service.cancel(db, actor=user, publication_id=publication_id)


@router.post("/v1/drafts/{draft_id}/unpublish", response_model=DraftOut,
             summary="Delete a published post from its network (or undo a like/repost); "
                     "works during a pause; the network's answer is in network_error and "
                     "the audit log")
def unpublish(draft_id: Id, db: Session = Depends(get_db), user: User = Depends(current_user),
              desk: Desk = Depends(get_desk)):
    return present(db, withdraw_published(db, desk=desk, actor=user, draft_id=draft_id))
