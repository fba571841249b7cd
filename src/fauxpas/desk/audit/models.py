"""The audit log: append-only; the service has no update or delete, the database refuses them."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from fauxpas.desk.db import Base, UTCDateTime, utcnow

ACTIONS = ("check", "create", "edit", "submit", "approve", "override", "schedule", "publish",
           "hold", "fail", "delete", "pause", "resume", "login", "logout", "token", "user",
           "account", "event", "screen", "cancel")


class AuditEntry(Base):
    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_at", "at"), Index("ix_audit_action", "action"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(320), default="system")
    action: Mapped[str] = mapped_column(String(20))
    subject: Mapped[str] = mapped_column(String(100), default="")  # e.g. "draft:12"
    summary: Mapped[str] = mapped_column(String(1000), default="")
    detail: Mapped[dict] = mapped_column(JSON, default=dict)
