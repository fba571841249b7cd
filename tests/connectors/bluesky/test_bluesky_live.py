"""The Bluesky connector against Bluesky's own PDS, run on loopback by the fixtures."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from atproto import exceptions as at

from fauxpas import connectors
from fauxpas.connectors import ImageUpload, new_idempotency_key
from fauxpas.connectors.bluesky import records as rec
from fauxpas.connectors.testservers import free_port


def own_posts(connector, text):
    client = connector.client()
    listed = client.com.atproto.repo.list_records(
        params={"repo": connector.did, "collection": rec.POST, "limit": 100})
    return [r for r in listed.records if r.value.text == text]


def test_publish_twice_with_one_key_makes_one_post(bsky_brand, run_id):
    text = f"Opening hours change on Monday ({run_id}-a)"
    key = new_idempotency_key()
    first = bsky_brand.publish(text, idempotency_key=key)
    again = bsky_brand.publish(text, idempotency_key=key)
    assert again.network_id == first.network_id
    assert first.network_id.startswith(f"at://{bsky_brand.did}/app.bsky.feed.post/")
    assert first.url.endswith(f"/profile/{bsky_brand.handle}/post/{key}")
    assert len(own_posts(bsky_brand, text)) == 1
    assert bsky_brand.lookup(key).network_id == first.network_id


def test_lost_answer_is_reconciled_without_a_second_post(bsky_brand, run_id, monkeypatch):
    text = f"Answer lost on the way back ({run_id}-b)"
    repo = bsky_brand.client().com.atproto.repo
    real_create = repo.create_record

    def create_then_lose_answer(data, **kwargs):
        real_create(data, **kwargs)  # it lands on the server...
        raise at.InvokeTimeoutError()  # ...but the answer never arrives

    monkeypatch.setattr(repo, "create_record", create_then_lose_answer)
    result = bsky_brand.publish(text, idempotency_key=new_idempotency_key())
    monkeypatch.undo()
    assert len(own_posts(bsky_brand, text)) == 1
    assert result.network_id == own_posts(bsky_brand, text)[0].uri


def test_request_lost_before_the_server_is_retried_once(bsky_brand, run_id, monkeypatch):
    text = f"First attempt never arrived ({run_id}-c)"
    repo = bsky_brand.client().com.atproto.repo
    real_create, calls = repo.create_record, []

    def fail_first(data, **kwargs):
        calls.append(1)
        if len(calls) == 1:
            raise at.InvokeTimeoutError()
        return real_create(data, **kwargs)

    monkeypatch.setattr(repo, "create_record", fail_first)
    bsky_brand._sleep = lambda seconds: None
    result = bsky_brand.publish(text, idempotency_key=new_idempotency_key())
    assert len(calls) == 2
    assert [p.uri for p in own_posts(bsky_brand, text)] == [result.network_id]


def test_reply_threads_under_the_parent(bsky_brand, bsky_fan, run_id):
    parent = bsky_brand.publish(f"Question of the day ({run_id}-d)",
                                idempotency_key=new_idempotency_key())
    reply = bsky_fan.publish("Mine is tea", idempotency_key=new_idempotency_key(),
                             reply_to=parent.network_id)
    second = bsky_brand.publish("Good choice", idempotency_key=new_idempotency_key(),
                                reply_to=reply.network_id)
    value = bsky_brand._get_record(rec.parse_uri(second.network_id)).value
    assert value.reply.parent.uri == reply.network_id
    assert value.reply.root.uri == parent.network_id


def test_image_is_uploaded_with_its_alt_text(bsky_brand, tiny_png):
    image = ImageUpload(tiny_png, "image/png", alt="A green square")
    post = bsky_brand.publish("Our new colour", idempotency_key=new_idempotency_key(),
                              images=[image])
    value = bsky_brand._get_record(rec.parse_uri(post.network_id)).value
    assert value.embed.images[0].alt == "A green square"
    blob_cid = value.embed.images[0].image.ref.link
    blob = bsky_brand.client().com.atproto.sync.get_blob(
        params={"did": bsky_brand.did, "cid": blob_cid})
    assert blob == image.data


def test_like_and_unlike(bsky_brand, bsky_fan, run_id):
    post = bsky_brand.publish(f"Like this ({run_id}-e)", idempotency_key=new_idempotency_key())
    like = bsky_fan.like(post.network_id)
    assert bsky_fan.like(post.network_id).network_id == like.network_id  # no second like
    likes = _subjects(bsky_fan, rec.LIKE)
    assert likes.count(post.network_id) == 1
    bsky_fan.unlike(post.network_id)
    assert post.network_id not in _subjects(bsky_fan, rec.LIKE)


def test_repost_and_undo(bsky_brand, bsky_fan, run_id):
    post = bsky_brand.publish(f"Share this ({run_id}-f)", idempotency_key=new_idempotency_key())
    bsky_fan.repost(post.network_id)
    bsky_fan.repost(post.network_id)
    assert _subjects(bsky_fan, rec.REPOST).count(post.network_id) == 1
    bsky_fan.unrepost(post.network_id)
    assert post.network_id not in _subjects(bsky_fan, rec.REPOST)


def test_delete_makes_the_post_gone(bsky_brand, run_id):
    key = new_idempotency_key()
    post = bsky_brand.publish(f"Posted by mistake ({run_id}-g)", idempotency_key=key)
    assert bsky_brand.delete(post.network_id).already_gone is False
    assert bsky_brand.lookup(key) is None
    assert bsky_brand.delete(post.network_id).already_gone is True


def test_mentions_of_the_brand_are_read(bsky_brand, bsky_fan, bsky_accounts, run_id):
    before = datetime.now(timezone.utc)
    text = f"@{bsky_accounts['brand']['handle']} where is my order? ({run_id}-h)"
    mention = bsky_fan.publish(text, idempotency_key=new_idempotency_key())
    bsky_fan.publish(f"Just talking to myself ({run_id}-i)",
                     idempotency_key=new_idempotency_key())
    found = bsky_brand.mentions(since=before)
    assert [m.network_id for m in found] == [mention.network_id]
    assert found[0].text == text and found[0].author == bsky_accounts["fan"]["handle"]


def test_wrong_password_is_auth_expired(bsky_login, bsky_accounts):
    account = dict(bsky_accounts["brand"], password="not-the-password")
    with pytest.raises(connectors.AuthExpired):
        bsky_login(account).verify()


def test_verify_says_who_we_are(bsky_brand, bsky_accounts):
    info = bsky_brand.verify()
    assert (info.network_id, info.handle) == (bsky_accounts["brand"]["did"],
                                              bsky_accounts["brand"]["handle"])


def test_server_down_is_network_down_and_nothing_posted(bsky_accounts):
    down = {"handle": bsky_accounts["brand"]["handle"], "password": "x",
            "service": f"http://127.0.0.1:{free_port()}"}
    connector = connectors.connect("bluesky", down)
    connector._sleep = lambda seconds: None
    with pytest.raises(connectors.NetworkDown, match="cannot reach"):
        connector.verify()


def _subjects(connector, collection):
    listed = connector.client().com.atproto.repo.list_records(
        params={"repo": connector.did, "collection": collection, "limit": 100})
    return [r.value.subject.uri for r in listed.records]



@pytest.mark.parametrize("delay", [0.0, 0.03, 0.05, 0.1])
def test_killed_publisher_then_recovery_never_double_posts(
        bluesky_server, bsky_accounts, bsky_brand, killer, run_id, delay):
    """What the desk does after a worker died mid-publish: look the key up, then publish
    again with the same key only if it is not there."""
    key, text = new_idempotency_key(), f"Killed at {delay} s ({run_id}-k)"
    credentials = {"handle": bsky_accounts["brand"]["handle"],
                   "password": bsky_accounts["brand"]["password"],
                   "service": bluesky_server.url}
    killer("bluesky", credentials, key, text, delay)
    connectors.publish_once(bsky_brand, text, idempotency_key=key, maybe_sent=True)
    assert len(own_posts(bsky_brand, text)) == 1


def test_too_long_post_is_rejected_with_the_reason(bsky_brand):
    with pytest.raises(connectors.Rejected) as raised:
        bsky_brand.publish("word " * 80, idempotency_key=new_idempotency_key())
    assert "300" in raised.value.reason
    assert raised.value.as_dict()["kind"] == "rejected"


def test_like_whose_answer_was_lost_is_not_doubled(bsky_brand, bsky_fan, run_id, monkeypatch):
    post = bsky_brand.publish(f"Like me once ({run_id}-l)", idempotency_key=new_idempotency_key())
    repo = bsky_fan.client().com.atproto.repo
    real_create = repo.create_record

    def create_then_lose_answer(data, **kwargs):
        real_create(data, **kwargs)
        raise at.InvokeTimeoutError()

    monkeypatch.setattr(repo, "create_record", create_then_lose_answer)
    like = bsky_fan.like(post.network_id)
    monkeypatch.undo()
    assert _subjects(bsky_fan, rec.LIKE).count(post.network_id) == 1
    assert like.network_id.startswith(f"at://{bsky_fan.did}/app.bsky.feed.like/")
