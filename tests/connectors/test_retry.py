from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from fauxpas.connectors import NetworkDown, RateLimited, Rejected, Unknown
from fauxpas.connectors.retry import retry_safe

NOW = datetime(2026, 1, 5, 9, 0, tzinfo=timezone.utc)


def flaky(*errors, result="done"):
    calls = []

    def call():
        calls.append(1)
        if len(calls) <= len(errors):
            raise errors[len(calls) - 1]
        return result

    return call, calls


def test_network_errors_are_retried_with_growing_waits():
    call, calls = flaky(NetworkDown("x"), NetworkDown("x"))
    sleeps = []
    assert retry_safe(call, sleep=sleeps.append) == "done"
    assert len(calls) == 3 and sleeps == [0.5, 1.0]


def test_gives_up_after_the_last_attempt():
    call, calls = flaky(*(NetworkDown("x") for _ in range(5)))
    with pytest.raises(NetworkDown):
        retry_safe(call, attempts=3, sleep=lambda s: None)
    assert len(calls) == 3


@pytest.mark.parametrize("error", [Rejected("no"), Unknown("maybe")])
def test_unsafe_errors_are_not_retried(error):
    call, calls = flaky(error)
    with pytest.raises(type(error)):
        retry_safe(call, sleep=lambda s: None)
    assert len(calls) == 1


def test_rate_limit_waits_until_reset_when_it_is_near():
    call, _ = flaky(RateLimited("x", reset_at=NOW + timedelta(seconds=2)))
    sleeps = []
    assert retry_safe(call, sleep=sleeps.append, now=lambda: NOW) == "done"
    assert sleeps == [2.0]


def test_rate_limit_with_a_far_reset_is_handed_back():
    call, calls = flaky(RateLimited("x", reset_at=NOW + timedelta(minutes=15)))
    with pytest.raises(RateLimited):
        retry_safe(call, sleep=lambda s: None, now=lambda: NOW)
    assert len(calls) == 1
