"""Marker phrases (draft notes, internal labels) and the context that makes them sure.

FP102 (draft) and FP104 (confidential) look for short phrases kept in per-language
lexicons ("need copy", "lien ici", "embargoed until", "usage interne"). Alone, many of
them are ambiguous; where they sit decides: inside brackets or an asterisk fence, as a
label at the start or end of a line ("CONFIDENTIAL:", "– do not share"), in capitals in
a post that is not shouting. This module finds the phrases and reports that context;
each check turns it into a confidence of its own.

Besides the standard lexicon fields (``knowledge/lexicon.py``) an entry may say:

    where: anywhere | label | bracket  # default anywhere; label: only as a label or in
                                       # brackets; bracket: only as a bracketed slot
                                       # ("[NAME]", "<insert date>")
    role: filler            # words that may fill a bracketed slot ("[your link here]")
                            # but never make one alone
    next: [until, before]   # counts only at the end of a clause or before these words
    not_next: [your, any, "di aver"]  # does not count before these words (or word
                            # sequences), nor when a time word of `next` stands between:
                            # "don't share before you've checked" is advice
    not_prev: [is, remain]  # does not count after these words
    prev: [so, basically]   # counts only right after one of these words
    not_earlier: [wir, können]  # does not count after these words anywhere earlier in
                            # its clause (verb-final: "das können wir noch nicht teilen")
    no_url: true            # does not count when a link (or a pointing emoji) follows
    acronym: true           # capitals say nothing: the phrase is always written so
    kind: embargo           # free text a check may use to word its message
    instead: "..."          # what to write instead (FP106)
    figure: true            # counts only as a figure of speech in a joke or an advert (FP106)

Words are compared folded (case and accents ignored) and split the way the tokenizer
splits the post, so "don't post yet" and "à compléter" match as written.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from fauxpas.checks.base import ALL_LANGUAGES
from fauxpas.core.text.fold import fold
from fauxpas.core.text.tokens import tokenize
from fauxpas.knowledge import Knowledge
from fauxpas.knowledge.lexicon import Entry, Lexicon, LexiconError

from .marker_text import Region, TextView

WHERE = ("anywhere", "label", "bracket")
_WORD = re.compile(r"\w+")
_MATCH_KINDS = frozenset({"word", "spaced"})
_EXTRA_KEYS = frozenset({"where", "role", "kind", "next", "not_next", "not_prev",
                         "not_earlier", "no_url", "acronym", "instead", "figure", "prev"})


@dataclass(frozen=True, slots=True)
class Phrase:
    entry: Entry
    lang: str
    term: str
    words: tuple[str, ...]  # token norms, as the tokenizer splits the term
    where: str = "anywhere"
    next: frozenset[str] | None = None
    not_next: tuple[tuple[str, ...], ...] = ()  # word sequences
    not_prev: frozenset[str] = frozenset()
    prev: frozenset[str] | None = None
    not_earlier: frozenset[str] = frozenset()
    no_url: bool = False
    acronym: bool = False


@dataclass(frozen=True, slots=True)
class PhraseHit:
    phrase: Phrase
    start: int  # the phrase itself, in the original text
    end: int
    outer: tuple[int, int]  # the placeholder with its brackets when it fills them
    bracketed: bool  # inside brackets, braces or an asterisk fence with little else
    label: bool  # stands as a label: alone on its line, or before / after a separator
    caps: bool  # written in capitals in a post that is not all capitals
    slot: bool  # the brackets hold nothing but slot words: "[INSERT LINK]", "<name>"

    @property
    def entry(self) -> Entry:
        return self.phrase.entry


@dataclass(frozen=True, slots=True)
class _Match:
    phrase: Phrase
    first: int  # token indexes
    last: int
    start: int  # character span
    end: int
    region: Region | None
    filled: bool


class PhraseBook:
    """Every language's entries of one lexicon name, indexed for matching."""

    def __init__(self, lexicons: Iterable[Lexicon]):
        self._index: dict[str, list[Phrase]] = {}
        self._gate: dict[str, list[tuple[str, ...]]] = {}
        vocab: set[str] = set()
        for lexicon in lexicons:
            for entry in lexicon.entries:
                extra = _checked_extra(lexicon, entry)
                for term in entry.terms:
                    phrase = _phrase(lexicon.language, entry, term, extra)
                    if not phrase.words:
                        continue
                    if phrase.where == "bracket":
                        vocab.update(phrase.words)
                    if extra.get("role") == "filler":
                        continue
                    self._index.setdefault(phrase.words[0], []).append(phrase)
                    if phrase.where != "bracket":
                        self._add_gate(term)
        self.bracket_vocab = frozenset(vocab)
        self._gate_words = frozenset(self._gate)

    def _add_gate(self, term: str) -> None:
        words = tuple(_WORD.findall(fold(term)))
        key = max(words, key=len)  # the longest word is usually the rarest
        self._gate.setdefault(key, []).append(words)
        lowered = max(_WORD.findall(term.lower()), key=len)
        if lowered != key:
            self._gate.setdefault(lowered, []).append(words)

    def may_match(self, view: TextView) -> bool:
        """Cheap test on the set of words: can any phrase outside brackets be there?"""
        if view.words.isdisjoint(self._gate_words):  # most posts: no allocation at all
            return False
        keys = view.words & self._gate_words
        folded = view.folded_words
        return any(all(w in folded for w in words) for key in keys for words in self._gate[key])

    def find(self, view: TextView, languages: Sequence[str]) -> list[PhraseHit]:
        """Phrases of ``languages`` anywhere, and of every language inside brackets.

        The longest phrase that fits its place decides: when "noch nicht
        veröffentlichen" is ruled out by the words around it, the "nicht
        veröffentlichen" inside it does not count either."""
        tokens = view.tokens
        matches: list[_Match] = []
        for i, token in enumerate(tokens):
            if token.kind not in _MATCH_KINDS:
                continue
            for phrase in self._index.get(token.norm, ()):
                last = _match_rest(view, i, phrase.words)
                if last is None:
                    continue
                match = self._placed(view, phrase, i, last, languages)
                if match is not None:
                    matches.append(match)
        hits = (self._judge(view, m) for m in _longest(_one_language(matches, languages)))
        return [h for h in hits if h is not None]

    def _placed(self, view: TextView, phrase: Phrase, first: int, last: int,
                languages: Sequence[str]) -> _Match | None:
        """A match in a language and a place where its phrase can count at all."""
        start, end = view.tokens[first].start, view.tokens[last].end
        region = view.region_around(start, end)
        filled = region is not None and self._fills(view, region)
        if phrase.where == "bracket" and not (filled and region.strong):
            return None
        if phrase.lang not in languages and region is None:
            return None
        return _Match(phrase, first, last, start, end, region, filled)

    def _judge(self, view: TextView, match: _Match) -> PhraseHit | None:
        phrase, start, end, region = match.phrase, match.start, match.end, match.region
        label = view.is_label(start, end)
        bracketed = region is not None and (match.filled or view.short_region(region))
        if phrase.where == "label" and not (label or bracketed):
            return None
        if not _fits_neighbours(view, phrase, match.first, match.last):
            return None
        if phrase.no_url and view.link_follows(end):
            return None
        caps = not phrase.acronym and view.in_capitals(start, end)
        outer = (region.start, region.end) if bracketed else (start, end)
        slot = match.filled and region.strong
        return PhraseHit(phrase, start, end, outer, bracketed, label, caps, slot)

    def _fills(self, view: TextView, region: Region) -> bool:
        """The bracket holds nothing but slot words: "[your link here]", "<insert date>"."""
        inner = view.tokens_in(region.inner_start, region.inner_end)
        if not 0 < len(inner) <= 6 or not all(t.norm in self.bracket_vocab for t in inner):
            return False
        # Nothing else in it: "[DAY 3]" is a heading, not a slot.
        return not view.alnum_outside(region.inner_start, region.inner_end, inner)


def _match_rest(view: TextView, i: int, words: tuple[str, ...]) -> int | None:
    tokens = view.tokens
    j = i
    for word in words[1:]:
        j += 1
        if j >= len(tokens) or tokens[j].kind not in _MATCH_KINDS or tokens[j].norm != word:
            return None
        if view.breaks_between(tokens[j - 1].end, tokens[j].start):
            return None  # "[URL] Here" is not "url here"
    return j


def _fits_neighbours(view: TextView, phrase: Phrase, first: int, last: int) -> bool:
    # A phrase that ends with one of its allowed words ("ikke publiser før") has its
    # time word already: whatever follows is the time.
    wants_next = phrase.next is not None and phrase.words[-1] not in phrase.next
    if wants_next or phrase.not_next:
        following = view.next_words(last, 1 + _longest_sequence(phrase.not_next))
        if following:
            if wants_next and following[0] not in phrase.next:
                return False
            if _starts_with_any(following, phrase.not_next):
                return False
            # "don't share before you've checked": the time word leads a clause of the
            # reader's own, not a time.
            if wants_next and _starts_with_any(following[1:], phrase.not_next):
                return False
    if phrase.not_prev or phrase.prev is not None:
        previous = view.previous_word(first)
        if previous is not None and previous in phrase.not_prev:
            return False
        if phrase.prev is not None and previous not in phrase.prev:
            return False
    return not (phrase.not_earlier
                and not phrase.not_earlier.isdisjoint(view.earlier_words(first)))


def _longest_sequence(sequences: tuple[tuple[str, ...], ...]) -> int:
    return max((len(words) for words in sequences), default=0)


def _starts_with_any(words: tuple[str, ...], sequences: tuple[tuple[str, ...], ...]) -> bool:
    return any(words[:len(seq)] == seq for seq in sequences)


def _one_language(matches: list[_Match], languages: Sequence[str]) -> list[_Match]:
    """The same words at the same place count once ("[link]" is a slot in ten
    languages), in a detected language when one of them is."""
    best: dict[tuple, _Match] = {}
    for m in matches:
        key = (m.start, m.end, m.phrase.words, m.phrase.where, m.phrase.entry.sureness)
        if key not in best or (m.phrase.lang in languages
                               and best[key].phrase.lang not in languages):
            best[key] = m
    return list(best.values()) if len(best) < len(matches) else matches


def _longest(matches: list[_Match]) -> list[_Match]:
    """Drop every match lying inside a longer one (one sweep, in reading order)."""
    if len(matches) < 2:
        return matches
    kept: list[_Match] = []
    reach = -1  # the furthest end among matches starting before the current start
    group_start, group_end = -1, -1  # the longest match of the current start
    for m in sorted(matches, key=lambda m: (m.start, -m.end)):
        if m.start != group_start:
            reach = max(reach, group_end)
            group_start, group_end = m.start, m.end
        if reach >= m.end or group_end > m.end:
            continue
        kept.append(m)
    return kept


def _checked_extra(lexicon: Lexicon, entry: Entry) -> dict:
    extra = entry.extra
    where = f"{lexicon.language}/{lexicon.name} ({entry.id})"
    unknown = set(extra) - _EXTRA_KEYS
    if unknown:
        raise LexiconError(f"{where}: unknown fields {sorted(unknown)}")
    if extra.get("where", "anywhere") not in WHERE:
        raise LexiconError(f"{where}: 'where' must be one of {WHERE}")
    if extra.get("role") not in (None, "filler"):
        raise LexiconError(f"{where}: 'role' can only be 'filler'")
    for key in ("next", "not_next", "not_prev", "prev", "not_earlier"):
        value = extra.get(key)
        if value is not None and not (isinstance(value, list)
                                      and all(isinstance(v, str) for v in value)):
            raise LexiconError(f"{where}: {key!r} must be a list of words")
    return extra


def _words(values) -> frozenset[str]:
    return frozenset(fold(v) for v in values or ())


def _phrase(lang: str, entry: Entry, term: str, extra: dict) -> Phrase:
    next_words = extra.get("next")
    return Phrase(
        entry=entry,
        lang=lang,
        term=term,
        words=tuple(t.norm for t in tokenize(term)),
        where=extra.get("where", "anywhere"),
        next=None if next_words is None else _words(next_words),
        not_next=tuple(tuple(t.norm for t in tokenize(v)) for v in extra.get("not_next") or ()),
        not_prev=_words(extra.get("not_prev")),
        prev=None if extra.get("prev") is None else _words(extra.get("prev")),
        not_earlier=_words(extra.get("not_earlier")),
        no_url=bool(extra.get("no_url", False)),
        acronym=bool(extra.get("acronym", False)),
    )


@lru_cache(maxsize=16)
def phrase_book(knowledge: Knowledge, name: str) -> PhraseBook:
    """The ``name`` lexicons of every supported language, loaded once per knowledge."""
    lexicons = (knowledge.lexicon(name, lang) for lang in ALL_LANGUAGES)
    return PhraseBook(lex for lex in lexicons if lex is not None)
