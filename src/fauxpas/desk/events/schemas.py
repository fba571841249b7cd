from __future__ import annotations

from datetime import datetime

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field


class EventIn(BaseModel):
    at: AwareDatetime | None = Field(default=None, description="when it happened; now if empty")
    headline: str = Field(min_length=1, max_length=1000)
    place: str = Field(default="", max_length=200)
    summary: str = Field(default="", max_length=5000)
    source: str = Field(default="api", max_length=200)
    severity: str = Field(default="", pattern="^(|minor|severe)$",
                          description="severe: may pause the accounts in its markets")
    markets: list[str] = Field(default_factory=list, max_length=300,
                               description="ISO 3166 country codes the news hits")


class EventOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int
    at: datetime
    headline: str
    place: str
    summary: str
    source: str
    severity: str
    markets: list[str]


class BrandIssueIn(BaseModel):
    brand: str = Field(min_length=1, max_length=200)
    text: str = Field(min_length=1, max_length=2000)
