"""FP104 confidential: internal and embargo markers that say a text is not for the public.

The ``confidential`` lexicons (``knowledge/lexicons/<lang>/confidential.yaml``) hold the
markers of twelve languages ("internal only", "embargoed until", "usage interne",
"Sperrfrist", "ikke publiser før", "belső használatra"). Many are ordinary words too
("confidential advice", a trade "embargo" in the news, "Our internal team"), so where a
marker sits decides how sure the check is:

- an unambiguous instruction ("do not publish until", "not for distribution") counts
  anywhere;
- an ambiguous word counts as a label (alone on its line, "CONFIDENTIAL:", "– internal"),
  in brackets, or in capitals in a post that is not shouting;
- a date or time beside it ("EMBARGO: 09:00 CET") makes it surer still.

Embargo and do-not-publish instructions are ``block``; labels that may be harmless
("confidential", "NDA", "per legal") are ``warn``; weak readings stay warnings.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from typing import Any, ClassVar

from fauxpas.checks.base import Check
from fauxpas.checks.confidential.messages import message, suggestion
from fauxpas.checks.confidential.timecues import date_extent, dated
from fauxpas.checks.marker_phrases import PhraseHit, phrase_book
from fauxpas.checks.marker_text import TextView
from fauxpas.checks.registry import register
from fauxpas.core.check_context import CheckContext
from fauxpas.core.verdict import Category, Finding, Severity

_BASE = {2: 0.8, 1: 0.45, 0: 0.2}  # a marker's confidence by its lexicon sureness
_PLACED = 0.25  # a label or in brackets
_CAPITALS = 0.1
_DATED = 0.15
_STRONG_FROM = 0.6  # below this every finding is a warning
_MORE_SIGNALS = 0.1  # added to each finding when the post has more than one


@register
class ConfidentialCheck(Check):
    code = "FP104"
    name = "confidential"
    category = Category.CONFIDENTIAL
    severity = Severity.BLOCK
    summary = ("Internal and embargo markers: \"internal only\", \"embargoed until\", "
               "\"do not publish\", \"confidential\", \"Sperrfrist\", \"usage interne\" and "
               "their kin in twelve languages, judged by where they sit (a label, brackets, "
               "capitals, a date beside them).")
    options: ClassVar[dict[str, Any]] = {
        "skip": [],  # lexicon entry ids never to report
    }

    def run(self, ctx: CheckContext) -> Iterable[Finding]:
        view = TextView.of(ctx)
        book = phrase_book(ctx.knowledge, "confidential")
        if not book.may_match(view):
            return ()
        skip = self.option(ctx, "skip") or ()
        skip = frozenset({skip} if isinstance(skip, str) else map(str, skip))
        scored = []
        for hit in book.find(view, (*ctx.languages, "en")):
            if hit.entry.id in skip:
                continue
            near_date = dated(ctx.text, hit.start, hit.end)
            # "SPERRFRIST 14.06., 9 Uhr: ..." heads the post like a label does.
            heading = hit.caps and near_date and view.starts_line(hit.start)
            confidence = _confidence(hit, near_date, heading)
            if confidence is not None:
                scored.append((confidence, hit, near_date))
        kept = _one_per_stretch(scored)
        extra = _MORE_SIGNALS if len(kept) > 1 else 0.0
        return [self._finding(ctx, hit, min(0.98, c + extra), near_date)
                for c, hit, near_date in kept]

    def _finding(self, ctx: CheckContext, hit: PhraseHit, confidence: float,
                 near_date: bool) -> Finding:
        start, end = hit.outer
        kind = hit.entry.extra.get("kind", "internal")
        if near_date and kind in ("embargo", "publish") and end == hit.end:
            end = date_extent(ctx.text, end)  # "EMBARGOED UNTIL 09:00 CET 5 May"
        snippet = ctx.text[start:end]
        declared = Severity(hit.entry.severity or "warn")
        return self.finding(
            ctx,
            message=message(kind, snippet),
            confidence=confidence,
            span=(start, end),
            suggestion=suggestion(kind, snippet),
            evidence=_evidence(hit, kind, near_date),
            severity=declared if confidence >= _STRONG_FROM else Severity.WARN,
        )


def _confidence(hit: PhraseHit, near_date: bool, heading: bool = False) -> float | None:
    sureness = hit.entry.sureness
    placed = hit.bracketed or hit.label or heading
    if sureness == 0 and not (placed or hit.caps):
        return None
    confidence = _BASE[sureness] + _PLACED * placed + _CAPITALS * hit.caps
    if near_date and (sureness == 2 or placed or hit.caps):
        confidence += _DATED
    return min(0.97, confidence)


def _one_per_stretch(scored: list) -> list:
    """The surest marker of each stretch of text, in reading order."""
    starts: list[int] = []  # kept spans never overlap: sorted starts and their ends
    ends: list[int] = []
    kept: list = []
    for item in sorted(scored, key=lambda s: -s[0]):
        start, end = item[1].outer
        i = bisect.bisect_left(starts, start)
        if (i > 0 and ends[i - 1] > start) or (i < len(starts) and starts[i] < end):
            continue
        starts.insert(i, start)
        ends.insert(i, end)
        kept.append(item)
    return sorted(kept, key=lambda s: s[1].outer)


def _evidence(hit: PhraseHit, kind: str, near_date: bool) -> dict[str, Any]:
    context = [name for name, on in (("bracketed", hit.bracketed), ("label", hit.label),
                                     ("capitals", hit.caps), ("date", near_date)) if on]
    out: dict[str, Any] = {"kind": kind, "entry": hit.entry.id, "term": hit.phrase.term,
                           "language": hit.phrase.lang, "sureness": hit.entry.sureness}
    if context:
        out["context"] = context
    return out
