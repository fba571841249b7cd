"""FP203 sexual: sexual or not-safe-for-work text."""

from __future__ import annotations

from fauxpas.checks.base import Check
from fauxpas.checks.registry import register
from fauxpas.checks.semantic import confidence, describe, head_scores, threshold
from fauxpas.core.verdict import Category, Severity


@register
class Sexual(Check):
    code = "FP203"
    name = "sexual"
    category = Category.SEXUAL
    severity = Severity.BLOCK
    summary = "Sexual or not-safe-for-work text, including in what a like or repost spreads."
    tier = "model"
    status = "preview"  # opt-in until the heads meet the false-alarm bar (model_eval.md)

    def run(self, ctx):
        scores = head_scores(ctx)
        if scores is None:
            return
        conf = confidence(scores["sexual"], threshold(ctx, "sexual"))
        if conf < 0.25:
            return
        what = "The post it likes or spreads" if ctx.on_target else "This"
        yield self.finding(
            ctx, message=f"{what} reads as sexual or not safe for work.",
            confidence=min(conf, 0.99),
            suggestion="Keep sexual content off the brand account; check that you are on the "
                       "right account and acting on the right post.",
            evidence=describe(scores, "sexual"))
