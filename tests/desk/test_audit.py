"""The audit log: every action recorded, append-only in the database, filter and export."""

from __future__ import annotations

import csv
import io

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DatabaseError


@pytest.mark.parametrize("desk", ["sqlite", "postgresql"], indirect=True)
def test_the_log_refuses_changes(team):
    with team.desk.sessions() as db:
        for statement in ("UPDATE audit_log SET summary = 'rewritten'", "DELETE FROM audit_log"):
            with pytest.raises(DatabaseError, match="append-only"):
                db.execute(text(statement))
            db.rollback()
        assert db.execute(text("SELECT count(*) FROM audit_log")).scalar() > 0


def test_actions_are_recorded_and_exported(team, clients):
    author, approver = clients["author"], clients["approver"]
    draft = author.post("/v1/drafts", json={"account_id": team.brand.id,
                                            "text": "Who is ready for Monday?"}).json()
    author.put(f"/v1/drafts/{draft['id']}", json={"text": "Who is ready for the week?"})
    author.post(f"/v1/drafts/{draft['id']}/submit")
    approver.post(f"/v1/drafts/{draft['id']}/approve")
    author.delete(f"/v1/drafts/{draft['id']}")
    entries = approver.get("/v1/audit", params={"subject": f"draft:{draft['id']}"}).json()
    actions = [e["action"] for e in reversed(entries)]
    assert actions == ["check", "create", "check", "edit", "submit", "approve", "delete"]
    logins = approver.get("/v1/audit", params={"action": "login"}).json()
    assert {e["actor"] for e in logins} >= {"author@t.test", "appr@t.test"}
    exported = approver.get("/v1/audit", params={"format": "csv",
                                                 "subject": f"draft:{draft['id']}"})
    assert exported.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(exported.text)))
    assert [r["action"] for r in reversed(rows)] == actions
    assert clients["author"].get("/v1/audit").status_code == 403
