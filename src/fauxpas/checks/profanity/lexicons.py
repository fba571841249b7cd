"""The profanity data of one language, loaded once per ``Knowledge``.

Per language three files (``knowledge/lexicons/<lang>/``): ``profanity.yaml`` (vendored
from naughty-words and cuss), ``profanity-extra.yaml`` (written by hand) and
``profanity-exceptions.yaml`` (words that are not profanity in that language). The
first two are merged into one index; the exceptions become a set of single words and
a small lexicon of phrases ("cum laude", "cul de sac").
"""

from __future__ import annotations

import threading
import weakref
from dataclasses import dataclass

from fauxpas.knowledge import Knowledge
from fauxpas.knowledge.lexicon import Entry, Lexicon, term_words


@dataclass(frozen=True)
class LanguageData:
    language: str
    lexicon: Lexicon | None
    exception_words: frozenset[str]
    exception_phrases: Lexicon | None
    symbols: tuple[tuple[str, Entry], ...]  # terms with no letters: "🖕"


_cache: weakref.WeakKeyDictionary[Knowledge, dict[str, LanguageData]] = (
    weakref.WeakKeyDictionary())
_lock = threading.Lock()


def language_data(knowledge: Knowledge, lang: str) -> LanguageData:
    per_knowledge = _cache.get(knowledge)
    if per_knowledge is None or lang not in per_knowledge:
        with _lock:
            per_knowledge = _cache.setdefault(knowledge, {})
            if lang not in per_knowledge:
                per_knowledge[lang] = _load(knowledge, lang)
    return per_knowledge[lang]


def _load(knowledge: Knowledge, lang: str) -> LanguageData:
    parts = [lx for lx in (knowledge.lexicon("profanity", lang),
                           knowledge.lexicon("profanity-extra", lang)) if lx is not None]
    entries = [entry for lexicon in parts for entry in lexicon.entries]
    sources = [source for lexicon in parts for source in lexicon.sources]
    lexicon = Lexicon(lang, "profanity", entries, sources) if entries else None
    symbols = tuple((term, entry) for entry in entries for term in entry.terms
                    if not term_words(term))
    exceptions = knowledge.lexicon("profanity-exceptions", lang)
    words: set[str] = set()
    phrases: list[Entry] = []
    if exceptions is not None:
        for entry in exceptions.entries:
            singles = [t for t in entry.terms if len(term_words(t)) == 1]
            words.update(term_words(t)[0] for t in singles)
            several = tuple(t for t in entry.terms if len(term_words(t)) > 1)
            if several:
                phrases.append(Entry(id=entry.id, terms=several, sureness=0, note=entry.note))
    phrase_lexicon = Lexicon(lang, "profanity-exceptions", phrases) if phrases else None
    return LanguageData(lang, lexicon, frozenset(words), phrase_lexicon, symbols)
