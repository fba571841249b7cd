"""News in: RSS and Atom feeds read with ``feedparser`` over ``httpx`` into Events.

Each fetch has a timeout and sends the feed's last ETag / Last-Modified, so an unchanged
feed costs a 304 and no parsing. A feed that fails (network error, HTTP error, not a feed)
is reported in its ``FeedResult`` and skipped: one bad feed never stops the others.
Needs the ``context`` extra.
"""

from __future__ import annotations

import calendar
import html
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timezone

from fauxpas.core.post import Event

DEFAULT_TIMEOUT = 10.0
_TAG = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class FeedResult:
    url: str
    status: str  # ok / not_modified / error
    events: tuple[Event, ...] = ()
    error: str = ""
    etag: str | None = None
    modified: str | None = None


def _plain(text: str) -> str:
    return _SPACE.sub(" ", html.unescape(_TAG.sub(" ", text or ""))).strip()


def _when(entry, fallback: datetime) -> datetime:
    for key in ("published_parsed", "updated_parsed"):
        value = entry.get(key)
        if value:
            return datetime.fromtimestamp(calendar.timegm(value), tz=timezone.utc)
    return fallback


def parse_feed(content: bytes, *, now: datetime) -> tuple[Event, ...]:
    """Events from a feed document; raises ValueError if it is not a feed."""
    import feedparser

    parsed = feedparser.parse(content)
    if parsed.bozo and not parsed.entries:
        raise ValueError(f"not a valid RSS/Atom feed ({parsed.get('bozo_exception')})")
    if not parsed.get("version") and not parsed.entries:
        raise ValueError("not an RSS/Atom feed")
    events = []
    for entry in parsed.entries:
        headline = _plain(entry.get("title", ""))
        if not headline:
            continue
        events.append(Event(at=_when(entry, now), headline=headline,
                            summary=_plain(entry.get("summary", ""))[:1000]))
    return tuple(events)


def fetch_feed(url: str, *, now: datetime, client=None, etag: str | None = None,
               modified: str | None = None, timeout: float = DEFAULT_TIMEOUT) -> FeedResult:
    import httpx

    headers = {"User-Agent": "fauxpas-feeds/0.1"}
    if etag:
        headers["If-None-Match"] = etag
    if modified:
        headers["If-Modified-Since"] = modified
    own = client is None
    client = client or httpx.Client(timeout=timeout, follow_redirects=True)
    try:
        response = client.get(url, headers=headers)
    except httpx.HTTPError as exc:
        return FeedResult(url, "error", error=f"could not fetch: {type(exc).__name__}: {exc}",
                          etag=etag, modified=modified)
    finally:
        if own:
            client.close()
    if response.status_code == 304:
        return FeedResult(url, "not_modified", etag=etag, modified=modified)
    if response.status_code >= 400:
        return FeedResult(url, "error", error=f"HTTP {response.status_code}", etag=etag,
                          modified=modified)
    try:
        events = parse_feed(response.content, now=now)
    except ValueError as exc:
        return FeedResult(url, "error", error=str(exc), etag=etag, modified=modified)
    return FeedResult(url, "ok", events=events, etag=response.headers.get("ETag"),
                      modified=response.headers.get("Last-Modified"))


def fetch_feeds(urls: Iterable[str], *, now: datetime, previous: dict[str, FeedResult] | None
                = None, timeout: float = DEFAULT_TIMEOUT) -> list[FeedResult]:
    """Fetch every feed; ``previous`` results give the ETag / Last-Modified to send."""
    import httpx

    previous = previous or {}
    results = []
    with httpx.Client(timeout=timeout, follow_redirects=True) as client:
        for url in urls:
            before = previous.get(url)
            results.append(fetch_feed(url, now=now, client=client,
                                      etag=before.etag if before else None,
                                      modified=before.modified if before else None))
    return results
