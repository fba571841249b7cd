"""The plain reading of a text: what a writer who dodges filters meant to write.

Word lists see through "sh1t" and "s h i t" (``tokens.py``), but the model reads word
pieces, and "h4te", "t h r e a t", "stupd", "plageu" or "stupidestpeople" are pieces it
has rarely seen: a hateful post spelled that way reads as harmless. The plain reading
writes such words out again, so the model checks can read the text both ways and keep the
stronger signal:

- letters written apart ("t h r e a t", "f.u.c.k") are joined;
- leetspeak is decoded ("h4te" -> "hate", "m0rt" -> "mort");
- a word the language's word list does not know, of ``MIN_LENGTH`` letters or more, is
  read as the commonest listed word one slip away: two neighbouring letters swapped
  ("plageu" -> "plague") or one letter left out ("stupd" -> "stupid").

A word any of the text's candidate languages (or English, which posts mix in) knows is
left as written, as are words in capitals (acronyms), capitalised words outside German
(names: "Macia" is no slip for "Marcia"), words before an apostrophe ("aren't"), and
hidden letters ("f***"), which only a word list can match. Words run together
("stupidestpeople") are not split: on ordinary posts that mostly cut compounds apart
("Arbeitssonntag"). The reading is for the model only: findings' spans always point into
the original text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache

from fauxpas.core.text.fold import fold
from fauxpas.core.text.tokens import Token, decode_leet
from fauxpas.knowledge.word_lists import word_costs

MIN_LENGTH = 4  # shorter unknown words (abbreviations, names, slang) stay as written
NOUNS_CAPITALISED = frozenset({"de"})  # languages whose capitalised words are not names
APOSTROPHES = ("'", "’")
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def plain_reading(text: str, tokens: Sequence[Token], lang: str,
                  langs: Iterable[str] = ()) -> str | None:
    """``text`` with its disguised or misspelt words written plainly, or None when there
    is nothing to change. ``lang``: the text's language; ``langs``: every language it may
    be in (a word known in any of them, or in English, is not corrected)."""
    known = _known_in(tuple(dict.fromkeys((lang, *langs, "en"))))
    changes: list[tuple[int, int, str]] = []
    for token in tokens:
        if token.kind == "spaced":
            changes.append((token.start, token.end, token.norm))
        elif token.kind == "word" and not text.startswith(APOSTROPHES, token.end):
            plain = _plain_word(token.raw, token.norm, lang, known)
            if plain is not None:
                changes.append((token.start, token.end, plain))
    if not changes:
        return None
    parts, last = [], 0
    for start, end, plain in changes:
        parts += [text[last:start], plain]
        last = end
    parts.append(text[last:])
    return "".join(parts)


def _plain_word(raw: str, norm: str, lang: str,
                known: Callable[[str], bool]) -> str | None:
    """A word token's plain form (leetspeak decoded, or a slip corrected), or None."""
    if "*" in raw:
        return None
    decoded = decode_leet(norm)
    if decoded is not None:
        return decoded
    if not norm.isalpha() or len(norm) < MIN_LENGTH or raw.isupper():
        return None
    if raw[0].isupper() and lang not in NOUNS_CAPITALISED:
        return None
    folded = fold(norm)
    if known(folded):
        return None
    plain = corrected(folded, lang)
    if plain is None:
        return None
    return plain[0].upper() + plain[1:] if raw[0].isupper() else plain


@lru_cache(maxsize=64)
def _known_in(langs: tuple[str, ...]) -> Callable[[str], bool]:
    """Whether a folded word is on the word list of any of ``langs``."""
    lists = [word_costs(lang) for lang in langs]
    return lambda word: any(word in costs for costs in lists)


@lru_cache(maxsize=16384)
def corrected(word: str, lang: str) -> str | None:
    """The commonest listed word one slip from the folded ``word``: two neighbouring
    letters swapped, or one letter left out. None if there is none."""
    costs = word_costs(lang)
    candidates = {word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(len(word) - 1)}
    candidates.update(word[:i] + letter + word[i:]
                      for i in range(len(word) + 1) for letter in _LETTERS)
    candidates.discard(word)
    found = [(costs[candidate], candidate) for candidate in candidates if candidate in costs]
    return min(found)[1] if found else None
