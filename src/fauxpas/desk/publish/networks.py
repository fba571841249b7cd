"""The desk's seam onto ``fauxpas.connectors`` (real networks: Bluesky, Mastodon, webhooks).

``NetworkConnector`` wraps one connector built by ``fauxpas.connectors.registry.connect``
(capability interfaces ``Publisher``, ``Liker``, ``Reposter``) into the desk's
``protocol.Connector``. Error kinds that mean "nothing went out" (bad set-up, refused
credentials, unknown target, content rejected) become ``PublishError``; every other error
(unknown outcome, network down, rate limited) leaves the outcome open, so the sender asks
``lookup`` before any new attempt.
"""

from __future__ import annotations

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

    def _needs(self, capability: str, request: PublishRequest):
        if not hasattr(self.connector, capability):
            raise PublishError(f"{request.network} accounts cannot {capability} here")
        return self.connector


def _as_publish_error(exc: Exception) -> Exception:
    if isinstance(exc, PublishError) or getattr(exc, "kind", None) in REFUSED_KINDS:
        return exc if isinstance(exc, PublishError) else PublishError(str(exc))
    return exc
