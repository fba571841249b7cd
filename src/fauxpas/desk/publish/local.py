"""Local connectors: a JSON-lines log (demo) and an HTTP test receiver client (crash tests).

Neither reaches a real network. Both honour the at-most-once contract of
``protocol.Connector``: the idempotency key travels with every publication and
``lookup`` answers from the receiving side.
"""

from __future__ import annotations

import json
import os
import uuid
from pathlib import Path
from typing import Any

import httpx

from fauxpas.desk.publish.protocol import PublishError, PublishRequest
from fauxpas.desk.settings import data_dir


class LogConnector:
    """Appends each publication to a JSON-lines file (default ``<data dir>/published.jsonl``)."""

    def __init__(self, path: Path):
        self.path = path

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any]) -> LogConnector:
        return cls(Path(credentials.get("path") or data_dir() / "published.jsonl"))

    def publish(self, request: PublishRequest) -> str:
        remote_id = f"log-{uuid.uuid4().hex[:12]}"
        line = json.dumps({"key": request.idempotency_key, "id": remote_id,
                           "network": request.network, "handle": request.handle,
                           "action": request.action, "text": request.text,
                           "target": request.target_ref}, ensure_ascii=False)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with open(self.path, "a", encoding="utf-8") as handle:
            handle.write(line + "\n")
            handle.flush()
            os.fsync(handle.fileno())
        return remote_id

    def lookup(self, idempotency_key: str, request: PublishRequest) -> str | None:
        if not self.path.exists():
            return None
        with open(self.path, encoding="utf-8") as handle:
            for line in handle:
                try:
                    row = json.loads(line)
                except json.JSONDecodeError:
                    continue  # a line cut short by a crash was never published
                if row.get("key") == idempotency_key:
                    return row["id"]
        return None


class ReceiverConnector:
    """Talks to ``fauxpas.desk.publish.receiver`` (``POST /publish``, ``GET /lookup/KEY``)."""

    def __init__(self, url: str, timeout: float = 5.0):
        self.url = url.rstrip("/")
        self.timeout = timeout

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any]) -> ReceiverConnector:
        if not credentials.get("url"):
            raise PublishError("the test-receiver connector needs a 'url' in its credentials")
        return cls(credentials["url"])

    def publish(self, request: PublishRequest) -> str:
        body = {"key": request.idempotency_key, "handle": request.handle,
                "action": request.action, "text": request.text, "target": request.target_ref}
        response = httpx.post(f"{self.url}/publish", json=body, timeout=self.timeout)
        if response.status_code == 400:
            raise PublishError(response.text)
        response.raise_for_status()
        return response.json()["id"]

    def lookup(self, idempotency_key: str, request: PublishRequest) -> str | None:
        response = httpx.get(f"{self.url}/lookup/{idempotency_key}", timeout=self.timeout)
        if response.status_code == 404:
            return None
        response.raise_for_status()
        return response.json()["id"]
