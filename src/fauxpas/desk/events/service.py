"""News events and brand issues in the database, and the Context of a given moment."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from fauxpas.core.post import Context, Event
from fauxpas.desk.accounts.models import Account
from fauxpas.desk.audit.service import record
from fauxpas.desk.errors import Invalid
from fauxpas.desk.events.models import BrandIssue, NewsEvent

SEVERITIES = ("", "minor", "severe")


def add_event(db: Session, *, at: datetime, headline: str, place: str = "", summary: str = "",
              source: str = "api", actor: str = "system", severity: str = "",
              markets: list[str] | None = None, auto_pause: bool = False) -> NewsEvent:
    """Store news. With ``auto_pause``, a ``severe`` event pauses the accounts whose
    markets it hits (the context layer decides what is severe and where)."""
    if not headline.strip():
        raise Invalid("an event needs a headline")
    if severity not in SEVERITIES:
        raise Invalid(f"severity {severity!r} is not one of {', '.join(s for s in SEVERITIES if s)}")
    event = NewsEvent(at=at, headline=headline.strip(), place=place.strip(),
                      summary=summary.strip(), source=source, severity=severity,
                      markets=[m.upper() for m in markets or []])
    db.add(event)
    db.flush()
    record(db, actor=actor, action="event", subject=f"event:{event.id}",
           summary=f"news from {source}: {event.headline}")
    db.commit()
    if auto_pause and severity == "severe":
        from fauxpas.desk.pause.service import auto_pause_for

        auto_pause_for(db, event=event)
    return event


def recent_events(db: Session, *, at: datetime, hours: int, limit: int = 200) -> list[NewsEvent]:
    query = (select(NewsEvent)
             .where(NewsEvent.at <= at, NewsEvent.at >= at - timedelta(hours=hours))
             .order_by(NewsEvent.at.desc()).limit(limit))
    return list(db.scalars(query))


def add_brand_issue(db: Session, *, brand: str, text: str, actor: str) -> BrandIssue:
    if not brand.strip() or not text.strip():
        raise Invalid("a brand issue needs the brand and a description")
    issue = BrandIssue(brand=brand.strip(), text=text.strip())
    db.add(issue)
    db.flush()
    record(db, actor=actor, action="event", subject=f"brand_issue:{issue.id}",
           summary=f"{brand}: {issue.text}")
    db.commit()
    return issue


def brand_issues(db: Session, *, brand: str) -> list[str]:
    if not brand:
        return []
    query = select(BrandIssue.text).where(BrandIssue.brand == brand).order_by(BrandIssue.id)
    return list(db.scalars(query))


def context_at(db: Session, *, account: Account, at: datetime, hours: int) -> Context:
    """What the world looks like for this account at this moment, from the database."""
    events = tuple(Event(at=e.at, headline=e.headline, place=e.place, summary=e.summary)
                   for e in recent_events(db, at=at, hours=hours))
    return Context(events=events, brand_issues=tuple(brand_issues(db, brand=account.brand)),
                   account_history=tuple(account.voice_history or ()))
