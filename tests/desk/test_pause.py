"""The pause: every path that can publish is stopped while paused; resume sends no burst."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from fauxpas.cli import main as cli_main
from fauxpas.desk.schedule.worker import run_once


def _approved(client, account_id, text="Spring collection is here."):
    draft = client.post("/v1/drafts", json={"account_id": account_id, "text": text}).json()
    assert client.post(f"/v1/drafts/{draft['id']}/submit").json()["status"] == "approved"
    return draft["id"]


@pytest.mark.parametrize("scope", ["workspace", "account"])
def test_every_publishing_path_is_stopped_while_paused(scope, team, clients, tmp_path,
                                                       monkeypatch, capsys):
    author, approver, admin = clients["author"], clients["approver"], clients["admin"]
    soon = datetime.now(timezone.utc) + timedelta(minutes=1)
    queued = _approved(author, team.brand.id)
    author.post(f"/v1/drafts/{queued}/schedule", json={"at": soon.isoformat()})
    via_api, via_cli = _approved(author, team.brand.id), _approved(author, team.brand.id)
    token = author.post("/v1/tokens", json={"name": "reply bot"}).json()["token"]

    body = {"reason": "breaking news, checking our queue"}
    if scope == "account":
        body["account_id"] = team.brand.id
    assert approver.post("/v1/pause", json=body).status_code == 201

    # 1. the scheduler (worker): due post is held, not sent
    counts = run_once(team.desk, now=soon + timedelta(seconds=5))
    assert counts["sent"] == 0 and counts["held"] == 1
    held = author.get(f"/v1/drafts/{queued}").json()
    assert held["status"] == "held" and "paused" in held["hold_reason"]
    # 2. the API (token) and 3. the web interface (cookie session) publishing now
    api = clients["author"].post(f"/v1/drafts/{via_api}/publish",
                                 headers={"Authorization": f"Bearer {token}"})
    assert api.status_code == 423 and "breaking news" in api.json()["detail"]
    web = author.post(f"/v1/drafts/{via_api}/publish")
    assert web.status_code == 423
    page = author.get("/")
    assert "PUBLISHING PAUSED" in page.text and "breaking news" in page.text
    # 4. the bot screen
    screen = author.post("/v1/screen", json={"account_id": team.brand.id, "text": "Thanks!"},
                         headers={"Authorization": f"Bearer {token}"})
    assert screen.status_code == 200
    assert screen.json()["allow"] is False and screen.json()["paused"] is True
    # 5. the command line
    monkeypatch.setenv("FAUXPAS_DATABASE_URL", team.desk.settings.database_url)
    monkeypatch.setenv("FAUXPAS_SECRET_KEY", "test-secret-key")
    assert cli_main(["publish", str(via_cli), "--as", "author@t.test"]) == 1
    assert "paused" in capsys.readouterr().err
    # nothing went out on any path
    assert not (tmp_path / "published.jsonl").exists()
    assert author.get("/v1/publications", params={"state": "sent"}).json() == []

    # resume: only an admin; the held post waits in the review queue, nothing bursts out
    assert approver.post("/v1/resume", json={"account_id": body.get("account_id")}
                         ).status_code == 403
    resumed = admin.post("/v1/resume", json={"account_id": body.get("account_id")})
    assert resumed.status_code == 200
    assert run_once(team.desk, now=soon + timedelta(seconds=10))["sent"] == 0
    assert queued in [d["id"] for d in approver.get("/v1/review-queue").json()]
    # and publishing works again
    published = author.post(f"/v1/drafts/{via_api}/publish")
    assert published.status_code == 200 and published.json()["state"] == "sent"
    assert cli_main(["publish", str(via_cli), "--as", "author@t.test"]) == 0
    assert "sent" in capsys.readouterr().out
    log = admin.get("/v1/audit", params={"action": "pause"}).json()
    assert log[0]["actor"] == "appr@t.test" and "breaking news" in log[0]["summary"]


def test_overdue_posts_go_to_review_on_resume_not_out(team, clients):
    author, admin = clients["author"], clients["admin"]
    soon = datetime.now(timezone.utc) + timedelta(seconds=1)
    ids = [_approved(author, team.brand.id, f"Post number {n}.") for n in range(3)]
    for draft_id in ids:
        author.post(f"/v1/drafts/{draft_id}/schedule", json={"at": soon.isoformat()})
    admin.post("/v1/pause", json={"reason": "incident"})
    import time

    time.sleep(1.2)  # they fall due while paused and no worker ran
    assert admin.post("/v1/resume").json() == {"moved_to_review": 3}
    assert run_once(team.desk)["sent"] == 0
    assert {d["status"] for d in (author.get(f"/v1/drafts/{i}").json() for i in ids)} == {"held"}


def test_a_pause_needs_a_reason_and_an_approver(team, clients):
    assert clients["author"].post("/v1/pause", json={"reason": "x"}).status_code == 403
    empty = clients["approver"].post("/v1/pause", json={"reason": "  "})
    assert empty.status_code == 422
