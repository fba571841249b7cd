"""The database: one SQLAlchemy engine per desk, SQLite by default, PostgreSQL by URL."""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import DateTime, create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import DeclarativeBase, sessionmaker
from sqlalchemy.types import TypeDecorator


class Base(DeclarativeBase):
    pass


class UTCDateTime(TypeDecorator):
    """Timezone-aware UTC in Python on every backend (SQLite stores naive values)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=timezone.utc)
        value = value.astimezone(timezone.utc)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=timezone.utc)
        return value.astimezone(timezone.utc)


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30},
                               pool_size=20, max_overflow=40)

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn, _record):
            cursor = dbapi_conn.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA busy_timeout=30000")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.close()

        return engine
    return create_engine(url, pool_size=20, max_overflow=20, pool_pre_ping=True)


def make_sessionmaker(engine: Engine) -> sessionmaker:
    return sessionmaker(engine, expire_on_commit=False)


def import_all_models() -> None:
    """Every domain's tables, so metadata (and Alembic) sees them all."""
    from fauxpas.desk.accounts import models as _a  # noqa: F401
    from fauxpas.desk.approvals import models as _ap  # noqa: F401
    from fauxpas.desk.audit import models as _au  # noqa: F401
    from fauxpas.desk.drafts import models as _d  # noqa: F401
    from fauxpas.desk.events import models as _e  # noqa: F401
    from fauxpas.desk.listening import models as _l  # noqa: F401
    from fauxpas.desk.pause import models as _p  # noqa: F401
    from fauxpas.desk.schedule import models as _s  # noqa: F401
    from fauxpas.desk.users import models as _u  # noqa: F401
