from __future__ import annotations

from fastapi import APIRouter, Depends, Query
from sqlalchemy.orm import Session

from fauxpas.desk.deps import Id, current_user, get_db, get_desk
from fauxpas.desk.drafts import service
from fauxpas.desk.drafts.present import present
from fauxpas.desk.drafts.schemas import DraftEdit, DraftIn, DraftOut
from fauxpas.desk.runtime import Desk
from fauxpas.desk.users.models import User
from fauxpas.desk.users.service import require_access

router = APIRouter(tags=["drafts"])


@router.post("/v1/drafts", response_model=DraftOut, status_code=201,
             summary="Save a new draft; it is checked at once")
def create(body: DraftIn, db: Session = Depends(get_db), user: User = Depends(current_user),
           desk: Desk = Depends(get_desk)):
    draft = service.create_draft(db, actor=user, checker=desk.checker,
                                 context_hours=desk.settings.context_hours, **body.model_dump())
    return present(db, draft)


@router.get("/v1/drafts", response_model=list[DraftOut])
def drafts(status: list[str] = Query(default=[]), db: Session = Depends(get_db),
           user: User = Depends(current_user)):
    return [present(db, d) for d in service.list_drafts(db, user=user, status=status)]


@router.get("/v1/drafts/{draft_id}", response_model=DraftOut)
def draft(draft_id: Id, db: Session = Depends(get_db), user: User = Depends(current_user)):
    found = service.get_draft(db, draft_id=draft_id)
    require_access(db, user=user, account_id=found.account_id)
    return present(db, found)


@router.put("/v1/drafts/{draft_id}", response_model=DraftOut,
            summary="Edit a draft: checked again; approvals are voided")
def edit(draft_id: Id, body: DraftEdit, db: Session = Depends(get_db),
         user: User = Depends(current_user), desk: Desk = Depends(get_desk)):
    draft = service.update_draft(db, actor=user, checker=desk.checker, draft_id=draft_id,
                                 context_hours=desk.settings.context_hours, **body.model_dump())
    return present(db, draft)


@router.post("/v1/drafts/{draft_id}/submit", response_model=DraftOut)
def submit(draft_id: Id, db: Session = Depends(get_db), user: User = Depends(current_user)):
    return present(db, service.submit_draft(db, actor=user, draft_id=draft_id))


@router.delete("/v1/drafts/{draft_id}", response_model=DraftOut)
def delete(draft_id: Id, db: Session = Depends(get_db), user: User = Depends(current_user)):
    return present(db, service.delete_draft(db, actor=user, draft_id=draft_id))
