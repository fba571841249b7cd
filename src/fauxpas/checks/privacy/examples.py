"""Example numbers: the made-up card, phone number or IBAN of a scam warning.

Banks, telecoms and the police warn about scams by showing what the scammers send,
with a made-up number in it ("Svindlerne skriver fx: 'Dit kort 5413 0000 0000 0000 er
spærret' (fiktivt eksempel)"). Such a number is nobody's personal data, even next to
"your card". ``example_reason`` says why the number of a hit is one, or None:

- it is a visible dummy, whatever the words around it: a run of eight zeros, or mostly
  zeros (three digits in four for an IBAN's account, which many countries pad with
  zeros), one digit repeated after the first four, a short group repeated ("1234 1234
  ..."), nothing but ten or more consecutive digits ("1234 5678 9012 3456"), or a
  phone number in a range regulators keep for fiction (UK 07700 900xxx, US 555-01xx);
- the text marks it as an example or a fiction in its sentence or in the parenthesis
  right after it ("example", "Beispiel", "fiktivt eksempel", "przykładowy"), or calls
  it fake right next to it ("fake number:", "(not a real card number)");
- the text warns about scams, fraud or phishing, and the number is introduced as an
  example ("e.g.", "fx", "z. B.", "par ex.", "np.", "pl.") a few words before it, no
  other number in between; in such a text "example" words may also stand in the
  sentence before the number's ("Example of a scam text. Your card ...").

Only the dummy shapes excuse a number that repeats the message being answered: what
the customer wrote is the customer's, however the reply words it. Masked numbers
("XXXX XXXX XXXX 1234") are not found by the recognizers in the first place.

Matching is on a folded copy of the text that keeps every character in its place, so
sentences (found on the original, capitals and all) and words line up.
"""

from __future__ import annotations

import re
from functools import lru_cache

from fauxpas.checks.privacy.cues import EXAMPLE_INTRODUCERS, EXAMPLE_MARKS, FAKE_MARKS, SCAM
from fauxpas.checks.privacy.recognizer import Hit, compact
from fauxpas.core.text.fold import fold

NUMBER_KINDS = frozenset({"card", "iban", "phone", "national_id"})

MARK_REACH = 80  # characters either side, within the sentence, for "example" words
FAKE_REACH = 30  # ... for "fake", "not a real" (they describe the scam as often)
INTRODUCER_REACH = 60  # characters before the number, within the sentence
SCAM_BEFORE = 160  # in a scam warning, "example" words may stand in the sentence before
PARENTHESIS_LENGTH = 200

# Phone ranges that regulators keep for films, books and examples: Ofcom's drama numbers
# (07700 900xxx, 01632 960xxx, 020 7946 0xxx and the big cities' 0xxx 496 0xxx) and the
# North American 555-0100 to 555-0199.
_FICTION_PHONES = re.compile(
    r"\+44(?:7700900|1632960|2079460|1(?:1[3-8]|[2-6]1)4960|1914980|3069990|8081570|"
    r"9098790)\d{3}|\+1\d{3}55501\d{2}"
)
_TITLES = ("mr.", "mrs.", "ms.", "dr.", "st.", "nr.", "tel.", "tlf.", "ca.", "bzw.",
           "etc.", "vs.", "inc.", "ltd.", "co.", "hr.", "fr.", "jr.", "sr.", "sra.", "prof.",
           "dhr.", "mevr.", "ul.", "al.", "i.e.", "u.a.")
# A sentence ends at . ! ? … before a capital (or an opening quote or bracket and one),
# and at a line break, unless the line ends with a colon ("Example of a scam text:").
_END = re.compile(
    r"[.!?…]+[\"'”’»)\]]*\s+(?=[\"'“‘«(¡¿\[]*[A-ZÀ-ÖØ-ÞĀ-Ž])|(?<![:\s])[^\S\n]*\n\s*"
)
_CLAUSE = re.compile(r"[,;]|\s[-–—]\s")
_NUMBER = re.compile(r"\d(?:\D{0,3}\d){5}")  # six digits or more, as the check's gate


def _fold_char(ch: str) -> str:
    """One character folded to one character: the matching copy keeps every offset."""
    one = fold(ch)
    return one if len(one) == 1 else (one[:1] or ch)


@lru_cache(maxsize=64)
def folded(text: str) -> str:
    """``text`` folded character by character (case, accents), offsets unchanged."""
    return "".join(_fold_char(ch) for ch in text)


def _term(term: str) -> str:
    """A table entry as a regular expression over folded text (see ``cues``)."""
    word = "".join(_fold_char(ch) for ch in term)
    body: list[str] = []
    for ch in word.strip("*"):
        if ch == " ":
            if not body or body[-1] != r"\.\s*":  # "p. ex." is also written "p.ex."
                body.append(r"\s+")
        elif ch == ".":
            body.append(r"\.\s*")
        elif ch == "*":
            body.append(r"\w*")
        else:
            body.append(re.escape(ch))
    lead = r"\w*" if word.startswith("*") else ""
    tail = r"\w*" if word.endswith("*") else ""
    return lead + "".join(body) + tail


def _words(*tables: dict[str, tuple[str, ...]]) -> re.Pattern[str]:
    terms = {t for table in tables for words in table.values() for t in words}
    alternatives = "|".join(_term(t) for t in sorted(terms, key=len, reverse=True))
    return re.compile(rf"(?<![\w.@/])(?:{alternatives})(?!\w)")


_MARK = _words(EXAMPLE_MARKS)
_FAKE = _words(FAKE_MARKS)
_INTRODUCER = _words(EXAMPLE_INTRODUCERS)
_SCAM = _words(SCAM)
_ABBREVIATION = _words({"": tuple(t for words in EXAMPLE_INTRODUCERS.values() for t in words
                                  if "." in t) + _TITLES})


def example_reason(text: str, hit: Hit, *, echoed: bool = False) -> str | None:
    """Why the number of ``hit`` is a made-up example rather than anyone's, or None."""
    if hit.kind not in NUMBER_KINDS:
        return None
    dummy = dummy_reason(text, hit)
    if dummy or echoed:
        return dummy
    start, end = hit.start, hit.end
    first, last, after = _sentence(text, start, end)
    scam = _scam_word(text)
    reach = max(first, start - MARK_REACH)
    if scam:
        reach = max(_sentence_start(text, first), start - SCAM_BEFORE)
    parenthesis = _parenthesis(text, end, last, after)
    found = _find(_MARK, text, _without_introducers(text), (reach, start),
                  (end, min(last, end + MARK_REACH)), parenthesis)
    if found:
        return f"marked as an example (\"{found}\")"
    found = _find(_FAKE, text, folded(text), *_clause(text, first, start, end, last),
                  parenthesis)
    if found:
        return f"marked as fake (\"{found}\")"
    if not scam:
        return None
    found = _introducer(text, max(first, start - INTRODUCER_REACH), start)
    if found:
        return f"introduced as an example (\"{found}\") in a warning about {scam}"
    return None


def dummy_reason(text: str, hit: Hit) -> str | None:
    """Why the number of ``hit`` is visibly a dummy, or None."""
    if hit.kind not in NUMBER_KINDS:
        return None
    raw = text[hit.start:hit.end]
    if hit.kind == "iban":  # the account, after the country and the check digits
        raw = compact(raw)[4:]
    digits = "".join(ch for ch in raw if ch.isdigit())
    # 07700 900xxx is not a valid British number, so the phone recognizer may read it
    # as a German one: the national digits are tried as British too.
    if hit.kind == "phone" and (
            _FICTION_PHONES.fullmatch(hit.detail.get("e164", ""))
            or (digits[:1] == "0" and _FICTION_PHONES.fullmatch("+44" + digits[1:]))):
        return "a number kept for fiction and examples"
    if len(digits) < 7:
        return None
    zeros = digits.count("0")
    if hit.kind == "iban":
        # Accounts are padded with zeros (a Hungarian 16-digit account ends in eight):
        # only an account of almost nothing but zeros is a dummy.
        if zeros >= 8 and 4 * zeros >= 3 * len(digits):
            return "a dummy number (mostly zeros)"
    elif "0" * 8 in digits or (zeros >= 8 and 2 * zeros >= len(digits)):
        return "a dummy number (mostly zeros)"
    tail = digits[4:]
    if len(tail) >= 6 and len(set(tail)) == 1:
        return "a dummy number (one digit repeated)"
    if _repeated_group(digits) or (len(tail) >= 8 and _repeated_group(tail)):
        return "a dummy number (one group repeated)"
    if _consecutive(digits):
        return "a dummy number (consecutive digits)"
    return None


def _repeated_group(digits: str) -> bool:
    """'12121212', '1234 1234 1234 1234': a group of up to four digits, three times or
    more."""
    n = len(digits)
    return n >= 8 and any(
        n >= 3 * size and digits == (digits[:size] * (n // size + 1))[:n]
        for size in range(1, 5)
    )


def _consecutive(digits: str) -> bool:
    """'1234 5678 9012 3456', '0987654321': ten digits or more, every one a step up (9
    running on to 0) or every one a step down. Only the whole number counts, and only a
    run long enough to go round: "06 12 34 56 78" or a DNI "12345678Z" is how people
    write a number they half remember, and stays someone's."""
    return len(digits) >= 10 and any(
        all((int(a) + step) % 10 == int(b) for a, b in zip(digits, digits[1:]))
        for step in (1, -1)
    )


@lru_cache(maxsize=64)
def _scam_word(text: str) -> str:
    """The first scam, fraud or phishing word of the text, as written, or ""."""
    match = _SCAM.search(folded(text))
    return text[match.start():match.end()] if match else ""


@lru_cache(maxsize=64)
def _ends(text: str) -> tuple[tuple[int, int], ...]:
    """Where sentences end: spans of the punctuation and space between two of them. A
    dot that belongs to an abbreviation ("z. B.", "e.g.", "Mr.") ends nothing."""
    dots = {i for m in _ABBREVIATION.finditer(folded(text)) for i in range(*m.span())}
    return tuple(m.span() for m in _END.finditer(text) if m.start() not in dots)


@lru_cache(maxsize=256)
def _sentence(text: str, start: int, end: int) -> tuple[int, int, int]:
    """The sentence around ``text[start:end]``: where it starts, where it ends and where
    the next one starts."""
    first, last, after = 0, len(text), len(text)
    for end_start, end_end in _ends(text):
        if end_end <= start:
            first = end_end
        elif end_start >= end:
            last, after = end_start, end_end
            break
    return first, last, after


def _sentence_start(text: str, first: int) -> int:
    """Where the sentence before the one starting at ``first`` starts."""
    return _sentence(text, max(0, first - 1), max(0, first - 1))[0] if first else 0


@lru_cache(maxsize=64)
def _without_introducers(text: str) -> str:
    """The folded text with "for example", "z. B." ... blanked, so that the "example"
    in them is not read as a mark."""
    return _INTRODUCER.sub(lambda m: " " * len(m.group()), folded(text))


def _parenthesis(text: str, end: int, last: int, after: int) -> tuple[int, int]:
    """The parenthesis right after the number: opening within reach in its sentence
    (which ends at ``last``), or opening the next sentence (at ``after``) when the
    number's sentence ends within reach."""
    reach = end + MARK_REACH
    opening = text.find("(", end, min(last, reach))
    if opening < 0:
        if after > reach or not text.startswith("(", after):
            return (end, end)
        opening = after
    closing = text.find(")", opening, opening + PARENTHESIS_LENGTH)
    return (opening, closing + 1 if closing >= 0 else min(len(text), opening + 80))


def _clause(text: str, first: int, start: int, end: int,
            last: int) -> tuple[tuple[int, int], tuple[int, int]]:
    """The few characters either side of the number in its clause: up to FAKE_REACH,
    not past a comma, a semicolon, a dash between words or the sentence."""
    before = max(first, start - FAKE_REACH)
    cut = _CLAUSE.search(text[before:start][::-1])
    if cut:
        before = start - cut.start()
    after = min(last, end + FAKE_REACH)
    cut = _CLAUSE.search(text, end, after)
    if cut:
        after = cut.start()
    return (before, start), (end, after)


def _introducer(text: str, start: int, end: int) -> str:
    """The last "e.g.", "fx", "z. B." ... in ``text[start:end]`` (just before a number),
    as written, if no other number stands between it and the end."""
    haystack = folded(text)
    while start > 0 and haystack[start - 1].isalnum():
        start -= 1
    found = list(_INTRODUCER.finditer(haystack, start, end))
    if not found or _NUMBER.search(text, found[-1].end(), end):
        return ""
    return text[found[-1].start():found[-1].end()].strip()


def _find(regex: re.Pattern[str], text: str, haystack: str, *spans: tuple[int, int]) -> str:
    """The first word of ``regex`` inside one of ``spans`` of ``haystack`` (``text``
    folded), as written in ``text``."""
    for start, end in spans:
        if start >= end:
            continue
        while start > 0 and haystack[start - 1].isalnum():  # whole words only
            start -= 1
        while end < len(haystack) and haystack[end].isalnum():
            end += 1
        match = regex.search(haystack, start, end)
        if match:
            return text[match.start():match.end()].strip()
    return ""
