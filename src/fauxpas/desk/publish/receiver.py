"""A local test receiver: stands in for a network on loopback, records every delivery.

It does NOT deduplicate: every ``POST /publish`` is appended (and fsynced) before the
answer, so a test can count how many times each idempotency key arrived.
``python -m fauxpas.desk.publish.receiver PORT LOGFILE`` serves until killed.
One request at a time, in arrival order (a plain, non-threaded HTTP server).
``FAUXPAS_RECEIVER_DELAY`` (seconds, default 0): a random pause of up to that long before
and after recording each delivery, like a slow network, so crashes land mid-call.
"""

from __future__ import annotations

import json
import os
import random
import sys
import time
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path


def deliveries(path: Path) -> list[dict]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def make_handler(log_path: Path, delay: float = 0.0):
    known: dict[str, str] = {row["key"]: row["id"] for row in deliveries(log_path)}

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):  # quiet
            pass

        def _send(self, status: int, body: dict) -> None:
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            try:
                self.wfile.write(data)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the caller died mid-call (the crash tests do that on purpose)

        def do_POST(self):
            if self.path != "/publish":
                return self._send(404, {"error": "unknown path"})
            length = int(self.headers.get("Content-Length") or 0)
            try:
                body = json.loads(self.rfile.read(length))
                key = body["key"]
            except (ValueError, KeyError):
                return self._send(400, {"error": "a JSON body with 'key' is required"})
            time.sleep(random.uniform(0, delay))
            remote_id = f"r{len(known) + 1}-{key[:8]}"
            with open(log_path, "a", encoding="utf-8") as handle:
                handle.write(json.dumps({"key": key, "id": remote_id,
                                         "text": body.get("text", "")}) + "\n")
                handle.flush()
                os.fsync(handle.fileno())
            known.setdefault(key, remote_id)
            time.sleep(random.uniform(0, delay))
            return self._send(201, {"id": remote_id})

        def do_GET(self):
            if not self.path.startswith("/lookup/"):
                return self._send(404, {"error": "unknown path"})
            key = self.path.removeprefix("/lookup/")
            if key not in known:
                return self._send(404, {"error": "not published"})
            return self._send(200, {"id": known[key]})

    return Handler


def serve(port: int, log_path: Path) -> None:
    delay = float(os.environ.get("FAUXPAS_RECEIVER_DELAY") or 0)
    server = HTTPServer(("127.0.0.1", port), make_handler(log_path, delay))
    server.serve_forever()


if __name__ == "__main__":
    serve(int(sys.argv[1]), Path(sys.argv[2]))
