"""Generic check digits and dates behind the privacy recognizers: Luhn, IBAN mod 97.

Each function takes the number as a compact string (digits and letters only, no
separators) and answers True or False; none raises. Check digits are what turn
"sixteen digits" into "a payment card number": a random run of digits passes Luhn with
a probability of 1 in 10 and the IBAN check with 1 in 97. National identity numbers
are in ``national_checks``.
"""

from __future__ import annotations

import calendar


def isdigits(text: str) -> bool:
    """Only the ASCII digits 0-9 (str.isdigit also accepts "１２３" and "²")."""
    return text.isascii() and text.isdigit()


# Payment cards and Swedish personnummer -------------------------------------------


def luhn(digits: str) -> bool:
    """The Luhn (mod 10) check: cards, Swedish personnummer."""
    if not isdigits(digits):
        return False
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = ord(ch) - 48
        if i % 2:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


# IBAN (ISO 13616) ------------------------------------------------------------------

# Length of the whole IBAN per country, from the SWIFT IBAN registry.
IBAN_LENGTHS = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22,
    "BI": 27, "BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DJ": 27,
    "DK": 18, "DO": 28, "EE": 20, "EG": 29, "ES": 24, "FI": 18, "FK": 18, "FO": 18, "FR": 27,
    "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28, "HN": 28, "HR": 21, "HU": 28,
    "IE": 22, "IL": 23, "IQ": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28,
    "LC": 32, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "LY": 25, "MC": 27, "MD": 24, "ME": 22,
    "MK": 19, "MN": 20, "MR": 27, "MT": 31, "MU": 30, "NI": 28, "NL": 18, "NO": 15, "OM": 23,
    "PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "RU": 33, "SA": 24,
    "SC": 31, "SD": 18, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "SO": 23, "ST": 25, "SV": 28,
    "TL": 23, "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20, "YE": 30,
}


def iban(compact: str) -> bool:
    """Country length and the mod-97 check (the remainder must be 1)."""
    compact = compact.upper()
    if IBAN_LENGTHS.get(compact[:2]) != len(compact) or not isdigits(compact[2:4]):
        return False
    if not compact.isalnum() or not compact.isascii():
        return False
    rearranged = compact[4:] + compact[:4]
    return int("".join(str(int(ch, 36)) for ch in rearranged)) % 97 == 1


# Dates inside identity numbers -------------------------------------------------------


def valid_date(year: int, month: int, day: int) -> bool:
    if not 1 <= month <= 12 or day < 1:
        return False
    return day <= calendar.monthrange(year, month)[1]


def valid_two_digit_year_date(yy: int, month: int, day: int) -> bool:
    """A date whose century is unknown: valid in either the 1900s or the 2000s."""
    return valid_date(1900 + yy, month, day) or valid_date(2000 + yy, month, day)
