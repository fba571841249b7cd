"""Whose data is it, and how bad is publishing it here?

The recognizers say what a piece of text is (a phone number, an IBAN); this module
says whose it is and what that means for the post:

- identity and card numbers are never an organisation's own: a warning in an ordinary
  post, a block in a reply or next to a person (the doxxing case);
- contact data (phone, email, street address) and bank accounts are often the brand's
  own: near "our store", "call us", "customer service", a role address (``support@``)
  or a toll-free number they are information only; allow-listed ones are not reported;
- a made-up number (a dummy such as 5413 0000 0000 0000, or one the text marks as an
  example, or introduces as one in a scam warning) is nobody's: not reported;
- any of them repeated from the message being answered, next to a personal cue ("lives
  at", "his number", "your address"), or in a reply or a post addressed to someone
  (@handle) without a sign that it is the brand's own, exposes a person: block.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from fauxpas.checks.privacy.cues import OWN, PERSONAL, POSSESSIVE_NAME, VENUES
from fauxpas.checks.privacy.examples import example_reason
from fauxpas.checks.privacy.recognizer import Hit, words_near
from fauxpas.core.text.fold import fold
from fauxpas.core.verdict import Severity

ALWAYS_PERSONAL = frozenset({"national_id", "card"})
PERSONAL_WORDS = tuple(w for words in PERSONAL.values() for w in words)
OWN_WORDS = tuple(w for table in (OWN, VENUES) for words in table.values() for w in words)
ORDINARY_CONTACT_CONFIDENCE = 0.45  # shown, but does not hold the post on its own
OWN_CONFIDENCE = 0.4
# Contact data in a reply that could be the organisation's (a landline, a company
# mailbox, a bank account): held for review, not blocked.
ADDRESSED_UNSURE_CONFIDENCE = 0.6
NAME_BEFORE = 60  # characters before a match searched for "Kari's number"
PERSON_LIKE_PHONES = frozenset({"mobile", "personal number"})


@dataclass(frozen=True)
class Signals:
    """What the post as a whole says about whom its data concerns."""

    addressed: bool  # a reply, or a post that @mentions someone other than the account
    reply: bool
    echoed_digits: str = ""  # digits of the message replied to
    echoed_text: str = ""  # folded text of the message replied to
    own_numbers: frozenset[str] = frozenset()  # E.164
    own_addresses: frozenset[str] = frozenset()  # folded
    own_email: bool = False  # set per hit by the check (own domain)


@dataclass(frozen=True)
class Assessment:
    severity: Severity
    confidence: float
    whose: str  # "person", "own" or "unknown"
    reason: str
    cues: tuple[str, ...] = ()


def assess(text: str, hit: Hit, signals: Signals) -> Assessment | None:
    """How to report ``hit``; None when it is the brand's own, allow-listed data, or a
    made-up example number (a dummy, or the example of a scam warning: ``examples``)."""
    if _allow_listed(text, hit, signals):
        return None
    echoed = _echoed(text, hit, signals)
    if example_reason(text, hit, echoed=echoed):
        return None
    personal = words_near(text, hit.start, hit.end, PERSONAL_WORDS, before=80, after=40)
    if hit.kind in ALWAYS_PERSONAL:
        if echoed or personal or signals.addressed:
            reason = _person_reason(echoed, personal, signals)
            return Assessment(Severity.BLOCK, min(0.95, hit.score + 0.15), "person", reason,
                              personal)
        return Assessment(Severity.WARN, hit.score, "unknown", "identity data in a post")
    if echoed:
        return Assessment(Severity.BLOCK, min(0.95, hit.score + 0.3), "person",
                          "repeats what the person wrote in the message being answered")
    if personal:
        return Assessment(Severity.BLOCK, min(0.95, hit.score + 0.2), "person",
                          "next to words that tie it to a person", personal)
    if signals.reply and _named_person_before(text, hit):
        return Assessment(Severity.BLOCK, min(0.95, hit.score + 0.15), "person",
                          "in a reply, right after a person's full name")
    own = _own_reason(text, hit, signals)
    if own:
        return Assessment(Severity.INFO, min(hit.score, OWN_CONFIDENCE), "own", own[0], own[1])
    named = POSSESSIVE_NAME.search(text, max(0, hit.start - NAME_BEFORE), hit.start)
    if named:
        return Assessment(Severity.BLOCK, min(0.95, hit.score + 0.15), "person",
                          "next to a person's name", (named.group(),))
    if signals.addressed:
        reason = "in a reply" if signals.reply else "in a post addressed to someone"
        if _person_like(hit):
            return Assessment(Severity.BLOCK, min(0.95, hit.score + 0.1), "person",
                              f"{reason}, with no sign that it is the organisation's own")
        return Assessment(Severity.WARN, ADDRESSED_UNSURE_CONFIDENCE, "unknown",
                          f"{reason}; not listed as the organisation's own")
    return Assessment(Severity.WARN, ORDINARY_CONTACT_CONFIDENCE, "unknown",
                      "contact data in a post")


# A person's full name followed by two kinds of contact data ("Marco Bellini, via Garibaldi
# 18, Turin, tel. 347 123 4567") is a profile of that person, in a post as in a reply:
# held, whatever the post says around it. A shop's name with its address and phone has a
# word by which a business presents itself ("Bakery", "Ristorante"), or is listed as the
# organisation's own, and stays information.
PROFILE_KINDS = 2
PROFILE_CONFIDENCE = 0.75


def named_person_profile(text: str, assessed: list[tuple[Hit, Assessment]]
                         ) -> list[tuple[Hit, Assessment]]:
    """``assessed`` with the contact data of a ``PROFILE_KINDS``-kind profile that starts
    right after a person's full name (``_named_person_before``) raised to a block: its
    unknown-owner hits (phone, address, email)."""
    unknown = [(hit, verdict) for hit, verdict in assessed if verdict.whose == "unknown"]
    if len({hit.kind for hit, _ in unknown}) < PROFILE_KINDS:
        return assessed
    if not _named_person_before(text, unknown[0][0]):
        return assessed
    raised = Assessment(Severity.BLOCK, PROFILE_CONFIDENCE, "person",
                        "a person's full name with several of their contact details")
    return [(hit, raised if verdict.whose == "unknown" else verdict)
            for hit, verdict in assessed]


# "for Sarah Kennedy, 14 Alder Close", "Marek W., ul. Długa 7": a capitalised word and a
# capitalised word or initial right before the data
_FULL_NAME = re.compile(
    r"\b([A-ZÀ-Þ][a-zß-ÿ]+) ([A-ZÀ-Þ][a-zß-ÿ]+|[A-ZÀ-Þ]\.),?\s*(?:\(|at |on |:)?\s*$")


def _named_person_before(text: str, hit: Hit) -> bool:
    """A person's full name right before the data (``_full_name_before``), and no word by
    which a business or a public place presents itself in the 80 characters before it
    ("find us at Mill Lane Bakery, 14 High Street")."""
    return (_full_name_before(text, hit)
            and not words_near(text, hit.start, hit.end, OWN_WORDS, before=80, after=0))


def _full_name_before(text: str, hit: Hit) -> bool:
    """A person's full name right before the data ("order #448 for Sarah Kennedy, 14 Alder
    Close", "Marek W., ul. Długa 7"): a capitalised word and a capitalised word or an
    initial, neither a word by which a business or a public place presents itself
    (``_named_person_before`` also looks for such words further back)."""
    match = _FULL_NAME.search(text, max(0, hit.start - 40), hit.start)
    if match is None:
        return False
    words = {fold(match.group(1)), fold(match.group(2))}
    return not any(word in OWN_WORDS for word in words)


def _person_like(hit: Hit) -> bool:
    """Contact data that, without a sign of the brand, is more likely a person's."""
    if hit.kind == "address":
        return True
    if hit.kind == "phone":
        return hit.detail.get("type") in PERSON_LIKE_PHONES
    if hit.kind == "email":
        return bool(hit.detail.get("free_mail"))
    return False


def _allow_listed(text: str, hit: Hit, signals: Signals) -> bool:
    if hit.kind == "phone":
        return hit.detail.get("e164") in signals.own_numbers
    if hit.kind == "address" and signals.own_addresses:
        return " ".join(fold(text[hit.start:hit.end]).split()) in signals.own_addresses
    return False


def _echoed(text: str, hit: Hit, signals: Signals) -> bool:
    """The reply repeats the data from the message it answers."""
    if hit.kind == "address" or hit.kind == "email":
        if not signals.echoed_text:
            return False
        return fold(text[hit.start:hit.end]) in signals.echoed_text
    digits = "".join(ch for ch in text[hit.start:hit.end] if ch.isdigit())
    return len(digits) >= 6 and digits in signals.echoed_digits


def _person_reason(echoed: bool, personal: tuple[str, ...], signals: Signals) -> str:
    if echoed:
        return "repeats what the person wrote in the message being answered"
    if personal:
        return "next to words that tie it to a person"
    return "in a reply" if signals.reply else "in a post addressed to someone"


def _own_reason(text: str, hit: Hit, signals: Signals) -> tuple[str, tuple[str, ...]] | None:
    if hit.kind == "email":
        if signals.own_email:
            return "an address at the organisation's own domain", ()
        if hit.detail.get("role"):
            return "a role address (support@, info@, press@ ...), not a person's", ()
    if hit.kind == "phone" and hit.detail.get("business"):
        return f"a {hit.detail.get('type')} number, which organisations use", ()
    if hit.kind == "email" and hit.detail.get("free_mail"):
        return None  # a private mailbox stays a person's, whatever the words around it
    own = words_near(text, hit.start, hit.end, OWN_WORDS, before=60, after=40)
    if own:
        return "next to words that present it as a business's or a public place's", own
    return None
