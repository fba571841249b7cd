"""Word frequency lists per language (``knowledge/words/<lang>.txt``, from wordfreq).

Each line of a list is a folded word, a tab and its Zipf frequency times 100, most
frequent first. ``word_costs(lang)`` maps a word to its cost, ``-log10`` of its
probability (9 - Zipf frequency: "the" costs 1.3, a word seen once per million words
costs 6). ``word_zipfs(lang)`` is the list as written, for a reader that only needs the
cost of the few words it meets (``zipf_cost``): reading it is most of what the language
detector does at a cold start. Both are loaded on first use and kept; a language without
a list gives an empty mapping.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

WORDS_DIR = Path(__file__).parent / "words"


@lru_cache(maxsize=32)
def word_costs(lang: str, limit: int | None = None) -> dict[str, float]:
    """``{word: -log10 p(word)}`` for the ``limit`` most frequent words (all if None)."""
    zipfs = word_zipfs(lang, limit)
    # a few hundred different Zipf fields: each worked out once, not once per word
    costs = {zipf: zipf_cost(zipf) for zipf in set(zipfs.values())}
    return dict(zip(zipfs, map(costs.__getitem__, zipfs.values())))


def zipf_cost(zipf: str) -> float:
    """The cost of a word from its list's Zipf field: "773" (the) -> 1.27."""
    return 9.0 - int(zipf) / 100


@lru_cache(maxsize=32)
def word_zipfs(lang: str, limit: int | None = None) -> dict[str, str]:
    """``{word: Zipf frequency x 100 as written}`` for the ``limit`` most frequent words
    (all if None); a later line for the same word wins."""
    path = WORDS_DIR / f"{lang}.txt"
    if not path.is_file():
        return {}
    lines = _lines(path.read_text(encoding="utf-8"), limit)
    if not lines:
        return {}
    # all the lines split at once: no Python work per word
    fields = "\t".join(lines).split("\t")
    zipfs = fields[1::2]
    numbers = "".join(zipfs)
    if len(fields) != 2 * len(lines) or not (all(zipfs) and numbers.isascii()
                                             and numbers.isdigit()):
        raise ValueError(f"{path}: every line must be a word, a tab and a whole number")
    return dict(zip(fields[::2], zipfs))


def _lines(text: str, limit: int | None) -> list[str]:
    """The first ``limit`` lines of ``text`` (all if None), without their newlines."""
    parts = text.split("\n", -1 if limit is None else limit)
    if limit is not None and len(parts) > limit:
        return parts[:limit]  # the last part is the rest of the file
    if not parts[-1]:
        parts.pop()  # the empty string after the file's last newline
    return parts


def available_languages() -> list[str]:
    return sorted(p.stem for p in WORDS_DIR.glob("*.txt"))
