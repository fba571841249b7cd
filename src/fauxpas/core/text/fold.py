"""Folding a string for comparison: Unicode compatibility form, case and accents.

``fold`` keeps the length of ordinary words close to the original but is only used
for matching; spans always point into the original text.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# Letters that have no decomposition but that people type without their mark.
_EXTRA = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "đ": "d", "ł": "l", "ı": "i"})


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """NFKC, case-folded, accents removed: 'Ärger' -> 'arger', 'ＦＵＣＫ' -> 'fuck'."""
    text = unicodedata.normalize("NFKC", text).casefold()
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.translate(_EXTRA)


@lru_cache(maxsize=65536)
def fold_keep_accents(text: str) -> str:
    """NFKC and case-folded only, for languages where an accent changes the word."""
    return unicodedata.normalize("NFKC", text).casefold()
