"""One small interface per capability, and the results connectors return.

A connector class implements the capabilities its network has (``Publisher``,
``Deleter``, ``Liker``, ``Reposter``, ``MentionReader``, ``CredentialVerifier``) and is
built from a plain credentials dict (the desk stores it encrypted and hands it over).
The desk asks ``isinstance(connector, Liker)`` before offering a like button.

Ids are the network's own: a Bluesky ``at://`` URI, a Mastodon status id, a webhook
event id. Every publish takes an ``idempotency_key`` that the desk creates ONCE per
post (before the first attempt, see :func:`new_idempotency_key`) and stores; the same
key on a retry lets the connector or the network recognise a post that already landed.
"""

from __future__ import annotations

import secrets
import time
from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, ClassVar

_TID_ALPHABET = "234567abcdefghijklmnopqrstuvwxyz"


def new_idempotency_key() -> str:
    """A fresh key for one post: 13 characters, sortable by creation time.

    It has the shape of an AT Protocol TID (microseconds since 1970 and a random clock
    id), so Bluesky can use it as the record key as it is; other networks treat it as
    an opaque string.
    """
    value = (time.time_ns() // 1000) << 10 | secrets.randbelow(1024)
    return "".join(_TID_ALPHABET[(value >> (5 * i)) & 31] for i in reversed(range(13)))


@dataclass(frozen=True)
class ImageUpload:
    """An image to attach: its bytes, MIME type, and alt text (describe it: accessibility)."""

    data: bytes
    mime_type: str = "image/png"
    alt: str = ""


@dataclass(frozen=True)
class PublishResult:
    """A post that exists on the network."""

    network_id: str
    url: str
    idempotency_key: str = ""
    created_at: datetime | None = None
    raw: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)


@dataclass(frozen=True)
class ActionResult:
    """A like or repost: ``network_id`` is the like/repost itself (needed to undo it)."""

    network_id: str
    target_id: str
    url: str = ""


@dataclass(frozen=True)
class DeleteResult:
    """``already_gone`` is true when the post did not exist any more (still a success)."""

    network_id: str
    already_gone: bool = False


@dataclass(frozen=True)
class AccountInfo:
    network_id: str
    handle: str
    url: str = ""


@dataclass(frozen=True)
class Mention:
    """A post by someone else that mentions or replies to the account."""

    network_id: str
    url: str
    author: str
    text: str
    created_at: datetime | None = None
    reply_to: str | None = None


class Connector:
    """Base for every connector: a name, the credential fields it needs, a constructor."""

    network: ClassVar[str] = ""
    required_credentials: ClassVar[tuple[str, ...]] = ()

    def __init__(self, credentials: dict[str, Any]) -> None:
        from fauxpas.connectors.errors import BadConfig

        if not isinstance(credentials, dict):
            raise BadConfig("credentials must be a dict of fields", network=self.network)
        missing = [k for k in self.required_credentials if not credentials.get(k)]
        if missing:
            raise BadConfig(
                f"the account's credentials lack {', '.join(missing)}", network=self.network
            )
        self.credentials = dict(credentials)


class Publisher(ABC):
    @abstractmethod
    def publish(
        self,
        text: str,
        *,
        idempotency_key: str,
        reply_to: str | None = None,
        images: Sequence[ImageUpload] = (),
    ) -> PublishResult:
        """Post (or reply to ``reply_to``, a network id). Raises ``Unknown`` when it cannot
        tell whether the post landed: then call ``lookup`` before any new attempt."""

    @abstractmethod
    def lookup(self, idempotency_key: str, *, text: str | None = None) -> PublishResult | None:
        """The post published with this key, or None if it never landed."""


class Deleter(ABC):
    @abstractmethod
    def delete(self, network_id: str) -> DeleteResult:
        """Delete one of the account's posts; safe to repeat."""


class Liker(ABC):
    @abstractmethod
    def like(self, target_id: str) -> ActionResult: ...

    @abstractmethod
    def unlike(self, target_id: str) -> None: ...


class Reposter(ABC):
    @abstractmethod
    def repost(self, target_id: str) -> ActionResult: ...

    @abstractmethod
    def unrepost(self, target_id: str) -> None: ...


class MentionReader(ABC):
    @abstractmethod
    def mentions(self, *, since: datetime | None = None, limit: int = 50) -> list[Mention]:
        """Newest first: posts by others that mention or reply to the account, created at
        or after ``since`` (UTC) when given."""


class CredentialVerifier(ABC):
    @abstractmethod
    def verify(self) -> AccountInfo:
        """Log in and say who we are; raises ``AuthExpired`` when refused."""


CAPABILITIES: dict[str, type] = {
    "publish": Publisher,
    "delete": Deleter,
    "like": Liker,
    "repost": Reposter,
    "mentions": MentionReader,
    "verify": CredentialVerifier,
}


def capabilities(connector: object) -> tuple[str, ...]:
    """The capability names a connector (class or instance) offers."""
    cls = connector if isinstance(connector, type) else type(connector)
    return tuple(name for name, base in CAPABILITIES.items() if issubclass(cls, base))
