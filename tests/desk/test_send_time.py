"""Send-time rules: what counts as worse, and a check that fails never publishes."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from fauxpas.core.verdict import Category, Decision, Finding, Severity, Verdict
from fauxpas.desk.check.service import got_worse
from fauxpas.desk.schedule.worker import run_once


def _verdict(decision, *codes, severity=Severity.WARN):
    findings = tuple(Finding(code=c, category=Category.DRAFT, severity=severity,
                             confidence=0.9, message="m") for c in codes)
    return Verdict(id="x", decision=decision, risk=0.5, lang="en", findings=findings)


def test_what_counts_as_worse():
    assert got_worse(before_decision="pass", before_codes=[],
                     after=_verdict(Decision.REVIEW, "FP1"))
    assert got_worse(before_decision="review", before_codes=["FP1"],
                     after=_verdict(Decision.BLOCK, "FP1", severity=Severity.BLOCK))
    assert not got_worse(before_decision="review", before_codes=["FP1"],
                         after=_verdict(Decision.REVIEW, "FP1"))
    assert got_worse(before_decision="review", before_codes=["FP1"],
                     after=_verdict(Decision.REVIEW, "FP1", "FP2"))  # a new reason
    assert not got_worse(before_decision="review", before_codes=["FP1"],
                         after=_verdict(Decision.PASS))


def test_a_check_that_fails_at_send_time_holds_the_post(team, clients, tmp_path):
    author = clients["author"]
    draft = author.post("/v1/drafts", json={"account_id": team.brand.id,
                                            "text": "See you at the fair."}).json()
    author.post(f"/v1/drafts/{draft['id']}/submit")
    at = datetime.now(timezone.utc) + timedelta(minutes=5)
    author.post(f"/v1/drafts/{draft['id']}/schedule", json={"at": at.isoformat()})

    class Broken:
        def check(self, post):
            raise RuntimeError("model file missing")

    team.desk.checker = Broken()
    assert run_once(team.desk, now=at)["held"] == 1
    held = author.get(f"/v1/drafts/{draft['id']}").json()
    assert held["status"] == "held" and "model file missing" in held["hold_reason"]
    assert not (tmp_path / "published.jsonl").exists()
