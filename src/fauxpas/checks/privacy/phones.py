"""Phone numbers, validated against the numbering plans of the post's regions.

A cheap regular expression finds runs of at least seven digits with the separators
people write (spaces, dots, dashes, slashes, brackets); dates, times, years, amounts,
counts and order numbers are set aside (``numbers.not_personal``); only what is left
goes to ``phonenumbers`` (about 30 microseconds a region), which must call it a valid
number in one of the regions (``regions.phone_regions``) or, written +CC / 00CC, in
its own country. A national number in a country whose numbers always start with a
trunk prefix ("0" in Germany, "06" in Hungary) must start with it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberType

from fauxpas.checks.privacy.ids import NATIONAL_IDS
from fauxpas.checks.privacy.numbers import not_personal
from fauxpas.checks.privacy.recognizer import NUMBER_END, Hit, words_near
from fauxpas.checks.privacy.regions import LANGUAGE_REGIONS, TRUNK_PREFIX

CANDIDATE = re.compile(
    r"(?<![\w#@/&=+])(?<!\d[.,\-])"
    r"(?:\+|\(\+?)?\d(?:[ .\-/()\u00a0]{0,3}\d){6,16}"
    + NUMBER_END
)
_GROUP_GAP = re.compile(r"\s+[-–/]\s+|\s{2,}")
_DIGIT = re.compile(r"\d")

PHONE_WORDS = (
    "phone", "tel", "tel.", "telephone", "call", "mobile", "cell", "number", "whatsapp", "sms",
    "text", "ring", "telefon", "telefonnummer", "tlf", "tlf.", "mobil", "mobilnummer",
    "nummer", "handy", "handynummer", "rufnummer", "anrufen", "téléphone", "tél", "tél.",
    "portable", "numéro", "appelez", "teléfono", "tel.", "móvil", "llama", "llámanos",
    "número", "telefono", "cellulare", "numero", "chiama", "telemóvel", "celular", "ligue",
    "telefoon", "mobiel", "bel", "telefonszám", "mobilszám", "hívjon", "hívj", "szám",
)
# A number right after "fødselsnummer", "SSN", "BSN" ... is an identity number (valid or
# not), never a phone number.
ID_WORDS = tuple(w for recognizer in NATIONAL_IDS for w in recognizer.context)
BUSINESS_TYPES = {
    PhoneNumberType.TOLL_FREE: "toll-free",
    PhoneNumberType.PREMIUM_RATE: "premium-rate",
    PhoneNumberType.SHARED_COST: "shared-cost",
    PhoneNumberType.UAN: "company number",
}
_TYPE_NAMES = {
    PhoneNumberType.MOBILE: "mobile",
    PhoneNumberType.FIXED_LINE: "fixed line",
    PhoneNumberType.FIXED_LINE_OR_MOBILE: "fixed line or mobile",
    PhoneNumberType.VOIP: "internet telephony",
    PhoneNumberType.PERSONAL_NUMBER: "personal number",
    **BUSINESS_TYPES,
}
ALL_REGIONS = tuple(dict.fromkeys(r for regions in LANGUAGE_REGIONS.values() for r in regions))
BASE_SCORE = 0.6
CONTEXT_BOOST = 0.2


def find_phones(text: str, regions: tuple[str, ...]) -> Iterator[Hit]:
    """Phone numbers valid in ``regions``; next to a word like "phone" or "number", valid
    in any of the regions fauxpas knows (a Norwegian number in an English reply)."""
    for match in CANDIDATE.finditer(text):
        for start, end in _readings(text, match.start(), match.end()):
            if not_personal(text, start, end):
                continue
            hit = _parse(text, start, end, regions)
            if hit is None and words_near(text, start, end, PHONE_WORDS):
                hit = _parse(text, start, end, tuple(r for r in ALL_REGIONS if r not in regions))
            if hit is not None:
                yield hit
                break


def _readings(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The candidate, then (if it runs several numbers together, "9-17 22 33 44 55")
    its parts after a wide gap, then without its leading group."""
    yield start, end
    raw = text[start:end]
    cuts = [m.end() for m in _GROUP_GAP.finditer(raw)][:2]
    space = raw.find(" ")
    if space > 0:
        cuts.append(space + 1)
    for cut in dict.fromkeys(cuts):
        if len(_DIGIT.findall(raw[cut:])) >= 7:
            yield start + cut, end


def own_number_key(raw: str, regions: tuple[str, ...]) -> str | None:
    """The E.164 form of a number given in the ``own_numbers`` option, or None."""
    for region in regions or ("NO",):
        try:
            number = phonenumbers.parse(raw, region)
        except NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return None


def _parse(text: str, start: int, end: int, regions: tuple[str, ...]) -> Hit | None:
    raw = text[start:end].strip("() ")
    digits = "".join(_DIGIT.findall(raw))
    if not 7 <= len(digits) <= 15:
        return None
    international = raw.startswith(("+", "(+")) or digits.startswith("00")
    if international:
        tries: tuple[str | None, ...] = (None,)
        raw = "+" + digits[2:] if digits.startswith("00") else raw
    else:
        tries = regions
    for region in tries:
        if region is not None and not digits.startswith(TRUNK_PREFIX.get(region, "")):
            continue
        try:
            number = phonenumbers.parse(raw, region)
        except NumberParseException:
            continue
        if not phonenumbers.is_valid_number(number):
            continue
        if words_near(text, start, end, ID_WORDS, after=0):
            return None
        kind = phonenumbers.number_type(number)
        found = words_near(text, start, end, PHONE_WORDS)
        score = BASE_SCORE + (CONTEXT_BOOST if found else 0.0)
        where = phonenumbers.region_code_for_number(number) or region or ""
        return Hit(
            kind="phone", recognizer="phone", label="a phone number", start=start, end=end,
            score=score, pattern="international" if international else f"national ({where})",
            validation=f"valid {where} numbering plan (phonenumbers)", context=found,
            tail=digits[-2:],
            detail={
                "region": where,
                "type": _TYPE_NAMES.get(kind, "unknown"),
                "business": kind in BUSINESS_TYPES,
                "e164": phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164),
            },
        )
    return None
