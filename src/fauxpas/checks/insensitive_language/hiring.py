"""Job adverts for FP106: is the post recruiting, and which of its phrases filter applicants
by age, family, sex, looks or origin?

Entries of kind ``hiring_bias`` count only in a recruiting post, one that also holds a
phrase of kind ``hiring_cue`` (see the check's docstring). Their terms may hold a number
slot (``{n}`` an age, ``{k}`` a count, ``{year}`` a year of birth), matched here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from fauxpas.checks.base import ALL_LANGUAGES
from fauxpas.checks.marker_phrases import PhraseBook
from fauxpas.checks.marker_text import TextView
from fauxpas.core.text.fold import fold
from fauxpas.core.text.tokens import tokenize
from fauxpas.knowledge import Knowledge
from fauxpas.knowledge.lexicon import Entry, Lexicon, LexiconError

HIRING_CUE = "hiring_cue"  # "we're hiring", "vi söker": the post recruits
HIRING_BIAS = "hiring_bias"  # "max 28 år", "no children": counts only in a recruiting post
HIRING_KINDS = frozenset({HIRING_CUE, HIRING_BIAS})


_SLOT = re.compile(r"\{(n|k|year)\}")
_AGES = range(16, 71)  # an {n} outside working ages ("under 12", "até 12 anos") is a child's
# An age is an upper limit or a range: "18+" is a legal minimum, not a bias.
_NUMBER = {"n": r"\d{1,2}(?:\s*[-–—]\s*\d{1,2})?(?!\s*\+)", "k": r"\d{1,2}",
           "year": r"(?:19|20)\d{2}"}
# Between two words of a term ("under the age of"): spaces and joining marks only.
_PLAIN_GAP = re.compile(r"[\s\-–'’,:]*")
# A number between two words ("max. 30 év", "zwischen 20 und 30", "20–30-åriga").
_MID = {k: re.compile(rf"[\s.:(~]*(?<!\d)(?P<num>{v})(?!\d)[\s.)\-–'’]*")
        for k, v in _NUMBER.items()}
# A number before a term's first word ("30 years or younger"), ending the gap.
_LEAD = {k: re.compile(rf"(?:^|(?<=[\s(:/~,]))(?P<num>{v})(?!\d)[\s.)\-–'’]*$")
         for k, v in _NUMBER.items()}
# A number after a term's last word ("aged 20-30", "under the age of 35").
_TRAIL = {k: re.compile(rf"[\s.:(~]*(?P<num>{v})(?!\d)") for k, v in _NUMBER.items()}
# After a trailing number: a price, a percentage or a longer figure, not an age.
_NOT_AGE = re.compile(r"\s*(?:[%€$£¥°+]|[.,]\d)")
_GLUED = re.compile(r"(\d{1,2})([^\W\d_].*)")  # "28år", "30s": the number glued to a word
_KINDS = frozenset({"word", "spaced"})


@dataclass(frozen=True, slots=True)
class HiringHit:
    entry: Entry
    lang: str
    term: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class _Numbered:
    """A term with number slots: its words, and the slot before, between and after them
    (``slots[k]`` stands before ``words[k]``, the last one after the last word)."""

    entry: Entry
    lang: str
    term: str
    words: tuple[str, ...]
    slots: tuple[str | None, ...]
    not_next: tuple[tuple[str, ...], ...]
    not_prev: frozenset[str]
    not_earlier: frozenset[str]


def _numbered(lang: str, entry: Entry, term: str) -> _Numbered:
    pieces = _SLOT.split(term)
    words: list[str] = []
    slots: list[str | None] = [None]
    for k, piece in enumerate(pieces):
        if k % 2:
            if slots[-1] is not None:
                raise LexiconError(f"{lang}/insensitive ({entry.id}): {term!r} has two "
                                   "number slots with no word between them")
            slots[-1] = piece
            continue
        for token in tokenize(piece):
            if token.kind in _KINDS:
                words.append(token.norm)
                slots.append(None)
    if not words:
        raise LexiconError(f"{lang}/insensitive ({entry.id}): {term!r} has no word")
    extra = entry.extra
    return _Numbered(
        entry=entry, lang=lang, term=term, words=tuple(words), slots=tuple(slots),
        not_next=tuple(tuple(t.norm for t in tokenize(v)) for v in extra.get("not_next") or ()),
        not_prev=frozenset(fold(v) for v in extra.get("not_prev") or ()),
        not_earlier=frozenset(fold(v) for v in extra.get("not_earlier") or ()))


@dataclass(frozen=True)
class HiringBooks:
    """The ``insensitive`` lexicons split for FP106: the ordinary phrases, the cues that
    make a post a job advert, and the phrases that count only in one."""

    plain: PhraseBook
    cues: PhraseBook
    cue_tags: frozenset[str]  # folded hashtags: "#hiring", "#wirsuchen"
    bias: PhraseBook
    numbered: dict[str, tuple[_Numbered, ...]]  # by the first word

    def cues_in(self, view: TextView) -> list[HiringHit]:
        """The hiring cues of the text, in any language, in reading order."""
        found: list[HiringHit] = []
        if self.cues.may_match(view):
            found = [HiringHit(h.entry, h.phrase.lang, h.phrase.term, h.start, h.end)
                     for h in self.cues.find(view, ALL_LANGUAGES)]
        if "#" in view.text:
            found += [HiringHit(_TAG_ENTRY, "", t.raw, t.start, t.end) for t in view.tokens
                      if t.kind == "hashtag" and fold(t.raw) in self.cue_tags]
        return sorted(found, key=lambda h: h.start)

    def biases(self, view: TextView, languages: Sequence[str]) -> list[HiringHit]:
        """The hiring-bias phrases of ``languages``; overlapping ones make one hit ("edad
        entre 20 y 28" and "entre 20 y 28 años"), named by the first."""
        hits = [HiringHit(h.entry, h.phrase.lang, h.phrase.term, h.start, h.end)
                for h in self.bias.find(view, languages)]
        hits += _find_numbered(view, self.numbered, languages)
        kept: list[HiringHit] = []
        for hit in sorted(hits, key=lambda h: (h.start, -h.end)):
            if kept and hit.start < kept[-1].end:
                if hit.end > kept[-1].end:
                    kept[-1] = replace(kept[-1], end=hit.end)
                continue
            kept.append(hit)
        return kept


_TAG_ENTRY = Entry(id="hashtag", terms=("#",), sureness=2, extra={"kind": HIRING_CUE})
# Where a sentence ends: "!", "?", a line break, or a full stop before a capital ("max. 30
# év" goes on).
_SENTENCE_END = re.compile(r"[!?…\n]|\.(?=[\s\"'”»)]*[^\W\d_])")


def recruiting(text: str, cues: list[HiringHit], biases: list[HiringHit]) -> HiringHit | None:
    """The cue that makes the post a job advert, or None. A sure cue ("we're hiring",
    "Stellenanzeige", "#hiring") does it alone; a verb of seeking or joining ("wir suchen",
    "vi söker", "keresünk", sureness 1) only in the sentence of a bias phrase ("Vi söker
    en ung och hungrig säljare"), or with two bias phrases in the post: "Wir suchen das
    schönste Urlaubsfoto! Unser junges Team kürt den Gewinner" is no job advert."""
    if not biases:
        return None
    sure = [c for c in cues if c.entry.sureness >= 2]
    if sure:
        return sure[0]
    for cue in cues:
        if len(biases) >= 2 or any(_same_sentence(text, cue, b) for b in biases):
            return cue
    return None


def _same_sentence(text: str, a: HiringHit, b: HiringHit) -> bool:
    first, second = (a, b) if a.start <= b.start else (b, a)
    between = text[first.end:second.start]
    for end in _SENTENCE_END.finditer(between):
        if end.group() != "." or between[end.end():].lstrip(" \"'”»)")[:1].isupper():
            return False
    return True


@lru_cache(maxsize=16)
def hiring_books(knowledge: Knowledge) -> HiringBooks:
    """The ``insensitive`` lexicons of every language, split by kind, loaded once."""
    plain: list[Lexicon] = []
    cues: list[Lexicon] = []
    bias: list[Lexicon] = []
    tags: set[str] = set()
    numbered: dict[str, list[_Numbered]] = {}
    for lang in ALL_LANGUAGES:
        lexicon = knowledge.lexicon("insensitive", lang)
        if lexicon is None:
            continue
        ordinary, cue_entries, bias_entries = [], [], []
        for entry in lexicon.entries:
            kind = entry.extra.get("kind")
            if kind == HIRING_CUE:
                tags.update(fold(t) for t in entry.terms if t.startswith("#"))
                cue_entries.append(replace(entry, terms=tuple(
                    t for t in entry.terms if not t.startswith("#"))))
            elif kind == HIRING_BIAS:
                for term in entry.terms:
                    if _SLOT.search(term):
                        phrase = _numbered(lang, entry, term)
                        numbered.setdefault(phrase.words[0], []).append(phrase)
                bias_entries.append(replace(entry, terms=tuple(
                    t for t in entry.terms if not _SLOT.search(t))))
            else:
                ordinary.append(entry)
        plain.append(Lexicon(lang, lexicon.name, ordinary, lexicon.sources))
        cues.append(Lexicon(lang, lexicon.name, cue_entries, lexicon.sources))
        bias.append(Lexicon(lang, lexicon.name, bias_entries, lexicon.sources))
    return HiringBooks(PhraseBook(plain), PhraseBook(cues), frozenset(tags),
                       PhraseBook(bias), {k: tuple(v) for k, v in numbered.items()})


def _find_numbered(view: TextView, index: dict[str, tuple[_Numbered, ...]],
                   languages: Sequence[str]) -> list[HiringHit]:
    hits: list[HiringHit] = []
    for i, token in enumerate(view.tokens):
        if token.kind not in _KINDS:
            continue
        candidates = list(index.get(token.norm, ()))
        glued = _GLUED.fullmatch(token.norm)
        if glued:  # "28år": a term whose first word follows a number
            candidates += [p for p in index.get(glued.group(2), ())
                           if p.slots[0] in ("n", "k") and _fits(p.slots[0], glued.group(1))]
        for phrase in candidates:
            if phrase.lang not in languages:
                continue
            span = _match_numbered(view, i, phrase)
            if span is not None:
                hits.append(HiringHit(phrase.entry, phrase.lang, phrase.term, *span))
    return hits


def _match_numbered(view: TextView, i: int, phrase: _Numbered) -> tuple[int, int] | None:
    tokens, text = view.tokens, view.text
    start = tokens[i].start
    j = i
    for k, word in enumerate(phrase.words):
        if j >= len(tokens) or tokens[j].kind not in _KINDS:
            return None
        token, slot = tokens[j], phrase.slots[k]
        glued = token.norm != word
        if glued:
            number = re.fullmatch(rf"(\d{{1,2}}){re.escape(word)}", token.norm)
            if not (slot in ("n", "k") and number and _fits(slot, number.group(1))):
                return None
        gap_start = tokens[j - 1].end if j > 0 else 0
        gap = text[gap_start:token.start]
        if k == 0:
            if slot is not None and not glued:
                lead = _LEAD[slot].search(gap)
                if lead is None or not _fits(slot, lead.group("num")):
                    return None
                start = gap_start + lead.start("num")
        elif slot is not None and not glued:
            mid = _MID[slot].fullmatch(gap)
            if mid is None or not _fits(slot, mid.group("num")):
                return None
        elif not _PLAIN_GAP.fullmatch(gap):
            return None
        j += 1
    last = j - 1
    end = tokens[last].end
    slot = phrase.slots[-1]
    if slot is not None:
        gap = text[end:tokens[j].start if j < len(tokens) else len(text)]
        trail = _TRAIL[slot].match(gap)
        if (trail is None or _NOT_AGE.match(gap, trail.end())
                or not _fits(slot, trail.group("num"))):
            return None
        end += trail.end("num")
    if phrase.not_next:
        following = view.next_words(last, max(len(w) for w in phrase.not_next))
        if any(following[:len(seq)] == seq for seq in phrase.not_next):
            return None
    if phrase.not_prev and view.previous_word(i) in phrase.not_prev:
        return None
    if phrase.not_earlier and not phrase.not_earlier.isdisjoint(view.earlier_words(i)):
        return None
    return start, end


def _fits(slot: str, number: str) -> bool:
    """An {n} is a working age, every end of its range: "20-30", not "under 12"."""
    return slot != "n" or all(int(d) in _AGES for d in re.findall(r"\d+", number))
