"""The pause: one switch per workspace and per account, with who and why."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from fauxpas.desk.db import Base, UTCDateTime, utcnow


class Pause(Base):
    __tablename__ = "pauses"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # None: the whole workspace; otherwise one account.
    account_id: Mapped[int | None] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), nullable=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    reason: Mapped[str] = mapped_column(Text)
    paused_by: Mapped[str] = mapped_column(String(320))
    paused_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    resumed_by: Mapped[str] = mapped_column(String(320), default="")
    resumed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
