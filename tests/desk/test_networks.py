"""The seam onto fauxpas.connectors: their capability interface and error kinds, as the
desk's sender sees them (a stand-in network with the same methods; no real network)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import pytest

from fauxpas.desk.publish.networks import NetworkConnector
from fauxpas.desk.publish.protocol import PublishError, PublishRequest
from fauxpas.desk.publish.registry import register_connector
from fauxpas.desk.schedule.worker import run_once


@dataclass
class Result:
    network_id: str


class KindError(Exception):
    def __init__(self, kind: str):
        super().__init__(f"network says {kind}")
        self.kind = kind


class StandInNetwork:
    """Publishes into a dict keyed by idempotency key; can fail once after landing."""

    def __init__(self):
        self.posts: dict[str, str] = {}
        self.calls = 0
        self.fail_after_landing = 0
        self.refuse: str | None = None

    def publish(self, text, *, idempotency_key, reply_to=None, images=()):
        self.calls += 1
        if self.refuse:
            raise KindError(self.refuse)
        self.posts[idempotency_key] = text
        if self.fail_after_landing:
            self.fail_after_landing -= 1
            raise KindError("unknown")  # landed, but the answer was lost
        return Result(f"net-{len(self.posts)}")

    def lookup(self, idempotency_key, *, text=None):
        return Result(f"net-found-{idempotency_key[:4]}") if idempotency_key in self.posts else None

    def like(self, target_id):
        return Result(f"like-{target_id}")


def _request(action="post", **extra):
    return PublishRequest(idempotency_key="k1", network="standin", handle="@a", action=action,
                          text="hello", **extra)


def test_publish_like_and_lookup():
    network = StandInNetwork()
    connector = NetworkConnector(network)
    assert connector.publish(_request()) == "net-1"
    assert connector.lookup("k1", _request()) == "net-found-k1"
    assert connector.lookup("other", _request()) is None
    assert connector.publish(_request("like", target_ref="p9")) == "like-p9"
    assert connector.lookup("k1", _request("like", target_ref="p9")) is None


@pytest.mark.parametrize("kind", ["bad_config", "auth_expired", "not_found", "rejected"])
def test_refusals_mean_nothing_went_out(kind):
    network = StandInNetwork()
    network.refuse = kind
    with pytest.raises(PublishError):
        NetworkConnector(network).publish(_request())


@pytest.mark.parametrize("kind", ["unknown", "network_down", "rate_limited"])
def test_other_errors_leave_the_outcome_open(kind):
    network = StandInNetwork()
    network.refuse = kind
    with pytest.raises(KindError):
        NetworkConnector(network).publish(_request())


def test_lost_answer_is_reconciled_by_lookup_not_resent(team, clients):
    network = StandInNetwork()
    network.fail_after_landing = 1
    register_connector("standin", lambda credentials: NetworkConnector(network))
    with team.desk.sessions() as db:
        from fauxpas.desk.accounts.service import create_account

        account = create_account(db, actor=team.admin, network="standin", handle="@stand",
                                 kind="brand", brand="Acme Tools")
    author = clients["admin"]
    draft = author.post("/v1/drafts", json={"account_id": account.id,
                                            "text": "Doors open at nine."}).json()
    author.post(f"/v1/drafts/{draft['id']}/submit")
    at = datetime.now(timezone.utc) + timedelta(minutes=1)
    author.post(f"/v1/drafts/{draft['id']}/schedule", json={"at": at.isoformat()})
    first = run_once(team.desk, now=at, lease_seconds=0)
    assert first["sent"] == 0 and network.calls == 1
    second = run_once(team.desk, now=at + timedelta(seconds=1), lease_seconds=0)
    assert second["reconciled"] == 1 and network.calls == 1  # looked up, not sent again
    publication = author.get("/v1/publications").json()[0]
    assert publication["state"] == "sent" and publication["remote_id"].startswith("net-found")
