"""A running desk: settings, the database, the checker. Shared by the app, worker and CLI."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.engine import Engine
from sqlalchemy.orm import sessionmaker

from fauxpas.desk.check.service import Checker
from fauxpas.desk.db import import_all_models, make_engine, make_sessionmaker
from fauxpas.desk.migrate import upgrade
from fauxpas.desk.settings import Settings


@dataclass
class Desk:
    settings: Settings
    engine: Engine
    sessions: sessionmaker
    checker: Checker

    @classmethod
    def open(cls, settings: Settings | None = None, *, checker: Checker | None = None,
             migrate: bool = True) -> Desk:
        settings = settings or Settings.from_env()
        import_all_models()
        if migrate:
            upgrade(settings.database_url)
        engine = make_engine(settings.database_url)
        return cls(settings=settings, engine=engine, sessions=make_sessionmaker(engine),
                   checker=checker or Checker())

    def close(self) -> None:
        self.engine.dispose()
