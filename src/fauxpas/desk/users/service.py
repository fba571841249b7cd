"""Users, logins, sessions, API tokens and who may act on which account."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from fauxpas.desk.audit.service import record
from fauxpas.desk.db import utcnow
from fauxpas.desk.errors import Conflict, Forbidden, Invalid, NotFound, Unauthorized
from fauxpas.desk.security import (
    MIN_PASSWORD_CHARS,
    hash_password,
    new_token,
    token_hash,
    verify_password,
)
from fauxpas.desk.users.models import ROLES, AccountMember, ApiToken, BrowserSession, User


def create_user(db: Session, *, email: str, name: str, password: str, role: str,
                actor: str = "system") -> User:
    email = email.strip().lower()
    if "@" not in email:
        raise Invalid(f"email {email!r} is not an email address")
    if role not in ROLES:
        raise Invalid(f"role {role!r} is not one of {', '.join(ROLES)}")
    if len(password) < MIN_PASSWORD_CHARS:
        raise Invalid(f"the password needs at least {MIN_PASSWORD_CHARS} characters")
    if db.scalar(select(User).where(User.email == email)):
        raise Conflict(f"a user with email {email} already exists")
    user = User(email=email, name=name.strip() or email, password_hash=hash_password(password),
                role=role)
    db.add(user)
    db.flush()
    record(db, actor=actor, action="user", subject=f"user:{user.id}",
           summary=f"created user {email} with role {role}")
    db.commit()
    return user


def get_user(db: Session, *, user_id: int) -> User:
    user = db.get(User, user_id)
    if user is None:
        raise NotFound(f"no user with id {user_id}")
    return user


def list_users(db: Session) -> list[User]:
    return list(db.scalars(select(User).order_by(User.id)))


def login(db: Session, *, email: str, password: str, hours: int) -> tuple[User, str]:
    """Check the password and open a browser session; returns the user and session token."""
    user = db.scalar(select(User).where(User.email == email.strip().lower()))
    if user is None or not user.active or not verify_password(user.password_hash, password):
        record(db, actor=email[:320], action="login", summary="failed login")
        db.commit()
        raise Unauthorized("wrong email or password")
    token = new_token("fps")
    db.add(BrowserSession(token_hash=token_hash(token), user_id=user.id,
                          expires_at=utcnow() + timedelta(hours=hours)))
    record(db, actor=user.email, action="login", subject=f"user:{user.id}", summary="logged in")
    db.commit()
    return user, token


def logout(db: Session, *, token: str) -> None:
    session = db.scalar(select(BrowserSession).where(BrowserSession.token_hash == token_hash(token)))
    if session is not None:
        user = db.get(User, session.user_id)
        db.delete(session)
        record(db, actor=user.email if user else "", action="logout", summary="logged out")
        db.commit()


def user_for_session(db: Session, *, token: str) -> User | None:
    session = db.scalar(select(BrowserSession).where(BrowserSession.token_hash == token_hash(token)))
    if session is None or session.expires_at < utcnow():
        return None
    user = db.get(User, session.user_id)
    return user if user is not None and user.active else None


def user_for_api_token(db: Session, *, token: str) -> User | None:
    row = db.scalar(select(ApiToken).where(ApiToken.token_hash == token_hash(token)))
    if row is None or row.revoked:
        return None
    user = db.get(User, row.user_id)
    return user if user is not None and user.active else None


def create_api_token(db: Session, *, user: User, name: str) -> tuple[ApiToken, str]:
    """A token for a machine (a bot, a script); the plain token is returned once only."""
    if not name.strip():
        raise Invalid("give the token a name that says who uses it")
    token = new_token("fpt")
    row = ApiToken(name=name.strip(), token_hash=token_hash(token), prefix=token[:8],
                   user_id=user.id)
    db.add(row)
    db.flush()
    record(db, actor=user.email, action="token", subject=f"token:{row.id}",
           summary=f"created API token {row.name!r}")
    db.commit()
    return row, token


def list_api_tokens(db: Session, *, user: User) -> list[ApiToken]:
    return list(db.scalars(select(ApiToken).where(ApiToken.user_id == user.id)
                           .order_by(ApiToken.id)))


def revoke_api_token(db: Session, *, user: User, token_id: int) -> None:
    row = db.get(ApiToken, token_id)
    if row is None or (row.user_id != user.id and not user.at_least("admin")):
        raise NotFound(f"no API token with id {token_id}")
    row.revoked = True
    record(db, actor=user.email, action="token", subject=f"token:{row.id}",
           summary=f"revoked API token {row.name!r}")
    db.commit()


def grant_access(db: Session, *, account_id: int, user_id: int, actor: User) -> None:
    require_role(actor, "admin", "give people access to an account")
    get_user(db, user_id=user_id)
    if db.get(AccountMember, (account_id, user_id)) is None:
        db.add(AccountMember(account_id=account_id, user_id=user_id))
        record(db, actor=actor.email, action="account", subject=f"account:{account_id}",
               summary=f"gave user {user_id} access")
        db.commit()


def may_act_on(db: Session, *, user: User, account_id: int) -> bool:
    if user.at_least("admin"):
        return True
    return db.get(AccountMember, (account_id, user.id)) is not None


def require_access(db: Session, *, user: User, account_id: int) -> None:
    if not may_act_on(db, user=user, account_id=account_id):
        raise Forbidden(f"{user.email} may not act on account {account_id}; "
                        "an admin can grant access")


def require_role(user: User, role: str, doing: str) -> None:
    if not user.at_least(role):
        raise Forbidden(f"only {role}s{' and admins' if role != 'admin' else ''} may {doing}; "
                        f"{user.email} is {user.role}")
