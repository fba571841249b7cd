"""The core path through the API: write, check, approve, schedule, re-check at send time."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest

from fauxpas.desk.schedule.worker import run_once


def _draft(client, account_id, text, **extra):
    response = client.post("/v1/drafts", json={"account_id": account_id, "text": text, **extra})
    assert response.status_code == 201, response.text
    return response.json()


def _later(minutes=30):
    return datetime.now(timezone.utc) + timedelta(minutes=minutes)


@pytest.mark.parametrize("desk", ["sqlite", "postgresql"], indirect=True)
def test_write_approve_schedule_then_hold_on_tragedy(team, clients, tmp_path):
    author, approver = clients["author"], clients["approver"]
    draft = _draft(author, team.brand.id, "New catalogue out today. Weekend plans?")
    assert draft["decision"] == "review"
    question = next(f for f in draft["findings"] if f["code"] == "FX901")
    assert draft["text"][question["span"][0]:question["span"][1]] == "Weekend plans?"
    assert author.post(f"/v1/drafts/{draft['id']}/submit").json()["status"] == "in_review"
    own = author.post(f"/v1/drafts/{draft['id']}/approve")
    assert own.status_code == 403  # an author is not an approver anyway
    approved = approver.post(f"/v1/drafts/{draft['id']}/approve")
    assert approved.status_code == 200, approved.text
    assert approved.json()["status"] == "approved"
    at = _later()
    publication = author.post(f"/v1/drafts/{draft['id']}/schedule", json={"at": at.isoformat()})
    assert publication.status_code == 201, publication.text
    news = author.post("/v1/events", json={"headline": "Five killed in warehouse shooting",
                                            "at": (at - timedelta(hours=2)).isoformat()})
    assert news.status_code == 201
    counts = run_once(team.desk, now=at + timedelta(seconds=5))
    assert counts["held"] == 1 and counts["sent"] == 0
    held = author.get(f"/v1/drafts/{draft['id']}").json()
    assert held["status"] == "held" and held["decision"] == "block"
    assert "warehouse shooting" in held["hold_reason"]
    assert held["approvals"] == []  # the approval was for a world that no longer exists
    queue = approver.get("/v1/review-queue").json()
    assert [d["id"] for d in queue] == [draft["id"]]
    log = approver.get("/v1/audit", params={"action": "hold"}).json()
    assert log and "warehouse shooting" in log[0]["summary"]
    assert not (tmp_path / "published.jsonl").exists()


@pytest.mark.parametrize("desk", ["sqlite", "postgresql"], indirect=True)
def test_a_passing_post_is_published_once_by_the_worker(team, clients, tmp_path):
    author = clients["author"]
    draft = _draft(author, team.brand.id, "Our new hammers are in stores today.")
    assert draft["decision"] == "pass"
    assert author.post(f"/v1/drafts/{draft['id']}/submit").json()["status"] == "approved"
    at = _later(1)
    author.post(f"/v1/drafts/{draft['id']}/schedule", json={"at": at.isoformat()})
    assert run_once(team.desk, now=at - timedelta(seconds=30))["sent"] == 0  # not due yet
    assert run_once(team.desk, now=at + timedelta(seconds=1))["sent"] == 1
    assert run_once(team.desk, now=at + timedelta(seconds=2))["sent"] == 0
    lines = (tmp_path / "published.jsonl").read_text().splitlines()
    assert [json.loads(line)["text"] for line in lines] == [draft["text"]]
    assert author.get(f"/v1/drafts/{draft['id']}").json()["status"] == "published"
    sent = author.get("/v1/publications", params={"state": "sent"}).json()
    assert sent[0]["remote_id"].startswith("log-")


def test_no_one_approves_their_own_post(team, clients):
    approver = clients["approver"]
    draft = _draft(approver, team.brand.id, "Tell us: which tool do you love most?")
    approver.post(f"/v1/drafts/{draft['id']}/submit")
    response = approver.post(f"/v1/drafts/{draft['id']}/approve")
    assert response.status_code == 403
    assert "own post" in response.json()["detail"]


def test_editing_voids_approvals_and_rechecks(team, clients):
    author, approver = clients["author"], clients["approver"]
    draft = _draft(author, team.brand.id, "Big news Friday. Guess what?")
    author.post(f"/v1/drafts/{draft['id']}/submit")
    assert approver.post(f"/v1/drafts/{draft['id']}/approve").json()["status"] == "approved"
    edited = author.put(f"/v1/drafts/{draft['id']}", json={"text": "Big news Friday. Any guesses?"})
    body = edited.json()
    assert body["status"] == "draft" and body["version"] == 2 and body["approvals"] == []
    start, end = body["findings"][0]["span"]
    assert body["text"][start:end] == "Any guesses?"
    scheduled = author.post(f"/v1/drafts/{draft['id']}/schedule")
    assert scheduled.status_code == 409


def test_a_block_needs_two_approvers_an_admin_and_a_reason(team, clients, desk):
    author = clients["author"]
    author.post("/v1/events", json={"headline": "Ferry disaster: 30 dead"})
    draft = _draft(author, team.brand.id, "Fresh deals all week long.")
    assert draft["decision"] == "block"
    author.post(f"/v1/drafts/{draft['id']}/submit")
    no_reason = clients["approver"].post(f"/v1/drafts/{draft['id']}/approve", json={})
    assert no_reason.status_code == 422 and "reason" in no_reason.json()["detail"]
    reason = {"override_reason": "this is the relief-fund announcement, reviewed by legal"}
    first = clients["approver"].post(f"/v1/drafts/{draft['id']}/approve", json=reason)
    assert first.json()["status"] == "in_review"
    second = clients["approver2"].post(f"/v1/drafts/{draft['id']}/approve", json=reason)
    assert second.json()["status"] == "in_review"  # two approvers, but no admin yet
    third = clients["admin"].post(f"/v1/drafts/{draft['id']}/approve", json=reason)
    assert third.json()["status"] == "approved"
    overrides = clients["admin"].get("/v1/audit", params={"action": "override"}).json()
    assert len(overrides) == 3


def test_personal_accounts_need_the_deliberate_switch(team, clients):
    author = clients["author"]
    listed = [a["handle"] for a in author.get("/v1/accounts").json()]
    assert listed == ["@acmebrand"]
    everything = author.get("/v1/accounts", params={"include_personal": True}).json()
    assert {a["handle"] for a in everything} == {"@acmebrand", "@robin_home"}
    refused = author.post("/v1/drafts", json={"account_id": team.personal.id, "text": "hi"})
    assert refused.status_code == 422 and "personal" in refused.json()["detail"]
    ok = author.post("/v1/drafts", json={"account_id": team.personal.id, "text": "hi",
                                         "personal_switch": True})
    assert ok.status_code == 201


def test_likes_and_reposts_go_through_the_same_checks(team, clients):
    author = clients["author"]
    like = _draft(author, team.brand.id, "", action="like",
                  target_text="Who else is skipping work today?", target_author="@someone",
                  target_ref="post-123")
    assert like["decision"] == "review"
    assert like["findings"][0]["on_target"] is True
    author.post(f"/v1/drafts/{like['id']}/submit")
    assert author.get("/v1/review-queue").json()[0]["action"] == "like"


def test_who_may_act_on_an_account(team, clients, app):
    from tests.desk.conftest import client_for

    with team.desk.sessions() as db:
        from fauxpas.desk.users.service import create_user

        create_user(db, email="outsider@t.test", name="Out", password="correct horse battery",
                    role="author")
    outsider = client_for(app, "outsider@t.test")
    refused = outsider.post("/v1/drafts", json={"account_id": team.brand.id, "text": "hello"})
    assert refused.status_code == 403 and "may not act" in refused.json()["detail"]
    viewer = clients["viewer"].post("/v1/drafts", json={"account_id": team.brand.id, "text": "x"})
    assert viewer.status_code == 403


def test_api_tokens_are_shown_once_and_stored_hashed(team, clients, app):
    from fastapi.testclient import TestClient

    from fauxpas.desk.users.models import ApiToken

    created = clients["author"].post("/v1/tokens", json={"name": "bot"}).json()
    machine = TestClient(app)
    me = machine.get("/v1/me", headers={"Authorization": f"Bearer {created['token']}"})
    assert me.status_code == 200 and me.json()["email"] == "author@t.test"
    with team.desk.sessions() as db:
        stored = db.get(ApiToken, created["id"])
        assert created["token"] not in (stored.token_hash, stored.prefix)
    clients["author"].delete(f"/v1/tokens/{created['id']}")
    again = machine.get("/v1/me", headers={"Authorization": f"Bearer {created['token']}"})
    assert again.status_code == 401


def test_credentials_are_encrypted_at_rest(team):
    from sqlalchemy import text

    with team.desk.sessions() as db:
        raw = db.execute(text("SELECT credentials_encrypted FROM accounts WHERE id = :id"),
                         {"id": team.brand.id}).scalar()
    assert raw and "published.jsonl" not in raw
    from fauxpas.desk.accounts.service import credentials

    assert credentials(team.brand, secret_key="test-secret-key")["path"].endswith(".jsonl")


def test_a_held_post_can_be_overridden_and_sent_later(team, clients, tmp_path):
    author = clients["author"]
    draft = _draft(author, team.brand.id, "Spring fair this Saturday.")
    author.post(f"/v1/drafts/{draft['id']}/submit")
    at = _later()
    author.post(f"/v1/drafts/{draft['id']}/schedule", json={"at": at.isoformat()})
    author.post("/v1/events", json={"headline": "Train crash: 8 dead",
                                    "at": (at - timedelta(hours=1)).isoformat()})
    assert run_once(team.desk, now=at)["held"] == 1
    assert author.post(f"/v1/drafts/{draft['id']}/schedule").status_code == 409
    reason = {"override_reason": "the fair raises money for the victims; copy reviewed"}
    clients["approver"].post(f"/v1/drafts/{draft['id']}/approve", json=reason)
    again = clients["admin"].post(f"/v1/drafts/{draft['id']}/approve", json=reason).json()
    assert again["status"] == "approved"
    later = at + timedelta(minutes=5)
    author.post(f"/v1/drafts/{draft['id']}/schedule", json={"at": later.isoformat()})
    assert run_once(team.desk, now=later)["sent"] == 1  # the approvers saw this news
    lines = (tmp_path / "published.jsonl").read_text().splitlines()
    assert len(lines) == 1
