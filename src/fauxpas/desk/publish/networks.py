"""The desk's seam onto ``fauxpas.connectors`` (real networks: Bluesky, Mastodon, webhooks).

``NetworkConnector`` wraps one connector built by ``fauxpas.connectors.registry.connect``
(capability interfaces ``Publisher``, ``Deleter``, ``Liker``, ``Reposter``,
``MentionReader``) into the desk's ``protocol.Connector``. Error kinds that mean "nothing
went out" (bad set-up, refused credentials, unknown target, content rejected) become
``PublishError``; every other error (unknown outcome, network down, rate limited) leaves
the outcome open, so the sender asks ``lookup`` before any new attempt.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from fauxpas.desk.publish.protocol import PublishError, PublishRequest

REFUSED_KINDS = frozenset({"bad_config", "auth_expired", "not_found", "rejected"})


class NetworkConnector:
    def __init__(self, connector: Any):
        self.connector = connector

    @classmethod
    def for_network(cls, network: str, credentials: dict[str, Any]) -> NetworkConnector | None:
        """None when the connectors package (or that network) is not installed."""
        try:
            from fauxpas.connectors.registry import connect, names
        except ImportError:
            return None
        if network not in names():
            return None
        try:
            return cls(connect(network, credentials))
        except Exception as exc:
            raise _as_publish_error(exc) from exc

    def publish(self, request: PublishRequest) -> str:
        try:
            if request.action in ("post", "ad", "reply"):
                reply_to = request.target_ref or None if request.action == "reply" else None
                result = self.connector.publish(request.text,
                                                idempotency_key=request.idempotency_key,
                                                reply_to=reply_to)
                return result.network_id
            if request.action == "like":
                return self._needs("like", request).like(request.target_ref).network_id
            if request.action == "repost":
                return self._needs("repost", request).repost(request.target_ref).network_id
        except Exception as exc:
            raise _as_publish_error(exc) from exc
        raise PublishError(f"the desk cannot {request.action} on {request.network}")

    def lookup(self, idempotency_key: str, request: PublishRequest) -> str | None:
        if request.action in ("like", "repost"):
            # Liking or reposting the same target again changes nothing on the network,
            # so "not known" is safe: the desk repeats the like, never a post.
            return None
        found = self.connector.lookup(idempotency_key, text=request.text or None)
        return found.network_id if found is not None else None

    def withdraw(self, request: PublishRequest, remote_id: str) -> str:
        """Delete the post (or reply), or undo the like or repost. Every connector error
        means it did not happen (deleting is safe to repeat), so all become PublishError."""
        try:
            if request.action in ("post", "ad", "reply"):
                result = self._needs("delete", request).delete(remote_id)
                return "already gone" if result.already_gone else "deleted"
            if request.action == "like":
                self._needs("unlike", request).unlike(request.target_ref)
                return "like undone"
            if request.action == "repost":
                self._needs("unrepost", request).unrepost(request.target_ref)
                return "repost undone"
        except PublishError:
            raise
        except Exception as exc:
            raise PublishError(str(exc), detail=_detail(exc)) from exc
        raise PublishError(f"the desk cannot undo a {request.action} on {request.network}")

    def mentions(self, *, since: datetime | None) -> list[Any]:
        if not hasattr(self.connector, "mentions"):
            return []
        try:
            return self.connector.mentions(since=since)
        except Exception as exc:
            raise PublishError(str(exc), detail=_detail(exc)) from exc

    def _needs(self, capability: str, request: PublishRequest):
        if not hasattr(self.connector, capability):
            raise PublishError(f"{request.network} accounts cannot {capability} here")
        return self.connector


def _detail(exc: Exception) -> dict[str, Any]:
    if hasattr(exc, "as_dict"):
        return exc.as_dict()
    return {"kind": "error", "message": f"{type(exc).__name__}: {exc}"}


def _as_publish_error(exc: Exception) -> Exception:
    if isinstance(exc, PublishError):
        return exc
    if getattr(exc, "kind", None) in REFUSED_KINDS:
        return PublishError(str(exc), detail=_detail(exc))
    return exc
