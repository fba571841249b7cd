"""The worker: reconciles crashed sends, then sends what is due, one at a time, forever."""

from __future__ import annotations

import signal
import time
from datetime import datetime, timedelta

from sqlalchemy import select

from fauxpas.desk.db import utcnow
from fauxpas.desk.runtime import Desk
from fauxpas.desk.schedule.models import Publication
from fauxpas.desk.schedule.sender import reconcile, send


def run_once(desk: Desk, *, now: datetime | None = None, lease_seconds: float = 30.0,
             batch: int = 50) -> dict[str, int]:
    """One round. ``lease_seconds``: how long a ``sending`` row may be in flight before it
    is taken for a crash and reconciled (0 when only one worker runs)."""
    now = now or utcnow()
    counts = {"reconciled": 0, "sent": 0, "held": 0, "failed": 0}
    with desk.sessions() as db:
        stale = db.scalars(select(Publication).where(
            Publication.state == "sending",
            Publication.sending_at <= now - timedelta(seconds=lease_seconds)))
        for publication in list(stale):
            reconcile(db, desk=desk, publication=publication)
            counts["reconciled"] += 1
        due = db.scalars(select(Publication.id)
                         .where(Publication.state == "queued", Publication.scheduled_at <= now)
                         .order_by(Publication.scheduled_at, Publication.id).limit(batch))
        for publication_id in list(due):
            result = send(db, desk=desk, publication_id=publication_id, now=now)
            if result is not None and result.state in ("sent", "held", "failed"):
                counts[result.state] += 1
    return counts


def run_forever(desk: Desk, *, interval: float, lease_seconds: float = 30.0,
                listen_every: float = 60.0, log=print) -> None:
    """``listen_every``: seconds between rounds of reading mentions (0: never)."""
    from fauxpas.desk.listening.service import poll_mentions

    stopping = []
    signal.signal(signal.SIGTERM, lambda *_: stopping.append(True))
    log(f"fauxpas worker: watching the queue every {interval:g}s (Ctrl-C stops)")
    next_listen = time.monotonic()
    while not stopping:
        if listen_every > 0 and time.monotonic() >= next_listen:
            next_listen = time.monotonic() + listen_every
            try:
                heard = poll_mentions(desk)
            except Exception as exc:
                heard = {"mentions": 0, "errors": {"*": f"{type(exc).__name__}: {exc}"}}
            if heard["mentions"]:
                log(f"fauxpas worker: {heard['mentions']} new mention(s)")
            for handle, error in heard["errors"].items():
                log(f"fauxpas worker: could not read mentions of {handle}: {error}")
        try:
            counts = run_once(desk, lease_seconds=lease_seconds)
        except Exception as exc:  # a database hiccup must not stop the queue for good
            log(f"fauxpas worker: round failed, retrying: {type(exc).__name__}: {exc}")
            counts = {}
        if any(counts.values()):
            log("fauxpas worker: " + ", ".join(f"{k} {v}" for k, v in counts.items() if v))
        time.sleep(interval)
