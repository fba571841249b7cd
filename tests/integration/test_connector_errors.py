"""A connector error reaches the person: a clear message stored on the post, shown on the
draft page, and in the audit log; nothing is published."""

from __future__ import annotations

from fauxpas.connectors.testservers import free_port
from fauxpas.desk.schedule.worker import run_once


def _bad_credentials(network) -> dict:
    if network.name == "bluesky":
        return {**network.brand_credentials, "password": "not-the-password"}
    return {**network.brand_credentials, "access_token": "not-a-token"}


def _server_down(network) -> dict:
    nowhere = f"http://127.0.0.1:{free_port()}"
    if network.name == "bluesky":
        return {**network.brand_credentials, "service": nowhere}
    return {**network.brand_credentials, "api_base_url": nowhere}


def test_bad_credentials_fail_the_post_with_a_clear_message(live_desk, network, run_id):
    account = live_desk.add_account(network.name, f"wrong-{network.brand_handle}",
                                    _bad_credentials(network))
    text = f"This must not go out ({run_id}-{network.name}-bad)"
    draft = live_desk.scheduled(account["id"], text)
    counts = run_once(live_desk.desk, lease_seconds=0)
    assert counts["failed"] == 1, counts
    failed = live_desk.draft(draft["id"])
    assert failed["status"] == "failed"
    assert network.name in failed["network_error"]
    assert "refused" in failed["network_error"].lower()
    page = live_desk.author.get(f"/drafts/{draft['id']}").text
    assert 'id="network-error"' in page and "refused" in page.lower()
    entry = live_desk.audit("fail", draft["id"])[0]
    assert entry["detail"]["error"]["kind"] == "auth_expired"
    assert entry["detail"]["error"]["network"] == network.name
    assert network.own_post_ids(text) == []


def test_server_down_is_shown_and_nothing_is_sent_twice(live_desk, network, run_id):
    account = live_desk.add_account(network.name, f"down-{network.brand_handle}",
                                    _server_down(network))
    text = f"Waiting for the server ({run_id}-{network.name}-down)"
    draft = live_desk.scheduled(account["id"], text)
    run_once(live_desk.desk, lease_seconds=0)
    waiting = live_desk.draft(draft["id"])
    assert waiting["status"] == "scheduled", waiting  # not refused: it will be tried again
    assert "could not be reached" in waiting["network_error"], waiting["network_error"]
    page = live_desk.author.get(f"/drafts/{draft['id']}").text
    assert "could not be reached" in page
    entry = live_desk.audit("publish_error", draft["id"])[0]
    assert entry["detail"]["error"]["kind"] == "network_down"
    # The next round asks the (still absent) server before anything else; still not sent.
    run_once(live_desk.desk, lease_seconds=0)
    again = live_desk.draft(draft["id"])
    assert again["status"] != "published" and again["network_error"]
    [publication] = live_desk.author.get("/v1/publications").json()
    assert publication["attempts"] == 1 and publication["remote_id"] == ""
