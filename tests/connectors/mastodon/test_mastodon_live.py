"""The Mastodon connector against snac2 (Mastodon client API), run on loopback."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
import requests
from mastodon import errors as m

from fauxpas import connectors
from fauxpas.connectors import ImageUpload
from fauxpas.connectors.mastodon.connector import _plain
from fauxpas.connectors.mastodon.login import snac_login
from fauxpas.connectors.testservers import free_port


@pytest.fixture()
def brand(snac_login_as):
    return snac_login_as("brand")


@pytest.fixture(scope="session")
def fan_follows_brand(snac_server, snac_tokens):
    """The fan follows the brand (snac lets users favourite only what they follow)."""
    headers = {"Authorization": f"Bearer {snac_tokens['brand']['token']}"}
    brand_id = requests.get(f"{snac_server.url}/api/v1/accounts/verify_credentials",
                            headers=headers, timeout=10).json()["id"]
    fan = {"Authorization": f"Bearer {snac_tokens['fan']['token']}"}
    # snac knows an account id only once the user has looked the account up, and answers
    # Mastodon.py's follow (with reblogs=1&notify=0 in the body) with 404: do it by hand.
    requests.get(f"{snac_server.url}/api/v1/accounts/{brand_id}", headers=fan,
                 timeout=10).raise_for_status()
    answer = requests.post(f"{snac_server.url}/api/v1/accounts/{brand_id}/follow",
                           headers=fan, timeout=10)
    answer.raise_for_status()
    assert answer.json()["following"]


@pytest.fixture()
def fan(snac_login_as, fan_follows_brand):
    return snac_login_as("fan")


def own_texts(connector, text):
    statuses = connector.api.account_statuses(connector.me()["id"], limit=40)
    return [s for s in statuses if text in _plain(s.get("content") or "")]


def lost(after_sending: bool, real):
    """A status_post whose answer (or request) is lost, as a read timeout would."""

    def post(*args, **kwargs):
        if after_sending:
            real(*args, **kwargs)
        try:
            raise requests.ReadTimeout("read timed out")
        except requests.ReadTimeout as timeout:
            raise m.MastodonNetworkError(f"Could not complete request: {timeout}") from None

    return post


def test_publish_and_look_it_up(brand, run_id):
    text = f"New shop opens today ({run_id}-a)"
    post = brand.publish(text, idempotency_key="key-a")
    assert [s["id"] for s in own_texts(brand, text)] == [post.network_id]
    assert post.url.startswith(brand.api.api_base_url)
    assert brand.lookup("key-a", text=text).network_id == post.network_id


def test_lost_answer_is_reconciled_without_a_second_post(brand, run_id, monkeypatch):
    text = f"The answer got lost, see https://example.org/status & more ({run_id}-b)"
    monkeypatch.setattr(brand.api, "status_post", lost(True, brand.api.status_post))
    post = brand.publish(text, idempotency_key="key-b")
    assert [s["id"] for s in own_texts(brand, text)] == [post.network_id]


def test_unclear_failure_that_did_not_land_is_unknown(brand, run_id, monkeypatch):
    text = f"The request got lost ({run_id}-c)"
    monkeypatch.setattr(brand.api, "status_post", lost(False, brand.api.status_post))
    with pytest.raises(connectors.Unknown) as raised:
        brand.publish(text, idempotency_key="key-c")
    assert raised.value.idempotency_key == "key-c"
    assert own_texts(brand, text) == []


def test_reply_points_at_the_parent(brand, fan, run_id):
    parent = brand.publish(f"Ask us anything ({run_id}-d)", idempotency_key="key-d")
    reply = fan.publish("When do you open?", idempotency_key="key-d2",
                        reply_to=parent.network_id)
    assert str(fan.api.status(reply.network_id)["in_reply_to_id"]) == parent.network_id


def test_image_is_attached_with_its_alt_text(brand, tiny_png, run_id):
    post = brand.publish(f"Our new colour ({run_id}-e)", idempotency_key="key-e",
                         images=[ImageUpload(tiny_png, "image/png", alt="A green square")])
    media = brand.api.status(post.network_id)["media_attachments"]
    assert len(media) == 1 and media[0]["description"] == "A green square"


def test_favourite_and_unfavourite(brand, fan, run_id, waiter):
    post = brand.publish(f"Like this ({run_id}-f)", idempotency_key="key-f")
    # snac lets a user favourite only what reached their timeline (delivery is queued).
    assert waiter(lambda: any(s["id"] == post.network_id for s in fan.api.timeline_home()))
    fan.like(post.network_id)
    fan.like(post.network_id)
    # (snac's /api/v1/favourites list stays empty: read the status instead)
    seen = fan.api.status(post.network_id)
    assert seen["favourited"] is True and seen["favourites_count"] == 1
    fan.unlike(post.network_id)
    seen = fan.api.status(post.network_id)
    assert seen["favourited"] is False and seen["favourites_count"] == 0


def test_reblog_and_undo(brand, fan, run_id, waiter):
    post = brand.publish(f"Share this ({run_id}-g)", idempotency_key="key-g")
    assert waiter(lambda: any(s["id"] == post.network_id for s in fan.api.timeline_home()))
    fan.repost(post.network_id)
    fan.repost(post.network_id)
    # (snac does not list reblogs among the user's statuses: read the status instead; the
    # server may take a moment under load, so wait for the state rather than read it once)
    def state():
        seen = fan.api.status(post.network_id)
        return seen["reblogged"], seen["reblogs_count"]

    assert waiter(lambda: state() == (True, 1)), state()
    fan.unrepost(post.network_id)
    assert waiter(lambda: state() == (False, 0)), state()


def test_delete_removes_the_post(brand, run_id):
    text = f"Posted by mistake ({run_id}-h)"
    post = brand.publish(text, idempotency_key="key-h")
    assert brand.delete(post.network_id).network_id == post.network_id
    assert own_texts(brand, text) == []
    assert brand.lookup("key-h", text=text) is None


def test_mentions_arrive_through_notifications(brand, fan, snac_tokens, run_id, waiter):
    before = datetime.now(timezone.utc).replace(microsecond=0)
    parent = brand.publish(f"Tell us ({run_id}-i)", idempotency_key="key-i")
    text = f"@{snac_tokens['brand']['username']} my order is late ({run_id}-i)"
    reply = fan.publish(text, idempotency_key="key-i2", reply_to=parent.network_id)
    found = waiter(lambda: [x for x in brand.mentions(since=before)
                            if x.network_id == reply.network_id], timeout=40)
    assert found, "the reply never showed up in the brand's notifications"
    assert found[0].reply_to == parent.network_id
    assert found[0].author.startswith(snac_tokens["fan"]["username"])
    assert f"my order is late ({run_id}-i)" in found[0].text


def test_wrong_password_and_bad_token_are_auth_expired(snac_server, snac_tokens):
    with pytest.raises(connectors.AuthExpired):
        snac_login(snac_server.url, snac_tokens["brand"]["username"], "wrong password")
    bad = connectors.connect("mastodon", {"api_base_url": snac_server.url,
                                          "access_token": "not-a-token"})
    with pytest.raises(connectors.AuthExpired):
        bad.verify()


def test_verify_says_who_we_are(brand, snac_tokens):
    assert brand.verify().handle == snac_tokens["brand"]["username"]


def test_server_down_is_network_down_and_nothing_posted():
    down = connectors.connect("mastodon", {"api_base_url": f"http://127.0.0.1:{free_port()}",
                                           "access_token": "t"}, )
    down._sleep = lambda seconds: None
    with pytest.raises(connectors.NetworkDown, match="cannot reach"):
        down.verify()
    down._me = {"id": "1"}  # as if verified before the server went down
    with pytest.raises(connectors.NetworkDown, match="nothing was posted"):
        down.publish("hello", idempotency_key="key-z")


@pytest.mark.parametrize("delay", [0.0, 0.003, 0.006, 0.02])
def test_killed_publisher_then_recovery_never_double_posts(
        brand, snac_server, snac_tokens, killer, run_id, delay):
    """What the desk does after a worker died mid-publish: look the post up, then
    publish again only if it is not there."""
    text = f"Killed at {delay} s ({run_id}-k)"
    credentials = {"api_base_url": snac_server.url,
                   "access_token": snac_tokens["brand"]["token"]}
    killer("mastodon", credentials, f"key-k{delay}", text, delay)
    connectors.publish_once(brand, text, idempotency_key=f"key-k{delay}", maybe_sent=True)
    assert len(own_texts(brand, text)) == 1
