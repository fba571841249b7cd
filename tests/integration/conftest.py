"""The desk against the real test servers on loopback (Bluesky's PDS, snac).

``network`` is parametrised over both servers: a ``LiveNetwork`` with the brand's
credentials for the desk, and connectors of the brand and of a fan (a second account on
the same server) to act on the server and read it back outside the desk.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

import pytest

pytest.importorskip("fastapi", reason="the desk extra is not installed")
pytest.importorskip("atproto", reason="the connectors extra is not installed")

from tests.desk.conftest import PASSWORD, client_for, open_desk  # noqa: E402

from fauxpas import connectors  # noqa: E402
from fauxpas.connectors.bluesky import records as rec  # noqa: E402
from fauxpas.connectors.mastodon.connector import _plain  # noqa: E402
from fauxpas.desk.app import create_app  # noqa: E402
from fauxpas.desk.users.service import create_user  # noqa: E402


@dataclass
class LiveNetwork:
    name: str
    brand_credentials: dict[str, Any]
    brand: Any  # fauxpas.connectors connector of the brand (reads back what the desk did)
    fan: Any  # a second account on the same server
    brand_handle: str
    fan_mention: str  # how the fan writes the brand's name in a post

    def own_post_ids(self, text: str) -> list[str]:
        """The brand's posts on the server with exactly this text."""
        if self.name == "bluesky":
            listed = self.brand.client().com.atproto.repo.list_records(
                params={"repo": self.brand.did, "collection": rec.POST, "limit": 100})
            return [r.uri for r in listed.records if r.value.text == text]
        statuses = self.brand.api.account_statuses(self.brand.me()["id"], limit=40)
        return [s["id"] for s in statuses if _plain(s.get("content") or "").strip() == text]

    def liked(self, target_id: str) -> bool:
        if self.name == "bluesky":
            return target_id in _subjects(self.brand, rec.LIKE)
        return bool(self.brand.api.status(target_id)["favourited"])

    def reposted(self, target_id: str) -> bool:
        if self.name == "bluesky":
            return target_id in _subjects(self.brand, rec.REPOST)
        return bool(self.brand.api.status(target_id)["reblogged"])

    def brand_sees(self, target_id: str) -> bool:
        """snac lets an account like only what reached its timeline; Bluesky any post."""
        if self.name == "bluesky":
            return True
        return any(s["id"] == target_id for s in self.brand.api.timeline_home())


def _subjects(connector, collection: str) -> list[str]:
    listed = connector.client().com.atproto.repo.list_records(
        params={"repo": connector.did, "collection": collection, "limit": 100})
    return [r.value.subject.uri for r in listed.records]


@pytest.fixture(scope="session")
def live_bluesky(bluesky_server, run_id) -> LiveNetwork:
    brand = bluesky_server.create_account(f"deskbrand{run_id}.test", f"pw-b-{run_id}")
    fan = bluesky_server.create_account(f"deskfan{run_id}.test", f"pw-f-{run_id}")
    credentials = {"handle": brand["handle"], "password": brand["password"],
                   "service": bluesky_server.url, "watch": [fan["handle"]]}
    fan_connector = connectors.connect("bluesky", {
        "handle": fan["handle"], "password": fan["password"], "service": bluesky_server.url})
    return LiveNetwork("bluesky", credentials, connectors.connect("bluesky", credentials),
                       fan_connector, brand["handle"], f"@{brand['handle']}")


@pytest.fixture(scope="session")
def live_mastodon(snac_server, run_id) -> LiveNetwork:
    import requests

    from fauxpas.connectors.mastodon.login import snac_login

    names = {"brand": f"deskbrand{run_id}", "fan": f"deskfan{run_id}"}
    tokens = {role: snac_login(snac_server.url, name, snac_server.add_user(name))
              for role, name in names.items()}
    # Each follows the other: snac lets an account like or boost only what reached its
    # timeline, and delivers mentions to followers reliably. (Mastodon.py's follow gets a
    # 404 from snac: done by hand, after looking the account up, as snac needs.)
    for who, whom in (("brand", "fan"), ("fan", "brand")):
        me = {"Authorization": f"Bearer {tokens[who]}"}
        other = requests.get(f"{snac_server.url}/api/v1/accounts/verify_credentials",
                             headers={"Authorization": f"Bearer {tokens[whom]}"},
                             timeout=10).json()["id"]
        requests.get(f"{snac_server.url}/api/v1/accounts/{other}", headers=me,
                     timeout=10).raise_for_status()
        requests.post(f"{snac_server.url}/api/v1/accounts/{other}/follow", headers=me,
                      timeout=10).raise_for_status()
    credentials = {"api_base_url": snac_server.url, "access_token": tokens["brand"]}
    fan = connectors.connect("mastodon", {"api_base_url": snac_server.url,
                                          "access_token": tokens["fan"]})
    return LiveNetwork("mastodon", credentials, connectors.connect("mastodon", credentials),
                       fan, names["brand"], f"@{names['brand']}")


@pytest.fixture(params=["bluesky", "mastodon"])
def network(request) -> LiveNetwork:
    return request.getfixturevalue(f"live_{request.param}")


@dataclass
class LiveDesk:
    desk: Any
    app: Any
    admin: Any  # HTTP clients, signed in
    author: Any
    approver: Any

    def add_account(self, network: str, handle: str, credentials: dict) -> dict:
        answer = self.admin.post("/v1/accounts", json={
            "network": network, "handle": handle, "kind": "brand", "brand": "Desk Test",
            "credentials": credentials})
        assert answer.status_code == 201, answer.text
        account = answer.json()
        for user in ("author@live.test", "approver@live.test"):
            uid = next(u["id"] for u in self.admin.get("/v1/users").json()
                       if u["email"] == user)
            granted = self.admin.post(f"/v1/accounts/{account['id']}/members",
                                      json={"user_id": uid})
            assert granted.status_code == 204, granted.text
        return account

    def approved_draft(self, account_id: int, text: str = "", **extra) -> dict:
        made = self.author.post("/v1/drafts", json={"account_id": account_id, "text": text,
                                                    **extra})
        assert made.status_code == 201, made.text
        submitted = self.author.post(f"/v1/drafts/{made.json()['id']}/submit").json()
        assert submitted["status"] == "approved", submitted  # plain texts pass the checks
        return submitted

    def scheduled(self, account_id: int, text: str = "", **extra) -> dict:
        draft = self.approved_draft(account_id, text, **extra)
        queued = self.author.post(f"/v1/drafts/{draft['id']}/schedule")
        assert queued.status_code == 201, queued.text
        return draft

    def draft(self, draft_id: int) -> dict:
        return self.author.get(f"/v1/drafts/{draft_id}").json()

    def audit(self, action: str, draft_id: int) -> list[dict]:
        return [e for e in self.approver.get("/v1/audit", params={"action": action}).json()
                if e["subject"] == f"draft:{draft_id}"]


@pytest.fixture
def live_desk(tmp_path, monkeypatch) -> LiveDesk:
    desk = open_desk(f"sqlite:///{tmp_path / 'desk.db'}", tmp_path, monkeypatch)
    with desk.sessions() as db:
        for role, email in (("admin", "admin@live.test"), ("author", "author@live.test"),
                            ("approver", "approver@live.test")):
            create_user(db, email=email, name=role.title(), password=PASSWORD, role=role)
    app = create_app(desk)
    yield LiveDesk(desk, app, client_for(app, "admin@live.test"),
                   client_for(app, "author@live.test"), client_for(app, "approver@live.test"))
    desk.close()


def wait_for(probe, timeout: float = 20.0, every: float = 0.3):
    deadline = time.monotonic() + timeout
    while True:
        value = probe()
        if value or time.monotonic() > deadline:
            return value
        time.sleep(every)
