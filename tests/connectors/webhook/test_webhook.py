"""The webhook connector against a real HTTP receiver on 127.0.0.1."""

from __future__ import annotations

import base64
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from fauxpas import connectors
from fauxpas.connectors import ImageUpload
from fauxpas.connectors.testservers import free_port
from fauxpas.connectors.webhook.signing import SignatureError, signed_headers, verify_signature

SECRET = "shared-secret-for-tests"


class Receiver:
    """A receiver as a tool would write one: checks signatures, drops repeated keys.

    ``script`` lists the HTTP statuses to answer before behaving normally.
    """

    def __init__(self, port: int = 0, script: tuple[int, ...] = ()) -> None:
        self.script = list(script)
        self.seen: dict[str, dict] = {}
        self.deliveries: list[dict] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802 - http.server's name
                body = self.rfile.read(int(self.headers["Content-Length"]))
                receiver.deliveries.append({"headers": dict(self.headers), "body": body})
                if receiver.script:
                    return self.answer(receiver.script.pop(0), {"error": "scripted"})
                try:
                    verify_signature(SECRET, body, self.headers)
                except SignatureError as error:
                    return self.answer(401, {"error": str(error)})
                event = json.loads(body)
                if event["type"] == "publish" and not event["data"]["text"].strip():
                    return self.answer(422, {"error": "empty post"})
                key = self.headers["Idempotency-Key"]
                if key not in receiver.seen:
                    number = len(receiver.seen) + 1
                    receiver.seen[key] = {"event": event, "id": f"post-{number}",
                                          "url": f"https://tool.example/p/{number}"}
                stored = receiver.seen[key]
                return self.answer(200, {"id": stored["id"], "url": stored["url"]})

            def answer(self, status, payload):
                raw = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(raw)))
                self.end_headers()
                self.wfile.write(raw)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hooks/fauxpas"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def events(self, kind: str) -> list[dict]:
        return [s["event"] for s in self.seen.values() if s["event"]["type"] == kind]


@pytest.fixture()
def receiver():
    made = Receiver()
    yield made
    made.close()


def hook(url, secret=SECRET, sleeps=None, **extra):
    sleep = sleeps.append if sleeps is not None else (lambda seconds: None)
    return connectors.get("webhook")({"url": url, "secret": secret, **extra}, sleep=sleep)


def test_publish_delivers_a_signed_event_with_images(receiver):
    image = ImageUpload(b"\x89PNG fake", "image/png", alt="Our logo")
    result = hook(receiver.url).publish("Hello from the desk", idempotency_key="k-1",
                                        reply_to="post-0", images=[image])
    assert (result.network_id, result.url) == ("post-1", "https://tool.example/p/1")
    event = receiver.events("publish")[0]
    assert event["data"]["text"] == "Hello from the desk"
    assert event["data"]["reply_to"] == "post-0"
    assert base64.b64decode(event["data"]["images"][0]["data_base64"]) == image.data
    assert event["data"]["images"][0]["alt"] == "Our logo"
    headers = receiver.deliveries[0]["headers"]
    assert headers["Idempotency-Key"] == "k-1" and headers["X-Fauxpas-Event"] == "publish"


def test_the_same_key_twice_is_one_post_for_the_receiver(receiver):
    connector = hook(receiver.url)
    first = connector.publish("Once only", idempotency_key="k-2")
    second = connector.publish("Once only", idempotency_key="k-2")
    assert first.network_id == second.network_id
    assert len(receiver.events("publish")) == 1 and len(receiver.deliveries) == 2


def test_server_errors_are_retried_with_growing_waits():
    receiver = Receiver(script=(503, 500, 502))
    sleeps: list[float] = []
    try:
        result = hook(receiver.url, sleeps=sleeps).publish("Retry me", idempotency_key="k-3")
    finally:
        receiver.close()
    assert result.network_id == "post-1"
    assert len(receiver.deliveries) == 4
    assert sleeps == sorted(sleeps) and sleeps[0] < sleeps[-1]


def test_connection_refused_is_retried_until_the_receiver_is_up():
    port = free_port()
    started: list[Receiver] = []

    def sleep(seconds):  # the receiver comes up during the second wait
        if len(sleeps) == 1:
            started.append(Receiver(port=port))
        sleeps.append(seconds)

    sleeps: list[float] = []
    connector = connectors.get("webhook")(
        {"url": f"http://127.0.0.1:{port}/hook", "secret": SECRET}, sleep=sleep)
    try:
        result = connector.publish("Eventually", idempotency_key="k-4")
        assert result.network_id == "post-1" and len(sleeps) == 2
    finally:
        for receiver in started:
            receiver.close()


def test_receiver_down_is_network_down_after_all_attempts():
    sleeps: list[float] = []
    connector = hook(f"http://127.0.0.1:{free_port()}/hook", sleeps=sleeps, attempts=3)
    with pytest.raises(connectors.NetworkDown, match="safe"):
        connector.publish("Nobody listens", idempotency_key="k-5")
    assert len(sleeps) == 2


def test_wrong_secret_is_auth_expired_and_refusals_are_rejected(receiver):
    with pytest.raises(connectors.AuthExpired, match="secret"):
        hook(receiver.url, secret="not-the-secret").verify()
    with pytest.raises(connectors.Rejected, match="empty post"):
        hook(receiver.url).publish("   ", idempotency_key="k-6")
    assert len(receiver.deliveries) == 2  # refusals are not retried


def test_delete_like_repost_and_ping_events(receiver):
    connector = hook(receiver.url)
    assert connector.verify().handle.startswith("127.0.0.1:")
    connector.delete("post-9")
    connector.like("post-8")
    connector.unlike("post-8")
    connector.repost("post-7")
    connector.unrepost("post-7")
    kinds = [s["event"]["type"] for s in receiver.seen.values()]
    assert kinds == ["ping", "delete", "like", "unlike", "repost", "unrepost"]
    assert receiver.events("delete")[0]["data"] == {"id": "post-9"}
    assert receiver.events("like")[0]["data"] == {"target_id": "post-8"}


def test_signature_verification_catches_tampering_and_replays():
    body = b'{"type":"publish","data":{"text":"hi"}}'
    now = time.time()
    headers = signed_headers(SECRET, body, now=now)
    verify_signature(SECRET, body, headers, now=now)  # the untouched event passes
    with pytest.raises(SignatureError, match="does not match"):
        verify_signature(SECRET, body.replace(b"hi", b"ha"), headers, now=now)
    with pytest.raises(SignatureError, match="does not match"):
        verify_signature("another secret", body, headers, now=now)
    moved = dict(headers, **{"X-Fauxpas-Timestamp": str(int(now) + 1)})
    with pytest.raises(SignatureError, match="does not match"):
        verify_signature(SECRET, body, moved, now=now)
    with pytest.raises(SignatureError, match="old"):
        verify_signature(SECRET, body, headers, now=now + 3600)
    with pytest.raises(SignatureError, match="no timestamp or signature"):
        verify_signature(SECRET, body, {}, now=now)
    lower = {k.lower(): v for k, v in headers.items()}
    verify_signature(SECRET, body, lower, now=now)  # header names in any case


def test_bad_webhook_settings_are_clear():
    with pytest.raises(connectors.BadConfig, match="http"):
        connectors.connect("webhook", {"url": "ftp://example.org", "secret": "s"})
    with pytest.raises(connectors.BadConfig, match="secret"):
        connectors.connect("webhook", {"url": "http://127.0.0.1/"})


def test_recovery_after_a_dead_worker_redelivers_and_the_receiver_drops_it(receiver):
    connector = hook(receiver.url)
    first = connector.publish("Sent before the worker died", idempotency_key="k-7")
    again = connectors.publish_once(connector, "Sent before the worker died",
                                    idempotency_key="k-7", maybe_sent=True)
    assert again.network_id == first.network_id
    assert len(receiver.events("publish")) == 1
