from __future__ import annotations

from fastapi import APIRouter, Depends
from sqlalchemy.orm import Session

from fauxpas.desk.accounts.service import get_account
from fauxpas.desk.deps import current_user, get_db
from fauxpas.desk.pause import service
from fauxpas.desk.pause.schemas import PauseIn, PauseOut, ResumeIn, ResumeOut
from fauxpas.desk.users.models import User

router = APIRouter(tags=["pause"])


@router.get("/v1/pause", response_model=list[PauseOut], summary="Pauses in force")
def pauses(db: Session = Depends(get_db), user: User = Depends(current_user)):
    from sqlalchemy import select

    from fauxpas.desk.pause.models import Pause

    return list(db.scalars(select(Pause).where(Pause.active.is_(True))))


@router.post("/v1/pause", response_model=PauseOut, status_code=201,
             summary="Stop every publishing path, for the workspace or one account")
def pause(body: PauseIn, db: Session = Depends(get_db), user: User = Depends(current_user)):
    if body.account_id is not None:
        get_account(db, account_id=body.account_id)
    return service.pause(db, actor=user, reason=body.reason, account_id=body.account_id)


@router.post("/v1/resume", response_model=ResumeOut,
             summary="Lift a pause; overdue posts go to the review queue, not out")
def resume(body: ResumeIn | None = None, db: Session = Depends(get_db),
           user: User = Depends(current_user)):
    account_id = body.account_id if body else None
    return ResumeOut(moved_to_review=service.resume(db, actor=user, account_id=account_id))
