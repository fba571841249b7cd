"""Deleting a published post and listing mentions, without a real network (the `log`
connector); tests/integration covers the real servers."""

from __future__ import annotations

from fastapi.testclient import TestClient

from fauxpas.desk.listening.models import Mention
from fauxpas.desk.listening.service import poll_mentions
from fauxpas.desk.schedule.worker import run_once


def _published(team, author, text="Our new hammers are in stores today."):
    draft = author.post("/v1/drafts", json={"account_id": team.brand.id, "text": text}).json()
    author.post(f"/v1/drafts/{draft['id']}/submit")
    author.post(f"/v1/drafts/{draft['id']}/schedule")
    assert run_once(team.desk, lease_seconds=0)["sent"] == 1
    return draft


def test_delete_needs_a_published_post_and_the_right_person(team, clients):
    author, viewer = clients["author"], clients["viewer"]
    draft = author.post("/v1/drafts", json={"account_id": team.brand.id,
                                            "text": "Not out yet."}).json()
    early = clients["approver"].post(f"/v1/drafts/{draft['id']}/unpublish")
    assert early.status_code == 409 and "only a published post" in early.json()["detail"]
    published = _published(team, author)
    assert viewer.post(f"/v1/drafts/{published['id']}/unpublish").status_code == 403


def test_a_connector_that_cannot_delete_says_so_on_the_post_and_in_the_audit(team, clients):
    approver = clients["approver"]
    draft = _published(team, clients["author"])
    answer = approver.post(f"/v1/drafts/{draft['id']}/unpublish")
    assert answer.status_code == 200
    body = answer.json()
    assert body["status"] == "published"  # still out there: the team must know
    assert "cannot delete" in body["network_error"]
    failed = approver.get("/v1/audit", params={"action": "delete_failed"}).json()
    assert failed and failed[0]["subject"] == f"draft:{draft['id']}"
    page = approver.get(f"/drafts/{draft['id']}")
    assert 'id="network-error"' in page.text and 'id="unpublish"' in page.text


def test_mentions_api_lists_only_accounts_one_may_see(team, clients):
    with team.desk.sessions() as db:
        db.add(Mention(account_id=team.brand.id, network_id="m1", author="fan",
                       text="where is my order"))
        db.add(Mention(account_id=team.personal.id, network_id="m2", author="friend",
                       text="see you later"))
        db.commit()
    # The log connector has no mentions to read: a round stores nothing and fails nowhere.
    assert poll_mentions(team.desk) == {"mentions": 0, "errors": {}}
    listed = clients["author"].get("/v1/mentions").json()
    assert {m["network_id"] for m in listed} == {"m1", "m2"}  # the author has both
    only = clients["author"].get("/v1/mentions", params={"account_id": team.brand.id}).json()
    assert [m["text"] for m in only] == ["where is my order"]
    assert clients["author"].get("/mentions").status_code == 200
    assert TestClient(clients["author"].app).get("/v1/mentions").status_code == 401
