"""Crash safety against the real servers: a `fauxpas worker` publishing to Bluesky's PDS or
to snac is SIGKILLed while it sends, restarted, killed again...; at the end each post must
be on the server exactly once (never twice; "missing" counts posts the desk marked sent
that the server does not have, and posts left unsent).

Used by tests/integration/test_live_crash.py (a few kills) and bench/connector_crash.py.
"""

from __future__ import annotations

import collections
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from fauxpas import connectors
from fauxpas.connectors.bluesky import records as rec
from fauxpas.connectors.mastodon.connector import _plain
from fauxpas.desk.accounts.service import create_account
from fauxpas.desk.drafts.service import create_draft, submit_draft
from fauxpas.desk.runtime import Desk
from fauxpas.desk.schedule.service import schedule_draft
from fauxpas.desk.settings import Settings
from fauxpas.desk.users.service import create_user

SECRET = "live-crash-key"


@dataclass
class LiveCrashReport:
    network: str
    kills: int
    kills_while_sending: int
    posts: int
    on_server: int
    duplicates: int
    missing: int
    reconciled_sent: int
    seconds: float


def brand_account(network: str, server, tag: str) -> dict:
    """A fresh account on the server (so only this run's posts are counted)."""
    if network == "bluesky":
        account = server.create_account(f"crash{tag}.test", f"pw-crash-{tag}")
        return {"handle": account["handle"], "password": account["password"],
                "service": server.url}
    from fauxpas.connectors.mastodon.login import snac_login

    name = f"crash{tag}"
    return {"api_base_url": server.url,
            "access_token": snac_login(server.url, name, server.add_user(name))}


def server_texts(network: str, credentials: dict) -> collections.Counter:
    """How many times each text is among the account's posts on the server."""
    connector = connectors.connect(network, credentials)
    if network == "bluesky":
        client = connector.client()  # logs in; sets connector.did
        texts, cursor = [], None
        while True:
            params = {"repo": connector.did, "collection": rec.POST, "limit": 100}
            if cursor:
                params["cursor"] = cursor
            page = client.com.atproto.repo.list_records(params=params)
            texts += [r.value.text for r in page.records]
            cursor = page.cursor
            if not page.records or not cursor:
                return collections.Counter(texts)
    first = connector.api.account_statuses(connector.me()["id"], limit=40)
    statuses = connector.api.fetch_remaining(first) if first else []
    return collections.Counter(_plain(s.get("content") or "").strip() for s in statuses)


def _env(url: str, work: Path) -> dict[str, str]:
    return {**os.environ, "FAUXPAS_DATABASE_URL": url, "FAUXPAS_SECRET_KEY": SECRET,
            "XDG_DATA_HOME": str(work / "data"), "PYTHONUNBUFFERED": "1"}


def _seed(url: str, network: str, credentials: dict, texts: list[str]) -> None:
    desk = Desk.open(Settings.from_env(database_url=url, secret_key=SECRET))
    with desk.sessions() as db:
        admin = create_user(db, email="admin@crash.test", name="Admin", password="x" * 12,
                            role="admin")
        account = create_account(db, actor=admin, network=network, handle="crash-brand",
                                 kind="brand", brand="Crash Test", credentials=credentials,
                                 secret_key=SECRET)
        for text in texts:
            draft = create_draft(db, actor=admin, checker=desk.checker, account_id=account.id,
                                 text=text)
            submit_draft(db, actor=admin, draft_id=draft.id)
            if draft.status != "approved":
                raise RuntimeError(f"harness post did not pass the checks: {draft.findings}")
            schedule_draft(db, actor=admin, draft_id=draft.id, at=None)
    desk.close()


def _states(db_path: Path) -> collections.Counter:
    with sqlite3.connect(db_path, timeout=30) as db:
        rows = db.execute("SELECT state, count(*) FROM publications GROUP BY state").fetchall()
        counts = collections.Counter(dict(rows))
        counts["attempts"] = db.execute(
            "SELECT coalesce(sum(attempts), 0) FROM publications").fetchone()[0]
    return counts


def run(*, network: str, server, work: Path, tag: str, kills: int, posts: int,
        seed: int = 7, max_delay: float = 0.5) -> LiveCrashReport:
    rng = random.Random(seed)
    started = time.monotonic()
    work.mkdir(parents=True, exist_ok=True)
    db_path = work / "desk.db"
    url = f"sqlite:///{db_path}"
    credentials = brand_account(network, server, tag)
    texts = [f"Catalogue item {n} is back in stock ({tag})." for n in range(posts)]
    _seed(url, network, credentials, texts)
    worker = [sys.executable, "-m", "fauxpas.cli", "worker", "--interval", "0.05",
              "--lease", "0", "--listen-every", "0"]
    kills_while_sending = 0
    for _ in range(kills):
        before = _states(db_path)
        if before["queued"] == 0 and before["sending"] == 0:
            break  # everything went out before the kills ran out
        process = subprocess.Popen(worker, env=_env(url, work), stdout=subprocess.DEVNULL)
        # A fresh worker's first send also imports the network's library (a second or
        # two); every other kill lets one send through first, so kills also land while
        # a warm worker talks to the server (after the post is created, before "sent").
        warm = 1 if before["queued"] >= 2 and rng.random() < 0.5 else 0
        _wait_for_a_claim(db_path, before["attempts"] + warm, timeout=60)
        time.sleep(rng.uniform(0, max_delay))
        process.send_signal(signal.SIGKILL)
        process.wait()
        kills_while_sending += _states(db_path)["sending"]
    finish = subprocess.Popen(worker, env=_env(url, work), stdout=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline:
            states = _states(db_path)
            if states["queued"] == 0 and states["sending"] == 0:
                break
            time.sleep(0.3)
    finally:
        finish.send_signal(signal.SIGTERM)
        finish.wait(timeout=30)
    found = server_texts(network, credentials)
    with sqlite3.connect(db_path) as db:
        sent = db.execute("SELECT count(*) FROM publications WHERE state = 'sent'").fetchone()[0]
        reconciled = db.execute("SELECT count(*) FROM audit_log WHERE summary LIKE "
                                "'%confirmed after a restart%'").fetchone()[0]
    return LiveCrashReport(
        network=network, kills=kills, kills_while_sending=kills_while_sending, posts=posts,
        on_server=sum(found[t] for t in texts),
        duplicates=sum(1 for t in texts if found[t] > 1),
        missing=sum(1 for t in texts if found[t] == 0) + (posts - sent),
        reconciled_sent=reconciled, seconds=round(time.monotonic() - started, 1))


def _wait_for_a_claim(db_path: Path, attempts_before: int, *, timeout: float) -> None:
    """Until the worker (after its start-up) claims a publication, so kills land mid-send."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if _states(db_path)["attempts"] > attempts_before:
            return
        time.sleep(0.005)
