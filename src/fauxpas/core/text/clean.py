"""Cleaning text for tokenizing without losing the way back to the original.

Filter-dodgers hide words with characters a reader does not see or does not notice:
zero-width spaces and soft hyphens inside a word ("fu\u200bck"), fullwidth or
mathematical letters ("ｆｕｃｋ", "𝐟𝐮𝐜𝐤"), circled letters, decomposed accents, and
Cyrillic or Greek letters that look Latin ("fаck" with a Cyrillic "а"). Text copied out
of a web page or a feed export keeps HTML character references ("Jap&#243;n" for
"Japón", "&amp;"): each is read as the character it stands for, so "Jap&#243;n" is not
the slur "Jap" followed by noise.

``clean(text)`` returns the text with invisible characters removed, character references
decoded and every character cluster in its NFKC form, together with the original span of
every character it kept, so tokens found in the cleaned text can point back into the
original. Ordinary text (ASCII with no character reference, or already NFKC without
invisible characters) is returned as is at no cost.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass

# Characters that take no room on screen: soft hyphen, combining grapheme joiner,
# Mongolian vowel separator, zero-width (non-)joiners and spaces, direction marks,
# word joiner and invisible operators, byte-order mark.
INVISIBLE = "\u00ad\u034f\u180e\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff"
_INVISIBLE_RE = re.compile(f"[{INVISIBLE}]")

# Cyrillic and Greek letters that are drawn like Latin ones. Applied only to tokens
# that mix them with Latin letters (a Russian or Greek word stays what it is).
CONFUSABLES = str.maketrans({
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p",
    "с": "c", "т": "t", "у": "y", "х": "x", "ѕ": "s", "і": "i", "ї": "i", "ј": "j", "ԁ": "d",
    "ԛ": "q", "ԝ": "w", "ɑ": "a", "α": "a", "β": "b", "ε": "e", "ι": "i", "κ": "k", "ν": "v",
    "ο": "o", "ρ": "p", "τ": "t", "υ": "u", "χ": "x",
})
_NON_LATIN_LOOKALIKE = re.compile("[\u0370-\u03ff\u0400-\u04ff\u0500-\u052f\u0251]")
_LATIN = re.compile("[a-zA-Z]")
# An HTML character reference: decimal, hexadecimal or named ("&#243;", "&#xF3;", "&amp;").
_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


@dataclass(frozen=True, slots=True)
class Cleaned:
    text: str
    starts: tuple[int, ...] | None = None  # original start of each character, None: same
    ends: tuple[int, ...] | None = None

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of the cleaned span ``[start, end)``."""
        if self.starts is None:
            return start, end
        return self.starts[start], self.ends[end - 1]


def needs_cleaning(text: str) -> bool:
    if "&" in text and _REFERENCE.search(text):
        return True
    if text.isascii():
        return False
    return not unicodedata.is_normalized("NFKC", text) or bool(_INVISIBLE_RE.search(text))


def clean(text: str) -> Cleaned:
    if not needs_cleaning(text):
        return Cleaned(text)
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch in INVISIBLE:
            i += 1
            continue
        reference = _REFERENCE.match(text, i) if ch == "&" else None
        decoded = html.unescape(reference.group()) if reference is not None else None
        if decoded is not None and decoded != reference.group():
            j = reference.end()  # the whole reference stands for what it decodes to
            cluster = decoded
        else:
            j = i + 1
            while j < n and unicodedata.combining(text[j]):
                j += 1
            cluster = text[i:j]
        if not cluster.isascii():
            cluster = unicodedata.normalize("NFKC", cluster)
        for c in cluster:
            if c in INVISIBLE:
                continue
            out.append(c)
            starts.append(i)
            ends.append(j)
        i = j
    return Cleaned("".join(out), tuple(starts), tuple(ends))


def unconfuse(word: str) -> str:
    """Latin letters for look-alike Cyrillic or Greek ones, in a word that mixes them."""
    if word.isascii() or not _NON_LATIN_LOOKALIKE.search(word) or not _LATIN.search(word):
        return word
    return word.translate(CONFUSABLES)
