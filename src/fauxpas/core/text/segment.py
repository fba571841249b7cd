"""Splitting an unbroken hashtag into words, every plausible way, with a cost.

A reading's cost is the sum of its words' costs, ``-log10`` of their frequency in the
language (``knowledge/words``) plus a small toll per word, so fewer, commoner words win.
English possessives ("cher's") cost the noun plus a little. A stretch that is no word
(a brand, a name) costs a lot, growing with its length, so a tag is never chopped into
junk just to avoid one unknown word. Single letters count as words only where the
language has such words ("a", "i" in English).

``read_tag`` splits the tag where its author marked words (CamelCase, digits,
underscores: ``camel``), segments each part with k-best dynamic programming, and returns
the cheapest readings with their distance (``delta``) from the most natural one.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from fauxpas.core.text.camel import camel_parts
from fauxpas.core.text.fold import fold
from fauxpas.knowledge.word_lists import word_costs

WORD_TOLL = 1.0  # added per word: prefer fewer words
POSSESSIVE_TOLL = 0.8  # "chers" read as "cher's" (English only)
UNKNOWN_BASE = 9.0  # a stretch that is no known word
UNKNOWN_PER_CHAR = 1.0
MAX_WORD = 24  # longest stretch tried as one word
MAX_BODY = 48  # longer tags are only split where the author marked them
SHORT_WORD_LIMITS = {2: 3.5, 3: 5.5}  # shorter words rarer than this (cost) are scraps
SHORT_RARE_TOLL = 2.5
SINGLE_LETTER_WORDS = {
    "en": "ai", "fr": "ay", "es": "ayoeu", "it": "eaoi", "pt": "aoe", "nl": "",
    "de": "", "no": "ia", "da": "i", "sv": "ia", "hu": "a",
    "pl": "aiouwz",
}
# a stretch of that many letters that is no word
_UNKNOWN_COSTS = tuple(UNKNOWN_BASE + UNKNOWN_PER_CHAR * length
                       for length in range(MAX_WORD + 1))


@dataclass(frozen=True)
class Reading:
    words: tuple[str, ...]
    cost: float
    delta: float = 0.0  # cost above the most natural reading's
    unknown: int = 0  # words not in the word list, or rare scraps
    ends: tuple[int, ...] = ()  # where each word ends, in the folded letters of the tag
    known: tuple[bool, ...] = ()  # per word: a real word (not a non-word or a scrap)

    @property
    def scraps(self) -> int:
        """Short non-words ("er", "ts", "s") that a forced split leaves behind."""
        return sum(1 for word, ok in zip(self.words, self.known) if not ok and len(word) <= 3)

    @property
    def text(self) -> str:
        return " ".join(self.words)


class _Word(NamedTuple):
    """One stretch of a tag read as a word. A named tuple: a lattice holds one for every
    stretch of up to ``MAX_WORD`` letters (hundreds per tag), and a tuple of plain
    values costs less to make and is not followed by the garbage collector once it
    has seen it (a frozen dataclass costs more, and each one stays tracked)."""

    shown: str
    cost: float
    known: bool  # False for non-words and for rare scraps ("ar", "ts", "sti")


def _plain_word(chunk: str, cost: float) -> _Word:
    """A listed word. Two- and three-letter entries that are rare are mostly
    abbreviations and scraps of other languages: they cost more and do not count as
    words a reader would see."""
    limit = SHORT_WORD_LIMITS.get(len(chunk))
    if limit is not None and cost > limit:
        return _Word(chunk, cost + WORD_TOLL + SHORT_RARE_TOLL, False)
    return _Word(chunk, cost + WORD_TOLL, True)


def _word(chunk: str, lang: str, costs: dict[str, float]) -> _Word | None:
    if chunk.isdigit():
        return _Word(chunk, 0.5, True)
    if len(chunk) == 1:
        if chunk in SINGLE_LETTER_WORDS.get(lang, "") and chunk in costs:
            return _Word(chunk, costs[chunk] + WORD_TOLL, True)
        return _Word(chunk, UNKNOWN_BASE + UNKNOWN_PER_CHAR, False)
    best = None
    if chunk in costs:
        best = _plain_word(chunk, costs[chunk])
    if lang == "en" and len(chunk) > 2 and chunk.endswith("s"):
        stem = costs.get(chunk[:-1])
        if stem is not None and (best is None or stem + POSSESSIVE_TOLL + WORD_TOLL < best.cost):
            # a known plural keeps its spelling ("mondays"); otherwise a possessive
            shown = chunk if best is not None else chunk[:-1] + "'s"
            best = _Word(shown, stem + POSSESSIVE_TOLL + WORD_TOLL, True)
    if best is None and len(chunk) <= MAX_WORD:
        best = _Word(chunk, UNKNOWN_BASE + UNKNOWN_PER_CHAR * len(chunk), False)
    return best


@lru_cache(maxsize=8192)
def segment(body: str, lang: str = "en", k: int = 5) -> tuple[Reading, ...]:
    """The ``k`` cheapest splits of a folded, letters-only string."""
    if not body:
        return ()
    costs = word_costs(lang)
    n = len(body)
    # best[i]: up to k (cost, start of last word, rank there, word) for body[:i]
    best: list[list[tuple[float, int, int, _Word | None]]] = [[] for _ in range(n + 1)]
    best[0] = [(0.0, -1, -1, None)]
    for i in range(1, n + 1):
        options = []
        for j in range(max(0, i - MAX_WORD), i):
            if not best[j]:
                continue
            word = _word(body[j:i], lang, costs)
            if word is None:
                continue
            for rank, (cost, *_rest) in enumerate(best[j]):
                options.append((cost + word.cost, j, rank, word))
        best[i] = heapq.nsmallest(k, options, key=lambda o: o[0])
    readings = []
    for cost, j, rank, word in best[n]:
        words, ends, known, end = [], [], [], n
        while word is not None:
            words.append(word.shown)
            ends.append(end)
            known.append(word.known)
            end = j
            _cost, j, rank, word = best[j][rank]
        readings.append(Reading(tuple(reversed(words)), round(cost, 3), 0.0,
                                known.count(False), tuple(reversed(ends)),
                                tuple(reversed(known))))
    return _with_deltas(readings)


class Lattice:
    """Best splits of every prefix and every suffix of a folded, letters-only string,
    to price readings that must contain a given word at a given place.

    Only the cost of every stretch is kept (a float per stretch: hundreds per tag,
    which the garbage collector need not follow); the few words a reading is made of
    are worked out again when it is built (``_word_at``). Every stretch of up to
    ``MAX_WORD`` letters can be a word (a non-word at a price), so the costs are kept
    per start, in a list by length, and the best splits are two plain loops over them."""

    def __init__(self, body: str, lang: str = "en"):
        self.body = body
        self.lang = lang
        costs = word_costs(lang)
        n = len(body)
        english = lang == "en"
        # rows[j][k]: the cost of body[j:j + k + 1] as one word
        rows: list[list[float]] = []
        for j in range(n):
            stop = min(n, j + MAX_WORD)
            # most stretches: no listed word (nor a plural or possessive of one), costed
            # as ``_word`` would, without making the word
            row = list(_UNKNOWN_COSTS[1:stop - j + 1])
            for i in range(j + 1, stop + 1):
                chunk = body[j:i]
                if (i - j == 1 or chunk in costs or chunk.isdigit()
                        or (english and i - j > 2 and chunk[-1] == "s")):
                    row[i - j - 1] = _word(chunk, lang, costs).cost  # type: ignore[union-attr]
            rows.append(row)
        inf = float("inf")
        # the cheapest split of body[:i] (its cost, where its last word starts) and of
        # body[j:] (its cost, where its first word ends); of equal costs, the first
        fwd: list[tuple[float, int]] = [(0.0, -1)] + [(inf, -1)] * n
        for i in range(1, n + 1):
            best, at = inf, -1
            for j in range(max(0, i - MAX_WORD), i):
                cost = fwd[j][0] + rows[j][i - j - 1]
                if cost < best:
                    best, at = cost, j
            fwd[i] = (best, at)
        bwd: list[tuple[float, int]] = [(inf, -1)] * n + [(0.0, -1)]
        for j in range(n - 1, -1, -1):
            best, at = inf, -1
            for k, stretch in enumerate(rows[j], j + 1):
                cost = stretch + bwd[k][0]
                if cost < best:
                    best, at = cost, k
            bwd[j] = (best, at)
        self._rows, self._fwd, self._bwd = rows, fwd, bwd
        if fwd[n][0] == inf:  # no split at all (a very long run of letters)
            self.natural = Reading((body,), inf, 0.0, 1, (n,), (False,))
        else:
            self.natural = self._reading([], self.best_cost)

    def stretch_cost(self, start: int, end: int) -> float | None:
        """What ``body[start:end]`` costs as one word, known or not (None if it is
        empty, out of the body or longer than ``MAX_WORD``)."""
        if 0 <= start < end <= len(self.body) and end - start <= MAX_WORD:
            return self._rows[start][end - start - 1]
        return None

    @property
    def best_cost(self) -> float:
        return self._fwd[len(self.body)][0]

    def _prefix(self, end: int) -> list[tuple[int, int]]:
        spans = []
        while end > 0:
            start = self._fwd[end][1]
            spans.append((start, end))
            end = start
        return spans[::-1]

    def _suffix(self, start: int) -> list[tuple[int, int]]:
        spans, n = [], len(self.body)
        while start < n:
            end = self._bwd[start][1]
            spans.append((start, end))
            start = end
        return spans

    def _reading(self, spans: list[tuple[int, int]], cost: float) -> Reading:
        spans = spans or self._prefix(len(self.body))
        words = [self._word_at(span) for span in spans]
        return Reading(tuple(w.shown for w in words), round(cost, 3),
                       round(cost - self.best_cost, 3), sum(not w.known for w in words),
                       tuple(end for _start, end in spans), tuple(w.known for w in words))

    def reading_with(self, start: int, end: int, cost: float, shown: str) -> Reading | None:
        """The cheapest reading in which ``body[start:end]`` is one word (shown as
        ``shown``, costing ``cost``), or None if the rest cannot be read."""
        total = self._fwd[start][0] + cost + self._bwd[end][0]
        if total == float("inf"):
            return None
        spans = [*self._prefix(start), (start, end), *self._suffix(end)]
        words = [None if span == (start, end) else self._word_at(span) for span in spans]
        shown_words = tuple(shown if span == (start, end) else w.shown
                            for span, w in zip(spans, words))
        known = tuple(span == (start, end) or w.known for span, w in zip(spans, words))
        return Reading(shown_words, round(total, 3), round(total - self.best_cost, 3),
                       known.count(False), tuple(e for _s, e in spans), known)

    def word_cost(self, start: int, end: int) -> float | None:
        """What ``body[start:end]`` costs as one word here (None if it cannot be one)."""
        word = self._word_at((start, end))
        return word.cost if word is not None and word.known else None

    def _word_at(self, span: tuple[int, int]) -> _Word | None:
        """The word the stretch ``span`` is read as (None if it cannot be one)."""
        if self.stretch_cost(*span) is None:
            return None
        return _word(self.body[span[0]:span[1]], self.lang, word_costs(self.lang))


@lru_cache(maxsize=8192)
def lattice(body: str, lang: str = "en") -> Lattice:
    return Lattice(body, lang)


def _with_deltas(readings: list[Reading]) -> tuple[Reading, ...]:
    if not readings:
        return ()
    readings = sorted(readings, key=lambda r: r.cost)
    base = readings[0].cost
    return tuple(Reading(r.words, r.cost, round(r.cost - base, 3), r.unknown, r.ends, r.known)
                 for r in readings)


@lru_cache(maxsize=16384)
def read_tag(tag: str, lang: str = "en", k: int = 5) -> tuple[Reading, ...]:
    """Readings of a hashtag in ``lang``, the most natural first (``delta`` 0)."""
    parts = [fold(p) for p in camel_parts(tag)]
    parts = [p for p in parts if p.isalnum()] or [fold(tag.lstrip("#"))]
    if sum(len(p) for p in parts) > MAX_BODY:
        return (_as_written(parts),)
    per_part = [segment(p, lang, k) if p.isalpha() else
                (Reading((p,), 0.5, 0.0, 0, (len(p),), (True,)),) for p in parts]
    if any(not options for options in per_part):
        return (_as_written(parts),)
    natural = [options[0] for options in per_part]
    readings = [_join(natural, parts)]
    for index, options in enumerate(per_part):  # one part read another way at a time
        for alternative in options[1:]:
            readings.append(_join([*natural[:index], alternative, *natural[index + 1:]], parts))
    return _with_deltas(readings)[:k]


def _join(chosen: list[Reading], parts: list[str]) -> Reading:
    words, ends, known, offset = [], [], [], 0
    for reading, part in zip(chosen, parts):
        words.extend(reading.words)
        ends.extend(offset + e for e in reading.ends)
        known.extend(reading.known)
        offset += len(part)
    return Reading(tuple(words), round(sum(r.cost for r in chosen), 3), 0.0,
                   sum(r.unknown for r in chosen), tuple(ends), tuple(known))


def _as_written(parts: list[str]) -> Reading:
    """The parts as the author marked them, unsegmented (too long to read otherwise)."""
    ends, offset = [], 0
    for part in parts:
        offset += len(part)
        ends.append(offset)
    return Reading(tuple(parts), 0.0, 0.0, 0, tuple(ends), (True,) * len(parts))
