"""Language detection restricted to the languages fauxpas supports.

Two voters, combined as log-probabilities:
- a byte n-gram naive Bayes model (py3langid's, trimmed to our languages:
  ``langid_model``), good on sentences;
- a word vote from the word frequency lists (``knowledge/words``): each word counts by
  how frequent it is in each language. Short posts are mostly function words ("the",
  "og", "af", "är"), which is exactly what the character model is weak on, and it tells
  Norwegian ("av", "meg", "hva") from Danish ("af", "mig", "hvad") and Swedish.
The word vote reads the post's tokens (the same ones every check reads: no URLs,
mentions, e-mail addresses or template placeholders, hashtags as their marked words);
the character model reads the cleaned text (``lang_clean``: no URLs, mentions,
placeholders, emoji, numbers), and only when the word vote is not decisive. The case's
``lang`` hint only breaks a near tie: a post is checked in the language it is written in,
whatever the sender claims. ``nb`` and ``nn`` map to ``no``.
``candidates`` lists every language the text should be checked in when unsure.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from fauxpas.core.text.camel import camel_parts
from fauxpas.core.text.fold import fold
from fauxpas.core.text.lang_clean import clean, placeholder_spans
from fauxpas.core.text.tokens import Token, may_hold_hashtags, tokenize_with_words
from fauxpas.knowledge.word_lists import word_zipfs, zipf_cost

if TYPE_CHECKING:
    import numpy as np

SUPPORTED = ("en", "fr", "de", "es", "it", "pt", "nl", "no", "da", "sv", "hu", "pl")
ALIASES = {"nb": "no", "nn": "no"}
CONFIDENT = 0.80  # below this the runner-up languages are kept as candidates
CLOSE = 0.25  # a runner-up within this share of the top probability is a candidate
TIE = 0.6  # the hint wins when its probability is at least this share of the top one
WORD_VOTE_WORDS = 10000  # most frequent words per language used by the word vote
WORD_FLOOR = 6.5  # cost (-log10 p) of a word missing from a language's list
WORD_WEIGHT = 0.5  # weight of the word vote against the character model (log10 -> ln)
MAX_CHARS = 600  # enough to tell a language; bounds the cost of long texts
# A word vote this far ahead (log10 units) settles it: the character model is skipped
# (bench/language_detection.py: margins from 6.0 down to 3.0, and 240 or 160 characters,
# give the same accuracy on the tuning and the evaluation rows; smaller values cost less).
DECISIVE_VOTE = 3.0
CHAR_MODEL_CHARS = 160  # the character model (the costly voter) reads this much


_NO = SUPPORTED.index("no")
_TWO_LETTERS = re.compile(r"[^\W\d_].*?[^\W\d_]", re.S)


@dataclass(frozen=True)
class LanguageGuess:
    lang: str
    confidence: float
    candidates: tuple[str, ...]  # every language the text should be checked in


def normalise_code(code: str | None) -> str | None:
    if not code:
        return None
    code = code.strip().lower().replace("_", "-").split("-")[0]
    return ALIASES.get(code, code)


class _WordTable:
    """word -> its log10 p(word | language) per SUPPORTED language, relative to the floor
    (an unknown word adds nothing to any language). Only the lists are read up front (it
    is part of a cold start); a word's row is worked out the first time a post uses it
    and remembered."""

    def __init__(self):
        self.zipfs = [word_zipfs(lang, WORD_VOTE_WORDS) for lang in SUPPORTED]
        # every listed word -> the first and the last list that has it (two dict merges
        # per list, in C: about 20 ms more than a set of the words). An unknown word
        # (most words met for the first time) is ruled out with one lookup, and a word
        # of one list only (five words in six) has its row read with two more, instead
        # of one lookup per language in lists that mostly lack it.
        self.first: dict[str, int] = {}
        self.last: dict[str, int] = {}
        for index in reversed(range(len(SUPPORTED))):
            self.first.update(dict.fromkeys(self.zipfs[index], index))
        for index in range(len(SUPPORTED)):
            self.last.update(dict.fromkeys(self.zipfs[index], index))
        self._gets = [zipfs.get for zipfs in self.zipfs]
        self._one_list = [_OneListRows(index) for index in range(len(SUPPORTED))]
        # word -> the rows it adds to the vote: none for an unknown word, several for a
        # word written with apostrophes whose parts are known ("l'homme")
        self.rows: dict[str, tuple[tuple[float, ...], ...]] = {}

    def row(self, word: str) -> tuple[float, ...] | None:
        """The word's row, or None if no list has it."""
        first = self.first.get(word)
        if first is None:
            return None
        last = self.last[word]
        if last == first:
            return self._one_list[first][self.zipfs[first][word]]
        # several lists: only those from the first to the last can have it
        fields = [None] * len(SUPPORTED)
        fields[first:last + 1] = [get(word) for get in self._gets[first:last + 1]]
        return tuple(map(_row_values.__getitem__, fields))

    def rows_of(self, word: str) -> tuple[tuple[float, ...], ...]:
        """What ``word`` adds to the vote (remembered): its row; for an unknown word with
        apostrophes, the row of its letters joined, or else those of its known parts."""
        found = self.rows.get(word)
        return self.new_rows(word) if found is None else found

    def new_rows(self, word: str) -> tuple[tuple[float, ...], ...]:
        """``rows_of`` for a word not remembered yet (the caller has looked)."""
        if len(self.rows) > _ROWS_LIMIT:
            self.rows.clear()
        row = self.row(word)
        if row is not None:
            found: tuple[tuple[float, ...], ...] = (row,)
        elif "'" in word or "’" in word:
            parts = word.replace("’", "'").split("'")
            joined = self.row("".join(parts))
            found = (joined,) if joined is not None else tuple(
                row for row in map(self.row, parts) if row is not None)
        else:
            found = ()
        self.rows[word] = found
        return found


_ROWS_LIMIT = 200_000  # words remembered before the memory starts again


class _RowValues(dict):
    """A list's Zipf field (or None, not listed) -> the word's value in a row, worked out
    the first time it is asked for: the lists hold a few hundred different fields."""

    def __missing__(self, zipf: str | None) -> float:
        value = self[zipf] = (0.0 if zipf is None
                              else WORD_FLOOR - min(zipf_cost(zipf), WORD_FLOOR))
        return value


_row_values = _RowValues()


class _OneListRows(dict):
    """For a word that only the list of language ``index`` has: its Zipf field -> its
    row (that field's value in that language, nothing in the others), worked out the
    first time and shared by every such word."""

    def __init__(self, index: int):
        super().__init__()
        self.index = index

    def __missing__(self, zipf: str) -> tuple[float, ...]:
        values = [_row_values[None]] * len(SUPPORTED)
        values[self.index] = _row_values[zipf]
        row = self[zipf] = tuple(values)
        return row


@lru_cache(maxsize=1)
def _word_table() -> _WordTable:
    return _WordTable()


def word_vote(tokens: list[str], *, folded: bool = False) -> list[float] | None:
    """Sum of word log10-probabilities per language, relative to an unknown word's
    (None if no word is known)."""
    table = _word_table()
    if not folded:
        tokens = [fold(token) for token in tokens]
    looked = list(map(table.rows.get, tokens))
    if None in looked:  # words not met before: only those are worked out
        new_rows = table.new_rows
        looked = [new_rows(word) if rows is None else rows for word, rows in zip(tokens, looked)]
    found = [row for rows in looked for row in rows]
    if not found:
        return None
    return list(map(sum, zip(*found)))


def _char_log_probs(text: str) -> np.ndarray | None:
    """The character model's log-probabilities in SUPPORTED order (nn folded into no)."""
    # imported here: numpy and the model are only needed when the word vote is not
    # decisive, and most cold starts (``fauxpas check "text"``) never get here
    import numpy as np

    from fauxpas.core.text.langid_model import get_model

    model = get_model()
    scores = model.log_probs(text)
    if scores is None:
        return None
    columns, nynorsk = _columns(model.classes)
    merged = scores[columns]
    merged[_NO] = np.logaddexp(merged[_NO], scores[nynorsk])
    return merged


@lru_cache(maxsize=1)
def _columns(classes: tuple[str, ...]) -> tuple[list[int], int]:
    return [classes.index(lang) for lang in SUPPORTED], classes.index("nn")


_NOT_PROSE = frozenset({"URL", "HTTPURL", "http", "https", "RT", "www"})
_NOT_PROSE_NORMS = frozenset(word.lower() for word in _NOT_PROSE)
_APOSTROPHES = frozenset("'’")


def vote_words(text: str, tokens: list[Token], words: Sequence[str] | None = None
               ) -> list[str]:
    """The folded words the word vote reads: words written in letters, the words a
    hashtag's author marked, and a word joined to the next by an apostrophe as one
    ("don't", "l'homme"). Only the first ``MAX_CHARS`` characters count.

    ``words``: the norms of the word and spaced tokens (``tokenize_with_words``). With
    them, a post with no hashtag, apostrophe, placeholder or retweet mark, shorter than
    ``MAX_CHARS``, is one filter: its words written in letters."""
    if (words is not None and len(text) <= MAX_CHARS and "'" not in text and "’" not in text
            and not may_hold_hashtags(text) and not any(ch in text for ch in "{[<%")
            and _NOT_PROSE_NORMS.isdisjoint(words)):
        return [word for word in words if word.isalpha()]
    out: list[str] = []
    pending: list[str] = []  # the parts so far of a word written with apostrophes
    last = len(tokens) - 1
    size = len(text)
    slots = placeholder_spans(text) if any(ch in text for ch in "{[<%") else ()
    for i, token in enumerate(tokens):
        if token.start >= MAX_CHARS:
            break
        kind = token.kind
        if kind == "word" or kind == "spaced":
            norm = token.norm
            if (not norm.isalpha() or token.raw in _NOT_PROSE
                    or slots and any(a <= token.start < b for a, b in slots)):
                if pending:
                    out.append("'".join(pending))
                    pending = []
                continue
            end = token.end
            if (i < last and end < size and text[end] in _APOSTROPHES
                    and tokens[i + 1].start == end + 1 and tokens[i + 1].kind == "word"):
                pending.append(norm)
            elif pending:
                pending.append(norm)
                out.append("'".join(pending))
                pending = []
            else:
                out.append(norm)
        else:
            if pending:
                out.append("'".join(pending))
                pending = []
            if kind == "hashtag":
                out.extend(fold(part) for part in camel_parts(token.raw) if part.isalpha())
    if pending:
        out.append("'".join(pending))
    return out


def probabilities(text: str, tokens: list[Token] | None = None) -> np.ndarray | None:
    """Probability of each SUPPORTED language, or None if the text has no words.
    ``tokens``: the text's tokens when the caller has them already."""
    import numpy as np

    probs = _probabilities(text, tokens)
    return None if probs is None else np.asarray(probs)


_VOTE_SCALE = WORD_WEIGHT * math.log(10)


def _probabilities(text: str, tokens: list[Token] | None,
                   words: Sequence[str] | None = None) -> list[float] | None:
    # plain Python on the twelve numbers: numpy's per-call cost is larger than the work
    if tokens is None:
        tokens, words = tokenize_with_words(text[:MAX_CHARS * 2])
    vote = word_vote(vote_words(text, tokens, words), folded=True)
    if vote is not None:
        second, first = sorted(vote)[-2:]
        decisive = first - second >= DECISIVE_VOTE
        scores = [v * _VOTE_SCALE for v in vote]
    else:
        decisive = False
        scores = [0.0] * len(SUPPORTED)
    if not decisive:
        cleaned = clean(text[:MAX_CHARS * 2])[:CHAR_MODEL_CHARS]
        chars = _char_log_probs(cleaned) if _TWO_LETTERS.search(cleaned) else None
        if chars is None and vote is None:
            return None
        if chars is not None:
            scores = [a + b for a, b in zip(scores, chars.tolist())]
    top = max(scores)
    exps = [math.exp(v - top) for v in scores]
    total = sum(exps)
    return [e / total for e in exps]


@lru_cache(maxsize=4096)
def detect(text: str, hint: str | None = None) -> LanguageGuess:
    return detect_tokens(text, None, hint)


def detect_tokens(text: str, tokens: list[Token] | None, hint: str | None = None,
                  words: Sequence[str] | None = None) -> LanguageGuess:
    """``detect`` for a caller that has tokenized the text already (the engine);
    ``words``: the word norms ``tokenize_with_words`` gave with the tokens."""
    hint = normalise_code(hint)
    if hint not in SUPPORTED:
        hint = None
    p = _probabilities(text, tokens, words)
    if p is None:
        lang = hint or "en"
        return LanguageGuess(lang, 0.0, (lang,))
    top = max(range(len(p)), key=p.__getitem__)  # the first of equals, as sorting gives
    if p[top] >= CONFIDENT:
        return LanguageGuess(SUPPORTED[top], p[top], (SUPPORTED[top],))
    order = sorted(range(len(p)), key=p.__getitem__, reverse=True)
    close = [i for i in order[:3] if p[i] >= CLOSE * p[top]]
    if hint is not None and p[SUPPORTED.index(hint)] >= TIE * p[top]:
        top = SUPPORTED.index(hint)
    candidates = tuple(dict.fromkeys([SUPPORTED[top], *(SUPPORTED[i] for i in close)]))
    return LanguageGuess(SUPPORTED[top], p[top], candidates)
