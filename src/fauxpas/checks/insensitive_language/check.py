"""FP106 insensitive-language: wording that is non-inclusive, outdated or hurtful toward a
group of people, said without meaning harm ("that's so gay", "man up", "wheelchair-bound",
"got gypped", "c'est du travail d'arabe"), with what to write instead.

The ``insensitive`` lexicons (``knowledge/lexicons/<lang>/insensitive.yaml``) hold the
phrases of each language, each with its kind, why it hurts (``note``) and what to write
instead (``instead``). A phrase of the text's own languages counts; one of another
language only in brackets (so French "retard", a delay, is never English). Sureness 2
(widely read as offensive) holds a brand's post for review; sureness 1 (often criticised)
is a note. A text that names the wording to reject it ("stop saying 'that's so gay'":
``rejects_hate``) gets a note at most. Slurs and hate toward groups are FP202's. A racial
label in a text that laughs is a joke's stereotype and is held for review whatever its
sureness.

Entries marked ``figure`` are a condition's own name ("bipolar", "handicappato"): they
count only where the post jokes or sells ("this planner is basically OCD in a notebook
😂", "così lento che sembra handicappato") and says nothing of care, support or awareness
(cue kinds ``sympathy``, ``support``, ``help``); "autistic people", "with ADHD" are left
alone by the entry's neighbour words.

Job adverts: entries of kind ``hiring_bias`` ("young, dynamic team", "max 28 år", "no
family commitments", "csinos megjelenés", "nationals only") count only in a recruiting
post, one that also holds a phrase of kind ``hiring_cue`` ("we're hiring", "Stellenanzeige",
"#hiring"), in any of the twelve languages; a cue of sureness 1, a verb of seeking
("wir suchen", "vi söker", "keresünk"), only in the sentence of a bias phrase or with two
of them. Their terms may hold a number slot: ``{n}`` an age or a range of working age
("30", "20-30"; "under 12" is a child's, "18+" a minimum), ``{k}`` any count ("max {k} years out
of uni"), ``{year}`` a year of birth, so "max {n} år" is "max 28 år" for every age; a
slot's neighbours are matched as any other term's, and a numbered term honours
``not_next``, ``not_prev`` and ``not_earlier``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any, ClassVar

from fauxpas.checks.base import Check
from fauxpas.checks.insensitive_language.hiring import (
    HIRING_BIAS,
    HiringHit,
    hiring_books,
    recruiting,
)
from fauxpas.checks.marker_phrases import PhraseHit
from fauxpas.checks.marker_text import TextView
from fauxpas.checks.registry import register
from fauxpas.context.counter_speech import quoted, rejects_hate
from fauxpas.context.cues import ctx_cues
from fauxpas.context.post_signals import laughs, post_signals
from fauxpas.core.check_context import CheckContext
from fauxpas.core.verdict import Category, Finding, Severity

# Confidence by the phrase's sureness: 2 reaches the default review threshold (0.5), 1
# stays a note under it.
BY_SURENESS = {2: 0.6, 1: 0.4}
REJECTED_CAP = 0.4  # quoted, or named to reject it: a note at most

HIRING_WHY = ("a job advert that filters applicants by age, family, sex, looks or origin "
              "discriminates, and is unlawful in most markets (EU equal-treatment "
              "directives, UK Equality Act 2010, US ADEA)")
HIRING_INSTEAD = '"a motivated team", "open to all ages and backgrounds"'


@register
class InsensitiveLanguage(Check):
    code = "FP106"
    name = "insensitive-language"
    category = Category.INSENSITIVE_LANGUAGE
    severity = Severity.WARN
    summary = ("Wording that is non-inclusive or hurtful toward a group, said without meaning "
               "harm (\"that's so gay\", \"man up\", \"wheelchair-bound\", \"got gypped\"), "
               "and job adverts that ask for an age, no children or good looks "
               "(\"young, dynamic team\", \"max 30 years\"), with what to write instead, in "
               "twelve languages.")
    options: ClassVar[dict[str, Any]] = {
        "skip": [],  # lexicon entry ids never to report, e.g. a term the brand has decided on
    }

    def run(self, ctx: CheckContext) -> Iterable[Finding]:
        view = TextView.of(ctx)
        books = hiring_books(ctx.knowledge)
        skip = frozenset(map(str, self.option(ctx, "skip") or ()))
        state: dict[str, bool] = {}
        if books.plain.may_match(view):
            for hit in books.plain.find(view, ctx.languages):
                if hit.entry.id in skip:
                    continue
                if hit.entry.extra.get("figure") and not _makes_light(ctx):
                    continue
                confidence = BY_SURENESS.get(hit.entry.sureness, 0.0)
                if hit.entry.extra.get("kind") == "racial" and laughs(ctx):
                    # "live like a real zigenare all summer 😂": the label as a joke's stereotype
                    confidence = max(confidence, BY_SURENESS[2])
                confidence = self._weighed(ctx, hit.start, hit.end, confidence, state)
                if confidence:
                    yield self._finding(ctx, hit, confidence)
        chores = sells_chores_for_womens_day(ctx)
        if chores is not None:
            yield self._chores_finding(ctx, chores)
        cues = books.cues_in(view)
        if not cues:
            return
        biases = [b for b in books.biases(view, ctx.languages) if b.entry.id not in skip]
        cue = recruiting(ctx.text, cues, biases)
        if cue is None:
            return
        for bias in biases:
            confidence = BY_SURENESS.get(bias.entry.sureness, 0.0)
            confidence = self._weighed(ctx, bias.start, bias.end, confidence, state)
            if confidence:
                yield self._hiring_finding(ctx, bias, cue, confidence)

    @staticmethod
    def _weighed(ctx: CheckContext, start: int, end: int, confidence: float,
                 state: dict[str, bool]) -> float:
        """A note at most when the phrase is quoted or the text rejects it."""
        if not confidence:
            return confidence
        if "rejected" not in state:
            state["rejected"] = bool(rejects_hate(ctx))
        if state["rejected"] or quoted(ctx.text, start, end):
            return min(confidence, REJECTED_CAP)
        return confidence

    def _finding(self, ctx: CheckContext, hit: PhraseHit, confidence: float) -> Finding:
        written = ctx.text[hit.start:hit.end]
        entry = hit.entry
        kind = entry.extra.get("kind", "")
        why = entry.note or "can hurt the people it names"
        instead = entry.extra.get("instead")
        return self.finding(
            ctx, message=f"\"{written}\" {why}.", confidence=confidence,
            span=(hit.start, hit.end), severity=Severity.WARN,
            suggestion=(f"Rephrase without it: {instead}." if instead else
                        "Rephrase without it: say what you mean plainly."),
            evidence={"entry": entry.id, "term": hit.phrase.term, "kind": kind,
                      "language": hit.phrase.lang, "sureness": entry.sureness})

    def _chores_finding(self, ctx: CheckContext, chores: tuple[int, int]) -> Finding:
        written = ctx.text[chores[0]:chores[1]]
        return self.finding(
            ctx, message=(f"Sells \"{written}\" for Women's Day: housework as a gift for "
                          "women is the stereotype the day stands against."),
            confidence=CHORES_CONFIDENCE, span=chores, severity=Severity.WARN,
            suggestion=("Mark the day with what it is about (equal pay, women's rights, the "
                        "women of your company), or sell on another day."),
            evidence={"kind": "gendered", "chores": written})

    def _hiring_finding(self, ctx: CheckContext, bias: HiringHit, cue: HiringHit,
                        confidence: float) -> Finding:
        written = ctx.text[bias.start:bias.end]
        entry = bias.entry
        what = entry.note or "asks for something the job does not need"
        instead = entry.extra.get("instead") or HIRING_INSTEAD
        return self.finding(
            ctx, message=f"\"{written}\" in a job advert {what}: {HIRING_WHY}.",
            confidence=confidence, span=(bias.start, bias.end), severity=Severity.WARN,
            suggestion=("Describe the job and the skills it needs, open to all ages and "
                        f"backgrounds: {instead}."),
            lesson=self.lesson_text("hiring"),
            evidence={"entry": entry.id, "term": bias.term, "kind": HIRING_BIAS,
                      "language": bias.lang, "sureness": entry.sureness,
                      "hiring_cue": ctx.text[cue.start:cue.end], "cue_span": [cue.start, cue.end]})


# An advert that offers housework tools (cue kind ``chores``: irons, vacuum cleaners,
# dishwashers) at a discount for International Women's Day (cue kind ``womens_day``, 12
# languages) is held for review: "8 March: because they deserve it, 30% off all our irons
# and vacuum cleaners!" A vacuum maker that celebrates its women engineers sells nothing
# off. A discount: "-30 %", "30% off", "20 % de réduction", "Rabatt", "-25%".
CHORES_CONFIDENCE = 0.6
_DISCOUNT = re.compile(
    r"(?:^|[\s(])[-−]\s?\d+\s?%|\d+\s?%\s?(?:off|de (?:réduction|remise|descuento|desconto)|"
    r"di sconto|rabatt|korting|rabat|rabatu|zniżki|kedvezmény|alennus)|"
    r"\b(?:rabatt|rabais|descuento|desconto|sconto|korting|rabat|zniżk\w*|kedvezmény)\b",
    re.IGNORECASE)


def sells_chores_for_womens_day(ctx: CheckContext) -> tuple[int, int] | None:
    """The span of the first housework tool of a post that names Women's Day and offers a
    discount (``_DISCOUNT``), or None. Not in a text that rejects the stereotype."""
    cues = ctx_cues(ctx)
    if not (cues.has("womens_day") and cues.has("chores")):
        return None
    if not _DISCOUNT.search(ctx.text) or rejects_hate(ctx):
        return None
    hits = cues.of("chores")
    start = hits[0].start
    return start, max(hit.end for hit in hits if hit.start == start)  # "vacuum cleaners"


def _makes_light(ctx: CheckContext) -> bool:
    """The post jokes or sells, and speaks of no care, support or awareness."""
    signals = post_signals(ctx)
    return ((signals.light or signals.selling >= 1)
            and not signals.cues.has("sympathy", "support", "help"))


# --- job adverts --------------------------------------------------------------------------
