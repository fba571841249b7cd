"""Two workers on the same queue: each post is claimed (queued -> sending) by one only."""

from __future__ import annotations

import json
import threading
from datetime import datetime, timedelta, timezone

import pytest

from fauxpas.desk.drafts.service import create_draft, submit_draft
from fauxpas.desk.schedule.service import schedule_draft
from fauxpas.desk.schedule.worker import run_once


@pytest.mark.parametrize("desk", ["sqlite", "postgresql"], indirect=True)
def test_two_workers_publish_each_post_once(team, tmp_path):
    desk = team.desk
    at = datetime.now(timezone.utc) + timedelta(seconds=30)
    with desk.sessions() as db:
        for n in range(30):
            draft = create_draft(db, actor=team.author, checker=desk.checker,
                                 account_id=team.brand.id, text=f"Item {n} restocked.")
            submit_draft(db, actor=team.author, draft_id=draft.id)
            schedule_draft(db, actor=team.author, draft_id=draft.id, at=at)
    results = []

    def work():
        results.append(run_once(desk, now=at + timedelta(seconds=1)))

    threads = [threading.Thread(target=work) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    lines = [json.loads(line) for line in (tmp_path / "published.jsonl").read_text().splitlines()]
    assert len(lines) == 30 and len({line["key"] for line in lines}) == 30
    assert sum(r["sent"] for r in results) == 30
