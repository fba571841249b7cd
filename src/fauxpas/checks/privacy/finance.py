"""Bank account numbers (IBAN) and payment card numbers.

An IBAN is checked against its country's length and the ISO 13616 mod-97 check (one
random look-alike in 97 passes). A card number must have a length and leading digits
some card scheme issues, and pass Luhn; the handful of test numbers printed in every
payment provider's documentation are not anyone's card and are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from fauxpas.checks.privacy.checksums import IBAN_LENGTHS, iban, isdigits, luhn
from fauxpas.checks.privacy.recognizer import Hit, Recognizer, number_pattern, words_near

IBAN_CONTEXT = ("iban", "konto", "kontonummer", "kontonr", "account", "bank account",
                "compte", "rib", "cuenta", "conto", "conta", "rekening", "rekeningnummer",
                "számla", "számlaszám", "bankkonto", "girokonto")
# Country code and check digits, then the account in whatever grouping people use
# ("NO93 8601 1117 947", "IT 03 S 03069 09400 000000006262"); the country's IBAN length
# decides where it ends.
_IBAN_START = re.compile(r"(?<![\w/#@])([A-Z]{2}) ?(\d{2})[ -]?(?=[A-Z0-9])")
_IBAN_BODY = re.compile(r"[A-Z0-9]")


def find_ibans(text: str) -> Iterator[Hit]:
    for match in _IBAN_START.finditer(text):
        length = IBAN_LENGTHS.get(match.group(1))
        if length is None:
            continue
        end = _account_end(text, match.end(), length - 4)
        if end is None:
            continue
        compact = match.group(1) + match.group(2) + re.sub(r"[ -]", "", text[match.end():end])
        if not iban(compact):
            continue
        found = words_near(text, match.start(), end, IBAN_CONTEXT)
        yield Hit(
            kind="iban", recognizer="iban", label="a bank account number (IBAN)",
            start=match.start(), end=end, score=0.85 + (0.1 if found else 0.0),
            pattern="country + check digits + account",
            validation="country length and mod-97 check digits", context=found,
            tail=compact[-3:],
        )


def _account_end(text: str, pos: int, wanted: int) -> int | None:
    """Where the account part ends after ``wanted`` letters and digits, single spaces or
    dashes allowed between them; None if the text runs out or goes on."""
    count = 0
    while pos < len(text) and count < wanted:
        ch = text[pos]
        if _IBAN_BODY.match(ch):
            count += 1
        elif ch not in " -" or text[pos - 1] in " -":
            return None
        pos += 1
    if count < wanted or (pos < len(text) and text[pos].isalnum()):
        return None
    return pos


# (first digits, allowed lengths) for the card schemes in use.
_CARD_PREFIXES: tuple[tuple[tuple[str, ...], frozenset[int]], ...] = (
    (("4",), frozenset({13, 16, 19})),  # Visa
    (tuple(str(n) for n in range(51, 56)) + tuple(str(n) for n in range(2221, 2721)),
     frozenset({16})),  # Mastercard
    (("34", "37"), frozenset({15})),  # American Express
    (("6011", "65") + tuple(str(n) for n in range(644, 650)), frozenset(range(16, 20))),
    (("36", "38", "39") + tuple(str(n) for n in range(300, 306)), frozenset(range(14, 20))),
    (tuple(str(n) for n in range(3528, 3590)), frozenset(range(16, 20))),  # JCB
    (("50", "56", "57", "58", "6"), frozenset(range(16, 20))),  # Maestro and local schemes
)
_TEST_CARDS = frozenset({
    "4111111111111111", "4242424242424242", "4012888888881881", "4000056655665556",
    "5555555555554444", "5105105105105100", "2223003122003222", "378282246310005",
    "371449635398431", "6011111111111117", "6011000990139424", "3056930009020004",
    "36227206271667", "3566002020360505", "4000000000000002",
})


def card_number(digits: str) -> bool:
    if not 12 <= len(digits) <= 19 or not isdigits(digits) or digits in _TEST_CARDS:
        return False
    if len(set(digits)) <= 2:  # 0000 0000 0000 0000, 1212 1212 ...
        return False
    plausible = any(
        len(digits) in lengths and digits.startswith(prefixes)
        for prefixes, lengths in _CARD_PREFIXES
    )
    return plausible and luhn(digits)


CARD = Recognizer(
    name="payment_card", kind="card", label="a payment card number",
    patterns=(
        number_pattern("4-4-4-4(-3)", r"\d{4}([ -]?)\d{4}\1\d{4}\1\d{4}(?:\1\d{3})?", 0.75),
        number_pattern("4-6-5 / 4-6-4", r"\d{4}([ -]?)\d{6}\1\d{4,5}", 0.75),
        number_pattern("13-19 digits", r"\d{13,19}", 0.7),
    ),
    validate=card_number,
    validation="issuer prefix, length and Luhn check digit",
    context=("card", "credit card", "debit card", "card number", "kort", "kortnummer",
             "kredittkort", "kreditkort", "karte", "kreditkarte", "kartennummer", "carte",
             "carte bancaire", "tarjeta", "carta", "cartão", "kaart", "creditcard",
             "kártya", "bankkártya", "visa", "mastercard", "amex", "cvv", "cvc"),
    context_boost=0.15,
    tail_length=4,
)

FINANCIAL = (CARD,)
