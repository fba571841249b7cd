"""Webhook connector: signed JSON events for tools fauxpas has no connector for.

Credentials: ``url`` (http or https) and ``secret`` (shared with the receiver).
Optional: ``timeout`` (seconds, default 10) and ``attempts`` (default 4).

Each action (publish, delete, like, unlike, repost, unrepost, ping) is one POST of a JSON
event, signed as described in ``signing.py``, with an ``Idempotency-Key`` header: the
desk's key for a publish, one key per call otherwise. Receivers MUST drop an event whose
key they have seen; that is what makes the retries here safe (on connection errors,
timeouts, 408, 429 and 5xx, with exponential backoff). A 2xx answer may carry JSON
``{"id": ..., "url": ...}``: the post's id and address in the receiving tool.
"""

from __future__ import annotations

import base64
import json
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Sequence
from datetime import datetime, timezone
from typing import Any
from urllib.parse import urlsplit

from fauxpas.connectors.base import (
    AccountInfo,
    ActionResult,
    Connector,
    CredentialVerifier,
    Deleter,
    DeleteResult,
    ImageUpload,
    Liker,
    Publisher,
    PublishResult,
    Reposter,
)
from fauxpas.connectors.errors import (
    AuthExpired,
    BadConfig,
    NetworkDown,
    NotFound,
    RateLimited,
    Rejected,
)
from fauxpas.connectors.webhook.signing import EVENT_HEADER, KEY_HEADER, signed_headers

NETWORK = "webhook"
RETRY_STATUSES = {408, 425, 429, 500, 502, 503, 504}


class WebhookConnector(Connector, Publisher, Deleter, Liker, Reposter, CredentialVerifier):
    network = NETWORK
    required_credentials = ("url", "secret")

    def __init__(self, credentials: dict[str, Any], *, sleep=time.sleep) -> None:
        super().__init__(credentials)
        self.url = str(credentials["url"])
        if urlsplit(self.url).scheme not in ("http", "https") or not urlsplit(self.url).netloc:
            raise BadConfig(f"the webhook address must be an http(s) URL, not {self.url!r}",
                            network=NETWORK)
        self.secret = str(credentials["secret"])
        try:
            self.timeout = float(credentials.get("timeout", 10))
            self.attempts = max(1, int(credentials.get("attempts", 4)))
        except (TypeError, ValueError):
            raise BadConfig("timeout and attempts must be numbers", network=NETWORK) from None
        self._sleep = sleep

    # -- delivery -------------------------------------------------------------------
    def send(self, event_type: str, data: dict[str, Any], *, key: str) -> dict[str, Any]:
        """Delivers one event (retrying safely); returns the receiver's JSON answer."""
        event = {"id": str(uuid.uuid4()), "type": event_type, "idempotency_key": key,
                 "created_at": datetime.now(timezone.utc).isoformat(), "data": data}
        body = json.dumps(event, ensure_ascii=False, separators=(",", ":")).encode()
        last: Exception | None = None
        for attempt in range(self.attempts):
            if attempt:
                self._sleep(min(0.5 * 2 ** (attempt - 1), 8.0))
            headers = {"Content-Type": "application/json", "User-Agent": "fauxpas-webhook/1",
                       EVENT_HEADER: event_type, KEY_HEADER: key,
                       **signed_headers(self.secret, body)}  # fresh timestamp per attempt
            request = urllib.request.Request(self.url, data=body, headers=headers,
                                             method="POST")
            try:
                with urllib.request.urlopen(request, timeout=self.timeout) as answer:
                    return _json(answer.read())
            except urllib.error.HTTPError as error:
                detail = error.read()[:500].decode(errors="replace")
                if error.code not in RETRY_STATUSES:
                    raise _refusal(error.code, detail) from error
                last = error
                if error.code == 429 and attempt == self.attempts - 1:
                    raise RateLimited("the webhook receiver asks to slow down",
                                      network=NETWORK) from error
            except (urllib.error.URLError, OSError) as error:
                last = error
        raise NetworkDown(
            f"the webhook receiver did not accept the event after {self.attempts} attempts "
            f"({_reason(last)}); sending it again is safe (same idempotency key)",
            network=NETWORK)

    # -- capabilities -----------------------------------------------------------------
    def verify(self) -> AccountInfo:
        answer = self.send("ping", {}, key=str(uuid.uuid4()))
        return AccountInfo(str(answer.get("id", "")), urlsplit(self.url).netloc, self.url)

    def publish(self, text: str, *, idempotency_key: str, reply_to: str | None = None,
                images: Sequence[ImageUpload] = ()) -> PublishResult:
        if not idempotency_key:
            raise BadConfig("publish needs an idempotency_key", network=NETWORK)
        data = {"text": text, "reply_to": reply_to, "images": [
            {"mime_type": i.mime_type, "alt": i.alt,
             "data_base64": base64.b64encode(i.data).decode()} for i in images]}
        answer = self.send("publish", data, key=idempotency_key)
        return PublishResult(network_id=str(answer.get("id") or idempotency_key),
                             url=str(answer.get("url") or ""), idempotency_key=idempotency_key,
                             raw=answer)

    def lookup(self, idempotency_key: str, *, text: str | None = None) -> PublishResult | None:
        """A webhook cannot be asked what it has: always None. Publishing again with the
        same key is safe, because receivers drop keys they have seen."""
        return None

    def delete(self, network_id: str) -> DeleteResult:
        try:
            self.send("delete", {"id": network_id}, key=str(uuid.uuid4()))
        except NotFound:
            return DeleteResult(network_id, already_gone=True)
        return DeleteResult(network_id)

    def _act(self, event_type: str, target_id: str) -> ActionResult:
        answer = self.send(event_type, {"target_id": target_id}, key=str(uuid.uuid4()))
        return ActionResult(str(answer.get("id") or target_id), target_id,
                            str(answer.get("url") or ""))

    def like(self, target_id: str) -> ActionResult:
        return self._act("like", target_id)

    def unlike(self, target_id: str) -> None:
        self._act("unlike", target_id)

    def repost(self, target_id: str) -> ActionResult:
        return self._act("repost", target_id)

    def unrepost(self, target_id: str) -> None:
        self._act("unrepost", target_id)


def _json(raw: bytes) -> dict[str, Any]:
    try:
        value = json.loads(raw or b"{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _refusal(status: int, detail: str):
    if status in (401, 403):
        return AuthExpired(f"the webhook receiver refused the signature (HTTP {status}); "
                           "check the shared secret", network=NETWORK)
    if status in (404, 410):
        return NotFound(f"the webhook receiver answered HTTP {status} (an unknown post, "
                        "or a wrong webhook address)",
                        network=NETWORK)
    return Rejected(f"the webhook receiver refused the event (HTTP {status}): {detail}",
                    network=NETWORK, reason=detail)


def _reason(error: Exception | None) -> str:
    if isinstance(error, urllib.error.HTTPError):
        return f"HTTP {error.code}"
    if isinstance(error, urllib.error.URLError):
        return str(error.reason)
    return str(error)
