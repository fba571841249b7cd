"""FP202 hate: demeaning or excluding people for who they are."""

from __future__ import annotations

from fauxpas.checks.base import Check
from fauxpas.checks.registry import register
from fauxpas.checks.semantic import confidence, describe, head_scores, threshold
from fauxpas.core.verdict import Category, Severity


@register
class Hate(Check):
    code = "FP202"
    name = "hate"
    category = Category.HATE
    severity = Severity.BLOCK
    summary = "Demeaning or excluding people for their origin, religion, gender, sexuality..."
    tier = "model"
    status = "preview"  # opt-in until the heads meet the false-alarm bar (model_eval.md)

    def run(self, ctx):
        scores = head_scores(ctx)
        if scores is None:
            return
        conf = confidence(scores["hate"], threshold(ctx, "hate"))
        if conf < 0.25:
            return
        what = "The text it spreads" if ctx.on_target else "This"
        yield self.finding(
            ctx, message=f"{what} reads as demeaning a group of people for who they are.",
            confidence=min(conf, 0.99),
            suggestion="Do not publish or repeat it. If you are quoting to condemn it, say so "
                       "in your own words without repeating the slur or the claim.",
            evidence=describe(scores, "hate", "harassment"))
