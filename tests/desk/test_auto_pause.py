"""Severe news in an account's markets pauses that account, when the desk is set to."""

from __future__ import annotations

import dataclasses


def test_severe_news_pauses_the_accounts_in_its_markets(team, clients):
    author, admin = clients["author"], clients["admin"]
    event = {"headline": "Flooding: dozens missing", "severity": "severe", "markets": ["gb"]}
    assert author.post("/v1/events", json=event).status_code == 201
    assert admin.get("/v1/pause").json() == []  # off unless configured
    team.desk.settings = dataclasses.replace(team.desk.settings, auto_pause=True)
    author.post("/v1/events", json={**event, "markets": ["FR"]})
    assert admin.get("/v1/pause").json() == []  # not this account's market
    author.post("/v1/events", json=event)
    pauses = admin.get("/v1/pause").json()
    assert [p["account_id"] for p in pauses] == [team.brand.id]  # GB brand, not the personal
    assert pauses[0]["paused_by"] == "fauxpas (automatic)"
    assert "Flooding" in pauses[0]["reason"]
    draft = author.post("/v1/drafts", json={"account_id": team.brand.id,
                                            "text": "Lovely day."}).json()
    author.post(f"/v1/drafts/{draft['id']}/submit")
    assert author.post(f"/v1/drafts/{draft['id']}/publish").status_code == 423
    author.post("/v1/events", json=event)  # a second severe event: no second pause
    assert len(admin.get("/v1/pause").json()) == 1


def test_severity_is_checked(clients):
    response = clients["author"].post("/v1/events", json={"headline": "x", "severity": "huge"})
    assert response.status_code == 422
