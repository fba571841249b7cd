"""The profanity data of one language, loaded once per ``Knowledge``.

Per language three files (``knowledge/lexicons/<lang>/``): ``profanity.yaml`` (vendored
from naughty-words and cuss), ``profanity-extra.yaml`` (written by hand) and
``profanity-exceptions.yaml`` (words that are not profanity in that language). The
first two are merged into one index; the exceptions become a set of single words and
a small lexicon of phrases ("cum laude", "cul de sac").
"""

from __future__ import annotations

import re
import threading
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from fauxpas.core.text.tokens import one_reading, stretched_letters, variants
from fauxpas.core.text.word_trie import any_word_pattern
from fauxpas.knowledge import Knowledge
from fauxpas.knowledge.lexicon import Entry, Lexicon, affix_pattern, term_words


@dataclass(frozen=True, eq=False)
class LanguageData:
    language: str
    lexicon: Lexicon | None
    exception_words: frozenset[str]
    exception_phrases: Lexicon | None
    symbols: tuple[tuple[str, Entry], ...]  # terms with no letters: "🖕"


PLAIN, SUSPECT, FIRST_OF_PAIR = 0, 1, 2
_QUIET = 3  # what Screen._remember says of a PLAIN word with one reading
_KNOWN_LIMIT = 100_000  # words remembered per screen before the memory starts again


@dataclass(frozen=True)
class Screen:
    """What any of several lexicons could match, to skip ordinary words in one pass."""

    words: frozenset[str]  # one-word terms
    pairs: dict[str, frozenset[str]]  # first word of a longer term -> second words
    starts: Callable[[str], object] | None  # matches a listed prefix
    ends: Callable[[str], object] | None  # matches a listed suffix
    # finds, in words joined one per line ("\nw1\nw2\n"), one that starts with a
    # listed prefix or ends with a listed suffix (None: the lexicons have neither)
    affixed: Callable[[str], object] | None = None
    # word -> SUSPECT, FIRST_OF_PAIR or PLAIN, remembered as words come, except the
    # quiet ones: PLAIN words with one reading (nothing to decode or squeeze), never
    # worth a look, are only kept in ``quiet`` (one container to fill per new word)
    known: dict[str, int] = field(default_factory=dict, compare=False, repr=False)
    quiet: set[str] = field(default_factory=set, compare=False, repr=False)
    # the FIRST_OF_PAIR words with one reading: worth a look only before a second word
    lone_firsts: set[str] = field(default_factory=set, compare=False, repr=False)
    # hashtags, as written, whose words are all quiet
    quiet_tags: set[str] = field(default_factory=set, compare=False, repr=False)

    def suspects(self, tokens, kinds, stretched: bool = True) -> list[int]:
        """Indices of the tokens worth a full look: listed words, the first word of a
        listed phrase when the next word follows it ("fy faen", but not every "de"),
        words starting or ending with a listed affix, and anything written with other
        characters than letters (leet, masks) or with stretched letters (only looked
        for when ``stretched``: the text has a letter three times in a row)."""
        known = self._known()
        quiet = self.quiet
        out = []
        last = len(tokens) - 1
        for i, token in enumerate(tokens):
            if token.kind in kinds:
                norm = token.norm
                state = known.get(norm)
                if state is None:
                    if norm in quiet:
                        continue
                    state = self._remember(norm)
                    if state == _QUIET:
                        continue
                if (state == SUSPECT or (stretched and len(variants(norm)) > 1)
                        or (state == FIRST_OF_PAIR and i < last
                            and _follows(tokens[i + 1], self.pairs[norm]))):
                    out.append(i)
        return out

    def may_suspect(self, words: frozenset[str], only_words: bool) -> bool:
        """False when ``suspects`` is sure to find nothing in a text whose word (and
        spaced) tokens have these norms, at the cost of a set difference: most texts
        hold only words known to be quiet. ``only_words``: the text has no other tokens
        (a link or a mention after the first word of a pair makes it a suspect)."""
        known = self._known()
        rest = words - self.quiet
        if not rest:
            return False
        # the words never met (a C-level test of each against ``known``): when they are
        # all quiet (most new words), only the words met before are looked at one by one
        new = rest.difference(known)
        if new and self._all_quiet(new):
            self.quiet.update(new)
            if len(new) == len(rest):
                return False
            rest = rest - new
        lone_firsts = self.lone_firsts
        firsts = []
        for norm in rest:
            # a word met before is in ``known`` (not quiet: ``rest`` has none of those);
            # only the first word of a pair with one reading is no suspect by itself
            if norm in known or self._remember(norm) != _QUIET:
                if norm not in lone_firsts:
                    return True  # a suspect, or a word with several readings
                firsts.append(norm)
        # every word is quiet or the first word of a pair with one reading: none is a
        # suspect but such a first word, when one of its second words is in the text or
        # another token follows it (only words: none can)
        return bool(firsts) and (
            not only_words or any(not self.pairs[n].isdisjoint(words) for n in firsts))

    def _all_quiet(self, rest: set[str]) -> bool:
        """Whether every word of ``rest`` is new and quiet, asked of all of them at once
        with C-level tests rather than word by word (``_classify`` and ``one_reading``):
        none met before, none listed or the first word of a pair, all letters, none
        with a listed prefix or suffix, no letter three times in a row."""
        if (not self.known.keys().isdisjoint(rest) or not self.words.isdisjoint(rest)
                or not self.pairs.keys().isdisjoint(rest) or "" in rest):
            return False
        if not "".join(rest).isalpha():
            return False
        lines = "\n" + "\n".join(rest) + "\n"
        if self.affixed is not None and self.affixed(lines) is not None:
            return False
        return stretched_letters(lines) is None

    def remember_quiet_tag(self, tag: str) -> None:
        """Remember a hashtag (as written) whose words ``may_suspect`` ruled out."""
        if len(self.quiet_tags) > _KNOWN_LIMIT:
            self.quiet_tags.clear()
        self.quiet_tags.add(tag)

    def _known(self) -> dict[str, int]:
        if len(self.known) + len(self.quiet) > _KNOWN_LIMIT:
            self.known.clear()
            self.quiet.clear()
            self.lone_firsts.clear()
        return self.known

    def _remember(self, norm: str) -> int:
        """Classify a word not met before and remember it: ``_QUIET`` for a quiet word
        (kept in ``quiet`` only), else its state (kept in ``known``)."""
        state = self._classify(norm)
        if state != SUSPECT and one_reading(norm):
            if state == PLAIN:
                self.quiet.add(norm)
                return _QUIET
            self.lone_firsts.add(norm)  # FIRST_OF_PAIR
        self.known[norm] = state
        return state

    def _classify(self, norm: str) -> int:
        if (norm in self.words or not norm.isalpha()
                or (self.starts is not None and self.starts(norm))
                or (self.ends is not None and self.ends(norm))):
            return SUSPECT
        return FIRST_OF_PAIR if norm in self.pairs else PLAIN


def _follows(token, seconds: frozenset[str]) -> bool:
    norm = token.norm
    return norm in seconds or not norm.isalpha() or len(variants(norm)) > 1


def screen(datas: tuple[LanguageData, ...]) -> Screen:
    """The screen for reading a text with these languages' lists (in any order)."""
    found = _by_tuple.get(datas)
    if found is None:
        if len(_by_tuple) >= 1024:  # as many as _screen keeps
            _by_tuple.clear()
        found = _by_tuple[datas] = _screen(frozenset(datas))
    return found


_by_tuple: dict[tuple[LanguageData, ...], Screen] = {}  # as asked: no set to build


@lru_cache(maxsize=1024)
def _screen(datas: frozenset[LanguageData]) -> Screen:
    lexicons = [d.lexicon for d in datas if d.lexicon is not None]
    # a first word of one lexicon only keeps that lexicon's set of second words (most
    # of them: no new set to make for every screen)
    pairs: dict[str, frozenset[str]] = {}
    for lexicon in lexicons:
        for first, seconds in lexicon.pairs.items():
            have = pairs.get(first)
            pairs[first] = seconds if have is None else have | seconds
    prefixes = set().union(*(lx.prefixes for lx in lexicons))
    suffixes = set().union(*(lx.suffixes for lx in lexicons))
    return Screen(frozenset().union(*(lx.single_words for lx in lexicons)), pairs,
                  affix_pattern(prefixes, "prefix"), affix_pattern(suffixes, "suffix"),
                  _affixed(prefixes, suffixes))


def _affixed(prefixes: set[str], suffixes: set[str]) -> Callable[[str], object] | None:
    """``Screen.affixed``: a search for a line that starts with one of ``prefixes`` or
    ends with one of ``suffixes`` (words hold no line break, so no match spans two)."""
    if "" in prefixes or "" in suffixes:
        return re.compile("").search  # every word has an empty affix
    parts = []
    if prefixes:
        parts.append(f"\n(?:{any_word_pattern(prefixes)})")
    if suffixes:
        parts.append("(?:" + "|".join(map(re.escape, sorted(suffixes))) + ")\n")
    return re.compile("|".join(parts)).search if parts else None


# per Knowledge: language -> its data, and a candidates tuple -> the data to read with
_cache: weakref.WeakKeyDictionary[Knowledge, dict] = (
    weakref.WeakKeyDictionary())
_lock = threading.Lock()


def reading(knowledge: Knowledge, candidates: tuple[str, ...]) -> tuple[LanguageData, ...]:
    """The data of the text's candidate languages, then English (cached per tuple)."""
    per_knowledge = _cache.get(knowledge)
    found = per_knowledge.get(candidates) if per_knowledge is not None else None
    if found is None:
        langs = dict.fromkeys([*candidates, "en"])
        found = tuple(language_data(knowledge, lang) for lang in langs)
        _cache[knowledge][candidates] = found
    return found


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
