"""FP105 hashtag-reading: an unbroken hashtag the public can read as something vulgar,
sexual or deadly ("#penisland", "#therapist" read as "the rapist")."""

from __future__ import annotations

from collections.abc import Iterator

from fauxpas.checks.base import Check
from fauxpas.checks.registry import register
from fauxpas.core.check_context import CheckContext
from fauxpas.core.text.tokens import may_hold_hashtags
from fauxpas.core.verdict import Category, Finding, Severity
from fauxpas.knowledge import Knowledge

from .reader import Hit, Limits, hashtag_hits, natural_cost
from .taboo import taboo_index

# How sure a hit is (by the word's sureness), before any discount for how far-fetched
# the reading is. A mild word the tag plainly says ("#SexEducation") is the author's
# choice, said openly: below the default report threshold (shown to strict bot checks
# and to policies that lower min_confidence). Found by a reader in an unintended
# reading, the same word is the gaffe.
NATURAL_CONFIDENCE = {2: 0.8, 1: 0.3}
ALTERNATE_CONFIDENCE = {2: 0.8, 1: 0.62}
LANGUAGE_MARGIN = 3.0  # log10 units: how much worse a tag may read in a language to be read in it
DISCOUNT_PER_UNIT = {"natural": 0.0, "ambiguous": 0.03, "inside": 0.05, "across": 0.025}
LESSON = (
    "Hashtags used without research: the public reads an unbroken hashtag its own way, "
    "and one person spotting an unintended reading is enough for it to spread. A brand "
    "that once joined a hashtag about domestic violence to sell pizza (2014) shows what "
    "skipping that research costs; checking how a tag reads, and writing it in "
    "CamelCase, is part of it."
)


@register
class HashtagReading(Check):
    code = "FP105"
    name = "hashtag-reading"
    category = Category.HASHTAG
    severity = Severity.WARN
    summary = ("A hashtag whose natural reading, or a plausible other way to split it into "
               "words, is vulgar, sexual, or about death or violence.")
    lesson = LESSON
    options = {"inside_max": 3.0, "across_max": 9.0, "ambiguous_max": 3.5,
               "extra_languages": ["en"]}

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        if not may_hold_hashtags(ctx.text):  # also a fullwidth "＃" or small "﹟"
            return
        tags = [t for t in ctx.tokens if t.kind == "hashtag"]
        if not tags:
            return
        limits = Limits(float(self.option(ctx, "inside_max")),
                        float(self.option(ctx, "across_max")),
                        float(self.option(ctx, "ambiguous_max")))
        languages = tuple(dict.fromkeys([*ctx.languages, *self.option(ctx, "extra_languages")]))
        for token in tags:
            hit = best_hit(token.raw, languages, ctx.knowledge, limits)
            if hit is not None:
                yield self._finding(ctx, token, hit)

    def _finding(self, ctx: CheckContext, token, hit: tuple[Hit, str, float]) -> Finding:
        found, lang, confidence = hit
        reading = " ".join(found.reading)
        if found.how == "natural":
            message = f"{token.raw} reads as '{reading}': '{found.word.term}' is " \
                      f"{_kind_phrase(found.word.kind)}."
            severity = Severity(found.word.severity)
        else:
            message = f"{token.raw} can be read as '{reading}' " \
                      f"(meant as '{' '.join(found.natural)}')."
            severity = Severity.WARN
        suggestion = _suggestion(token.raw, found)
        return self.finding(
            ctx, message=message, confidence=confidence, span=token.span,
            suggestion=suggestion, severity=severity,
            evidence={"hashtag": token.raw, "reading": reading,
                      "natural_reading": " ".join(found.natural), "word": found.word.term,
                      "kind": found.word.kind, "how": found.how, "language": lang,
                      "delta": found.delta, "entry": found.word.entry_id,
                      "lexicon": found.word.lexicon},
        )


def best_hit(tag: str, languages: tuple[str, ...], knowledge: Knowledge,
             limits: Limits) -> tuple[Hit, str, float] | None:
    """The most confident taboo reading of ``tag`` over ``languages``, or None. A
    language in which the tag reads much worse than in another is skipped: an English
    tag in a German post is not read with German words."""
    indexes = {lang: taboo_index(knowledge, lang) for lang in languages}
    if not any(index.appears_in(tag) for index in indexes.values()):
        return None  # most tags: no taboo word among their letters, nothing to read
    costs = {lang: natural_cost(tag, lang) for lang in languages}
    fit = min(costs.values(), default=0.0) + LANGUAGE_MARGIN
    best = None
    for lang in languages:
        if costs[lang] > fit:
            continue
        index = indexes[lang]
        if not index.appears_in(tag):
            continue
        for hit in hashtag_hits(tag, lang, index, limits):
            confidence = confidence_of(hit)
            if best is None or confidence > best[2]:
                best = (hit, lang, confidence)
    return best


def confidence_of(hit: Hit) -> float:
    table = NATURAL_CONFIDENCE if hit.how == "natural" else ALTERNATE_CONFIDENCE
    base = table.get(hit.word.sureness, 0.4)
    if hit.how == "ambiguous":
        base = min(base, 0.62)
    return round(max(0.0, base - DISCOUNT_PER_UNIT[hit.how] * hit.delta), 3)


def _kind_phrase(kind: str) -> str:
    return {"vulgar": "vulgar", "sexual": "sexual", "death": "about death",
            "violence": "about violence"}.get(kind, "risky")


def _suggestion(tag: str, hit: Hit) -> str:
    camel = "#" + "".join(w.replace("'", "").capitalize() for w in hit.natural)
    if hit.how == "natural":
        return f"Choose another hashtag: '{hit.word.term}' reads the same however it is written."
    return f"Write it in CamelCase so it reads as meant ({camel}), or choose another hashtag."
