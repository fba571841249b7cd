from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class AccountIn(BaseModel):
    network: str = Field(min_length=1, max_length=40)
    handle: str = Field(min_length=1, max_length=200)
    kind: str = Field(pattern="^(brand|personal|employee)$")
    brand: str = Field(default="", max_length=200)
    markets: list[str] = Field(default_factory=list, max_length=300)
    voice_history: list[str] = Field(default_factory=list, max_length=200)
    approvals_required: int = Field(default=1, ge=1, le=10)
    connector: str = Field(default="", max_length=40)
    credentials: dict[str, Any] | None = Field(
        default=None, description="stored encrypted; never returned")


class AccountOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int
    network: str
    handle: str
    kind: str
    brand: str
    markets: list[str]
    approvals_required: int
    connector: str
    paused: bool = False
