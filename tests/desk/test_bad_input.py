"""Bad input through the API gets a 4xx with a message a person can act on, never a 500."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("path", ["/v1/check", "/v1/drafts", "/v1/pause", "/v1/events",
                                  "/v1/screen", "/v1/users", "/v1/accounts"])
def test_malformed_json(clients, path):
    response = clients["admin"].post(path, content=b"{not json",
                                     headers={"Content-Type": "application/json"})
    assert response.status_code == 422
    assert "JSON" in response.json()["detail"]


@pytest.mark.parametrize("body,needle", [
    ({"account_id": "one", "text": "x"}, "account_id"),
    ({"account_id": 1, "text": 5}, "text"),
    ({"account_id": 1, "text": "x", "action": "shout"}, "action"),
    ({"text": "x"}, "account_id"),
    ([1, 2], "object"),
    ({"account_id": 10**20, "text": "x"}, "account_id"),
])
def test_wrong_types_for_a_draft(clients, body, needle):
    response = clients["author"].post("/v1/drafts", json=body)
    assert response.status_code == 422
    assert needle in response.json()["detail"]


@pytest.mark.parametrize("case,needle", [
    ({"text": "hello"}, "'id'"),
    ({"id": "1", "text": "x", "action": "shout"}, "action"),
    ({"id": "1", "text": "x", "at": "yesterday"}, "ISO 8601"),
    ({"id": "1", "text": "x", "account": {"kind": "robot"}}, "account.kind"),
    ({"id": "1", "text": ["x"]}, "text"),
])
def test_bad_cases_for_check(clients, case, needle):
    response = clients["viewer"].post("/v1/check", json=case)
    assert response.status_code == 422
    assert needle in response.json()["detail"]


def test_a_case_that_is_not_an_object(clients):
    response = clients["viewer"].post("/v1/check", json=["a", "b"])
    assert response.status_code == 422


def test_huge_bodies_are_refused(clients):
    huge = b'{"id": "1", "text": "' + b"a" * 400_000 + b'"}'
    response = clients["author"].post("/v1/check", content=huge,
                                      headers={"Content-Type": "application/json"})
    assert response.status_code == 413
    assert "bytes" in response.json()["detail"]


def test_huge_bodies_without_a_length_are_refused(clients):
    def chunks():
        for _ in range(100):
            yield b"a" * 10_000

    response = clients["author"].post("/v1/check", content=chunks(),
                                      headers={"Content-Type": "application/json"})
    assert response.status_code == 413


@pytest.mark.parametrize("method,path", [
    ("get", "/v1/drafts/999999"), ("post", "/v1/drafts/999999/submit"),
    ("post", "/v1/drafts/999999/approve"), ("post", "/v1/drafts/999999/schedule"),
    ("get", "/v1/accounts/424242"), ("post", "/v1/publications/77/cancel"),
])
def test_unknown_ids(clients, method, path):
    response = getattr(clients["admin"], method)(path)
    assert response.status_code == 404
    assert "no " in response.json()["detail"]


@pytest.mark.parametrize("method,path", [
    ("post", "/v1/check"), ("get", "/v1/drafts"), ("post", "/v1/pause"), ("get", "/v1/audit"),
    ("post", "/v1/screen"), ("get", "/v1/me"),
])
def test_missing_auth(app, method, path):
    from fastapi.testclient import TestClient

    response = getattr(TestClient(app), method)(path, **({"json": {}} if method == "post" else {}))
    assert response.status_code == 401
    assert "sign in" in response.json()["detail"]


def test_bad_token_and_bad_scheme(app):
    from fastapi.testclient import TestClient

    client = TestClient(app)
    assert client.get("/v1/me", headers={"Authorization": "Bearer nope"}).status_code == 401
    assert client.get("/v1/me", headers={"Authorization": "Basic abc"}).status_code == 401


def test_wrong_password(app, team):
    from fastapi.testclient import TestClient

    response = TestClient(app).post("/v1/login", json={"email": "author@t.test",
                                                       "password": "wrong"})
    assert response.status_code == 401 and "wrong email or password" in response.json()["detail"]


def test_schedule_in_the_past_or_without_zone(team, clients):
    author = clients["author"]
    draft = author.post("/v1/drafts", json={"account_id": team.brand.id,
                                            "text": "All good here."}).json()
    author.post(f"/v1/drafts/{draft['id']}/submit")
    past = author.post(f"/v1/drafts/{draft['id']}/schedule", json={"at": "2001-01-01T00:00:00Z"})
    assert past.status_code == 422 and "past" in past.json()["detail"]
    naive = author.post(f"/v1/drafts/{draft['id']}/schedule", json={"at": "2031-01-01T00:00:00"})
    assert naive.status_code == 422


@pytest.mark.parametrize("path", ["/v1/drafts/99999999999999999999999",
                                  "/v1/accounts/0", "/v1/drafts/-5"])
def test_absurd_ids_are_422_not_a_database_error(clients, path):
    response = clients["admin"].get(path)
    assert response.status_code == 422
    assert "draft_id" in response.json()["detail"] or "account_id" in response.json()["detail"]
