"""Mentions: posts by others that mention or reply to one of the desk's accounts."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from fauxpas.desk.db import Base, UTCDateTime, utcnow


class Mention(Base):
    __tablename__ = "mentions"
    __table_args__ = (UniqueConstraint("account_id", "network_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"))
    network_id: Mapped[str] = mapped_column(String(500))
    url: Mapped[str] = mapped_column(String(1000), default="")
    author: Mapped[str] = mapped_column(String(300), default="")
    text: Mapped[str] = mapped_column(Text, default="")
    reply_to: Mapped[str] = mapped_column(String(500), default="")
    posted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    seen_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
