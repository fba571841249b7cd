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
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, ClassVar

from fauxpas.checks.base import Check
from fauxpas.checks.marker_phrases import PhraseHit, phrase_book
from fauxpas.checks.marker_text import TextView
from fauxpas.checks.registry import register
from fauxpas.context.counter_speech import quoted, rejects_hate
from fauxpas.context.post_signals import laughs, post_signals
from fauxpas.core.check_context import CheckContext
from fauxpas.core.verdict import Category, Finding, Severity

# Confidence by the phrase's sureness: 2 reaches the default review threshold (0.5), 1
# stays a note under it.
BY_SURENESS = {2: 0.6, 1: 0.4}
REJECTED_CAP = 0.4  # quoted, or named to reject it: a note at most


@register
class InsensitiveLanguage(Check):
    code = "FP106"
    name = "insensitive-language"
    category = Category.INSENSITIVE_LANGUAGE
    severity = Severity.WARN
    summary = ("Wording that is non-inclusive or hurtful toward a group, said without meaning "
               "harm (\"that's so gay\", \"man up\", \"wheelchair-bound\", \"got gypped\"), "
               "with what to write instead, in twelve languages.")
    options: ClassVar[dict[str, Any]] = {
        "skip": [],  # lexicon entry ids never to report, e.g. a term the brand has decided on
    }

    def run(self, ctx: CheckContext) -> Iterable[Finding]:
        view = TextView.of(ctx)
        book = phrase_book(ctx.knowledge, "insensitive")
        if not book.may_match(view):
            return
        skip = frozenset(map(str, self.option(ctx, "skip") or ()))
        rejected = None
        for hit in book.find(view, ctx.languages):
            if hit.entry.id in skip:
                continue
            if hit.entry.extra.get("figure") and not _makes_light(ctx):
                continue
            confidence = BY_SURENESS.get(hit.entry.sureness, 0.0)
            if hit.entry.extra.get("kind") == "racial" and laughs(ctx):
                # "live like a real zigenare all summer 😂": the label as a joke's stereotype
                confidence = max(confidence, BY_SURENESS[2])
            if confidence and rejected is None:
                rejected = bool(rejects_hate(ctx))
            if rejected or quoted(ctx.text, hit.start, hit.end):
                confidence = min(confidence, REJECTED_CAP)
            if confidence:
                yield self._finding(ctx, hit, confidence)

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


def _makes_light(ctx: CheckContext) -> bool:
    """The post jokes or sells, and speaks of no care, support or awareness."""
    signals = post_signals(ctx)
    return ((signals.light or signals.selling >= 1)
            and not signals.cues.has("sympathy", "support", "help"))
