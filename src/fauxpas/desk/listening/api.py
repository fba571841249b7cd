from __future__ import annotations

from fastapi import APIRouter, Depends, Query
from pydantic import AwareDatetime
from sqlalchemy.orm import Session

from fauxpas.desk.deps import current_user, get_db
from fauxpas.desk.listening.schemas import MentionOut
from fauxpas.desk.listening.service import list_mentions
from fauxpas.desk.users.models import User

router = APIRouter(tags=["listening"])


@router.get("/v1/mentions", response_model=list[MentionOut],
            summary="Posts by others that mention or reply to your accounts, newest first "
                    "(read from the networks by the worker or `fauxpas listen`)")
def mentions(account_id: int | None = Query(default=None, ge=1, le=2**31 - 1),
             since: AwareDatetime | None = None, limit: int = Query(default=200, ge=1, le=1000),
             db: Session = Depends(get_db), user: User = Depends(current_user)):
    return list_mentions(db, user=user, account_id=account_id, since=since, limit=limit)
