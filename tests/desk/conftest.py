"""Desk fixtures: a fresh desk per test (SQLite file; PostgreSQL for tests that ask),
people with each role, accounts, and an HTTP client."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import pytest

pytest.importorskip("fastapi", reason="the desk extra is not installed")

from fastapi.testclient import TestClient  # noqa: E402
from tests.desk.fixture_checks import FIXTURE_CHECKS  # noqa: E402
from tests.desk.pg import PostgresServer, pg_bin  # noqa: E402

from fauxpas.desk.accounts.service import create_account  # noqa: E402
from fauxpas.desk.app import create_app  # noqa: E402
from fauxpas.desk.check.service import Checker  # noqa: E402
from fauxpas.desk.runtime import Desk  # noqa: E402
from fauxpas.desk.security import use_cheap_password_hashing  # noqa: E402
from fauxpas.desk.settings import Settings  # noqa: E402
from fauxpas.desk.users.service import create_user, grant_access  # noqa: E402

PASSWORD = "correct horse battery"
use_cheap_password_hashing()
_counter = itertools.count()


@dataclass
class Team:
    desk: Desk
    admin: object
    approver: object
    approver2: object
    author: object
    viewer: object
    brand: object
    personal: object


@pytest.fixture(scope="session")
def postgres():
    if pg_bin() is None:
        pytest.skip("PostgreSQL binaries missing (scripts/system-deps installs postgresql)")
    server = PostgresServer().start()
    yield server
    server.stop()


def open_desk(url: str, tmp_path, monkeypatch) -> Desk:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    settings = Settings.from_env(database_url=url, secret_key="test-secret-key")
    # Only the fixture checks: the desk's rules are under test here, and their outcome must
    # not move when real checks are added (the crash harness runs the real registry).
    checker = Checker(checks=FIXTURE_CHECKS)
    return Desk.open(settings, checker=checker)


@pytest.fixture(params=["sqlite"])
def desk(request, tmp_path, monkeypatch):
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'desk.db'}"
    else:
        url = request.getfixturevalue("postgres").create_database(f"t{next(_counter)}")
    opened = open_desk(url, tmp_path, monkeypatch)
    yield opened
    opened.close()


def make_team(desk: Desk, *, log_path) -> Team:
    with desk.sessions() as db:
        people = {}
        for role, email in [("admin", "admin@t.test"), ("approver", "appr@t.test"),
                            ("approver2", "appr2@t.test"), ("author", "author@t.test"),
                            ("viewer", "viewer@t.test")]:
            people[role] = create_user(db, email=email, name=role.title(), password=PASSWORD,
                                       role="approver" if role == "approver2" else role)
        admin = people["admin"]
        common = dict(actor=admin, connector="log", credentials={"path": str(log_path)},
                      secret_key=desk.settings.secret_key)
        brand = create_account(db, network="mastodon", handle="@acmebrand", kind="brand",
                               brand="Acme Tools", markets=["GB"], **common)
        personal = create_account(db, network="mastodon", handle="@robin_home",
                                  kind="personal", **common)
        for account in (brand, personal):
            for role in ("approver", "approver2", "author", "viewer"):
                grant_access(db, account_id=account.id, user_id=people[role].id, actor=admin)
    return Team(desk=desk, brand=brand, personal=personal, **people)


@pytest.fixture
def team(desk, tmp_path) -> Team:
    return make_team(desk, log_path=tmp_path / "published.jsonl")


@pytest.fixture
def app(desk):
    return create_app(desk)


def client_for(app, email: str | None) -> TestClient:
    client = TestClient(app)
    if email:
        response = client.post("/v1/login", json={"email": email, "password": PASSWORD})
        assert response.status_code == 200, response.text
    return client


@pytest.fixture
def clients(app, team):
    return {role: client_for(app, getattr(team, role).email)
            for role in ("admin", "approver", "approver2", "author", "viewer")}
