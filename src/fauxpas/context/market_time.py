"""The date a post goes out on, as its markets see it.

A post scheduled for 21:00 UTC on 24 April goes out at 7:00 on 25 April in Sydney: on
Anzac Day. Days of remembrance are kept on the local calendar, so a check of the day
reads the post's time in each of the account's markets (one time zone per country: its
capital's, or its main business centre's where a country spans several). Without
markets, or for a market not listed here, the day is the UTC one. Time zones come from
the system's tz database (``zoneinfo``); where it is missing, the UTC day is used.
"""

from __future__ import annotations

from datetime import date, datetime, timezone
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

MARKET_ZONES = {
    "US": "America/New_York", "CA": "America/Toronto", "MX": "America/Mexico_City",
    "BR": "America/Sao_Paulo", "AR": "America/Argentina/Buenos_Aires",
    "CO": "America/Bogota", "CL": "America/Santiago", "PE": "America/Lima",
    "GB": "Europe/London", "IE": "Europe/Dublin", "PT": "Europe/Lisbon",
    "ES": "Europe/Madrid", "FR": "Europe/Paris", "BE": "Europe/Brussels",
    "LU": "Europe/Luxembourg", "NL": "Europe/Amsterdam", "DE": "Europe/Berlin",
    "AT": "Europe/Vienna", "CH": "Europe/Zurich", "IT": "Europe/Rome",
    "DK": "Europe/Copenhagen", "NO": "Europe/Oslo", "SE": "Europe/Stockholm",
    "FI": "Europe/Helsinki", "IS": "Atlantic/Reykjavik", "PL": "Europe/Warsaw",
    "HU": "Europe/Budapest", "CZ": "Europe/Prague", "SK": "Europe/Bratislava",
    "RO": "Europe/Bucharest", "EE": "Europe/Tallinn", "UA": "Europe/Kyiv",
    "GR": "Europe/Athens", "TR": "Europe/Istanbul", "IL": "Asia/Jerusalem",
    "ZA": "Africa/Johannesburg", "IN": "Asia/Kolkata", "JP": "Asia/Tokyo",
    "SG": "Asia/Singapore", "AU": "Australia/Sydney", "NZ": "Pacific/Auckland",
}


@lru_cache(maxsize=64)
def _zone(market: str):
    name = MARKET_ZONES.get(market.upper())
    if name is None:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def local_dates(at: datetime, markets: tuple[str, ...] | list[str] | set[str]) -> list[date]:
    """The dates ``at`` falls on in the account's ``markets`` (each once, in order), or its
    UTC date when no market has a known time zone."""
    moment = at if at.tzinfo else at.replace(tzinfo=timezone.utc)
    found: list[date] = []
    for market in markets:
        zone = _zone(market)
        if zone is not None:
            day = moment.astimezone(zone).date()
            if day not in found:
                found.append(day)
    return found or [moment.astimezone(timezone.utc).date()]
