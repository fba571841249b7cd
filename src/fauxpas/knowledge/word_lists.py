"""Word frequency lists per language (``knowledge/words/<lang>.txt``, from wordfreq).

``word_costs(lang)`` maps a folded word to its cost, ``-log10`` of its probability
(9 - Zipf frequency: "the" costs 1.3, a word seen once per million words costs 6).
Loaded on first use and kept; a language without a list gives an empty mapping.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

WORDS_DIR = Path(__file__).parent / "words"


@lru_cache(maxsize=32)
def word_costs(lang: str, limit: int | None = None) -> dict[str, float]:
    """``{word: -log10 p(word)}`` for the ``limit`` most frequent words (all if None)."""
    path = WORDS_DIR / f"{lang}.txt"
    if not path.is_file():
        return {}
    costs: dict[str, float] = {}
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if limit is not None and n >= limit:
                break
            word, _, zipf = line.rstrip("\n").partition("\t")
            costs[word] = 9.0 - int(zipf) / 100
    return costs


def available_languages() -> list[str]:
    return sorted(p.stem for p in WORDS_DIR.glob("*.txt"))
