"""Sending one publication, at most once.

1. Still queued? Paused (workspace or account)? Then hold, never send.
2. Check the post again against the context of this moment; worse than what the
   approvers saw? Then hold and tell the team (an audit entry the desk shows).
3. Mark it ``sending`` (compare-and-set, committed) BEFORE the network call.
4. Call the connector; record ``sent`` (or ``failed`` when the network surely refused).
   Any other error leaves it ``sending``: the outcome is unknown, so ``reconcile`` asks
   the connector's idempotency lookup later instead of sending again blindly.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import update
from sqlalchemy.orm import Session

from fauxpas.desk.accounts.models import Account
from fauxpas.desk.audit.service import record
from fauxpas.desk.check.service import draft_post, got_worse, verdict_fields
from fauxpas.desk.drafts.models import Draft
from fauxpas.desk.drafts.service import void_approvals
from fauxpas.desk.events.service import context_at
from fauxpas.desk.pause.service import active_pauses, describe
from fauxpas.desk.publish.protocol import PublishError, PublishRequest
from fauxpas.desk.publish.registry import UnknownConnector, connector_for
from fauxpas.desk.runtime import Desk
from fauxpas.desk.schedule.models import Publication
from fauxpas.desk.security import decrypt_credentials


def send(db: Session, *, desk: Desk, publication_id: int, now: datetime) -> Publication | None:
    """Returns the publication as this call left it, or None if another worker had it."""
    publication = db.get(Publication, publication_id)
    if publication is None or publication.state != "queued":
        return None
    draft = db.get(Draft, publication.draft_id)
    account = db.get(Account, publication.account_id)
    if draft.version != publication.draft_version:
        return _finish(db, publication, draft, state="cancelled", draft_status=None,
                       summary="the draft changed after it was scheduled; not sent")
    pauses = active_pauses(db, account_id=account.id)
    if pauses:
        return hold(db, publication=publication, draft=draft, reason=describe(pauses[0]))
    context = context_at(db, account=account, at=now, hours=desk.settings.context_hours)
    try:
        verdict = desk.checker.check(draft_post(draft, account, at=now, context=context,
                                                scheduled=True))
    except Exception as exc:  # never publish what could not be checked
        return hold(db, publication=publication, draft=draft,
                    reason=f"could not be checked again at send time ({type(exc).__name__}: "
                           f"{exc}); not published")
    if got_worse(before_decision=publication.approved_decision,
                 before_codes=publication.approved_codes, after=verdict):
        reasons = "; ".join(f["message"] for f in verdict_fields(verdict)["findings"]
                            if f["code"] not in publication.approved_codes) or "stricter verdict"
        return hold(db, publication=publication, draft=draft, verdict=verdict,
                    reason=f"checked again at send time: {verdict.decision.value} ({reasons})")
    claimed = db.execute(update(Publication)
                         .where(Publication.id == publication.id, Publication.state == "queued")
                         .values(state="sending", sending_at=now,
                                 attempts=Publication.attempts + 1))
    db.commit()
    if claimed.rowcount != 1:
        return None
    return _deliver(db, desk=desk, publication=publication, draft=draft, account=account)


def reconcile(db: Session, *, desk: Desk, publication: Publication) -> Publication:
    """A publication left ``sending`` by a crash: ask the network whether it went out."""
    draft = db.get(Draft, publication.draft_id)
    account = db.get(Account, publication.account_id)
    try:
        connector, request = _connector(desk, publication, draft, account)
        remote_id = connector.lookup(publication.idempotency_key, request)
    except NotImplementedError:
        return _finish(db, publication, draft, state="failed", draft_status="failed",
                       summary="outcome unknown after a crash and the network cannot tell; "
                               "check the account by hand", action="fail",
                       network_error={"kind": "unknown", "network": account.network,
                                      "message": "the network cannot say if it went out"})
    except Exception as exc:  # network down: try again on the next round
        publication.error = f"lookup failed: {exc}"[:1000]
        draft.network_error = (f"could not ask {account.network} whether it went out ({exc}); "
                               "asking again on the next round, never sending twice")
        db.commit()
        return publication
    if remote_id:
        publication.remote_id = remote_id
        return _finish(db, publication, draft, state="sent", draft_status="published",
                       summary=f"published as {remote_id} (confirmed after a restart)",
                       action="publish")
    publication.state = "queued"  # it never arrived: safe to send (and re-check) again
    db.commit()
    return publication


def hold(db: Session, *, publication: Publication, draft: Draft, reason: str,
         verdict=None) -> Publication | None:
    """Hold a queued publication (compare-and-set: None if another worker took it)."""
    taken = db.execute(update(Publication)
                       .where(Publication.id == publication.id, Publication.state == "queued")
                       .values(state="held", hold_reason=reason))
    if taken.rowcount != 1:
        db.rollback()
        return None
    db.refresh(publication)
    draft.status = "held"
    draft.hold_reason = reason
    if verdict is not None:
        fields = verdict_fields(verdict)
        draft.decision, draft.risk, draft.findings = (fields["decision"], fields["risk"],
                                                      fields["findings"])
        void_approvals(db, draft=draft)
    record(db, actor="worker", action="hold", subject=f"draft:{draft.id}",
           summary=f"held, not published: {reason}",
           detail={"publication": publication.id, "decision": draft.decision})
    db.commit()
    return publication


def _deliver(db: Session, *, desk: Desk, publication: Publication, draft: Draft,
             account: Account) -> Publication:
    try:
        connector, request = _connector(desk, publication, draft, account)
        remote_id = connector.publish(request)
    except (PublishError, UnknownConnector, ValueError) as exc:
        detail = getattr(exc, "detail", None) or {"kind": "refused", "message": str(exc)}
        return _finish(db, publication, draft, state="failed", draft_status="failed",
                       summary=f"not published, {account.network} refused: {exc}",
                       action="fail", error=str(exc), network_error=detail)
    except Exception as exc:
        if getattr(exc, "kind", "") == "network_down":
            message = (f"{account.network} could not be reached ({_plain(exc)}); the worker will "
                       "try again, asking the network first, so it is never sent twice")
        else:
            message = (f"could not tell whether {account.network} received it ({exc}); the "
                       "worker will ask the network before any new attempt, so it is never "
                       "sent twice")
        publication.error = message[:1000]
        draft.network_error = message
        record(db, actor="worker", action="publish_error", subject=f"draft:{draft.id}",
               summary=message, detail={"publication": publication.id,
                                        "key": publication.idempotency_key,
                                        "error": _error_detail(exc)})
        db.commit()
        return publication
    publication.remote_id = remote_id
    return _finish(db, publication, draft, state="sent", draft_status="published",
                   summary=f"published as {remote_id}", action="publish")


def _plain(exc: Exception) -> str:
    """The connector's message without the network prefix (the sentence already names it)."""
    return str(getattr(exc, "message", None) or exc)


def _error_detail(exc: Exception) -> dict:
    if hasattr(exc, "as_dict"):
        return exc.as_dict()
    return {"kind": "error", "message": f"{type(exc).__name__}: {exc}"}


def _connector(desk: Desk, publication: Publication, draft: Draft, account: Account):
    credentials = decrypt_credentials(desk.settings.secret_key, account.credentials_encrypted)
    request = PublishRequest(idempotency_key=publication.idempotency_key,
                             network=account.network, handle=account.handle,
                             action=draft.action, text=draft.text, target_ref=draft.target_ref,
                             credentials=credentials)
    return connector_for(account.connector_name, credentials), request


def _finish(db: Session, publication: Publication, draft: Draft, *, state: str,
            draft_status: str | None, summary: str, action: str = "cancel",
            error: str = "", network_error: dict | None = None) -> Publication:
    from fauxpas.desk.db import utcnow

    publication.state = state
    publication.finished_at = utcnow()
    publication.error = error[:1000]
    if draft_status:
        draft.status = draft_status
    draft.network_error = summary if network_error else ""
    detail = {"publication": publication.id, "key": publication.idempotency_key,
              "remote_id": publication.remote_id}
    if network_error:
        detail["error"] = network_error
    record(db, actor="worker", action=action, subject=f"draft:{draft.id}", summary=summary,
           detail=detail)
    db.commit()
    return publication
