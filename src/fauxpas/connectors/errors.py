"""Connector errors: a few clear kinds the desk can show to a busy person.

Every connector maps its library's and its network's errors onto these, so the desk
never has to know what a ``MastodonAPIError`` or an ``atproto`` ``RequestException`` is.
Each error carries ``network`` and a ``message`` written for the person at the desk;
``retry_safe`` says whether repeating the *same* call may help (the caller still decides
whether repeating it is safe: see :mod:`fauxpas.connectors.retry`).
"""

from __future__ import annotations

from datetime import datetime


class ConnectorError(Exception):
    """Base class. ``kind`` is a stable short name for logs and the audit trail."""

    kind = "error"
    retry_safe = False

    def __init__(self, message: str, *, network: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.network = network

    def __str__(self) -> str:
        prefix = f"{self.network}: " if self.network else ""
        return f"{prefix}{self.message}"

    def as_dict(self) -> dict[str, object]:
        """For the post's status and the audit log: kind, network, message, and the
        kind's own fields (``reset_at`` as ISO 8601, ``reason``, ``idempotency_key``)."""
        out: dict[str, object] = {"kind": self.kind, "network": self.network,
                                  "message": self.message, "retry_safe": self.retry_safe}
        for name in ("reset_at", "reason", "idempotency_key"):
            value = getattr(self, name, None)
            if value is not None:
                out[name] = value.isoformat() if isinstance(value, datetime) else value
        return out


class BadConfig(ConnectorError):
    """The credentials dict lacks a field or has a malformed one (fix the account set-up)."""

    kind = "bad_config"


class AuthExpired(ConnectorError):
    """The network refused the credentials: wrong password, revoked or expired token."""

    kind = "auth_expired"


class RateLimited(ConnectorError):
    """Too many requests; ``reset_at`` (UTC, may be None) says when the limit lifts."""

    kind = "rate_limited"
    retry_safe = True

    def __init__(self, message: str, *, network: str = "", reset_at: datetime | None = None):
        super().__init__(message, network=network)
        self.reset_at = reset_at


class NotFound(ConnectorError):
    """The post, account or record does not exist (or no longer does)."""

    kind = "not_found"


class Rejected(ConnectorError):
    """The network refused the content or the request itself; ``reason`` is its answer."""

    kind = "rejected"

    def __init__(self, message: str, *, network: str = "", reason: str = ""):
        super().__init__(message, network=network)
        self.reason = reason or message


class NetworkDown(ConnectorError):
    """The server could not be reached or answered with a server error before acting."""

    kind = "network_down"
    retry_safe = True


class Unknown(ConnectorError):
    """A publish whose outcome is unknown (the request may or may not have landed).

    Never retry blindly: call the connector's ``lookup(idempotency_key, ...)`` first,
    which finds the post if it landed; only when it did not may the desk publish again.
    """

    kind = "unknown_outcome"

    def __init__(self, message: str, *, network: str = "", idempotency_key: str = ""):
        super().__init__(message, network=network)
        self.idempotency_key = idempotency_key
