"""Validation of national identity numbers: check digits, letters and birth dates.

Each function takes the compact number (no separators, letters upper-cased) and
answers True or False; none raises. Where a country has no check digit (Denmark since
2007, US SSN, UK National Insurance numbers) only the format and the ranges that are
never issued can be checked, so the recognizers give those a lower score.
"""

from __future__ import annotations

from fauxpas.checks.privacy.checksums import (
    isdigits,
    luhn,
    valid_date,
    valid_two_digit_year_date,
)

# Norway: fødselsnummer and D-nummer -------------------------------------------------

_NO_W1 = (3, 7, 6, 1, 8, 9, 4, 5, 2)
_NO_W2 = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)


def _mod11_control(digits: list[int], weights: tuple[int, ...]) -> int | None:
    rest = sum(d * w for d, w in zip(digits, weights)) % 11
    control = (11 - rest) % 11
    return None if control == 10 else control


def _norwegian_century(individual: int, yy: int) -> int | None:
    """The century the individual number (digits 7-9) places a two-digit year in."""
    if individual <= 499:
        return 1900
    if individual <= 749 and yy >= 54:
        return 1800
    if yy <= 39:
        return 2000
    if individual >= 900:
        return 1900
    return None


def norwegian_fnr(digits: str) -> bool:
    """Two mod-11 control digits and a birth date (day + 40 for D-numbers, month + 40
    for H-numbers) in the century the individual number implies."""
    if len(digits) != 11 or not isdigits(digits):
        return False
    d = [ord(c) - 48 for c in digits]
    day, month, yy = d[0] * 10 + d[1], d[2] * 10 + d[3], d[4] * 10 + d[5]
    if day > 40:
        day -= 40
    if month > 40:
        month -= 40
    century = _norwegian_century(d[6] * 100 + d[7] * 10 + d[8], yy)
    if century is None or not valid_date(century + yy, month, day):
        return False
    k1 = _mod11_control(d[:9], _NO_W1)
    if k1 is None or k1 != d[9]:
        return False
    k2 = _mod11_control(d[:10], _NO_W2)
    return k2 is not None and k2 == d[10]


# Sweden: personnummer and samordningsnummer ------------------------------------------


def swedish_personnummer(digits: str) -> bool:
    """YYMMDDNNNC (or with the century, YYYYMMDDNNNC): a date (day + 60 for
    co-ordination numbers) and the Luhn check over the last ten digits."""
    if len(digits) == 12:
        if digits[:2] not in ("18", "19", "20"):
            return False
        digits = digits[2:]
    if len(digits) != 10 or not isdigits(digits):
        return False
    yy, month, day = int(digits[:2]), int(digits[2:4]), int(digits[4:6])
    if day > 60:
        day -= 60
    return valid_two_digit_year_date(yy, month, day) and luhn(digits)


# Denmark: CPR (no check digit since 2007, only the date) ----------------------------


def danish_cpr_date(digits: str) -> bool:
    if len(digits) != 10 or not isdigits(digits):
        return False
    day, month, yy = int(digits[:2]), int(digits[2:4]), int(digits[4:6])
    return valid_two_digit_year_date(yy, month, day)


# Netherlands: BSN (the "11-proof") ---------------------------------------------------


def dutch_bsn(digits: str) -> bool:
    """9 digits; 9*d1 + 8*d2 + ... + 2*d8 - d9 must be a multiple of 11."""
    if len(digits) != 9 or not isdigits(digits) or digits == "000000000":
        return False
    d = [ord(c) - 48 for c in digits]
    total = sum(d[i] * (9 - i) for i in range(8)) - d[8]
    return total % 11 == 0


# Spain: DNI and NIE (control letter) ---------------------------------------------

_DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def spanish_dni(compact: str) -> bool:
    """8 digits and the letter for their remainder modulo 23."""
    if len(compact) != 9 or not isdigits(compact[:8]):
        return False
    return _DNI_LETTERS[int(compact[:8]) % 23] == compact[8]


def spanish_nie(compact: str) -> bool:
    """X, Y or Z (read as 0, 1, 2), 7 digits and the DNI control letter."""
    if len(compact) != 9 or compact[0] not in "XYZ":
        return False
    return spanish_dni(str("XYZ".index(compact[0])) + compact[1:])


# Italy: codice fiscale (check character) --------------------------------------------

_CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                   (1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21,
                    2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23)))
_CF_EVEN = {**{str(i): i for i in range(10)},
            **{chr(65 + i): i for i in range(26)}}
_CF_MONTHS = "ABCDEHLMPRST"
_CF_OMOCODE = "LMNPQRSTUV"  # letters that replace digits when two codes would clash


def italian_codice_fiscale(compact: str) -> bool:
    if len(compact) != 16 or not compact.isalnum() or not compact.isascii():
        return False
    body = compact[:15]
    total = sum(_CF_ODD[ch] if i % 2 == 0 else _CF_EVEN[ch] for i, ch in enumerate(body))
    if chr(65 + total % 26) != compact[15]:
        return False
    month = compact[8]
    day = compact[9:11].translate(str.maketrans(_CF_OMOCODE, "0123456789"))
    if month not in _CF_MONTHS or not isdigits(day):
        return False
    day_n = int(day)
    day_n = day_n - 40 if day_n > 40 else day_n  # women: day + 40
    return valid_date(2000, _CF_MONTHS.index(month) + 1, day_n)  # 2000: a leap year


# France: NIR, the social security number (key = 97 - number mod 97) ------------------


def french_nir(compact: str) -> bool:
    """15 characters: sex, year, month, department (2A/2B in Corsica), commune, order,
    and a two-digit key."""
    if len(compact) != 15 or compact[0] not in "1234578":
        return False
    body, key = compact[:13], compact[13:]
    if not isdigits(key):
        return False
    number = body.replace("2A", "19", 1) if body[5:7] == "2A" else body
    number = number.replace("2B", "18", 1) if body[5:7] == "2B" else number
    if not isdigits(number):
        return False
    month = int(body[3:5])
    if not (1 <= month <= 12 or 20 <= month <= 42 or 50 <= month <= 99):
        return False
    return 97 - int(number) % 97 == int(key)


# Portugal: NIF (mod 11) -----------------------------------------------------------


def portuguese_nif(digits: str) -> bool:
    if len(digits) != 9 or not isdigits(digits) or digits[0] == "0":
        return False
    if digits[0] == "4" and digits[1] != "5":  # 45: non-resident individuals
        return False
    total = sum((ord(digits[i]) - 48) * (9 - i) for i in range(8))
    control = 11 - total % 11
    return (0 if control >= 10 else control) == ord(digits[8]) - 48


# Hungary: TAJ, the social insurance number (CDV) ------------------------------------


def hungarian_taj(digits: str) -> bool:
    """9 digits; odd positions weigh 3, even positions 7; the sum mod 10 is the ninth."""
    if len(digits) != 9 or not isdigits(digits):
        return False
    total = sum((ord(digits[i]) - 48) * (3 if i % 2 == 0 else 7) for i in range(8))
    return total % 10 == ord(digits[8]) - 48


# United States: SSN (format and never-issued ranges; no check digit) ---------------

_SSN_NEVER_VALID = {"078051120", "219099999", "123456789"}  # advertised or sample numbers


def us_ssn(digits: str) -> bool:
    if len(digits) != 9 or not isdigits(digits) or digits in _SSN_NEVER_VALID:
        return False
    area, group, serial = digits[:3], digits[3:5], digits[5:]
    if area in ("000", "666") or area[0] == "9":
        return False
    return group != "00" and serial != "0000"


# United Kingdom: National Insurance number (format and issued prefixes) -------------

_NINO_BAD_PREFIXES = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def uk_nino(compact: str) -> bool:
    if len(compact) != 9 or not isdigits(compact[2:8]) or compact[8] not in "ABCD":
        return False
    first, second = compact[0], compact[1]
    if not (compact[:2].isascii() and compact[:2].isalpha()):
        return False
    if first in "DFIQUV" or second in "DFIOQUV":
        return False
    return compact[:2] not in _NINO_BAD_PREFIXES
