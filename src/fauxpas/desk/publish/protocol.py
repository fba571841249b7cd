"""The publishing seam between the desk and the networks.

A connector publishes one thing (post, reply, like, repost) and can say afterwards
whether a publication with a given idempotency key went out. The desk calls it only
through ``Connector``; connectors for real networks (``fauxpas.connectors``) plug in
through ``fauxpas.desk.publish.registry``.

At-most-once contract: ``publish`` must carry ``request.idempotency_key`` to the network
(or record it beside the network's id) so that ``lookup`` can later answer whether that
key was published. The desk never calls ``publish`` twice for a key unless ``lookup``
said it is not there.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol


@dataclass(frozen=True)
class PublishRequest:
    idempotency_key: str
    network: str
    handle: str
    action: str  # post, reply, like, repost, ad
    text: str = ""
    target_ref: str = ""  # the network's id of what is replied to / liked / reposted
    credentials: dict[str, Any] = field(default_factory=dict)


class PublishError(Exception):
    """The network refused for sure (nothing went out): the publication failed.

    ``detail``: the connector's error as a dict (kind, network, message) for the audit log.
    """

    def __init__(self, message: str, *, detail: dict[str, Any] | None = None):
        super().__init__(message)
        self.detail = detail or {"kind": "refused", "message": message}


class Connector(Protocol):
    def publish(self, request: PublishRequest) -> str:
        """Publish; return the network's id. Raise ``PublishError`` when it surely failed;
        any other exception means the outcome is unknown."""

    def lookup(self, idempotency_key: str, request: PublishRequest) -> str | None:
        """The network's id of what was published under this key, or None if nothing was.
        Raise ``NotImplementedError`` when the network cannot tell."""


class Withdrawer(Protocol):
    """Optional: connectors that can undo what they published (delete a post or reply,
    unlike, unrepost). Safe to repeat; raises ``PublishError`` when it did not happen."""

    def withdraw(self, request: PublishRequest, remote_id: str) -> str:
        """Undo it; return what happened in words ("deleted", "already gone", ...)."""
