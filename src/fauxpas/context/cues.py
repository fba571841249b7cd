"""Finding cue words in a text across all 12 languages at once.

Cue lexicons are ordinary lexicon files (``knowledge/lexicons/<lang>/crisis.yaml`` and
``cues.yaml``) whose entries carry a ``kind`` (``attack``, ``selling``, ``sympathy``...).
A term word ending in ``*`` matches any word starting with it ("shoot*" meets "shooting"),
which is how inflected languages (hu, de, nl, the Nordic ones) are covered without a
stemmer. Hashtags are read as their CamelCase words as well ("#PrayForCity").

All languages are matched together: short posts are often mis-detected, and the cue words
of one language rarely mean something else in another (ambiguous ones are left out).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from fauxpas.checks.base import ALL_LANGUAGES
from fauxpas.core.text.fold import fold
from fauxpas.core.text.hashtags import camel_split
from fauxpas.core.text.tokens import Token, may_hold_hashtags, tokenize
from fauxpas.core.text.word_trie import any_word_pattern
from fauxpas.knowledge import Knowledge, default_knowledge
from fauxpas.knowledge.word_lists import word_zipfs

MIN_PREFIX = 3
_SEEN_LIMIT = 100_000  # words remembered per matcher before the memory starts again


@dataclass(frozen=True, slots=True)
class Hit:
    kind: str
    entry_id: str
    term: str
    start: int
    end: int
    weight: int


class Word(NamedTuple):
    norm: str
    start: int
    end: int
    in_hashtag: bool


def words_of(tokens: Sequence[Token]) -> list[Word]:
    """Words and numbers to match, hashtags split into their CamelCase words."""
    out: list[Word] = []
    append = out.append
    new = tuple.__new__  # every post goes through here: skip the Python-level constructor
    for token in tokens:
        kind = token.kind
        if kind == "word" or kind == "spaced":
            append(new(Word, (token.norm, token.start, token.end, False)))
        elif kind == "hashtag":
            for part in camel_split(token.raw):
                append(new(Word, (fold(part), token.start, token.end, True)))
    return out


class CueMatcher:
    def __init__(self, rows: Sequence[tuple[str, str, str, int]],
                 lang_of: dict[str, str] | None = None):
        """``rows``: (kind, entry id, term, weight); ``lang_of``: entry id -> the
        language of its lexicon."""
        self.lang_of = lang_of or {}
        self._exact: dict[str, list[tuple]] = {}
        self._prefix: dict[str, list[tuple]] = {}
        self.kinds: set[str] = set()
        self._subs: tuple | None = None
        self._seen: dict[str, tuple] = {}  # word -> candidates, filled as words come
        for kind, entry_id, term, weight in rows:
            words = tuple(fold(term).replace("-", " ").replace("'", " ").split())
            if not words:
                continue
            self.kinds.add(kind)
            item = (words, kind, entry_id, term, weight)
            first = words[0]
            if first.endswith("*") and len(first) > MIN_PREFIX:
                self._prefix.setdefault(first[:-1], []).append(item)
            else:
                self._exact.setdefault(first.rstrip("*"), []).append(item)
        # the first MIN_PREFIX letters of every prefix term: a word that starts with
        # none of them starts no prefix term, without a lookup per length
        self._heads = frozenset(prefix[:MIN_PREFIX] for prefix in self._prefix)
        # the longest prefix term: ``candidates`` tries every length up to it, so a long
        # compound prefix ("selbstverteidigung*") is read as well as a short one
        self._max_prefix = max(map(len, self._prefix), default=MIN_PREFIX)
        # finds a word (each on its own line) that starts with a prefix term
        source = any_word_pattern(self._prefix)
        self._prefix_start = re.compile(f"\n(?:{source})").search if source else None

    def substrings(self, min_len: int = 5) -> tuple[tuple[str, str, str, int], ...]:
        """Strong one-word terms to look for inside unbroken hashtags ("#cityflood")."""
        out = []
        for table in (self._exact, self._prefix):
            for first, items in table.items():
                for words, kind, entry_id, _term, weight in items:
                    if len(words) == 1 and weight >= 2 and len(first) >= min_len:
                        out.append((first, kind, entry_id, weight))
        return tuple(out)

    def find_in_tags(self, words: Sequence[Word]) -> list[Hit]:
        """Strong terms inside lowercase run-together hashtags, which CamelCase cannot split."""
        if self._subs is None:
            self._subs = self.substrings()
        subs = self._subs
        hits = []
        for word in words:
            if not word.in_hashtag or len(word.norm) < 8:
                continue
            for sub, kind, entry_id, weight in subs:
                if sub in word.norm and word.norm != sub:
                    hits.append(Hit(kind, entry_id, sub, word.start, word.end, weight))
                    break
        return hits

    def candidates(self, norm: str) -> tuple:
        """Terms whose first word may be ``norm`` (exact, or a prefix term), cached per word."""
        found = list(self._exact.get(norm, ()))
        if norm[:MIN_PREFIX] not in self._heads:
            return tuple(found)
        for k in range(MIN_PREFIX, min(len(norm), self._max_prefix) + 1):
            more = self._prefix.get(norm[:k])
            if more:
                found.extend(more)
        return tuple(found)

    def _starts(self, norms: Sequence[str], *, first: bool = False
                ) -> list[tuple[int, tuple]]:
        """(position, candidates) of the words that may start a term (only the first
        one if ``first``), each word's candidates remembered across texts."""
        known = self._known()
        out = []
        for i, norm in enumerate(norms):
            found = known.get(norm)
            if found is None:
                found = self._remember(norm)
            if found:
                out.append((i, found))
                if first:
                    break
        return out

    def may_start(self, norms: Collection[str]) -> bool:
        """Cheap test: may any term start at one of these words? Two C-level tests,
        nothing remembered per word (a text of words never met costs no more than a
        familiar one): is a word an exact first word, and does a word begin with a
        prefix term (one regex search over the words, one per line)."""
        if not self._exact.keys().isdisjoint(norms):
            return True
        return (self._prefix_start is not None
                and self._prefix_start("\n" + "\n".join(norms)) is not None)

    def _known(self) -> dict[str, tuple]:
        if len(self._seen) > _SEEN_LIMIT:
            self._seen.clear()
        return self._seen

    def _remember(self, norm: str) -> tuple:
        found = self._seen[norm] = self.candidates(norm)
        return found

    def find(self, words: Sequence[Word], text_lang: str | None = None,
             candidates_lang: Collection[str] = ()) -> list[Hit]:
        """Every term's hits, one per kind and place. With ``text_lang``, a one-word term
        of another language's lexicon that is an ordinary word of the text's language
        does not count (``foreign_homograph``)."""
        hits: list[Hit] = []
        seen: set[tuple[str, int, int]] = set()
        lang_of = self.lang_of if text_lang else {}
        for i, candidates in self._starts([word.norm for word in words]):
            word = words[i]
            for words_, kind, entry_id, term, weight in candidates:
                last = _rest(words, i, words_)
                if last is not None and (kind, word.start, words[last].end) not in seen:
                    if last == i and entry_id in lang_of and foreign_homograph(
                            word.norm, lang_of[entry_id], text_lang, candidates_lang):
                        continue
                    seen.add((kind, word.start, words[last].end))
                    hits.append(Hit(kind, entry_id, term, word.start, words[last].end, weight))
        return hits


def _word_matches(pattern: str, norm: str) -> bool:
    if pattern.endswith("*"):
        return norm.startswith(pattern[:-1])
    return norm == pattern


def _rest(words: Sequence[Word], i: int, pattern: tuple[str, ...]) -> int | None:
    j = i
    for part in pattern[1:]:
        j += 1
        if j >= len(words) or not _word_matches(part, words[j].norm):
            return None
    return j


@lru_cache(maxsize=16)
def matcher(name: str, knowledge: Knowledge | None = None,
            kinds: frozenset[str] | None = None) -> CueMatcher:
    """One matcher over lexicon ``name`` in every language that has it (only entries of
    ``kinds`` if given: a small matcher is a cheap prefilter)."""
    knowledge = knowledge or default_knowledge()
    rows = []
    lang_of = {}
    for lang in ALL_LANGUAGES:
        lexicon = knowledge.lexicon(name, lang)
        if lexicon is None:
            continue
        for entry in lexicon.entries:
            kind = entry.extra.get("kind", "")
            if kinds is not None and kind not in kinds:
                continue
            weight = int(entry.extra.get("weight", entry.sureness))
            rows.extend((kind, entry.id, term, weight) for term in entry.terms)
            lang_of[entry.id] = lang
    return CueMatcher(rows, lang_of)


@dataclass(frozen=True)
class Cues:
    """Cue hits in one text, by kind."""

    hits: tuple[Hit, ...]

    def of(self, *kinds: str) -> list[Hit]:
        return [h for h in self.hits if h.kind in kinds]

    def has(self, *kinds: str) -> bool:
        return any(h.kind in kinds for h in self.hits)

    def score(self, *kinds: str) -> int:
        return sum(h.weight for h in self.hits if h.kind in kinds)


@lru_cache(maxsize=4096)
def text_cues(text: str, name: str = "cues") -> Cues:
    return Cues(tuple(matcher(name).find(words_of(tokenize(text)))))


def ctx_words(ctx) -> list[Word]:
    words = ctx.shared.get("context.words")
    if words is None:
        words = ctx.shared["context.words"] = words_of(ctx.tokens)
    return words


def ctx_has_kind(ctx, kind: str, name: str = "cues") -> bool:
    """A cheap test for one kind of cue, without matching the whole lexicon."""
    cues = ctx.shared.get(f"context.{name}")
    if cues is not None:
        return cues.has(kind)
    kind_matcher = matcher(name, None, frozenset({kind}))
    if not kind_matcher.may_start(_ctx_norms(ctx)):
        return False
    return bool(kind_matcher.find(ctx_words(ctx), _known_language(ctx), ctx.languages))


def _ctx_norms(ctx) -> Collection[str]:
    """The words ``ctx_words`` gives, without their places, for the cheap tests: the
    context's vocabulary when the text has no hashtag."""
    if not may_hold_hashtags(ctx.text):
        return ctx.vocabulary
    norms = ctx.shared.get("context.norms")
    if norms is None:
        norms = ctx.shared["context.norms"] = _norms(ctx.tokens)
    return norms


def _norms(tokens: Sequence[Token]) -> list[str]:
    """The words ``words_of`` gives, without their places: the cheap tests run on every
    post and need no ``Word`` objects (keep the two in step)."""
    out = []
    for token in tokens:
        kind = token.kind
        if kind == "word" or kind == "spaced":
            out.append(token.norm)
        elif kind == "hashtag":
            out.extend(fold(part) for part in camel_split(token.raw))
    return out


NEGATION_REACH = 16  # characters from a negation's end to the word it negates
FILLERS_BETWEEN = 2  # articles or forms of "to be" between a negation and what it negates


def negated(ctx, start: int) -> bool:
    """A negation cue ("not", "nicht", "pas", "no"...: kind ``negation``) ends just before
    ``start`` ("are not vermin", "you're not stupid")."""
    return any(0 <= start - hit.end <= NEGATION_REACH for hit in ctx_cues(ctx).of("negation"))


def negated_right_before(ctx, start: int) -> bool:
    """A negation cue right before ``start``: next to it ("are not dirty", "don't hate",
    "nothing wrong"), or with only articles or forms of "to be" between, at most
    ``FILLERS_BETWEEN`` of them (kind ``filler``: "not a threat", "no son peligrosos",
    "no son unos idiotas", "nie są głupie"). Stricter than ``negated``: "nothing but
    vermin" and "no better than rats" negate nothing."""
    text, cues = ctx.text, ctx_cues(ctx)
    fillers = {hit.start: hit.end for hit in cues.of("filler") if hit.end <= start}
    for neg in cues.of("negation"):
        if neg.end > start:
            continue
        at = neg.end
        for _ in range(FILLERS_BETWEEN + 1):
            gap = text[at:start]
            if not gap.strip():
                return True
            after_space = at + len(gap) - len(gap.lstrip())
            if after_space not in fillers:
                break
            at = fillers[after_space]
    return False


def first_unnegated(ctx, hits: Sequence[Hit], right_before: bool = False) -> str | None:
    """The text of the first of ``hits`` that no negation comes just before (``negated``):
    "you're not stupid" has none, "not stupid, just an idiot" has "idiot". With
    ``right_before``, only a negation right before the hit counts
    (``negated_right_before``): "no place for racism" has "racism"."""
    is_negated = negated_right_before if right_before else negated
    for hit in hits:
        if not is_negated(ctx, hit.start):
            return ctx.text[hit.start:hit.end]
    return None


def ctx_cues(ctx, name: str = "cues") -> Cues:
    """Cues of the text a check is looking at, shared by all context checks. Every
    language's lexicon is matched (posts mix languages), except where a word of another
    language's lexicon is an ordinary word of the text's own (``foreign_homograph``)."""
    key = f"context.{name}"
    cues = ctx.shared.get(key)
    if cues is None:
        hits = matcher(name).find(ctx_words(ctx), _known_language(ctx), ctx.languages)
        cues = ctx.shared[key] = Cues(tuple(hits))
    return cues


def _known_language(ctx) -> str | None:
    """The text's language when it is one of ours: other languages' lexicons are read
    against its ordinary words (``foreign_homograph``)."""
    return ctx.lang if ctx.lang in ALL_LANGUAGES else None


NATIVE_ZIPF = 300  # Zipf x 100: a word seen at least once per million words
FOREIGN_MARGIN = 50  # and three times as often in the text's language as in the lexicon's
SHARED_ZIPF = 450  # as common as this in the lexicon's language too: the same word in both


def foreign_homograph(word: str, lexicon_lang: str, text_lang: str,
                      candidates: Collection[str] = ()) -> bool:
    """A word that a cue lexicon of another language matched, but that is an ordinary
    word of the text's language, more common there than in the lexicon's: Portuguese
    "compr*" (buy) in French "j'ai compris", Danish "fest*" in German "festgestellt",
    English "burgers" in Dutch (citizens). Words the text's language shares with the
    lexicon's ("sale" in a German advert) and words common in both ("no", "en") are
    kept."""
    if lexicon_lang == text_lang or lexicon_lang in candidates:
        return False
    folded = fold(word)
    if not folded.isalpha():
        return False  # a phrase or a hashtag: specific enough
    native = int(word_zipfs(text_lang).get(folded, 0))
    if native < NATIVE_ZIPF:
        return False
    own = int(word_zipfs(lexicon_lang).get(folded, 0))
    return own < SHARED_ZIPF and native >= own + FOREIGN_MARGIN
