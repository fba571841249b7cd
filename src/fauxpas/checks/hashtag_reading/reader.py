"""How the public may read one hashtag: which taboo words its readings contain.

For each part of the tag (split where the author marked words), the most natural
reading is the cheapest split (``fauxpas.core.text.segment``). Every taboo word found
in the letters is then priced as the cheapest reading that contains it, and judged:

- ``natural``: it is a word of the natural reading (#fuckmondays: "fuck mondays").
- ``across``: it straddles words of the natural reading (#penisland: "pen island" /
  "penis land"; "Susan album party" / "Su's anal bum party"). The public finds these
  because the taboo word jumps out of the run of letters, so a reading far costlier
  than the natural one still counts, up to ``across_max``.
- ``inside``: it lies within one word of the natural reading (#therapist: "the
  rapist"; #cocktail, #Essex, #analysis). Only a reading nearly as cheap as the natural
  one counts (``inside_max``), which keeps ordinary words clean.
- ``ambiguous``: a death word the natural reading already has, when a nearly as cheap
  reading changes the words around it (#nowthatchersdead: who is dead?).
A reading that needs a non-word ("s cunt horpe") never counts as an alternative.
"""

from __future__ import annotations

from dataclasses import dataclass

from fauxpas.core.text.camel import camel_parts
from fauxpas.core.text.fold import fold, fold_keep_accents
from fauxpas.core.text.segment import MAX_BODY, WORD_TOLL, Reading, lattice, segment

from .taboo import MEMO_LIMIT, TabooIndex, TabooWord

RARE_TABOO_COST = 6.5 + WORD_TOLL  # a taboo word missing from the word list
MIN_RUN_IN_CAMEL = 10  # a CamelCase part this long may still hide other readings
INFLECTION = 3  # "kill" inside "killed", "death" inside "deaths": the same word
# A taboo word this short from the vendored profanity lists that the language's word list
# does not know ("hore", "poon", "yid", "abo", "spick": variants and rare slurs) is too
# obscure to jump out of a tag's letters: the public reads "#jerseyshore" and "#Yeppoon",
# not "jerseys hore" and "yep poon". Only the tag's natural words can be one. The words of
# the hashtag-readings lexicons were chosen for tags and always count ("wank").
OBSCURE_LENGTH = 5
# A three-letter taboo word that is not a common word ("tit", unlike "sex") read across
# the natural words counts only when that reading is nearly as likely as the natural one
# (``Limits.inside_max``): the eye does not pick "tit" out of "#stillgotit", but
# "#expertsexchange" is "expert sex change" to everyone.
TINY_LENGTH = 3
TINY_COMMON_COST = 5.0  # word cost (about Zipf 3) at most: a common word


@dataclass(frozen=True)
class Limits:
    inside_max: float = 3.0
    across_max: float = 9.0
    ambiguous_max: float = 3.5


@dataclass(frozen=True)
class Hit:
    word: TabooWord
    how: str  # natural / across / inside / ambiguous
    reading: tuple[str, ...]  # the words of the whole tag as the public may read it
    natural: tuple[str, ...]  # the most natural reading of the whole tag
    delta: float  # how much less likely the reading is (log10 units; 0 = natural)


def hashtag_hits(tag: str, lang: str, index: TabooIndex, limits: Limits) -> tuple[Hit, ...]:
    """Every taboo reading of ``tag`` in ``lang`` (memoised in the index)."""
    key = (tag, lang, limits)
    found = index.memo.get(key)
    if found is None:
        if len(index.memo) > MEMO_LIMIT:
            index.memo.clear()
        found = index.memo[key] = _hits(tag, lang, index, limits)
    return found


def natural_cost(tag: str, lang: str) -> float:
    """What the most natural reading of ``tag`` costs in ``lang`` (lower: reads better)."""
    parts = [fold(p) for p in camel_parts(tag)]
    return sum(lattice(p, lang).natural.cost for p in parts if p.isalpha() and len(p) <= MAX_BODY)


def _hits(tag: str, lang: str, index: TabooIndex, limits: Limits) -> tuple[Hit, ...]:
    written = [p for p in camel_parts(tag) if fold(p)]
    parts = [fold(p) for p in written]
    if not parts or sum(map(len, parts)) > MAX_BODY:
        return ()
    lattices = [lattice(p, lang) if p.isalpha() else None for p in parts]
    naturals = [lat.natural.words if lat else (p,) for lat, p in zip(lattices, parts)]
    hits = []
    marked = sum(p.isalpha() for p in parts) > 1
    for n, (part, lat) in enumerate(zip(parts, lattices)):
        if lat is None:
            continue
        # In a CamelCase tag the reader sees the author's words: only a long unbroken
        # run inside it is read other ways ("#OurTherapistTeam" is left alone).
        natural_only = marked and len(part) < MIN_RUN_IN_CAMEL
        as_written = fold_keep_accents(written[n])
        for start, end, word in index.occurrences(part):
            if not _same_letters(as_written, part, start, end, word):
                continue
            hit = _judge(lat, start, end, word, limits, natural_only)
            if hit is None:
                continue
            reading, how = hit
            whole = [w for ws in naturals[:n] for w in ws] + list(reading.words) + \
                [w for ws in naturals[n + 1:] for w in ws]
            natural = [w for ws in naturals for w in ws]
            hits.append(Hit(word, how, tuple(whole), tuple(natural), reading.delta))
    return tuple(hits)


def _same_letters(as_written: str, folded: str, start: int, end: int, word: TabooWord) -> bool:
    """Folding matches "hører" (hears) with "horer" (whores): the letters as written must
    be the taboo word's own, or carry no accents at all (typed without them)."""
    if len(as_written) != len(folded):  # "ß", "æ" changed the length: cannot tell
        return True
    written = as_written[start:end]
    return written == folded[start:end] or written == word.exact


def _judge(lat, start: int, end: int, word: TabooWord, limits: Limits, natural_only: bool):
    natural = lat.natural
    spans = list(zip((0, *natural.ends[:-1]), natural.ends))
    if natural_only and (start, end) not in spans:
        return None
    if (start, end) in spans:
        if word.kind in ("vulgar", "sexual"):
            # a split that leaves scraps ("cock er spaniel") is forced, not natural
            return (natural, "natural") if not natural.scraps else None
        if word.kind != "death":
            return None
        alternative = _ambiguity(lat, natural, (start, end), limits)
        return (alternative, "ambiguous") if alternative is not None else None
    cost = lat.word_cost(start, end)
    if cost is None:  # a taboo word the word list lacks: price it as a rare word
        if len(word.key) <= OBSCURE_LENGTH and word.lexicon == "profanity":
            return None
        cost = RARE_TABOO_COST
    reading = lat.reading_with(start, end, cost, word.key)
    if reading is None or (reading.unknown and not _stray_syllable(reading, word)):
        return None
    if reading.delta <= 0:  # reads better with the taboo word than without: natural
        return (reading, "natural") if word.kind in ("vulgar", "sexual") else None
    container = next(((s, e) for s, e in spans if s <= start and end <= e), None)
    if container is None:
        tiny = len(word.key) <= TINY_LENGTH and cost > TINY_COMMON_COST
        reach = limits.inside_max if tiny else limits.across_max
        return (reading, "across") if reading.delta <= reach else None
    if reading.unknown:
        return None
    if container[0] == start and container[1] - end <= INFLECTION:
        return None  # the word itself with an ending ("killed", "deaths"): not a new reading
    if word.kind in ("death", "violence") and word.sureness < 2:
        return None  # "dead" inside a word is mostly that word's own sense ("deceased")
    return (reading, "inside") if reading.delta <= limits.inside_max else None


def _stray_syllable(reading: Reading, word: TabooWord) -> bool:
    """A long, sure taboo word leaves one three-letter non-word beside it ("hob bitch"):
    the eye still lands on the taboo word."""
    if word.sureness < 2 or len(word.key) < 5 or reading.unknown != 1:
        return False
    return any(not ok and len(w) == 3 for w, ok in zip(reading.words, reading.known))


def _ambiguity(lat, natural: Reading, span: tuple[int, int], limits: Limits) -> Reading | None:
    """A death word the natural reading has anyway: a risk when a nearly as likely
    reading names someone else before it ("now thatcher's dead" / "now that cher's
    dead")."""
    starts = (0, *natural.ends[:-1])
    position = starts.index(span[0])
    if position == 0:
        return None
    before = (starts[position - 1], span[0])
    for alternative in segment(lat.body, lat.lang, 6)[1:]:
        if alternative.unknown or alternative.delta > limits.ambiguous_max:
            continue
        alt_spans = list(zip((0, *alternative.ends[:-1]), alternative.ends))
        if span not in alt_spans:
            continue
        alt_before = alt_spans[alt_spans.index(span) - 1]
        if alt_before != before and alt_before[1] - alt_before[0] >= 3:
            return alternative
    return None
