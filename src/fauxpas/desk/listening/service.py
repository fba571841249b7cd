"""Listening: read each account's mentions from its network and keep the new ones.

``poll_mentions`` asks every account's connector for mentions since the newest one the
desk already has (``connector.mentions(since=...)``) and stores those it has not seen
(unique per account and network id, so polling twice stores nothing twice). The worker
calls it every ``--listen-every`` seconds; ``fauxpas listen`` runs one round.
Bluesky accounts need a ``watch`` list in their credentials (see the connectors README).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fauxpas.desk.accounts.models import Account
from fauxpas.desk.listening.models import Mention
from fauxpas.desk.publish.networks import NetworkConnector
from fauxpas.desk.publish.registry import connector_for
from fauxpas.desk.runtime import Desk
from fauxpas.desk.security import decrypt_credentials
from fauxpas.desk.users.models import User


def poll_mentions(desk: Desk) -> dict[str, object]:
    """One round over every account. Returns counts and, per account, what went wrong."""
    stored, errors = 0, {}
    with desk.sessions() as db:
        for account in list(db.scalars(select(Account).order_by(Account.id))):
            try:
                stored += poll_account(db, desk=desk, account=account)
            except Exception as exc:  # one account's network must not stop the others
                db.rollback()
                errors[account.handle] = f"{type(exc).__name__}: {exc}"
    return {"mentions": stored, "errors": errors}


def poll_account(db: Session, *, desk: Desk, account: Account) -> int:
    if not account.credentials_encrypted:
        return 0
    credentials = decrypt_credentials(desk.settings.secret_key, account.credentials_encrypted)
    connector = connector_for(account.connector_name, credentials)
    if not isinstance(connector, NetworkConnector):
        return 0  # the local connectors (log, test receiver) have nothing to listen to
    since = db.scalar(select(func.max(Mention.posted_at))
                      .where(Mention.account_id == account.id))
    known: set[str] = set()
    added = 0
    for found in connector.mentions(since=since):
        if found.network_id in known or _exists(db, account.id, found.network_id):
            continue
        db.add(Mention(account_id=account.id, network_id=found.network_id, url=found.url or "",
                       author=found.author or "", text=found.text or "",
                       reply_to=found.reply_to or "", posted_at=found.created_at))
        known.add(found.network_id)
        added += 1
    db.commit()
    return added


def _exists(db: Session, account_id: int, network_id: str) -> bool:
    return db.scalar(select(Mention.id).where(Mention.account_id == account_id,
                                              Mention.network_id == network_id)) is not None


def list_mentions(db: Session, *, user: User, account_id: int | None = None,
                  since: datetime | None = None, limit: int = 200) -> list[Mention]:
    from fauxpas.desk.accounts.service import list_accounts

    allowed = [a.id for a in list_accounts(db, user=user, include_personal=True)]
    if account_id is not None:
        allowed = [a for a in allowed if a == account_id]
    query = select(Mention).where(Mention.account_id.in_(allowed))
    if since is not None:
        query = query.where(Mention.posted_at >= since)
    return list(db.scalars(query.order_by(Mention.posted_at.desc(), Mention.id.desc())
                           .limit(limit)))
