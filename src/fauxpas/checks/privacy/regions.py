"""Which countries' phone plans and street-address habits apply to a post.

A post is read with the regions of its account's markets, then the regions where its
detected languages are spoken. Numbers written in international form (+47 ...,
0047 ...) need no region at all.
"""

from __future__ import annotations

from collections.abc import Iterable

LANGUAGE_REGIONS: dict[str, tuple[str, ...]] = {
    "en": ("GB", "US", "IE"),
    "fr": ("FR", "BE", "CH"),
    "de": ("DE", "AT", "CH"),
    "es": ("ES", "MX"),
    "it": ("IT",),
    "pt": ("PT", "BR"),
    "nl": ("NL", "BE"),
    "no": ("NO",),
    "da": ("DK",),
    "sv": ("SE",),
    "hu": ("HU",),
    "pl": ("PL",),
}

REGION_LANGUAGES: dict[str, tuple[str, ...]] = {
    "GB": ("en",), "US": ("en",), "IE": ("en",), "CA": ("en", "fr"), "AU": ("en",),
    "FR": ("fr",), "BE": ("fr", "nl"), "CH": ("de", "fr", "it"), "LU": ("fr", "de"),
    "DE": ("de",), "AT": ("de",), "ES": ("es",), "MX": ("es",), "AR": ("es",),
    "IT": ("it",), "PT": ("pt",), "BR": ("pt",), "NL": ("nl",), "NO": ("no",),
    "DK": ("da",), "SE": ("sv",), "FI": ("sv",), "HU": ("hu",),
    "PL": ("pl",),
}

# Regions where a number written nationally always starts with its trunk prefix
# ("0" or "06"): without it, eight or ten digits there are not a phone number.
TRUNK_PREFIX: dict[str, str] = {
    "GB": "0", "IE": "0", "FR": "0", "BE": "0", "CH": "0", "DE": "0", "AT": "0", "NL": "0",
    "SE": "0", "FI": "0", "HU": "06",
}

MAX_REGIONS = 6  # each region is one phonenumbers.parse call per candidate


def phone_regions(markets: Iterable[str], languages: Iterable[str],
                  extra: Iterable[str] = ()) -> tuple[str, ...]:
    """Markets first (the account knows where it sells), then the option's regions,
    then the regions of the detected languages."""
    out: list[str] = [m.upper() for m in markets]
    out.extend(r.upper() for r in extra)
    for lang in languages:
        out.extend(LANGUAGE_REGIONS.get(lang, ()))
    return tuple(dict.fromkeys(out))[:MAX_REGIONS]


def address_languages(markets: Iterable[str], languages: Iterable[str]) -> frozenset[str]:
    """The languages whose street-address patterns apply: detected ones and the
    markets' languages (a Norwegian address in an English post to a Norwegian market)."""
    out = set(languages)
    for market in markets:
        out.update(REGION_LANGUAGES.get(market.upper(), ()))
    return frozenset(out)
