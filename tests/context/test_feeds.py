"""Feeds against a real HTTP server on 127.0.0.1 started here (no network)."""

import threading
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

pytest.importorskip("feedparser")
pytest.importorskip("httpx")

from fauxpas.context.events import active  # noqa: E402
from fauxpas.context.feeds import fetch_feeds  # noqa: E402

NOW = datetime(2031, 5, 2, 12, 0, tzinfo=timezone.utc)
RSS = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
<item><title>Earthquake kills 30 in Naples</title><description>&lt;p&gt;Rescuers search
the rubble.&lt;/p&gt;</description><pubDate>Thu, 01 May 2031 20:00:00 GMT</pubDate></item>
<item><title>Central bank keeps rates unchanged</title></item></channel></rss>"""
ATOM = """<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
<title>Hírek</title><entry><title>Legalább 5 halott a budapesti balesetben</title>
<updated>2031-05-02T08:00:00Z</updated><summary>Baleset</summary></entry></feed>""".encode()
ETAG = '"v1"'


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802
        if self.path == "/rss":
            if self.headers.get("If-None-Match") == ETAG:
                self.send_response(304)
                self.end_headers()
                return
            self._send(200, RSS, {"ETag": ETAG, "Last-Modified": "Thu, 01 May 2031 21:00:00 GMT"})
        elif self.path == "/atom":
            self._send(200, ATOM)
        elif self.path == "/broken":
            self._send(200, b"<html><body>this is not <b>a feed")
        else:
            self._send(500, b"oops")

    def _send(self, code, body, headers=None):
        self.send_response(code)
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_good_bad_and_unchanged_feeds(server):
    urls = [f"{server}/rss", f"{server}/broken", f"{server}/atom", f"{server}/error"]
    first = {r.url: r for r in fetch_feeds(urls, now=NOW, timeout=5)}
    rss = first[f"{server}/rss"]
    assert rss.status == "ok" and rss.etag == ETAG
    assert [e.headline for e in rss.events][0] == "Earthquake kills 30 in Naples"
    assert rss.events[0].summary == "Rescuers search the rubble."
    assert rss.events[0].at == datetime(2031, 5, 1, 20, 0, tzinfo=timezone.utc)
    assert first[f"{server}/broken"].status == "error"
    assert first[f"{server}/error"].status == "error" and "500" in first[f"{server}/error"].error
    assert first[f"{server}/atom"].events[0].at == datetime(2031, 5, 2, 8, tzinfo=timezone.utc)
    events = tuple(e for r in first.values() for e in r.events)
    assert {i.event.headline for i in active(events, NOW)} == {
        "Earthquake kills 30 in Naples", "Legalább 5 halott a budapesti balesetben"}
    again = fetch_feeds([f"{server}/rss"], now=NOW, previous=first, timeout=5)
    assert again[0].status == "not_modified" and again[0].events == ()


def test_unreachable_feed_is_reported_not_raised():
    result = fetch_feeds(["http://127.0.0.1:9/feed"], now=NOW, timeout=1)[0]
    assert result.status == "error" and "could not fetch" in result.error
