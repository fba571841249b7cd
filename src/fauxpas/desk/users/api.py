from __future__ import annotations

from fastapi import APIRouter, Depends, Request, Response
from sqlalchemy.orm import Session

from fauxpas.desk.deps import SESSION_COOKIE, Id, current_user, get_db, get_desk
from fauxpas.desk.runtime import Desk
from fauxpas.desk.users import service
from fauxpas.desk.users.models import User
from fauxpas.desk.users.schemas import (
    AccessIn,
    LoginIn,
    TokenIn,
    TokenListed,
    TokenOut,
    UserIn,
    UserOut,
)

router = APIRouter(tags=["people"])


@router.post("/v1/login", response_model=UserOut)
def login(body: LoginIn, response: Response, db: Session = Depends(get_db),
          desk: Desk = Depends(get_desk)):
    user, token = service.login(db, email=body.email, password=body.password,
                                hours=desk.settings.session_hours)
    response.set_cookie(SESSION_COOKIE, token, httponly=True, samesite="strict",
                        secure=desk.settings.cookie_secure,
                        max_age=desk.settings.session_hours * 3600)
    return user


@router.get("/v1/me", response_model=UserOut)
def me(user: User = Depends(current_user)):
    return user


@router.get("/v1/users", response_model=list[UserOut])
def users(db: Session = Depends(get_db), user: User = Depends(current_user)):
    service.require_role(user, "admin", "list users")
    return service.list_users(db)


@router.post("/v1/users", response_model=UserOut, status_code=201)
def create_user(body: UserIn, db: Session = Depends(get_db), user: User = Depends(current_user)):
    service.require_role(user, "admin", "add users")
    return service.create_user(db, email=body.email, name=body.name, password=body.password,
                               role=body.role, actor=user.email)


@router.post("/v1/tokens", response_model=TokenOut, status_code=201)
def create_token(body: TokenIn, db: Session = Depends(get_db),
                 user: User = Depends(current_user)):
    row, token = service.create_api_token(db, user=user, name=body.name)
    return TokenOut(id=row.id, name=row.name, token=token)


@router.get("/v1/tokens", response_model=list[TokenListed], summary="Your API tokens")
def tokens(db: Session = Depends(get_db), user: User = Depends(current_user)):
    return service.list_api_tokens(db, user=user)


@router.delete("/v1/tokens/{token_id}", status_code=204)
def revoke_token(token_id: Id, db: Session = Depends(get_db),
                 user: User = Depends(current_user)):
    service.revoke_api_token(db, user=user, token_id=token_id)


@router.post("/v1/accounts/{account_id}/members", status_code=204)
def grant(account_id: Id, body: AccessIn, db: Session = Depends(get_db),
          user: User = Depends(current_user)):
    from fauxpas.desk.accounts.service import get_account

    get_account(db, account_id=account_id)
    service.grant_access(db, account_id=account_id, user_id=body.user_id, actor=user)


@router.post("/v1/logout", status_code=204)
def logout(request: Request, response: Response, db: Session = Depends(get_db)):
    token = request.cookies.get(SESSION_COOKIE)
    if token:
        service.logout(db, token=token)
    response.delete_cookie(SESSION_COOKIE)
