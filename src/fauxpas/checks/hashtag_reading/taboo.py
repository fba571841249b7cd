"""The words FP105 looks for inside hashtags, per language, from two lexicons.

``hashtag_readings`` (this check's own: vulgar, sexual, death and violence words that
matter inside a tag, each with a ``kind``) and, when it exists, the shared
``profanity`` lexicon (counted as ``vulgar``). Terms are folded and their spaces
dropped, since a hashtag has none: "nemi erőszak" is looked for as "nemierőszak" folded.
"""

from __future__ import annotations

import re
import threading
import weakref
from collections.abc import Callable
from dataclasses import dataclass

from fauxpas.core.text.fold import fold, fold_keep_accents
from fauxpas.core.text.word_trie import any_word_pattern
from fauxpas.knowledge import Knowledge

OWN_LEXICON = "hashtag_readings"
SHARED_LEXICON = "profanity"
KINDS = ("vulgar", "sexual", "death", "violence")
MEMO_LIMIT = 100_000  # tags remembered per language before the memo starts again


@dataclass(frozen=True)
class TabooWord:
    key: str  # folded, without spaces
    term: str  # as written in the lexicon
    exact: str  # lower case with its accents, without spaces
    entry_id: str
    kind: str
    sureness: int
    severity: str  # "block" or "warn"
    lexicon: str


class TabooIndex:
    """Folded taboo words of one language, with the lengths to try at each position."""

    def __init__(self, words: dict[str, TabooWord]):
        self.words = words
        self.lengths = tuple(sorted({len(k) for k in words}, reverse=True))
        # the first two letters of every word (when none is shorter): a position whose
        # two letters start none is skipped without trying every length there
        self.heads = (frozenset(k[:2] for k in words)
                      if self.lengths and self.lengths[-1] >= 2 else None)
        self.memo: dict[tuple, tuple] = {}  # (tag, lang, limits) -> hits, filled by reader
        self._appears: dict[str, bool] = {}
        self._search: Callable[[str], object] | None = None  # compiled on first use

    def occurrences(self, body: str):
        """Every (start, end, word) where a taboo word appears in ``body``."""
        words, heads, n = self.words, self.heads, len(body)
        for start in range(n):
            if heads is not None and body[start:start + 2] not in heads:
                continue
            for length in self.lengths:
                if start + length > n:
                    continue
                word = words.get(body[start:start + length])
                if word is not None:
                    yield start, start + length, word

    def appears_in(self, tag: str) -> bool:
        """Whether any taboo word occurs among the tag's letters (memoised)."""
        found = self._appears.get(tag)
        if found is None:
            if len(self._appears) > MEMO_LIMIT:
                self._appears.clear()
            letters = fold(tag.lstrip("#"))
            found = self._appears[tag] = self._finder()(letters) is not None
        return found

    def _finder(self) -> Callable[[str], object]:
        """A test for "some taboo word occurs in these letters": one regex search over a
        trie of the words (what ``occurrences`` would find first, without the Python loop
        over positions and lengths). Compiled the first time a tag needs it."""
        if self._search is None:
            source = any_word_pattern(self.words)
            self._search = re.compile(source).search if source else _nothing
        return self._search

    def __bool__(self) -> bool:
        return bool(self.words)


def _nothing(_letters: str) -> None:
    return None


def _from_lexicon(knowledge: Knowledge, name: str, lang: str, out: dict[str, TabooWord]):
    lexicon = knowledge.lexicon(name, lang)
    if lexicon is None:
        return
    for entry in lexicon.entries:
        kind = entry.extra.get("kind", "vulgar") if name == OWN_LEXICON else "vulgar"
        if kind not in KINDS or entry.sureness < 1:
            continue
        if entry.severity in ("block", "warn", "info"):
            # a gentle word (info: damn, crap) hidden in a hashtag is still a surprise
            severity = "block" if entry.severity == "block" else "warn"
        else:
            severity = "block" if entry.sureness == 2 and kind in ("vulgar", "sexual") else "warn"
        for term in entry.terms:
            key = fold(term).replace(" ", "").replace("-", "")
            if len(key) < 3 or not key.isalpha() or key in out:
                continue
            exact = fold_keep_accents(term).replace(" ", "").replace("-", "")
            out[key] = TabooWord(key, term, exact, entry.id, kind, entry.sureness, severity,
                                 name)


_cache: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_lock = threading.Lock()


def taboo_index(knowledge: Knowledge, lang: str) -> TabooIndex:
    """The taboo words for ``lang`` (this check's lexicon first, then profanity)."""
    per_lang = _cache.get(knowledge)
    if per_lang is None:
        with _lock:
            per_lang = _cache.setdefault(knowledge, {})
    index = per_lang.get(lang)
    if index is None:
        words: dict[str, TabooWord] = {}
        _from_lexicon(knowledge, OWN_LEXICON, lang, words)
        _from_lexicon(knowledge, SHARED_LEXICON, lang, words)
        index = per_lang[lang] = TabooIndex(words)
    return index
