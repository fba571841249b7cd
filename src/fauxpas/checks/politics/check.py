"""FP205 politics: partisan or divisive stances on a business account."""

from __future__ import annotations

from fauxpas.checks.base import Check
from fauxpas.checks.registry import register
from fauxpas.checks.semantic import describe, head_confidence, head_scores
from fauxpas.core.verdict import Category, Severity


@register
class Politics(Check):
    code = "FP205"
    name = "politics"
    category = Category.POLITICS
    severity = Severity.WARN
    summary = "Partisan political or divisive stances from a brand or employee account."
    lesson = ("A restaurant posted its support for a president, for repealing a health law "
              "and a position on kneeling during the anthem (2017); it closed days later.")
    tier = "model"
    status = "preview"  # opt-in until the heads meet the false-alarm bar (model_eval.md)
    # Brands touch civic topics (elections, ministers, laws) all the time; only a clear
    # partisan reading is worth a reviewer's time.
    options = {"min_confidence": 0.7}

    def run(self, ctx):
        if ctx.post.account.kind == "personal":
            return
        scores = head_scores(ctx)
        if scores is None:
            return
        conf = head_confidence(ctx, "politics")
        floor = self.option(ctx, "min_confidence") if not ctx.strict else 0.25
        if conf < floor:
            return
        what = "The text it spreads" if ctx.on_target else "This"
        yield self.finding(
            ctx, message=f"{what} takes a partisan or divisive political stance on a "
                         "business account.", confidence=min(conf, 0.99),
            suggestion="Leave party politics and divisive stances off the brand account unless "
                       "leadership decided on a public position; then say it in an agreed "
                       "statement, not a post.",
            evidence=describe(scores, "politics"))
