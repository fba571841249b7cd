"""Signing webhook events, and checking them on the receiving side.

The signature is HMAC-SHA256, keyed with the shared secret, over
``"<timestamp>.<body>"``: the timestamp (Unix seconds, in ``X-Fauxpas-Timestamp``) is
signed with the body, so an old event cannot be replayed with a fresh timestamp, and a
receiver refuses events older than ``tolerance`` seconds. The header
``X-Fauxpas-Signature`` holds ``v1=<hex digest>``.

A receiver (any language) checks: the timestamp is recent, then
``hmac_sha256(secret, timestamp + "." + raw_body) == digest`` in constant time, then
drops the event if it has seen its ``Idempotency-Key`` already.
"""

from __future__ import annotations

import hashlib
import hmac
import time
from collections.abc import Mapping

SIGNATURE_HEADER = "X-Fauxpas-Signature"
TIMESTAMP_HEADER = "X-Fauxpas-Timestamp"
EVENT_HEADER = "X-Fauxpas-Event"
KEY_HEADER = "Idempotency-Key"
SCHEME = "v1"
DEFAULT_TOLERANCE = 300


class SignatureError(ValueError):
    """The event's signature is missing, stale or wrong; the message says which."""


def sign(secret: str, timestamp: int, body: bytes) -> str:
    digest = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256)
    return f"{SCHEME}={digest.hexdigest()}"


def signed_headers(secret: str, body: bytes, *, now: float | None = None) -> dict[str, str]:
    timestamp = int(time.time() if now is None else now)
    return {TIMESTAMP_HEADER: str(timestamp), SIGNATURE_HEADER: sign(secret, timestamp, body)}


def verify_signature(secret: str, body: bytes, headers: Mapping[str, str], *,
                     tolerance: int = DEFAULT_TOLERANCE, now: float | None = None) -> None:
    """Raises ``SignatureError`` unless ``body`` was signed with ``secret`` recently.

    ``headers`` may be any mapping (header names are matched case-insensitively).
    """
    lower = {k.lower(): v for k, v in headers.items()}
    stamp = lower.get(TIMESTAMP_HEADER.lower())
    given = lower.get(SIGNATURE_HEADER.lower())
    if not stamp or not given:
        raise SignatureError("the event has no timestamp or signature header")
    try:
        timestamp = int(stamp)
    except ValueError:
        raise SignatureError(f"the timestamp header is not a number: {stamp!r}") from None
    current = time.time() if now is None else now
    if abs(current - timestamp) > tolerance:
        raise SignatureError(f"the event is {int(current - timestamp)} s old (limit "
                             f"{tolerance} s): a replay or a clock problem")
    if not hmac.compare_digest(sign(secret, timestamp, body).encode(), given.encode()):
        raise SignatureError("the signature does not match: wrong secret or altered event")
