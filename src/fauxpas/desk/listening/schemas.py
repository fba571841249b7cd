from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict


class MentionOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int
    account_id: int
    network_id: str
    url: str
    author: str
    text: str
    reply_to: str
    posted_at: datetime | None
    seen_at: datetime
