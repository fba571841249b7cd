"""Numbers that are not anyone's personal data: dates, times, years, amounts, counts,
order and reference numbers.

``not_personal(text, start, end)`` answers why the number at ``text[start:end]`` is no
one's (for the evidence of a test or a debugging session), or None.
"""

from __future__ import annotations

import re

from fauxpas.checks.privacy.cues import CURRENCY, NOT_PERSONAL_BEFORE, UNITS_AFTER
from fauxpas.core.text.fold import fold

_DATE = r"\d{1,4}[./-]\d{1,2}(?:[./-]\d{2,4})?"
_TIME = r"\d{1,2}[.:h]\d{2}"
_YEAR = r"(?:1[89]|20)\d{2}"
_PART = rf"(?:{_DATE}|{_TIME}|{_YEAR})"
# "2024-06-01", "01.06.2024 - 05.06.2024", "10.30-12.00", "1999-2004", "2019 2020 2021"
DATES_TIMES_YEARS = re.compile(rf"{_PART}(?:\s*[-–/]?\s*{_PART})*")
# "1.000.000", "12.500.000": thousands grouped with dots, an amount not a phone
THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
# One chunk of a longer run that is a date ("06.08.13", "2012-09-04") or a decimal
# ("3.3", "44.86"): the run is a timestamp or a measurement, not a phone number.
DATE_OR_DECIMAL_CHUNK = re.compile(
    r"\d{1,2}[./-]\d{1,2}[./-](?:\d{2}|\d{4})|\d{4}-\d{1,2}-\d{1,2}|\d+[.,]\d+"
)


def _alternatives(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(fold(w)) for w in sorted(set(words), key=len, reverse=True))


_NUMBER_WORDS = r"(?:nr|no|n°|nº|number|nummer|numéro|número|numero|szám|#)"
_THING_BEFORE = re.compile(
    rf"(?<!\w)(?:{_alternatives(NOT_PERSONAL_BEFORE)})\.?(?:\s*{_NUMBER_WORDS}\.?)?"
    r"[\s:#-]*$"
)
_HASH_BEFORE = re.compile(r"#\s*$")
_CURRENCY_BEFORE = re.compile(rf"(?:^|(?<=[\s(]))(?:{_alternatives(CURRENCY)})\s*$")
_UNIT_AFTER = re.compile(rf"^\s*(?:{_alternatives(UNITS_AFTER)})(?!\w)")
_DECIMAL_AFTER = re.compile(r"^,(?:\d|-)")  # "1 299,-" or "1 299,90"

BEFORE_WINDOW = 28
AFTER_WINDOW = 16


def not_personal(text: str, start: int, end: int, *, shape: bool = True) -> str | None:
    """Why the number at ``text[start:end]`` is not personal data, or None.

    ``shape=False`` skips the tests on the number's own shape (a date, a decimal, an
    amount): an identity number that passed its check digits may look like a date
    ("536-90-4399"), but not one that follows "order" or a currency."""
    raw = text[start:end].strip("() ")
    if shape:
        if DATES_TIMES_YEARS.fullmatch(raw):
            return "date, time or year"
        chunks = raw.split()
        if len(chunks) > 1 and any(DATE_OR_DECIMAL_CHUNK.fullmatch(c) for c in chunks):
            return "date, time or measurement among other numbers"
        if THOUSANDS.fullmatch(raw):
            return "amount"
    before = fold(text[max(0, start - BEFORE_WINDOW):start])
    after = fold(text[end:end + AFTER_WINDOW])
    if _HASH_BEFORE.search(before):
        return "number after #"
    if _CURRENCY_BEFORE.search(before) or _DECIMAL_AFTER.match(after):
        return "amount"
    if _UNIT_AFTER.match(after):
        return "amount or count"
    if _THING_BEFORE.search(before):
        return "order, reference or product number"
    return None
