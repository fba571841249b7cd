from __future__ import annotations

from datetime import datetime

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field


class ScheduleIn(BaseModel):
    at: AwareDatetime | None = Field(default=None, description="ISO 8601 with zone; now if empty")


class PublicationOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int
    draft_id: int
    account_id: int
    idempotency_key: str
    state: str
    scheduled_at: datetime
    attempts: int
    remote_id: str
    error: str
    hold_reason: str
