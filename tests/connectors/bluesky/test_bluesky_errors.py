"""How atproto's exceptions become fauxpas errors (no server needed)."""

from __future__ import annotations

from types import SimpleNamespace

import httpx
import pytest
from atproto import exceptions as at
from atproto_client.models.common import XrpcError

from fauxpas import connectors
from fauxpas.connectors.bluesky.errors import map_error, never_sent


def answer(status, error, message=""):
    return SimpleNamespace(status_code=status, headers={"ratelimit-reset": "1800000000"},
                           content=XrpcError(error=error, message=message))


@pytest.mark.parametrize("error, kind", [
    (at.UnauthorizedError(answer(401, "AuthenticationRequired", "Invalid identifier or "
                                 "password")), connectors.AuthExpired),
    (at.BadRequestError(answer(400, "ExpiredToken", "Token has expired")),
     connectors.AuthExpired),
    (at.BadRequestError(answer(400, "RecordNotFound", "Could not locate record")),
     connectors.NotFound),
    (at.BadRequestError(answer(400, "InvalidRequest", "Record/text must not be longer than "
                               "300 graphemes")), connectors.Rejected),
    (at.RateLimitExceededError(answer(429, "RateLimitExceeded")), connectors.RateLimited),
    (at.RequestException(answer(500, "InternalServerError")), connectors.NetworkDown),
    (at.InvokeTimeoutError(), connectors.NetworkDown),
])
def test_kinds(error, kind):
    assert isinstance(map_error(error), kind)


def test_rate_limit_reset_and_rejection_reason_are_kept():
    limited = map_error(at.RateLimitExceededError(answer(429, "RateLimitExceeded")))
    assert limited.reset_at.timestamp() == 1_800_000_000
    rejected = map_error(at.BadRequestError(answer(400, "InvalidRequest", "too long")))
    assert rejected.reason == "too long"


def test_only_connection_failures_count_as_never_sent():
    def from_cause(cause):
        try:
            raise at.NetworkError() from cause
        except at.NetworkError as error:
            return error

    assert never_sent(from_cause(httpx.ConnectError("refused")))
    assert not never_sent(from_cause(httpx.ReadTimeout("slow")))
