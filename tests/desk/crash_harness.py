"""Crash-safety harness: a worker publishing to a local test receiver is SIGKILLed at random
points, restarted, killed again...; at the end every post must have arrived exactly once.

Used by tests/desk/test_crash_safety.py (small N) and bench/desk_crash.py (N=100).
"""

from __future__ import annotations

import collections
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import httpx
from sqlalchemy import func, select
from tests.desk.pg import free_port

from fauxpas.desk.accounts.service import create_account
from fauxpas.desk.drafts.service import create_draft, submit_draft
from fauxpas.desk.publish.receiver import deliveries
from fauxpas.desk.runtime import Desk
from fauxpas.desk.schedule.models import Publication
from fauxpas.desk.schedule.service import schedule_draft
from fauxpas.desk.settings import Settings
from fauxpas.desk.users.service import create_user

SECRET = "crash-harness-key"


@dataclass
class CrashReport:
    kills: int
    posts: int
    delivered: int
    duplicates: int
    missing: int
    kills_while_sending: int
    reconciled_sent: int
    seconds: float


def _env(url: str, data: Path) -> dict[str, str]:
    return {**os.environ, "FAUXPAS_DATABASE_URL": url, "FAUXPAS_SECRET_KEY": SECRET,
            "XDG_DATA_HOME": str(data), "PYTHONUNBUFFERED": "1"}


def _seed(url: str, receiver_url: str, posts: int) -> None:
    desk = Desk.open(Settings.from_env(database_url=url, secret_key=SECRET))
    with desk.sessions() as db:
        admin = create_user(db, email="admin@crash.test", name="Admin", password="x" * 12,
                            role="admin")
        account = create_account(db, actor=admin, network="test", handle="@receiver",
                                 kind="brand", brand="Crash Test", connector="test-receiver",
                                 credentials={"url": receiver_url}, secret_key=SECRET)
        for n in range(posts):
            draft = create_draft(db, actor=admin, checker=desk.checker, account_id=account.id,
                                 text=f"Catalogue item {n} is back in stock.")
            submit_draft(db, actor=admin, draft_id=draft.id)
            if draft.status != "approved":
                raise RuntimeError(f"harness post {n} did not pass the checks: {draft.findings}")
            schedule_draft(db, actor=admin, draft_id=draft.id, at=None)
    desk.close()


def _states(url: str) -> collections.Counter:
    desk = Desk.open(Settings.from_env(database_url=url, secret_key=SECRET), migrate=False)
    with desk.sessions() as db:
        rows = db.execute(select(Publication.state, func.count()).group_by(Publication.state))
        counts = collections.Counter(dict(rows.all()))
    desk.close()
    return counts


def run(*, kills: int, posts: int, url: str | None = None, seed: int = 7,
        max_delay: float = 0.3, network_delay: float = 0.03) -> CrashReport:
    rng = random.Random(seed)
    work = Path(tempfile.mkdtemp(prefix="fauxpas-crash-"))
    url = url or f"sqlite:///{work / 'desk.db'}"
    port = free_port()
    log = work / "received.jsonl"
    receiver = subprocess.Popen([sys.executable, "-m", "fauxpas.desk.publish.receiver",
                                 str(port), str(log)],
                                env={**_env(url, work),
                                     "FAUXPAS_RECEIVER_DELAY": str(network_delay)})
    started = time.monotonic()
    try:
        _wait_for(f"http://127.0.0.1:{port}/lookup/none")
        _seed(url, f"http://127.0.0.1:{port}", posts)
        worker = [sys.executable, "-m", "fauxpas.cli", "worker", "--interval", "0.05",
                  "--lease", "0"]
        kills_while_sending = 0
        for _ in range(kills):
            process = subprocess.Popen(worker, env=_env(url, work), stdout=subprocess.DEVNULL)
            _wait_until_publishing(log, timeout=10)
            time.sleep(rng.uniform(0, max_delay))
            process.send_signal(signal.SIGKILL)
            process.wait()
            kills_while_sending += _states(url)["sending"]
        finish = subprocess.Popen(worker, env=_env(url, work), stdout=subprocess.DEVNULL)
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline:
            states = _states(url)
            if states["queued"] == 0 and states["sending"] == 0:
                break
            time.sleep(0.3)
        finish.send_signal(signal.SIGTERM)
        finish.wait(timeout=30)
    finally:
        receiver.send_signal(signal.SIGKILL)
        receiver.wait()
    arrived = collections.Counter(row["key"] for row in deliveries(log))
    desk = Desk.open(Settings.from_env(database_url=url, secret_key=SECRET), migrate=False)
    with desk.sessions() as db:
        keys = list(db.scalars(select(Publication.idempotency_key)))
        sent = db.scalar(select(func.count()).where(Publication.state == "sent"))
        from fauxpas.desk.audit.models import AuditEntry

        reconciled = db.scalar(select(func.count()).where(
            AuditEntry.summary.like("%confirmed after a restart%")))
    desk.close()
    return CrashReport(kills=kills, posts=posts, delivered=sum(arrived.values()),
                       duplicates=sum(1 for k in keys if arrived[k] > 1),
                       missing=sum(1 for k in keys if arrived[k] == 0) + (posts - sent),
                       kills_while_sending=kills_while_sending, reconciled_sent=reconciled,
                       seconds=round(time.monotonic() - started, 1))


def _wait_until_publishing(log: Path, *, timeout: float) -> None:
    """Until the worker (after its start-up) delivers something, so kills land mid-work."""
    before = log.stat().st_size if log.exists() else 0
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if log.exists() and log.stat().st_size > before:
            return
        time.sleep(0.01)


def _wait_for(url: str) -> None:
    for _ in range(100):
        try:
            httpx.get(url, timeout=0.5)
            return
        except httpx.HTTPError:
            time.sleep(0.05)
    raise RuntimeError(f"the test receiver did not start at {url}")
