"""Accounts: create, list (personal ones only on a deliberate switch), credentials."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from fauxpas.desk.accounts.models import KINDS, Account
from fauxpas.desk.audit.service import record
from fauxpas.desk.errors import Conflict, Invalid, NotFound
from fauxpas.desk.security import decrypt_credentials, encrypt_credentials
from fauxpas.desk.users.models import AccountMember, User
from fauxpas.desk.users.service import require_role


def create_account(db: Session, *, actor: User, network: str, handle: str, kind: str,
                   brand: str = "", markets: list[str] | None = None,
                   voice_history: list[str] | None = None, approvals_required: int = 1,
                   connector: str = "", credentials: dict[str, Any] | None = None,
                   secret_key: str = "") -> Account:
    require_role(actor, "admin", "add accounts")
    if kind not in KINDS:
        raise Invalid(f"kind {kind!r} is not one of {', '.join(KINDS)}")
    if not network.strip() or not handle.strip():
        raise Invalid("an account needs a network and a handle")
    if not 1 <= approvals_required <= 10:
        raise Invalid("approvals_required must be between 1 and 10")
    exists = db.scalar(select(Account).where(Account.network == network,
                                             Account.handle == handle))
    if exists:
        raise Conflict(f"account {handle} on {network} already exists (id {exists.id})")
    account = Account(network=network.strip(), handle=handle.strip(), kind=kind,
                      brand=brand.strip(), markets=[m.upper() for m in markets or []],
                      voice_history=list(voice_history or []),
                      approvals_required=approvals_required, connector=connector.strip())
    if credentials:
        account.credentials_encrypted = encrypt_credentials(secret_key, credentials)
    db.add(account)
    db.flush()
    record(db, actor=actor.email, action="account", subject=f"account:{account.id}",
           summary=f"added {account.label}")
    db.commit()
    return account


def get_account(db: Session, *, account_id: int) -> Account:
    account = db.get(Account, account_id)
    if account is None:
        raise NotFound(f"no account with id {account_id}")
    return account


def list_accounts(db: Session, *, user: User, include_personal: bool = False) -> list[Account]:
    """Accounts this user may act on; personal accounts only when asked for deliberately."""
    query = select(Account).order_by(Account.kind, Account.handle)
    if not user.at_least("admin"):
        query = query.join(AccountMember, AccountMember.account_id == Account.id).where(
            AccountMember.user_id == user.id)
    if not include_personal:
        query = query.where(Account.kind != "personal")
    return list(db.scalars(query))


def credentials(account: Account, *, secret_key: str) -> dict[str, Any]:
    return decrypt_credentials(secret_key, account.credentials_encrypted)
