"""Check digits and dates of every identifier FP103 validates.

The valid numbers below were made up and their check digits computed with an
independent implementation (python-stdnum); each invalid one differs from a valid one
in a check digit, a date or a range that is never issued.
"""

import pytest

from fauxpas.checks.privacy import national_checks as nc
from fauxpas.checks.privacy.checksums import iban, luhn
from fauxpas.checks.privacy.finance import card_number

VALID = [
    (nc.norwegian_fnr, "15038500047"),
    (nc.norwegian_fnr, "01019000083"),
    (nc.norwegian_fnr, "55038500030"),  # D-number: day + 40
    (nc.norwegian_fnr, "15438500100"),  # H-number: month + 40
    (nc.swedish_personnummer, "8503151238"),
    (nc.swedish_personnummer, "198503151238"),
    (nc.swedish_personnummer, "8503751235"),  # co-ordination number: day + 60
    (nc.danish_cpr_date, "1503851234"),
    (nc.dutch_bsn, "123456782"),
    (nc.spanish_dni, "12345678Z"),
    (nc.spanish_nie, "X1234567L"),
    (nc.italian_codice_fiscale, "RSSMRA85T10A562S"),
    (nc.italian_codice_fiscale, "RSSMRA85T50A562W"),  # women: day + 40
    (nc.italian_codice_fiscale, "RSSMRA85T10A56NH"),  # omocodia: a letter for a digit
    (nc.french_nir, "185057800608491"),
    (nc.french_nir, "185052A12345633"),  # Corsica
    (nc.portuguese_nif, "123456789"),
    (nc.hungarian_taj, "123456788"),
    (nc.us_ssn, "536904399"),
    (nc.uk_nino, "AB123456C"),
    (iban, "NO9386011117947"),
    (iban, "DE89370400440532013000"),
    (iban, "GB82WEST12345698765432"),
    (iban, "NL91ABNA0417164300"),
    (iban, "FR1420041010050500013M02606"),
    (card_number, "4539148803436467"),
    (card_number, "5425233430109903"),
    (card_number, "374245455400126"),
]

INVALID = [
    (nc.norwegian_fnr, "15038500048", "second control digit"),
    (nc.norwegian_fnr, "15038500037", "first control digit"),
    (nc.norwegian_fnr, "32038500047", "no 32nd day"),
    (nc.swedish_personnummer, "8503151239", "Luhn digit"),
    (nc.swedish_personnummer, "8513151238", "no 13th month"),
    (nc.danish_cpr_date, "3202851234", "no 32nd day"),
    (nc.danish_cpr_date, "2902011234", "29 February 1901 / 2001"),
    (nc.dutch_bsn, "123456781", "11-proof"),
    (nc.spanish_dni, "12345678A", "control letter"),
    (nc.spanish_nie, "X1234567A", "control letter"),
    (nc.italian_codice_fiscale, "RSSMRA85T10A562T", "check character"),
    (nc.french_nir, "185057800608492", "key"),
    (nc.portuguese_nif, "123456788", "check digit"),
    (nc.portuguese_nif, "023456789", "no NIF starts with 0"),
    (nc.hungarian_taj, "123456789", "CDV digit"),
    (nc.us_ssn, "666123456", "area 666 is never issued"),
    (nc.us_ssn, "900123456", "areas 900-999 are never issued"),
    (nc.us_ssn, "536004399", "group 00"),
    (nc.us_ssn, "078051120", "the number printed on a sample card"),
    (nc.uk_nino, "QQ123456C", "Q is never a first letter"),
    (nc.uk_nino, "GB123456A", "GB is never issued"),
    (nc.uk_nino, "AB123456E", "suffix A-D only"),
    (iban, "NO9386011117948", "mod 97"),
    (iban, "NO938601111794", "Norwegian IBANs have 15 characters"),
    (iban, "XX9386011117947", "no such country"),
    (card_number, "4539148803436468", "Luhn digit"),
    (card_number, "1234567812345670", "no card scheme starts with 1"),
    (card_number, "4111111111111111", "a payment provider's published test number"),
    (card_number, "0000000000000000", "all zeros"),
]


@pytest.mark.parametrize("validate,number", VALID, ids=[v for _, v in VALID])
def test_valid_numbers_pass(validate, number):
    assert validate(number)


@pytest.mark.parametrize("validate,number,why", INVALID, ids=[w for _, _, w in INVALID])
def test_invalid_numbers_fail(validate, number, why):
    assert not validate(number), why


def test_luhn_counts_every_second_digit_from_the_right():
    assert luhn("79927398713")
    assert not luhn("79927398710")
    assert not luhn("7992739871x")


@pytest.mark.parametrize("validate", sorted({v for v, _ in VALID}, key=lambda f: f.__name__))
def test_validators_reject_garbage_without_raising(validate):
    for junk in ("", "1", "ABC", "12345678901234567890", "１２３４５６７８９"):
        assert validate(junk) is False
