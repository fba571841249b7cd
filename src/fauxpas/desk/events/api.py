from __future__ import annotations

from fastapi import APIRouter, Depends
from sqlalchemy.orm import Session

from fauxpas.desk.db import utcnow
from fauxpas.desk.deps import current_user, get_db, get_desk
from fauxpas.desk.events import service
from fauxpas.desk.events.schemas import BrandIssueIn, EventIn, EventOut
from fauxpas.desk.runtime import Desk
from fauxpas.desk.users.models import User
from fauxpas.desk.users.service import require_role

router = APIRouter(tags=["context"])


@router.post("/v1/events", response_model=EventOut, status_code=201,
             summary="News from a feed; queued posts are checked against it at send time")
def add_event(body: EventIn, db: Session = Depends(get_db), user: User = Depends(current_user),
              desk: Desk = Depends(get_desk)):
    require_role(user, "author", "add news events")
    return service.add_event(db, at=body.at or utcnow(), headline=body.headline,
                             place=body.place, summary=body.summary, source=body.source,
                             actor=user.email, severity=body.severity, markets=body.markets,
                             auto_pause=desk.settings.auto_pause)


@router.get("/v1/events", response_model=list[EventOut])
def events(db: Session = Depends(get_db), user: User = Depends(current_user),
           desk: Desk = Depends(get_desk)):
    return service.recent_events(db, at=utcnow(), hours=desk.settings.context_hours)


@router.post("/v1/brand-issues", status_code=201, summary="Register a brand's current issue")
def add_issue(body: BrandIssueIn, db: Session = Depends(get_db),
              user: User = Depends(current_user)):
    require_role(user, "approver", "edit the brand issue register")
    issue = service.add_brand_issue(db, brand=body.brand, text=body.text, actor=user.email)
    return {"id": issue.id, "brand": issue.brand, "text": issue.text}


@router.get("/v1/brand-issues", summary="The brand issue register (all brands, or one)")
def issues(brand: str = "", db: Session = Depends(get_db), user: User = Depends(current_user)):
    from sqlalchemy import select

    from fauxpas.desk.events.models import BrandIssue

    query = select(BrandIssue).order_by(BrandIssue.brand, BrandIssue.id)
    if brand:
        query = query.where(BrandIssue.brand == brand)
    return [{"id": i.id, "brand": i.brand, "text": i.text} for i in db.scalars(query)]
