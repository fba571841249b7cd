"""FP102 draft: placeholders and unfinished copy that must never be published.

Two sources of evidence, merged per stretch of text:
- ``syntax``: language-independent patterns (template variables, asterisk fences,
  "XX" amounts, dummy links and handles, lorem ipsum, TODO / FIXME / TKTK);
- the ``draft`` lexicons (``knowledge/lexicons/<lang>/draft.yaml``): notes to the team
  ("need copy", "Text folgt", "lien ici") in the detected languages (and English, the
  language agencies leave their notes in), and bracketed slots ("[NAME]", "<insert
  date>", "[sett inn lenke]") in any language.

A sure placeholder is a ``block``; a phrase that could be an ordinary sentence ("link
here" with no link after it) is reported as a ``warn`` with a low confidence. Cheap
gates first: an ordinary post costs a set intersection and a few substring tests.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, ClassVar

from fauxpas.checks.base import Check
from fauxpas.checks.draft.messages import message, suggestion
from fauxpas.checks.draft.syntax import find_syntax
from fauxpas.checks.marker_phrases import PhraseHit, phrase_book
from fauxpas.checks.marker_text import TextView
from fauxpas.checks.registry import register
from fauxpas.context.counter_speech import reported_speech
from fauxpas.core.check_context import CheckContext
from fauxpas.core.verdict import Category, Finding, Severity

_BASE = {2: 0.85, 1: 0.45, 0: 0.25}  # a phrase's confidence by its lexicon sureness
_SLOT = 0.9  # a bracket holding nothing but slot words: "[INSERT LINK]"
_BLOCK_FROM = 0.6  # below this a finding is a warning, not a block
_MORE_SIGNALS = 0.1  # added to each finding when the post has more than one
_KIND_RANK = ("template", "fence", "lorem", "slot", "amount", "link", "handle", "marker",
              "note")
_SPANISH_LIKE = frozenset({"es", "pt"})  # "TODO:" is "ALL:" there


@dataclass
class _Group:
    start: int
    end: int
    confidence: float
    kind: str
    matched: list[dict[str, Any]] = field(default_factory=list)


@register
class DraftCheck(Check):
    code = "FP102"
    name = "draft"
    category = Category.DRAFT
    severity = Severity.BLOCK
    summary = ("Placeholders and unfinished copy: template variables left unexpanded, "
               "bracketed slots ([INSERT LINK], <name>), asterisk fences, XX amounts, "
               "lorem ipsum, TODO / TK, and notes to the team (need copy, Text folgt, "
               "lien ici) in twelve languages.")
    options: ClassVar[dict[str, Any]] = {
        "template_syntax": True,  # False for accounts that post code: braces are content
        "skip": [],  # pattern or lexicon entry ids never to report
    }

    def run(self, ctx: CheckContext) -> Iterable[Finding]:
        view = TextView.of(ctx)
        skip = _ids(self.option(ctx, "skip"))
        templates = bool(self.option(ctx, "template_syntax"))
        evidence: list[_Group] = []
        for hit in find_syntax(ctx.text, view.lower, view.words):
            pattern = hit.pattern
            if pattern.id in skip or (pattern.kind == "template" and not templates):
                continue
            confidence = hit.confidence
            if pattern.id == "draft-syntax-21" and _SPANISH_LIKE & set(ctx.languages):
                confidence = 0.5
            if pattern.kind == "template" and reported_speech(ctx.text, hit.start, hit.end):
                # "This morning's email greeted you as “Hi {{first_name}}”. Sorry!": the
                # post quotes the slip it apologises for; the quotation is the content
                continue
            evidence.append(_Group(hit.start, hit.end, confidence, pattern.kind,
                                   [{"pattern": pattern.id, "what": pattern.description}]))
        book = phrase_book(ctx.knowledge, "draft")
        if view.may_hold_slots or book.may_match(view):
            languages = (*ctx.languages, "en")
            for hit in book.find(view, languages):
                confidence = _phrase_confidence(hit)
                if confidence is None or hit.entry.id in skip:
                    continue
                start, end = hit.outer
                if not templates and ctx.text[start] == "{":
                    continue  # "{ user.name }" is code on this account
                kind = "slot" if hit.slot else "note"
                evidence.append(_Group(start, end, confidence, kind, [_evidence(hit)]))
        if not evidence:
            return ()
        groups = _merged(evidence)
        extra = _MORE_SIGNALS if len(groups) > 1 else 0.0
        return [self._finding(ctx, g, min(0.98, g.confidence + extra)) for g in groups]

    def _finding(self, ctx: CheckContext, group: _Group, confidence: float) -> Finding:
        snippet = ctx.text[group.start:group.end]
        return self.finding(
            ctx,
            message=message(group.kind, snippet),
            confidence=confidence,
            span=(group.start, group.end),
            suggestion=suggestion(group.kind, snippet),
            evidence={"kind": group.kind, "matched": group.matched},
            severity=Severity.BLOCK if confidence >= _BLOCK_FROM else Severity.WARN,
        )


def _phrase_confidence(hit: PhraseHit) -> float | None:
    if hit.slot:
        return _SLOT if hit.phrase.where == "bracket" else max(_SLOT, _phrase_boosted(hit) or 0.0)
    return _phrase_boosted(hit)


def _phrase_boosted(hit: PhraseHit) -> float | None:
    sureness = hit.entry.sureness
    if sureness == 0 and not (hit.bracketed or hit.label or hit.caps):
        return None
    boost = 0.15 * hit.bracketed + 0.15 * hit.label + 0.1 * hit.caps
    return min(0.97, _BASE[sureness] + min(boost, 0.3))


def _evidence(hit: PhraseHit) -> dict[str, Any]:
    context = [name for name, on in (("bracketed", hit.bracketed), ("label", hit.label),
                                     ("capitals", hit.caps)) if on]
    out: dict[str, Any] = {"entry": hit.entry.id, "term": hit.phrase.term,
                           "language": hit.phrase.lang, "sureness": hit.entry.sureness}
    if context:
        out["context"] = context
    return out


def _merged(evidence: list[_Group]) -> list[_Group]:
    """Overlapping evidence becomes one finding over the union of the spans, with the
    highest confidence and the most telling kind (one sweep in reading order)."""
    groups: list[_Group] = []
    for item in sorted(evidence, key=lambda g: (g.start, -g.end)):
        last = groups[-1] if groups else None
        if last is None or item.start >= last.end:
            groups.append(item)
            continue
        last.end = max(last.end, item.end)
        last.confidence = max(last.confidence, item.confidence)
        if _KIND_RANK.index(item.kind) < _KIND_RANK.index(last.kind):
            last.kind = item.kind
        last.matched.extend(item.matched)
    return groups


def _ids(value: Any) -> frozenset[str]:
    """The ``skip`` option: one id or a list of them."""
    if not value:
        return frozenset()
    if isinstance(value, str):
        return frozenset({value})
    return frozenset(str(v) for v in value)
