"""Likes and reposts from the desk, and mentions read back into the desk, on real servers."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from tests.integration.conftest import wait_for

from fauxpas import connectors
from fauxpas.desk.listening.service import poll_mentions
from fauxpas.desk.schedule.worker import run_once


@pytest.mark.parametrize("action", ["like", "repost"])
def test_like_and_repost_from_the_desk(live_desk, network, run_id, action):
    account = live_desk.add_account(network.name, network.brand_handle,
                                    network.brand_credentials)
    text = f"Just got my new drill, works great ({run_id}-{network.name}-{action})"
    target = network.fan.publish(text, idempotency_key=connectors.new_idempotency_key())
    assert wait_for(lambda: network.brand_sees(target.network_id))
    draft = live_desk.scheduled(account["id"], action=action, target_text=text,
                                target_author="a customer", target_ref=target.network_id)
    counts = run_once(live_desk.desk, lease_seconds=0)
    assert counts["sent"] == 1, (counts, live_desk.draft(draft["id"]))
    done = network.liked if action == "like" else network.reposted
    assert done(target.network_id)
    assert live_desk.draft(draft["id"])["status"] == "published"
    # ...and undone from the desk with the same button as a delete
    undone = live_desk.approver.post(f"/v1/drafts/{draft['id']}/unpublish")
    assert undone.status_code == 200 and undone.json()["status"] == "deleted", undone.text
    assert not done(target.network_id)
    assert live_desk.audit("delete_published", draft["id"])[0]["detail"]["result"] == (
        f"{action} undone")


def test_a_mention_posted_on_the_server_shows_up_in_the_desk(live_desk, network, run_id):
    account = live_desk.add_account(network.name, network.brand_handle,
                                    network.brand_credentials)
    before = datetime.now(timezone.utc).replace(microsecond=0)
    parent = network.brand.publish(f"Ask us anything ({run_id}-{network.name}-ask)",
                                   idempotency_key=connectors.new_idempotency_key())
    text = f"{network.fan_mention} my parcel never came ({run_id}-{network.name}-m)"
    reply = network.fan.publish(text, idempotency_key=connectors.new_idempotency_key(),
                                reply_to=parent.network_id)

    def heard():
        poll_mentions(live_desk.desk)
        listed = live_desk.author.get("/v1/mentions",
                                      params={"since": before.isoformat()}).json()
        return [m for m in listed if m["network_id"] == reply.network_id]

    found = wait_for(heard, timeout=40, every=1.0)
    assert found, "the mention never reached the desk"
    assert found[0]["account_id"] == account["id"]
    assert f"my parcel never came ({run_id}-{network.name}-m)" in found[0]["text"]
    assert found[0]["reply_to"] == parent.network_id
    assert poll_mentions(live_desk.desk)["mentions"] == 0  # polling again stores nothing twice
    assert len(heard()) == 1
    page = live_desk.author.get("/mentions")
    assert page.status_code == 200 and "my parcel never came" in page.text
