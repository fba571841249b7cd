"""How Mastodon.py's exceptions become fauxpas errors (no server needed)."""

from __future__ import annotations

import pytest
import requests
from mastodon import errors as m
from urllib3.exceptions import NewConnectionError

from fauxpas import connectors
from fauxpas.connectors.mastodon.errors import map_error, never_sent


def api_error(cls, status, reason, message=None):
    return cls("Mastodon API returned error", status, reason, message)


@pytest.mark.parametrize("error, kind", [
    (api_error(m.MastodonUnauthorizedError, 401, "Unauthorized", "The access token is invalid"),
     connectors.AuthExpired),
    (api_error(m.MastodonAPIError, 403, "Forbidden"), connectors.AuthExpired),
    (api_error(m.MastodonNotFoundError, 404, "Not Found", "Record not found"),
     connectors.NotFound),
    (api_error(m.MastodonAPIError, 422, "Unprocessable", "Text character limit of 500 exceeded"),
     connectors.Rejected),
    (api_error(m.MastodonServiceUnavailableError, 503, "Service Unavailable"),
     connectors.NetworkDown),
    (m.MastodonNetworkError("Could not complete request"), connectors.NetworkDown),
    (m.MastodonRatelimitError("Hit rate limit."), connectors.RateLimited),
])
def test_kinds(error, kind):
    assert isinstance(map_error(error, reset_epoch=1_800_000_000), kind)


def test_rejection_keeps_the_servers_reason():
    error = map_error(api_error(m.MastodonAPIError, 422, "Unprocessable",
                                "Text character limit of 500 exceeded"))
    assert error.reason == "Text character limit of 500 exceeded"


def test_rate_limit_carries_the_reset_time():
    error = map_error(m.MastodonRatelimitError("Hit rate limit."), reset_epoch=1_800_000_000)
    assert error.reset_at.timestamp() == 1_800_000_000


def wrapped(cause):
    try:
        raise cause
    except Exception:
        try:
            raise m.MastodonNetworkError("Could not complete request")
        except m.MastodonNetworkError as error:
            return error


def test_refused_connection_was_never_sent_but_a_timeout_may_have_been():
    refused = requests.ConnectionError(
        type("MaxRetry", (), {"reason": NewConnectionError(None, "refused")})())
    assert never_sent(wrapped(refused))
    assert never_sent(wrapped(requests.ConnectTimeout()))
    assert not never_sent(wrapped(requests.ReadTimeout()))
    assert not never_sent(wrapped(requests.ConnectionError("Connection aborted.")))


def test_status_html_becomes_comparable_text():
    from fauxpas.connectors.mastodon.connector import _fingerprint, _plain

    html = ('<p>Menu: <a href="https://example.org/menu"><span class="invisible">https://'
            '</span><span>example.org/menu</span></a> &amp; more</p><p>Second</p>')
    assert _plain(html) == "Menu: https://example.org/menu & more Second"
    assert _fingerprint(html) == _fingerprint("Menu: https://example.org/menu & more\n\nSecond")
