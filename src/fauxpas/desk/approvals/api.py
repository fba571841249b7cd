from __future__ import annotations

from fastapi import APIRouter, Depends
from sqlalchemy.orm import Session

from fauxpas.desk.approvals import service
from fauxpas.desk.approvals.schemas import ApproveIn
from fauxpas.desk.deps import Id, current_user, get_db
from fauxpas.desk.drafts.present import present
from fauxpas.desk.drafts.schemas import DraftOut
from fauxpas.desk.users.models import User

router = APIRouter(tags=["approvals"])


@router.post("/v1/drafts/{draft_id}/approve", response_model=DraftOut)
def approve(draft_id: Id, body: ApproveIn | None = None, db: Session = Depends(get_db),
            user: User = Depends(current_user)):
    reason = body.override_reason if body else ""
    return present(db, service.approve(db, actor=user, draft_id=draft_id,
                                       override_reason=reason))


@router.get("/v1/review-queue", response_model=list[DraftOut],
            summary="Drafts waiting for approval, and posts held at send time")
def queue(db: Session = Depends(get_db), user: User = Depends(current_user)):
    return [present(db, d) for d in service.review_queue(db, user=user)]
