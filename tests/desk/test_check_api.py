"""POST /v1/check gives the engine's verdict for a case; /v1/screen uses the strict policy."""

from __future__ import annotations

from datetime import datetime, timezone

from fauxpas.core.post import Post


def test_check_returns_the_engines_verdict(team, clients):
    case = {"id": "c1", "text": "Big sale today. Ready?", "account": {"handle": "@x",
                                                                      "kind": "brand"}}
    response = clients["viewer"].post("/v1/check", json=case)
    assert response.status_code == 200
    expected = team.desk.checker.check(Post.from_dict(case, now=datetime.now(timezone.utc)))
    body = response.json()
    assert body["id"] == "c1" and body["decision"] == expected.decision.value
    assert [f["code"] for f in body["findings"]] == [f.code for f in expected.findings]


def test_inline_context_equals_context_held_in_the_desk(team, clients):
    at = "2030-03-01T09:00:00Z"
    event = {"at": "2030-03-01T07:00:00Z", "headline": "Bridge collapse: 12 dead"}
    inline = {"id": "a", "text": "Morning deals!", "at": at, "context": {"events": [event]}}
    held = {"id": "a", "text": "Morning deals!", "at": at}
    viewer, author = clients["viewer"], clients["author"]
    assert viewer.post("/v1/check", json=held, params={"desk_context": True}
                       ).json()["decision"] == "pass"
    author.post("/v1/events", json=event)
    from_desk = viewer.post("/v1/check", json=held, params={"desk_context": True}).json()
    assert from_desk == viewer.post("/v1/check", json=inline).json()
    assert from_desk["decision"] == "block"


def test_bot_screen_is_strict(team, clients):
    token = clients["author"].post("/v1/tokens", json={"name": "bot"}).json()["token"]
    headers = {"Authorization": f"Bearer {token}"}
    from fastapi.testclient import TestClient

    bot = TestClient(clients["author"].app)
    ok = bot.post("/v1/screen", json={"account_id": team.brand.id, "text": "Thanks a lot!"},
                  headers=headers)
    assert ok.json()["allow"] is True
    echo = bot.post("/v1/screen", json={"account_id": team.brand.id,
                                        "text": "Here is your picture: who wants one?"},
                    headers=headers)
    assert echo.json()["allow"] is False and echo.json()["findings"]


def test_openapi_is_published(app):
    from fastapi.testclient import TestClient

    spec = TestClient(app).get("/openapi.json").json()
    assert {"/v1/check", "/v1/screen", "/v1/drafts", "/v1/pause", "/v1/audit"} <= set(spec["paths"])


def test_brand_issue_register(clients):
    approver = clients["approver"]
    made = approver.post("/v1/brand-issues", json={"brand": "Acme Tools",
                                                   "text": "recall of the cordless drill"})
    assert made.status_code == 201
    assert clients["author"].post("/v1/brand-issues",
                                  json={"brand": "Acme Tools", "text": "x"}).status_code == 403
    listed = clients["viewer"].get("/v1/brand-issues", params={"brand": "Acme Tools"}).json()
    assert [i["text"] for i in listed] == ["recall of the cordless drill"]
