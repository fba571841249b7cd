"""FastAPI dependencies: the desk, a database session, the signed-in user."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Path, Request
from sqlalchemy.orm import Session

from fauxpas.desk.errors import Unauthorized
from fauxpas.desk.runtime import Desk
from fauxpas.desk.users.models import User
from fauxpas.desk.users.service import user_for_api_token, user_for_session

SESSION_COOKIE = "fauxpas_session"


def get_desk(request: Request) -> Desk:
    return request.app.state.desk


def get_db(desk: Desk = Depends(get_desk)) -> Iterator[Session]:
    with desk.sessions() as db:
        yield db


def optional_user(request: Request, db: Session = Depends(get_db)) -> User | None:
    header = request.headers.get("authorization", "")
    if header:
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise Unauthorized("use 'Authorization: Bearer <API token>'")
        user = user_for_api_token(db, token=token.strip())
        if user is None:
            raise Unauthorized("this API token is unknown or revoked")
        return user
    cookie = request.cookies.get(SESSION_COOKIE)
    if cookie:
        return user_for_session(db, token=cookie)
    return None


def current_user(user: User | None = Depends(optional_user)) -> User:
    if user is None:
        raise Unauthorized("sign in first: an API token (Authorization: Bearer ...) or a "
                           "browser session")
    return user


# A database id in a path: bounded, so an absurd number is a 422, not a database error.
Id = Annotated[int, Path(ge=1, le=2**31 - 1, description="an id from this desk")]
