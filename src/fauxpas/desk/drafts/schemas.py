from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, Field

TEXT = Field(default="", max_length=10_000)


class DraftIn(BaseModel):
    account_id: int = Field(ge=1, le=2**31 - 1)
    action: str = Field(default="post", pattern="^(post|reply|like|repost|ad)$")
    text: str = TEXT
    target_text: str = TEXT
    target_author: str = Field(default="", max_length=200)
    target_ref: str = Field(default="", max_length=500)
    personal_switch: bool = Field(
        default=False, description="required to write for a personal account, on purpose")


class DraftEdit(BaseModel):
    text: str = TEXT
    action: str | None = Field(default=None, pattern="^(post|reply|like|repost|ad)$")
    target_text: str | None = Field(default=None, max_length=10_000)
    target_author: str | None = Field(default=None, max_length=200)
    target_ref: str | None = Field(default=None, max_length=500)


class ApprovalOut(BaseModel):
    user_id: int
    user: str
    override_reason: str
    at: datetime


class DraftOut(BaseModel):
    id: int
    account_id: int
    account_handle: str
    account_kind: str
    account_network: str
    author_id: int
    author: str
    action: str
    text: str
    target_text: str
    target_author: str
    target_ref: str
    status: str
    version: int
    decision: str
    risk: float
    lang: str | None
    findings: list[dict[str, Any]]
    hold_reason: str
    network_error: str = Field(
        default="", description="the network's last refusal or failure, in words")
    needs: str = Field(description="who must still approve, in words")
    approvals: list[ApprovalOut]
    updated_at: datetime
