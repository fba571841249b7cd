"""Sensitive days: remembrance days, days of mourning and solemn observances per market.

Data: ``knowledge/calendar/observances.yaml`` (fauxpas, hand-written); dates come from a
fixed day, a rule (the Sunday in a range), a table of years for moving days, or the
``holidays`` package for the markets (``context`` extra; without it those days are skipped).
A day found with ``holidays`` may list the ``months`` it can fall in: on any other day
that package (a tenth of a second to load) is not asked at all.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

import yaml

from fauxpas.core.text.fold import fold

CALENDAR_FILE = Path(__file__).parent.parent / "knowledge" / "calendar" / "observances.yaml"
RULES = ("date", "holiday", "sunday_between", "dates")


class CalendarError(ValueError):
    pass


@dataclass(frozen=True)
class Observance:
    id: str
    name: str
    markets: tuple[str, ...]
    quiet: bool
    terms: tuple[str, ...]  # folded
    note: str
    rule: str
    value: object
    months: frozenset[int] = frozenset()  # "holiday" rule: the only months it falls in
    # a day people celebrate (Liberation Day, Juneteenth): cheer and the brand's greeting
    # fit it; only selling with it is a gaffe
    celebration: bool = False
    # an awareness day (World Refugee Day, World AIDS Day): the brand's name and support
    # fit it; a product, an offer or a joke does not
    awareness: bool = False

    @property
    def is_global(self) -> bool:
        return "GLOBAL" in self.markets

    def falls_on(self, day: date) -> bool:
        if self.rule == "date":
            return day.strftime("%m-%d") == self.value
        if self.rule == "dates":
            return self.value.get(day.year) == day.strftime("%m-%d")
        if self.rule == "sunday_between":
            month, first, last = self.value
            return day.month == month and first <= day.day <= last and day.weekday() == 6
        if self.months and day.month not in self.months:
            return False
        return day in _holiday_dates(self.value, tuple(self.markets), day.year)


@lru_cache(maxsize=256)
def _holiday_dates(name: str, markets: tuple[str, ...], year: int) -> frozenset[date]:
    found: set[date] = set()
    for market in markets:
        table = _country_holidays(market, year)
        if table is not None:
            found.update(table.get_named(name, lookup="iexact"))
    return frozenset(found)


@lru_cache(maxsize=128)
def _country_holidays(market: str, year: int):
    """One country's holidays for a year (built once: several observances ask for them,
    and building them is most of a cold start's calendar work); None if unknown."""
    try:
        import holidays
    except ImportError:  # the `context` extra is not installed
        return None
    try:
        return holidays.country_holidays(market, years=year, language="en_US")
    except (NotImplementedError, KeyError, AttributeError):
        return None


def load(path: Path = CALENDAR_FILE) -> tuple[Observance, ...]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not isinstance(data.get("days"), list):
        raise CalendarError(f"{path}: expected a mapping with a 'days' list")
    out, seen = [], set()
    for n, raw in enumerate(data["days"], 1):
        where = f"{path}: day #{n}"
        if not isinstance(raw, dict) or not raw.get("id") or not raw.get("name"):
            raise CalendarError(f"{where}: needs 'id' and 'name'")
        if raw["id"] in seen:
            raise CalendarError(f"{where}: duplicate id {raw['id']!r}")
        seen.add(raw["id"])
        rules = [r for r in RULES if r in raw]
        if len(rules) != 1:
            raise CalendarError(f"{where} ({raw['id']}): give exactly one of {', '.join(RULES)}")
        markets = tuple(str(m).upper() for m in raw.get("markets") or [])
        if not markets:
            raise CalendarError(f"{where} ({raw['id']}): 'markets' is empty")
        value = raw[rules[0]]
        months = raw.get("months") or []
        if months and (rules[0] != "holiday" or not isinstance(months, list) or not all(
                isinstance(m, int) and not isinstance(m, bool) and 1 <= m <= 12
                for m in months)):
            raise CalendarError(f"{where} ({raw['id']}): 'months' is a list of months "
                                "(1-12), for a 'holiday' day only")
        if rules[0] == "dates":
            value = {int(y): str(d) for y, d in value.items()}
        out.append(Observance(
            id=raw["id"], name=raw["name"], markets=markets, quiet=bool(raw.get("quiet")),
            terms=tuple(fold(t) for t in raw.get("terms") or []), note=raw.get("note", ""),
            rule=rules[0], value=tuple(value) if isinstance(value, list) else value,
            months=frozenset(months), celebration=bool(raw.get("celebration")),
            awareness=bool(raw.get("awareness"))))
    return tuple(out)


@lru_cache(maxsize=1)
def default_calendar() -> tuple[Observance, ...]:
    return load()


@lru_cache(maxsize=1024)
def observances_on(day: date, around: int = 0) -> tuple[Observance, ...]:
    days = [day + timedelta(days=d) for d in range(-around, around + 1)]
    return tuple(o for o in default_calendar() if any(o.falls_on(d) for d in days))
