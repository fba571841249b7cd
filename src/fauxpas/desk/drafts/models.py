"""Drafts: what someone wants to publish (a post, reply, like, repost) and its last check."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from fauxpas.desk.db import Base, UTCDateTime, utcnow

ACTIONS = ("post", "reply", "like", "repost", "ad")
# draft: being written; in_review: waiting for approvers; approved: may be scheduled;
# scheduled: in the queue; held: stopped at send time (news, pause), back to review;
# published / failed: the network's answer; deleted: withdrawn.
STATUSES = ("draft", "in_review", "approved", "scheduled", "held", "published", "failed",
            "deleted")


class Draft(Base):
    __tablename__ = "drafts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"))
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    action: Mapped[str] = mapped_column(String(20), default="post")
    text: Mapped[str] = mapped_column(Text, default="")
    target_text: Mapped[str] = mapped_column(Text, default="")
    target_author: Mapped[str] = mapped_column(String(200), default="")
    target_ref: Mapped[str] = mapped_column(String(500), default="")  # the network's id
    status: Mapped[str] = mapped_column(String(20), default="draft")
    version: Mapped[int] = mapped_column(Integer, default=1)
    decision: Mapped[str] = mapped_column(String(10), default="pass")
    risk: Mapped[float] = mapped_column(Float, default=0.0)
    lang: Mapped[str | None] = mapped_column(String(8), nullable=True)
    findings: Mapped[list] = mapped_column(JSON, default=list)
    checked_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    hold_reason: Mapped[str] = mapped_column(Text, default="")
    # The last thing a network said about this draft (refused credentials, server down, a
    # delete that failed), in words for the team; empty once a later attempt succeeds.
    network_error: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    @property
    def finding_codes(self) -> list[str]:
        return sorted({f["code"] for f in self.findings or []})
