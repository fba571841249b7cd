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
  ("plageu" -> "plague") or one letter left out ("stupd" -> "stupid"); failing that, in a
  language that seldom compounds (``SPLIT_LANGUAGES``), as two common words run together
  ("sonbasura" -> "son basura").

A word any of the text's candidate languages (or English, which posts mix in) knows is
left as written, as are words in capitals (acronyms), capitalised words outside German
(names: "Macia" is no slip for "Marcia"; one that opens a sentence may still be split:
"Odioa los..."), words before an apostrophe ("aren't"), and
hidden letters ("f***"), which only a word list can match. Words run together are
split only in languages that seldom compound: in German, Dutch, the Nordic languages and
Hungarian that mostly cuts compounds apart ("Arbeitssonntag"). The model reads the plain
reading beside the text, and FP202's word rules read it after the text
(``checks.semantic.plain_context``); findings' spans always point into the original
text.
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
# Languages that seldom join words into one: there an unknown word that is two common
# words run together ("sonbasura", "hatethem") is read as the two. Not German, Dutch, the
# Nordic languages or Hungarian, whose compounds ("Arbeitssonntag") would be cut apart.
SPLIT_LANGUAGES = frozenset({"en", "es", "fr", "it", "pt"})
# Each part of a split at least this common (cost = 9 - Zipf; 6: Zipf 3, once in a
# million words, as common as "refugees"); a part of one letter only when it is one of
# the commonest words (Zipf 6.5: "a", "y", "e").
SPLIT_MAX_COST = 6.0
SPLIT_MAX_COST_ONE_LETTER = 2.5
# A word shorter than ``SPLIT_LONG`` letters is split only when its parts together cost
# at most ``SPLIT_MAX_SUM`` (one of them a little word: "odioa", "sonbasura"): a short
# unknown word is more often slang, a name or a verb form the list lacks than two words.
SPLIT_LONG = 10
SPLIT_MAX_SUM = 8.0
# Pronouns that Spanish and Italian join to a verb ("matarlos", "dimmelo"): a verb form
# the word list lacks is not two words. Folded.
CLITICS = {
    "es": frozenset({"lo", "la", "los", "las", "le", "les", "me", "te", "se", "nos", "os"}),
    "it": frozenset({"lo", "la", "li", "le", "mi", "ti", "ci", "vi", "si", "ne", "gli", "glie"}),
}
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def plain_reading(text: str, tokens: Sequence[Token], lang: str, langs: Iterable[str] = (),
                  split_if: Callable[[str], bool] | None = None) -> str | None:
    """``text`` with its disguised or misspelt words written plainly, or None when there
    is nothing to change. ``lang``: the text's language; ``langs``: every language it may
    be in (a word known in any of them, or in English, is not corrected); ``split_if``:
    which splits of words run together to make ("son basura"; none without it)."""
    known = _known_in(tuple(dict.fromkeys((lang, *langs, "en"))))
    changes: list[tuple[int, int, str]] = []
    for token in tokens:
        if token.kind == "spaced":
            changes.append((token.start, token.end, token.norm))
        elif token.kind == "word" and not text.startswith(APOSTROPHES, token.end):
            opens = token.raw[:1].isupper() and _opens_sentence(text, token.start)
            plain = _plain_word(token.raw, token.norm, lang, known, opens, split_if)
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


def _opens_sentence(text: str, start: int) -> bool:
    """The word at ``start`` is the first of the text or comes after a full stop, "!" or "?"."""
    i = start - 1
    while i >= 0 and text[i].isspace():
        i -= 1
    return i < 0 or text[i] in ".!?"


def _plain_word(raw: str, norm: str, lang: str, known: Callable[[str], bool],
                opens_sentence: bool = False,
                split_if: Callable[[str], bool] | None = None) -> str | None:
    """A word token's plain form (leetspeak decoded, a slip corrected, or two words run
    together split), or None. A capitalised word that opens a sentence may be split, not
    corrected: a name run into a word is rare, and a name with a slip in it is not."""
    if "*" in raw:
        return None
    decoded = decode_leet(norm)
    if decoded is not None:
        return decoded
    if not norm.isalpha() or len(norm) < MIN_LENGTH or raw.isupper():
        return None
    name_like = raw[0].isupper() and lang not in NOUNS_CAPITALISED
    if name_like and not opens_sentence:
        return None
    folded = fold(norm)
    if known(folded):
        return None
    plain = None if name_like else corrected(folded, lang)
    if plain is None and split_if is not None and lang in SPLIT_LANGUAGES:
        plain = split_in_two(folded, lang)
        if plain is not None and not split_if(plain):
            plain = None
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


@lru_cache(maxsize=16384)
def split_in_two(word: str, lang: str) -> str | None:
    """The folded ``word`` as two common words of ``lang`` run together ("sonbasura" ->
    "son basura"), the likeliest split (lowest summed cost); None if there is none."""
    costs = word_costs(lang)
    best: tuple[float, str] | None = None
    for i in range(1, len(word)):
        left, right = word[:i], word[i:]
        if right in CLITICS.get(lang, ()):
            continue
        cost_left, cost_right = costs.get(left), costs.get(right)
        if cost_left is None or cost_right is None:
            continue
        if any(cost > (SPLIT_MAX_COST_ONE_LETTER if len(part) == 1 else SPLIT_MAX_COST)
               for part, cost in ((left, cost_left), (right, cost_right))):
            continue
        if best is None or cost_left + cost_right < best[0]:
            best = (cost_left + cost_right, f"{left} {right}")
    if best is None or (len(word) < SPLIT_LONG and best[0] > SPLIT_MAX_SUM):
        return None
    return best[1]
