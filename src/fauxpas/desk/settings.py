"""Desk settings, read from the environment once.

``FAUXPAS_DATABASE_URL``: SQLAlchemy URL; default a SQLite file in the user's data
directory (``$XDG_DATA_HOME/fauxpas/desk.db``). PostgreSQL: ``postgresql+psycopg://...``.
``FAUXPAS_SECRET_KEY``: encrypts connector credentials at rest; without it a random key
is created once in the data directory (``desk.key``, readable by the owner only).
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path


def data_dir() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "fauxpas"


def _default_database_url() -> str:
    return f"sqlite:///{data_dir() / 'desk.db'}"


def _secret_key(folder: Path) -> str:
    env = os.environ.get("FAUXPAS_SECRET_KEY")
    if env:
        return env
    path = folder / "desk.key"
    if path.exists():
        return path.read_text().strip()
    folder.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(32)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write(key)
    return key


@dataclass(frozen=True)
class Settings:
    database_url: str = field(default_factory=_default_database_url)
    secret_key: str = ""
    session_hours: int = 12
    max_body_bytes: int = 256 * 1024
    cookie_secure: bool = False  # set FAUXPAS_COOKIE_SECURE=1 behind HTTPS
    context_hours: int = 72  # how far back news counts at the moment of a check
    worker_interval: float = 2.0
    auto_pause: bool = False  # FAUXPAS_AUTO_PAUSE=1: severe news pauses accounts in its markets

    @classmethod
    def from_env(cls, **overrides) -> Settings:
        url = overrides.pop("database_url", None) or os.environ.get("FAUXPAS_DATABASE_URL")
        url = url or _default_database_url()
        if url.startswith("sqlite:///"):
            Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
        key = overrides.pop("secret_key", None) or _secret_key(data_dir())
        secure = _flag("FAUXPAS_COOKIE_SECURE")
        overrides.setdefault("auto_pause", _flag("FAUXPAS_AUTO_PAUSE"))
        return cls(database_url=url, secret_key=key, cookie_secure=secure, **overrides)


def _flag(name: str) -> bool:
    return os.environ.get(name, "").strip().lower() in ("1", "true", "yes", "on")
