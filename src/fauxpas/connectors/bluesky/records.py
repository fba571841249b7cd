"""Pure helpers for Bluesky records: keys, URIs, facets (mentions and links)."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

_TID = re.compile(r"^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$")
_TID_ALPHABET = "234567abcdefghijklmnopqrstuvwxyz"
_URI = re.compile(r"^at://(?P<repo>[^/]+)/(?P<collection>[^/]+)/(?P<rkey>[^/]+)$")
_MENTION = re.compile(r"(?<![\w@])@((?:[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+"
                      r"[a-zA-Z](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)")
_LINK = re.compile(r"https?://[^\s<>\"']+[^\s<>\"'.,;:!?)\]]")

POST = "app.bsky.feed.post"
LIKE = "app.bsky.feed.like"
REPOST = "app.bsky.feed.repost"


@dataclass(frozen=True)
class AtUri:
    repo: str
    collection: str
    rkey: str

    def __str__(self) -> str:
        return f"at://{self.repo}/{self.collection}/{self.rkey}"


def parse_uri(value: str) -> AtUri | None:
    match = _URI.match(value or "")
    return AtUri(**match.groupdict()) if match else None


def record_key(key: str, salt: str = "") -> str:
    """The record key (a TID, which posts, likes and reposts require) for a key.

    A key that already is a TID (``new_idempotency_key``) is used as it is; any other
    key, or a key with a salt (likes and reposts of one target), is hashed into one.
    """
    if not salt and _TID.match(key):
        return key
    digest = int.from_bytes(hashlib.sha256(f"{salt}\0{key}".encode()).digest()[:8], "big")
    digest &= (1 << 63) - 1  # a TID's top bit is always 0
    return "".join(_TID_ALPHABET[(digest >> (5 * i)) & 31] for i in reversed(range(13)))


def web_url(web_base: str, handle_or_did: str, uri: AtUri) -> str:
    return f"{web_base.rstrip('/')}/profile/{handle_or_did}/post/{uri.rkey}"


@dataclass(frozen=True)
class FacetSpan:
    start: int  # byte offsets into the UTF-8 text, as the AT Protocol wants
    end: int
    kind: str  # "mention" | "link"
    value: str  # the handle (without @) or the URL


def find_facets(text: str) -> list[FacetSpan]:
    """Mentions (@handle.domain) and links in ``text``, with UTF-8 byte offsets."""
    spans: list[FacetSpan] = []
    for kind, pattern in (("mention", _MENTION), ("link", _LINK)):
        for match in pattern.finditer(text):
            start = len(text[: match.start()].encode())
            end = start + len(match.group(0).encode())
            value = match.group(1) if kind == "mention" else match.group(0)
            spans.append(FacetSpan(start, end, kind, value))
    return sorted(spans, key=lambda s: s.start)
