from __future__ import annotations

from pydantic import BaseModel, Field


class ApproveIn(BaseModel):
    override_reason: str = Field(
        default="", max_length=2000,
        description="required when the policy blocks the post (an override)")
