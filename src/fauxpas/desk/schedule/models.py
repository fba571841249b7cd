"""Publications: the durable queue. One row per attempt to publish one draft version.

States: queued -> sending -> sent | failed | held; sent -> withdrawn (deleted
from the network from the desk). ``sending`` is written (and committed)
before the network call and ``sent`` after it, so a worker that dies in between leaves a
row that the next worker reconciles through the connector's idempotency lookup.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from fauxpas.desk.db import Base, UTCDateTime, utcnow

STATES = ("queued", "sending", "sent", "failed", "held", "cancelled", "withdrawn")


class Publication(Base):
    __tablename__ = "publications"
    __table_args__ = (Index("ix_publications_state_at", "state", "scheduled_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    draft_id: Mapped[int] = mapped_column(ForeignKey("drafts.id"))
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"))
    draft_version: Mapped[int] = mapped_column(Integer)
    idempotency_key: Mapped[str] = mapped_column(String(64), unique=True)
    state: Mapped[str] = mapped_column(String(20), default="queued")
    scheduled_at: Mapped[datetime] = mapped_column(UTCDateTime)
    approved_decision: Mapped[str] = mapped_column(String(10))
    approved_codes: Mapped[list] = mapped_column(JSON, default=list)
    scheduled_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    remote_id: Mapped[str] = mapped_column(String(500), default="")
    error: Mapped[str] = mapped_column(Text, default="")
    hold_reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    sending_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
