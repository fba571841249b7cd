from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field


class PauseIn(BaseModel):
    reason: str = Field(min_length=1, max_length=2000)
    account_id: int | None = Field(default=None, ge=1, le=2**31 - 1,
                                   description="empty: the whole workspace")


class ResumeIn(BaseModel):
    account_id: int | None = Field(default=None, ge=1, le=2**31 - 1)


class PauseOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int
    account_id: int | None
    active: bool
    reason: str
    paused_by: str
    paused_at: datetime


class ResumeOut(BaseModel):
    moved_to_review: int
