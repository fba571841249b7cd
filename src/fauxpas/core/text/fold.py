"""Folding a string for comparison: Unicode compatibility form, case and accents.

``fold`` keeps the length of ordinary words close to the original but is only used
for matching; spans always point into the original text.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Letters that have no decomposition but that people type without their mark.
_EXTRA = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "đ": "d", "ł": "l", "ı": "i"})


# The combining marks of the Combining Diacritical Marks block (all of it but U+034F,
# the grapheme joiner, which has no combining class): the accents of Latin, Greek and
# Cyrillic letters once decomposed, dropped in one C-level pass.
_COMMON_MARKS = re.compile("[\u0300-\u034e\u0350-\u036f]")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """NFKC, case-folded, accents removed: 'Ärger' -> 'arger', 'ＦＵＣＫ' -> 'fuck'."""
    return strip_accents(unicodedata.normalize("NFKC", text).casefold())


def strip_accents(kept: str) -> str:
    """``fold`` of a text already in NFKC and case-folded (``fold_keep_accents``):
    every combining mark dropped after decomposing, and the letters of ``_EXTRA``
    replaced. The common marks go with one regex; only a text that still has other
    characters than ASCII is looked at character by character (dropping marks and
    replacing other letters give the same text in either order)."""
    if kept.isascii():
        return kept
    stripped = _COMMON_MARKS.sub("", unicodedata.normalize("NFD", kept)).translate(_EXTRA)
    if stripped.isascii():
        return stripped
    return "".join(ch for ch in stripped if not unicodedata.combining(ch))


@lru_cache(maxsize=65536)
def fold_keep_accents(text: str) -> str:
    """NFKC and case-folded only, for languages where an accent changes the word."""
    return unicodedata.normalize("NFKC", text).casefold()
