"""What a privacy finding says: the kind of data, masked, and what to do instead.

A message never repeats the data it warns about: numbers show their last digits
("ending in …23"), emails their first letter and domain ("j***@gmail.com"), addresses
the street without the house number.
"""

from __future__ import annotations

from fauxpas.checks.privacy.assess import Assessment
from fauxpas.checks.privacy.recognizer import Hit
from fauxpas.core.verdict import Severity

_NOUNS = {"phone": "phone number", "email": "email address", "address": "street address",
          "card": "payment card number", "iban": "bank account number (IBAN)"}


def masked(hit: Hit) -> str:
    if hit.kind == "email":
        return hit.tail
    if hit.kind == "address":
        return f"on {hit.tail}, house number hidden here"
    return f"ending in …{hit.tail}"


def noun(hit: Hit) -> str:
    """'Norwegian national identity number', 'phone number'."""
    if hit.kind in _NOUNS:
        return _NOUNS[hit.kind]
    return hit.label.split(" ", 1)[1]


def message(hit: Hit, verdict: Assessment, *, reply: bool) -> str:
    what = f"{noun(hit)} ({masked(hit)})"
    if verdict.severity is Severity.BLOCK:
        where = "This reply" if reply else "This post"
        return (f"{where} exposes a person's {what}: {verdict.reason}. Publishing someone's "
                f"personal data is doxxing.")
    if verdict.severity is Severity.INFO:
        return (f"Contact data: {hit.label} ({masked(hit)}), {verdict.reason}. Fine if it is "
                "the organisation's own and meant to be public.")
    return f"Personal data: {hit.label} ({masked(hit)}). Check that it may be published."


def suggestion(hit: Hit, verdict: Assessment, *, reply: bool) -> str:
    if verdict.severity is Severity.INFO:
        option = {"phone": "own_numbers", "email": "own_domains",
                  "address": "own_addresses"}.get(hit.kind)
        if option:
            return (f"If it is the organisation's own, list it under the privacy check's "
                    f"'{option}' option so it is not flagged again.")
        return "Make sure it is the organisation's own and meant to be public."
    if reply:
        return ("Remove it and ask the customer to send it by direct message; never post "
                "personal data publicly.")
    return ("Remove it; if you need it from someone, ask them to send it by direct message. "
            "Never post personal data publicly.")
