"""Maps ``Mastodon.py`` exceptions onto fauxpas connector errors."""

from __future__ import annotations

from datetime import datetime, timezone

import requests
from mastodon import errors as m
from urllib3.exceptions import NewConnectionError

from fauxpas.connectors.errors import (
    AuthExpired,
    ConnectorError,
    NetworkDown,
    NotFound,
    RateLimited,
    Rejected,
)

NETWORK = "mastodon"


def never_sent(error: BaseException) -> bool:
    """True when the request cannot have reached the server (refused, unreachable).

    Mastodon.py raises ``MastodonNetworkError`` inside its ``except`` block, so the
    ``requests`` error is its ``__context__``.
    """
    cause = error.__context__
    if isinstance(cause, requests.ConnectTimeout):
        return True
    if isinstance(cause, requests.ConnectionError):
        reason = getattr(cause.args[0], "reason", None) if cause.args else None
        return isinstance(reason, NewConnectionError)
    return False


def _status(error: m.MastodonAPIError) -> int | None:
    return error.args[1] if len(error.args) > 1 and isinstance(error.args[1], int) else None


def _detail(error: m.MastodonAPIError) -> str:
    if len(error.args) > 3 and error.args[3]:
        return str(error.args[3])
    if len(error.args) > 2 and error.args[2]:
        return str(error.args[2])
    return str(error.args[0]) if error.args else ""


def map_error(error: Exception, *, reset_epoch: float | None = None) -> ConnectorError:
    """The fauxpas error for a Mastodon.py exception."""
    if isinstance(error, ConnectorError):
        return error
    if isinstance(error, m.MastodonRatelimitError):
        reset = datetime.fromtimestamp(reset_epoch, timezone.utc) if reset_epoch else None
        return RateLimited("the Mastodon server's rate limit is reached", network=NETWORK,
                           reset_at=reset)
    if isinstance(error, m.MastodonNetworkError):
        return NetworkDown(f"cannot reach the Mastodon server ({error})", network=NETWORK)
    if isinstance(error, m.MastodonUnauthorizedError) or (
        isinstance(error, m.MastodonAPIError) and _status(error) in (401, 403)
    ):
        return AuthExpired(f"the Mastodon server refused the access token ({_detail(error)})",
                           network=NETWORK)
    if isinstance(error, m.MastodonNotFoundError):
        return NotFound(f"not found on the Mastodon server ({_detail(error)})", network=NETWORK)
    if isinstance(error, m.MastodonServerError):
        return NetworkDown(f"the Mastodon server failed (HTTP {_status(error)})", network=NETWORK)
    if isinstance(error, m.MastodonAPIError):
        detail = _detail(error)
        return Rejected(f"the Mastodon server rejected the request: {detail}", network=NETWORK,
                        reason=detail)
    if isinstance(error, m.MastodonIllegalArgumentError):
        return Rejected(f"invalid request: {error}", network=NETWORK, reason=str(error))
    raise error
