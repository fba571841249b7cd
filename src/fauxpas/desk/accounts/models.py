"""Accounts the team publishes to: network, handle, kind, brand, markets, voice history."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from fauxpas.desk.db import Base, UTCDateTime, utcnow

KINDS = ("brand", "personal", "employee")


class Account(Base):
    __tablename__ = "accounts"
    __table_args__ = (UniqueConstraint("network", "handle"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    network: Mapped[str] = mapped_column(String(40))
    handle: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20), default="brand")
    brand: Mapped[str] = mapped_column(String(200), default="")
    markets: Mapped[list] = mapped_column(JSON, default=list)
    voice_history: Mapped[list] = mapped_column(JSON, default=list)
    approvals_required: Mapped[int] = mapped_column(Integer, default=1)
    # Which connector publishes for it (a network name from the connector registry);
    # empty means the network's own connector.
    connector: Mapped[str] = mapped_column(String(40), default="")
    credentials_encrypted: Mapped[str | None] = mapped_column(Text, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    @property
    def connector_name(self) -> str:
        return self.connector or self.network

    @property
    def label(self) -> str:
        return f"{self.handle} ({self.kind} on {self.network})"
