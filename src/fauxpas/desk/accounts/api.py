from __future__ import annotations

from fastapi import APIRouter, Depends, Query
from sqlalchemy.orm import Session

from fauxpas.desk.accounts import service
from fauxpas.desk.accounts.schemas import AccountIn, AccountOut
from fauxpas.desk.deps import Id, current_user, get_db, get_desk
from fauxpas.desk.pause.service import active_pauses
from fauxpas.desk.runtime import Desk
from fauxpas.desk.users.models import User
from fauxpas.desk.users.service import require_access

router = APIRouter(tags=["accounts"])


def _out(db: Session, account) -> AccountOut:
    out = AccountOut.model_validate(account)
    out.paused = bool(active_pauses(db, account_id=account.id))
    return out


@router.get("/v1/accounts", response_model=list[AccountOut])
def accounts(include_personal: bool = Query(
                 False, description="personal accounts only on this deliberate switch"),
             db: Session = Depends(get_db), user: User = Depends(current_user)):
    return [_out(db, a) for a in service.list_accounts(db, user=user,
                                                       include_personal=include_personal)]


@router.get("/v1/accounts/{account_id}", response_model=AccountOut)
def account(account_id: Id, db: Session = Depends(get_db),
            user: User = Depends(current_user)):
    found = service.get_account(db, account_id=account_id)
    require_access(db, user=user, account_id=account_id)
    return _out(db, found)


@router.post("/v1/accounts", response_model=AccountOut, status_code=201)
def create(body: AccountIn, db: Session = Depends(get_db), user: User = Depends(current_user),
           desk: Desk = Depends(get_desk)):
    created = service.create_account(db, actor=user, secret_key=desk.settings.secret_key,
                                     **body.model_dump())
    return _out(db, created)
