from __future__ import annotations

from fauxpas.connectors import new_idempotency_key
from fauxpas.connectors.bluesky import records as rec


def test_record_key_keeps_a_tid_and_hashes_anything_else():
    key = new_idempotency_key()
    assert rec.record_key(key) == key
    derived = rec.record_key("desk-post-42")
    assert derived == rec.record_key("desk-post-42") and len(derived) == 13
    assert rec._TID.match(derived)
    like = rec.record_key("at://did:plc:x/app.bsky.feed.post/3k", salt=rec.LIKE)
    assert like != rec.record_key("at://did:plc:x/app.bsky.feed.post/3k", salt=rec.REPOST)


def test_facets_use_utf8_byte_offsets():
    text = "Café ☕ with @friend.example.com see https://example.org/menu."
    spans = rec.find_facets(text)
    raw = text.encode()
    assert [(s.kind, raw[s.start:s.end].decode()) for s in spans] == [
        ("mention", "@friend.example.com"), ("link", "https://example.org/menu")]
    assert spans[0].value == "friend.example.com"


def test_email_addresses_are_not_mentions():
    assert rec.find_facets("write to help@shop.example") == []


def test_parse_uri():
    uri = rec.parse_uri("at://did:plc:abc/app.bsky.feed.post/3kabc")
    assert (uri.repo, uri.collection, uri.rkey) == ("did:plc:abc", rec.POST, "3kabc")
    assert str(uri) == "at://did:plc:abc/app.bsky.feed.post/3kabc"
    assert rec.parse_uri("https://bsky.app/x") is None
