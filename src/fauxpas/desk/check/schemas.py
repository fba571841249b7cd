from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field


class VerdictOut(BaseModel):
    id: str
    decision: str
    risk: float
    lang: str | None
    findings: list[dict[str, Any]]


class ScreenIn(BaseModel):
    account_id: int = Field(ge=1, le=2**31 - 1)
    text: str = Field(min_length=1, max_length=10_000)
    target_text: str = Field(default="", max_length=10_000)
    target_author: str = Field(default="", max_length=200)


class ScreenOut(BaseModel):
    allow: bool = Field(description="false: the bot must not send this")
    paused: bool
    reason: str
    decision: str
    findings: list[dict[str, Any]]
