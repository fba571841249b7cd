from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class LoginIn(BaseModel):
    email: str = Field(max_length=320)
    password: str = Field(max_length=1000)


class UserIn(BaseModel):
    email: str = Field(max_length=320, pattern=r"^[^@\s]+@[^@\s]+$")
    name: str = Field(default="", max_length=200)
    password: str = Field(min_length=8, max_length=1000)
    role: str = Field(pattern="^(admin|approver|author|viewer)$")


class UserOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int
    email: str
    name: str
    role: str
    active: bool


class TokenIn(BaseModel):
    name: str = Field(min_length=1, max_length=200)


class TokenOut(BaseModel):
    id: int
    name: str
    token: str = Field(description="shown once; only its hash is stored")


class AccessIn(BaseModel):
    user_id: int = Field(ge=1, le=2**31 - 1)


class TokenListed(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int
    name: str
    prefix: str
    revoked: bool
