"""The "Delete from <network>" button in real Chromium: asks for confirmation, calls the
API, and the page shows the network's answer (the demo's log connector cannot delete, so
the team is told the post is still out there). tests/integration deletes on real servers."""

from __future__ import annotations

from tests.web.test_browser_flow import _login

from fauxpas.desk.drafts.service import create_draft, submit_draft
from fauxpas.desk.schedule.service import schedule_draft
from fauxpas.desk.schedule.worker import run_once


def test_delete_button_confirms_and_shows_the_networks_answer(browser, server, team, shots):
    with team.desk.sessions() as db:
        draft = create_draft(db, actor=team.author, checker=team.desk.checker,
                             account_id=team.brand.id, text="Our new hammers are in stores.")
        submit_draft(db, actor=team.author, draft_id=draft.id)
        schedule_draft(db, actor=team.author, draft_id=draft.id, at=None)
        draft_id = draft.id
    assert run_once(team.desk, lease_seconds=0)["sent"] == 1
    approver = _login(browser, server, "appr@t.test")
    questions = []
    approver.on("dialog", lambda d: (questions.append(d.message), d.accept()))
    approver.goto(f"{server}/drafts/{draft_id}")
    assert "Delete from mastodon" in approver.locator("#unpublish").inner_text()
    approver.click("#unpublish")
    approver.wait_for_selector("#network-error")
    assert questions and "Delete this from the network" in questions[0]
    assert "cannot delete" in approver.locator("#network-error").inner_text()
    approver.screenshot(path=str(shots / "unpublish.png"), full_page=True)
