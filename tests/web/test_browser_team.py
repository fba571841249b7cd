"""The team page in Chromium: a token shown once, a new person, access to an account."""

from __future__ import annotations

import httpx
from tests.web.test_browser_flow import _login


def test_admin_adds_a_person_gives_access_and_makes_a_token(browser, server, team, shots):
    page = _login(browser, server, "admin@t.test")
    page.goto(f"{server}/team")
    page.fill("#token-form input[name=name]", "reply bot")
    page.click("#new-token")
    page.wait_for_selector("#token-once:not([hidden])")
    token = page.locator("#token-once").text_content().split("\n")[-1].strip()
    me = httpx.get(f"{server}/v1/me", headers={"Authorization": f"Bearer {token}"})
    assert me.status_code == 200 and me.json()["email"] == "admin@t.test"
    page.fill("#user-form input[name=email]", "kim@t.test")
    page.fill("#user-form input[name=name]", "Kim New")
    page.select_option("#user-form select[name=role]", "author")
    page.fill("#user-form input[name=password]", "a long first password")
    page.click("#add-user")
    page.wait_for_selector("text=kim@t.test")
    page.select_option("#access-form select[name=user_id]", label="Kim New (author)")
    page.select_option("#access-form select[name=account_id]", label="@acmebrand (brand)")
    page.click("#grant")
    page.wait_for_selector("#message:has-text('Access given')")
    page.screenshot(path=str(shots / "6-team.png"), full_page=True)
    page.on("dialog", lambda d: d.accept("a complaint thread is going viral"))
    page.click(f"[data-pause-account='{team.brand.id}']")
    page.wait_for_selector("#pause-banner")
    assert "a complaint thread is going viral" in page.locator("#pause-banner").inner_text()
    kim = _login_as(browser, server, "kim@t.test", "a long first password")
    kim.goto(f"{server}/compose")
    assert "@acmebrand" in kim.locator("#account-select").inner_text()


def _login_as(browser, server, email, password):
    page = browser.new_context().new_page()
    page.goto(f"{server}/login")
    page.fill("input[name=email]", email)
    page.fill("input[name=password]", password)
    page.click("button[type=submit]")
    page.wait_for_url(f"{server}/")
    return page
