"""The same end-to-end path with the real registered checks (no fixture checks): a post
with a hashtag that reads badly needs approval; once approved and scheduled, news of a
deadly attack in the account's market arrives and the worker holds it at send time."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from tests.web.test_browser_flow import _login

from fauxpas.desk.check.service import Checker
from fauxpas.desk.schedule.worker import run_once

TEXT = "New catalogue out today! Meet our #therapist crew at the shop"
HEADLINE = "Gunman opens fire at London stadium, at least 12 dead"


def test_real_checks_write_approve_schedule_hold(browser, server, team, shots):
    team.desk.checker = Checker()  # every registered check, rules tier
    author = _login(browser, server, "author@t.test")
    author.goto(f"{server}/compose")
    author.fill("#post-text", TEXT)
    author.wait_for_selector("#live-findings .finding")
    assert "#therapist" in author.locator("#preview mark").all_inner_texts()
    assert "review" in author.locator("#live-verdict").inner_text()
    author.click("#save-draft")
    author.wait_for_url("**/drafts/*")
    draft_url = author.url
    author.click("#submit")
    author.wait_for_selector("#draft-status:text('in_review')")

    approver = _login(browser, server, "appr@t.test")
    approver.goto(draft_url)
    approver.click("#approve")
    approver.wait_for_selector("#draft-status:text('approved')")
    at = (datetime.now(timezone.utc) + timedelta(minutes=10)).replace(second=0, microsecond=0)
    approver.fill("#schedule-at", at.strftime("%Y-%m-%dT%H:%M"))
    approver.click("#schedule")
    approver.wait_for_selector("#draft-status:text('scheduled')")

    approver.goto(f"{server}/news")
    approver.fill("input[name=headline]", HEADLINE)
    approver.fill("input[name=place]", "London")
    approver.click("#add-event")
    approver.wait_for_selector(f"text={HEADLINE}")

    counts = run_once(team.desk, now=at + timedelta(seconds=30))
    assert counts["held"] == 1 and counts["sent"] == 0
    author.goto(draft_url)
    assert author.locator("#draft-status").text_content() == "held"
    assert author.locator("#hold-reason").count() == 1
    codes = author.locator("ul.findings li.finding code").all_inner_texts()
    assert "FP301" in codes and "FP105" in codes
    assert HEADLINE in author.locator("ul.findings").inner_text()
    author.screenshot(path=str(shots / "real-checks-held.png"), full_page=True)
