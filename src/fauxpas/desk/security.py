"""Secrets: password hashing (Argon2), random tokens stored as hashes, credentials encryption."""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from cryptography.fernet import Fernet, InvalidToken

_hasher = PasswordHasher()


def use_cheap_password_hashing() -> None:
    """For test suites only: Argon2 with minimal cost, so creating people is fast."""
    global _hasher
    _hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
MIN_PASSWORD_CHARS = 8


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def new_token(prefix: str) -> str:
    """A random token shown once; only its hash is stored."""
    return f"{prefix}_{secrets.token_urlsafe(32)}"


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _fernet(secret_key: str) -> Fernet:
    key = base64.urlsafe_b64encode(hashlib.sha256(secret_key.encode()).digest())
    return Fernet(key)


def encrypt_credentials(secret_key: str, credentials: dict[str, Any]) -> str:
    return _fernet(secret_key).encrypt(json.dumps(credentials).encode()).decode()


def decrypt_credentials(secret_key: str, blob: str | None) -> dict[str, Any]:
    if not blob:
        return {}
    try:
        return json.loads(_fernet(secret_key).decrypt(blob.encode()))
    except InvalidToken:
        raise ValueError("connector credentials cannot be decrypted with this secret key "
                         "(was FAUXPAS_SECRET_KEY changed?)") from None
