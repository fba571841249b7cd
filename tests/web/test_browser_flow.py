"""The end-to-end path in real Chromium: write to a brand account, see findings, send for
approval, another person approves, it is scheduled, a tragedy arrives in the feed, the
worker holds it at send time, and the team sees why."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from tests.desk.conftest import PASSWORD

from fauxpas.desk.schedule.worker import run_once


def _login(browser, server, email):
    context = browser.new_context(timezone_id="UTC", viewport={"width": 1200, "height": 900})
    page = context.new_page()
    page.goto(f"{server}/login")
    page.fill("input[name=email]", email)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{server}/")
    return page


def test_write_approve_schedule_hold(browser, server, team, shots):
    author = _login(browser, server, "author@t.test")
    author.goto(f"{server}/compose")
    banner = author.locator("#target-account")
    assert "BRAND ACCOUNT" in banner.inner_text() and "@acmebrand" in banner.inner_text()
    assert "kind-brand" in banner.get_attribute("class")
    author.fill("#post-text", "Our new catalogue is out today. Weekend plans?")
    author.wait_for_selector("#live-findings .finding.sev-warn")
    assert author.locator("#preview mark").inner_text() == "Weekend plans?"
    assert "review" in author.locator("#live-verdict").inner_text()
    author.screenshot(path=str(shots / "1-composer.png"), full_page=True)
    author.click("#save-draft")
    author.wait_for_url("**/drafts/*")
    draft_url = author.url
    assert author.locator("#draft-decision").text_content() == "review"
    assert author.locator("#draft-text mark").inner_text() == "Weekend plans?"
    author.click("#submit")
    author.wait_for_selector("#draft-status:text('in_review')")
    assert author.locator("#approve").count() == 0  # no one approves their own post

    approver = _login(browser, server, "appr@t.test")
    approver.goto(f"{server}/queue")
    approver.click(f"a[href='{draft_url.removeprefix(server)}']")
    approver.click("#approve")
    approver.wait_for_selector("#draft-status:text('approved')")
    at = (datetime.now(timezone.utc) + timedelta(minutes=10)).replace(second=0, microsecond=0)
    approver.fill("#schedule-at", at.strftime("%Y-%m-%dT%H:%M"))
    approver.click("#schedule")
    approver.wait_for_selector("#draft-status:text('scheduled')")
    approver.goto(f"{server}/schedule")
    assert "queued" in approver.locator("table.list").inner_text()
    assert at.strftime("%Y-%m-%d %H:%M") in approver.locator("table.list").inner_text()

    approver.goto(f"{server}/news")
    approver.fill("input[name=headline]", "Three killed in stadium shooting")
    approver.click("#add-event")
    approver.wait_for_selector("text=Three killed in stadium shooting")

    counts = run_once(team.desk, now=at + timedelta(seconds=30))
    assert counts == {"reconciled": 0, "sent": 0, "held": 1, "failed": 0}

    author.goto(f"{server}/queue")
    assert "1 held" in author.locator("nav").inner_text()
    item = author.locator(".queue-item.status-held")
    assert "Three killed in stadium shooting" in item.inner_text()
    author.screenshot(path=str(shots / "2-held-in-queue.png"), full_page=True)
    author.goto(draft_url)
    assert "Three killed in stadium shooting" in author.locator("#hold-reason").inner_text()
    assert author.locator("#draft-decision").text_content() == "block"
    approver.goto(f"{server}/audit?action=hold")
    assert "stadium shooting" in approver.locator("table.audit").inner_text()
    approver.screenshot(path=str(shots / "3-audit.png"), full_page=True)
    with team.desk.sessions() as db:
        from sqlalchemy import select

        from fauxpas.desk.schedule.models import Publication

        assert [p.state for p in db.scalars(select(Publication))] == ["held"]


def test_personal_accounts_only_on_the_switch_and_unmistakable(browser, server, team, shots):
    page = _login(browser, server, "author@t.test")
    page.goto(f"{server}/compose")
    options = page.locator("#account-select option").all_inner_texts()
    assert not any("@robin_home" in o for o in options)
    page.check("#personal-switch")
    page.wait_for_url("**/compose?personal=true")
    page.select_option("#account-select", label="@robin_home — personal on mastodon")
    banner = page.locator("#target-account")
    assert "PERSONAL ACCOUNT" in banner.inner_text()
    assert "kind-personal" in banner.get_attribute("class")
    colour = banner.evaluate("e => getComputedStyle(e).backgroundColor")
    assert colour == "rgb(255, 79, 0)"
    page.screenshot(path=str(shots / "4-personal.png"), full_page=True)


def test_pause_banner_everywhere_and_publish_refused(browser, server, team, shots):
    admin = _login(browser, server, "admin@t.test")
    admin.on("dialog", lambda d: d.accept("news is breaking; checking the queue"))
    admin.click("#pause-button")
    admin.wait_for_selector("#pause-banner")
    author = _login(browser, server, "author@t.test")
    assert "PUBLISHING PAUSED" in author.locator("#pause-banner").inner_text()
    author.goto(f"{server}/compose")
    author.fill("#post-text", "Thanks for a great year.")
    author.click("#save-draft")
    author.wait_for_url("**/drafts/*")
    author.click("#submit")
    author.wait_for_selector("#publish-now")
    author.click("#publish-now")
    author.wait_for_selector("#message.error")
    assert "paused" in author.locator("#message").inner_text()
    author.screenshot(path=str(shots / "5-paused.png"), full_page=True)
