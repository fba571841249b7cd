"""Retries with exponential backoff, for calls that are safe to repeat.

Safe: reads, deleting or unliking a known id, anything the network makes idempotent (a
Bluesky record with a chosen key, a webhook delivery the receiver de-duplicates by key).
Never wrap a plain publish in this: a timeout after the server acted would double-post.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime, timezone
from typing import TypeVar

from fauxpas.connectors.errors import ConnectorError, RateLimited

T = TypeVar("T")


def retry_safe(
    call: Callable[[], T],
    *,
    attempts: int = 3,
    base_delay: float = 0.5,
    max_delay: float = 8.0,
    sleep: Callable[[float], None] = time.sleep,
    now: Callable[[], datetime] = lambda: datetime.now(timezone.utc),
) -> T:
    """Run ``call``; on an error whose ``retry_safe`` is true, wait and try again.

    Waits ``base_delay * 2**n`` (capped at ``max_delay``); a ``RateLimited`` with a reset
    time waits until then if that is within ``max_delay``, and gives up at once otherwise
    (the caller reschedules for ``reset_at``).
    """
    for attempt in range(attempts):
        try:
            return call()
        except ConnectorError as error:
            if not error.retry_safe or attempt == attempts - 1:
                raise
            delay = min(base_delay * 2**attempt, max_delay)
            if isinstance(error, RateLimited) and error.reset_at is not None:
                wait = (error.reset_at - now()).total_seconds()
                if wait > max_delay:
                    raise
                delay = max(wait, 0.0)
            sleep(delay)
    raise AssertionError("unreachable")  # pragma: no cover
