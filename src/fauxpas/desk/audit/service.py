"""Writing and reading the audit log. There is deliberately no update or delete here."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from fauxpas.desk.audit.models import AuditEntry

EXPORT_FIELDS = ("id", "at", "actor", "action", "subject", "summary", "detail")


def record(db: Session, *, actor: str, action: str, subject: str = "", summary: str = "",
           detail: dict[str, Any] | None = None) -> AuditEntry:
    """Add an entry to the session; it is committed with the change it describes."""
    entry = AuditEntry(actor=actor or "system", action=action, subject=subject,
                       summary=summary[:1000], detail=detail or {})
    db.add(entry)
    return entry


def search(db: Session, *, action: str | None = None, actor: str | None = None,
           subject: str | None = None, since: datetime | None = None,
           until: datetime | None = None, limit: int = 200, offset: int = 0) -> list[AuditEntry]:
    query = select(AuditEntry)
    if action:
        query = query.where(AuditEntry.action == action)
    if actor:
        query = query.where(AuditEntry.actor == actor)
    if subject:
        query = query.where(AuditEntry.subject == subject)
    if since:
        query = query.where(AuditEntry.at >= since)
    if until:
        query = query.where(AuditEntry.at < until)
    query = query.order_by(AuditEntry.id.desc()).limit(limit).offset(offset)
    return list(db.scalars(query))


def as_dict(entry: AuditEntry) -> dict[str, Any]:
    return {"id": entry.id, "at": entry.at.isoformat(), "actor": entry.actor,
            "action": entry.action, "subject": entry.subject, "summary": entry.summary,
            "detail": entry.detail}


def export_csv(entries: list[AuditEntry]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(EXPORT_FIELDS)
    for entry in entries:
        row = as_dict(entry)
        row["detail"] = json.dumps(row["detail"], ensure_ascii=False, sort_keys=True)
        writer.writerow([row[name] for name in EXPORT_FIELDS])
    return out.getvalue()
