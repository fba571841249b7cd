"""A demo workspace: three people, four accounts (brand, employee, personal), news, drafts.

Fictional brands only. Publishing goes to the ``log`` connector (a JSON-lines file in the
data directory), so nothing reaches a real network.
"""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

from sqlalchemy import select

from fauxpas.desk.accounts.service import create_account
from fauxpas.desk.approvals.service import approve
from fauxpas.desk.db import utcnow
from fauxpas.desk.drafts.service import create_draft, submit_draft
from fauxpas.desk.events.service import add_brand_issue, add_event
from fauxpas.desk.runtime import Desk
from fauxpas.desk.schedule.service import schedule_draft
from fauxpas.desk.users.models import User
from fauxpas.desk.users.service import create_user, grant_access

PASSWORD = "fauxpas-demo"
PEOPLE = [("ada@demo.test", "Ada Admin", "admin"), ("alex@demo.test", "Alex Approver", "approver"),
          ("sam@demo.test", "Sam Author", "author")]
FEED = Path(__file__).parent / "demo_feed.json"


def load_demo_feed(desk: Desk) -> int:
    """The local demo news feed: events relative to now, so the demo always looks current."""
    now = utcnow()
    with desk.sessions() as db:
        items = json.loads(FEED.read_text())
        for item in items:
            add_event(db, at=now - timedelta(hours=item["hours_ago"]), headline=item["headline"],
                      place=item.get("place", ""), summary=item.get("summary", ""),
                      source="demo feed")
    return len(items)


def seed(desk: Desk, *, log_path: Path | None = None) -> bool:
    """Fill an empty desk; returns False (and changes nothing) if it already has users."""
    with desk.sessions() as db:
        if db.scalar(select(User.id).limit(1)) is not None:
            return False
        users = {role: create_user(db, email=email, name=name, password=PASSWORD, role=role)
                 for email, name, role in PEOPLE}
        admin, approver, author = users["admin"], users["approver"], users["author"]
        creds = {"path": str(log_path)} if log_path else None
        common = dict(actor=admin, connector="log", credentials=creds,
                      secret_key=desk.settings.secret_key)
        brand = create_account(db, network="mastodon", handle="@northwindtea", kind="brand",
                               brand="Northwind Tea", markets=["GB", "IE"],
                               voice_history=["Our autumn blend is back in stores this week.",
                                              "Thank you for 10 years of tea with us!"],
                               **common)
        bikes = create_account(db, network="bluesky", handle="@lumenbikes.example",
                               kind="brand", brand="Lumen Bikes", markets=["NO", "SE", "DK"],
                               approvals_required=2, **common)
        employee = create_account(db, network="mastodon", handle="@sam_at_northwind",
                                  kind="employee", brand="Northwind Tea", **common)
        personal = create_account(db, network="mastodon", handle="@sam_private",
                                  kind="personal", **common)
        for account in (brand, bikes, employee, personal):
            grant_access(db, account_id=account.id, user_id=author.id, actor=admin)
            grant_access(db, account_id=account.id, user_id=approver.id, actor=admin)
        add_brand_issue(db, brand="Northwind Tea", text="pesticide residue recall of the green tea "
                        "range", actor=admin.email)
        checker, hours = desk.checker, desk.settings.context_hours
        create_draft(db, actor=author, checker=checker, account_id=brand.id, context_hours=hours,
                     text="Rainy Monday? Put the kettle on: our new Earl Grey is in stores now.")
        waiting = create_draft(db, actor=author, checker=checker, account_id=bikes.id,
                               context_hours=hours,
                               text="Ride to work week starts Monday. Show us your commute!")
        submit_draft(db, actor=author, draft_id=waiting.id)
        ready = create_draft(db, actor=author, checker=checker, account_id=brand.id,
                             context_hours=hours,
                             text="Good morning! What are your weekend plans? Ours involve tea.")
        submit_draft(db, actor=author, draft_id=ready.id)
        if ready.status == "in_review":
            approve(db, actor=approver, draft_id=ready.id)
        schedule_draft(db, actor=author, draft_id=ready.id, at=utcnow() + timedelta(hours=2))
    load_demo_feed(desk)
    return True
