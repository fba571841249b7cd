"""Registry, capabilities, idempotency keys and credential checks (no server needed)."""

from __future__ import annotations

import re

import pytest

from fauxpas import connectors
from fauxpas.connectors import Liker, MentionReader, Publisher


def test_known_networks_and_their_capabilities():
    assert connectors.names() == ("bluesky", "mastodon", "webhook")
    assert connectors.capabilities(connectors.get("bluesky")) == (
        "publish", "delete", "like", "repost", "mentions", "verify")
    assert connectors.capabilities(connectors.get("webhook")) == (
        "publish", "delete", "like", "repost", "verify")
    assert issubclass(connectors.get("mastodon"), Publisher | Liker | MentionReader)


def test_unknown_network_names_the_known_ones():
    with pytest.raises(connectors.BadConfig, match="known: bluesky, mastodon, webhook"):
        connectors.get("twitter")


@pytest.mark.parametrize("network, credentials, missing", [
    ("bluesky", {"handle": "a.test"}, "password"),
    ("mastodon", {"access_token": "t"}, "api_base_url"),
    ("webhook", {}, "url, secret"),
])
def test_missing_credentials_are_named(network, credentials, missing):
    with pytest.raises(connectors.BadConfig, match=f"lack {missing}"):
        connectors.connect(network, credentials)


def test_credentials_must_be_a_dict():
    with pytest.raises(connectors.BadConfig, match="dict"):
        connectors.connect("webhook", "http://example.org")


def test_bluesky_watch_list_is_checked():
    with pytest.raises(connectors.BadConfig, match="watch"):
        connectors.connect("bluesky", {"handle": "a.test", "password": "p", "watch": "b.test"})


def test_idempotency_keys_are_unique_sortable_tids():
    keys = [connectors.new_idempotency_key() for _ in range(200)]
    assert len(set(keys)) == 200
    assert all(re.fullmatch(r"[234567abcdefghij][234567a-z]{12}", k) for k in keys)
    assert keys[0][:8] <= keys[-1][:8]  # the time part grows


def test_errors_read_well():
    error = connectors.RateLimited("slow down", network="bluesky")
    assert str(error) == "bluesky: slow down" and error.kind == "rate_limited"
    unknown = connectors.Unknown("unclear", network="mastodon", idempotency_key="k")
    assert unknown.idempotency_key == "k" and not unknown.retry_safe


def test_errors_for_the_audit_log():
    from datetime import datetime, timezone

    reset = datetime(2026, 3, 1, 12, 0, tzinfo=timezone.utc)
    assert connectors.RateLimited("slow down", network="bluesky", reset_at=reset).as_dict() == {
        "kind": "rate_limited", "network": "bluesky", "message": "slow down",
        "retry_safe": True, "reset_at": "2026-03-01T12:00:00+00:00"}
    assert connectors.Unknown("unclear", idempotency_key="k").as_dict()["idempotency_key"] == "k"
