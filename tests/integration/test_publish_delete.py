"""From the desk to the real servers: a scheduled post is published by the worker and
appears on the server; deleting it from the desk (even during a pause) removes it there."""

from __future__ import annotations

from sqlalchemy import select
from tests.desk.conftest import PASSWORD, client_for
from tests.integration.conftest import wait_for

from fauxpas.desk.schedule.worker import run_once
from fauxpas.desk.users.models import User
from fauxpas.desk.users.service import create_user, grant_access


def test_scheduled_post_appears_then_delete_from_the_desk_removes_it(live_desk, network,
                                                                       run_id):
    account = live_desk.add_account(network.name, network.brand_handle,
                                    network.brand_credentials)
    text = f"Our spring range is in stores from Monday ({run_id}-{network.name}-p)"
    draft = live_desk.scheduled(account["id"], text)
    counts = run_once(live_desk.desk, lease_seconds=0)
    assert counts["sent"] == 1, counts
    published = live_desk.draft(draft["id"])
    assert published["status"] == "published" and published["network_error"] == ""
    remote = live_desk.author.get("/v1/publications", params={"state": ["sent"]}).json()
    assert [p["draft_id"] for p in remote] == [draft["id"]]
    assert network.own_post_ids(text) == [remote[0]["remote_id"]]  # there, once

    # An incident: everything is paused. Deleting what already went out must still work.
    paused = live_desk.approver.post("/v1/pause", json={"reason": "incident drill"})
    assert paused.status_code in (200, 201), paused.text
    page = live_desk.approver.get(f"/drafts/{draft['id']}")
    assert 'id="unpublish"' in page.text  # the button on the draft page
    deleted = live_desk.approver.post(f"/v1/drafts/{draft['id']}/unpublish")
    assert deleted.status_code == 200, deleted.text
    assert deleted.json()["status"] == "deleted"
    assert wait_for(lambda: network.own_post_ids(text) == [], timeout=10)
    entry = live_desk.audit("delete_published", draft["id"])
    assert entry and entry[0]["detail"]["result"] == "deleted"
    assert entry[0]["detail"]["network"] == network.name
    states = live_desk.author.get("/v1/publications").json()
    assert [p["state"] for p in states] == ["withdrawn"]
    again = live_desk.approver.post(f"/v1/drafts/{draft['id']}/unpublish")
    assert again.status_code == 409  # already deleted: said plainly, nothing sent


def test_an_author_cannot_delete_someone_elses_published_post(live_desk, live_mastodon,
                                                              run_id):
    account = live_desk.add_account("mastodon", live_mastodon.brand_handle,
                                    live_mastodon.brand_credentials)
    text = f"Workshop dates for June are up ({run_id}-m-q)"
    draft = live_desk.scheduled(account["id"], text)
    run_once(live_desk.desk, lease_seconds=0)
    with live_desk.desk.sessions() as db:
        other = create_user(db, email="other@live.test", name="Other", password=PASSWORD,
                            role="author")
        admin = db.scalar(select(User).where(User.email == "admin@live.test"))
        grant_access(db, account_id=account["id"], user_id=other.id, actor=admin)
    refused = client_for(live_desk.app, "other@live.test").post(
        f"/v1/drafts/{draft['id']}/unpublish")
    assert refused.status_code == 403
    assert len(live_mastodon.own_post_ids(text)) == 1
    assert live_desk.approver.post(f"/v1/drafts/{draft['id']}/unpublish").status_code == 200

