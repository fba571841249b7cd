"""Deleting a published post from the network (or undoing a like or repost), from the desk.

A delete is how a team stops harm, so it is NOT stopped by the pause: during an incident
the pause holds everything going out, and deleting what already went out must still work.
Approvers and admins may delete (an author may delete their own post). Each network's
answer is recorded on the publication and in the audit log; when the network refuses or
cannot be reached, the draft stays ``published`` with the reason shown, and the delete can
be tried again (deleting is safe to repeat).
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from fauxpas.desk.accounts.models import Account
from fauxpas.desk.audit.service import record
from fauxpas.desk.db import utcnow
from fauxpas.desk.drafts.models import Draft
from fauxpas.desk.drafts.service import get_draft
from fauxpas.desk.errors import Conflict
from fauxpas.desk.publish.protocol import PublishError, PublishRequest
from fauxpas.desk.publish.registry import UnknownConnector, connector_for
from fauxpas.desk.runtime import Desk
from fauxpas.desk.schedule.models import Publication
from fauxpas.desk.security import decrypt_credentials
from fauxpas.desk.users.models import User
from fauxpas.desk.users.service import require_access, require_role


def withdraw_published(db: Session, *, desk: Desk, actor: User, draft_id: int) -> Draft:
    """Delete from the network everything the desk published for this draft."""
    draft = get_draft(db, draft_id=draft_id)
    require_access(db, user=actor, account_id=draft.account_id)
    if draft.author_id != actor.id:
        require_role(actor, "approver", "delete a published post")
    if draft.status != "published":
        raise Conflict(f"draft {draft.id} is {draft.status}; only a published post can be "
                       "deleted from the network")
    account = db.get(Account, draft.account_id)
    sent = list(db.scalars(select(Publication).where(Publication.draft_id == draft.id,
                                                     Publication.state == "sent")))
    failures = []
    for publication in sent:
        outcome = _withdraw_one(db, desk=desk, actor=actor, draft=draft, account=account,
                                publication=publication)
        if outcome:
            failures.append(outcome)
    if failures:
        draft.network_error = "not deleted: " + "; ".join(failures)
    else:
        draft.status = "deleted"
        draft.network_error = ""
    draft.updated_at = utcnow()
    db.commit()
    return draft


def _withdraw_one(db: Session, *, desk: Desk, actor: User, draft: Draft, account: Account,
                  publication: Publication) -> str:
    """Returns "" when done, else the reason in words (already recorded in the audit log)."""
    credentials = decrypt_credentials(desk.settings.secret_key, account.credentials_encrypted)
    request = PublishRequest(idempotency_key=publication.idempotency_key,
                             network=account.network, handle=account.handle,
                             action=draft.action, text=draft.text, target_ref=draft.target_ref,
                             credentials=credentials)
    subject = f"draft:{draft.id}"
    base = {"publication": publication.id, "remote_id": publication.remote_id,
            "network": account.network}
    try:
        connector = connector_for(account.connector_name, credentials)
        if not hasattr(connector, "withdraw"):
            raise PublishError(f"the {account.connector_name} connector cannot delete posts")
        outcome = connector.withdraw(request, publication.remote_id)
    except (PublishError, UnknownConnector) as exc:
        detail = getattr(exc, "detail", None) or {"kind": "refused", "message": str(exc)}
        record(db, actor=actor.email, action="delete_failed", subject=subject,
               summary=f"{account.network} did not delete {publication.remote_id}: {exc}",
               detail={**base, "error": detail})
        return f"{account.network}: {exc}"
    except Exception as exc:  # a bug or an unexpected library error: still tell the user
        record(db, actor=actor.email, action="delete_failed", subject=subject,
               summary=f"{account.network} did not delete {publication.remote_id}: {exc}",
               detail={**base, "error": {"kind": "error", "message": str(exc)}})
        return f"{account.network}: {type(exc).__name__}: {exc}"
    publication.state = "withdrawn"
    publication.finished_at = utcnow()
    record(db, actor=actor.email, action="delete_published", subject=subject,
           summary=f"{outcome} on {account.network}: {publication.remote_id}",
           detail={**base, "result": outcome})
    return ""
