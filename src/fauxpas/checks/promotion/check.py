"""FP206 promotion: the text sells something (a signal for the context checks)."""

from __future__ import annotations

from fauxpas.checks.base import Check
from fauxpas.checks.registry import register
from fauxpas.checks.semantic import describe, head_confidence, head_scores
from fauxpas.core.verdict import Category, Severity


@register
class Promotion(Check):
    code = "FP206"
    name = "promotion"
    category = Category.PROMOTION
    severity = Severity.INFO
    summary = ("The text sells (offers, discounts, calls to buy). Information only: other "
               "checks use it, e.g. selling during a tragedy.")
    tier = "model"

    def run(self, ctx):
        scores = head_scores(ctx)
        if scores is None:
            return
        probability = scores["promotion"]
        ctx.shared["promotion"] = probability
        conf = head_confidence(ctx, "promotion")
        if conf < 0.5:
            return
        yield self.finding(
            ctx, message="This reads as promotion (selling).", confidence=min(conf, 0.99),
            suggestion="Fine on an ordinary day; hold it while a tragedy is in the news.",
            evidence=describe(scores, "promotion"))
