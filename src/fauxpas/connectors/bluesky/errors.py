"""Maps ``atproto`` exceptions onto fauxpas connector errors."""

from __future__ import annotations

import httpx
from atproto import exceptions as at

from fauxpas.connectors.errors import (
    AuthExpired,
    ConnectorError,
    NetworkDown,
    NotFound,
    RateLimited,
    Rejected,
)

NETWORK = "bluesky"
_AUTH_ERRORS = {"AuthenticationRequired", "ExpiredToken", "InvalidToken", "AccountTakedown"}
_NOT_FOUND = {"RecordNotFound", "RepoNotFound", "NotFound", "ProfileNotFound"}


def _xrpc(error: at.RequestErrorBase) -> tuple[str, str]:
    content = getattr(error.response, "content", None)
    name = getattr(content, "error", None) or ""
    message = getattr(content, "message", None) or ""
    if isinstance(content, dict):
        name, message = content.get("error", ""), content.get("message", "")
    return name, message


def never_sent(error: BaseException) -> bool:
    """True when the request cannot have reached the server (connection refused etc.)."""
    cause = error.__cause__
    return isinstance(cause, httpx.ConnectError | httpx.ConnectTimeout)


def map_error(error: Exception) -> ConnectorError:
    """The fauxpas error for an ``atproto`` exception (or the transport error under it)."""
    if isinstance(error, ConnectorError):
        return error
    if isinstance(error, at.RateLimitExceededError):
        return RateLimited("Bluesky rate limit reached", network=NETWORK, reset_at=error.reset_at)
    if isinstance(error, at.UnauthorizedError):
        return AuthExpired("Bluesky refused the login or session", network=NETWORK)
    if isinstance(error, at.BadRequestError):
        name, message = _xrpc(error)
        if name in _AUTH_ERRORS:
            return AuthExpired(f"Bluesky refused the login: {message or name}", network=NETWORK)
        if name in _NOT_FOUND or "not found" in message.lower():
            return NotFound(f"Bluesky: {message or name}", network=NETWORK)
        return Rejected(f"Bluesky rejected the request: {message or name}", network=NETWORK,
                        reason=message or name)
    if isinstance(error, at.NetworkError) and error.response is None:
        return NetworkDown(f"cannot reach the Bluesky server ({error.__cause__ or error})",
                           network=NETWORK)
    if isinstance(error, at.RequestErrorBase):
        status = getattr(error.response, "status_code", "?")
        return NetworkDown(f"the Bluesky server failed (HTTP {status})", network=NETWORK)
    if isinstance(error, httpx.HTTPError):
        return NetworkDown(f"cannot reach the Bluesky server ({error})", network=NETWORK)
    raise error
