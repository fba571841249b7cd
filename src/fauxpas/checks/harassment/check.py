"""FP201 harassment: insulting, belittling or shouting at a person or the audience."""

from __future__ import annotations

from fauxpas.checks.base import Check
from fauxpas.checks.registry import register
from fauxpas.checks.semantic import (
    REVIEW_AT,
    addressed_to_someone,
    describe,
    head_confidence,
    head_scores,
    settle,
    shouting,
)
from fauxpas.core.verdict import Category, Severity


@register
class Harassment(Check):
    code = "FP201"
    name = "harassment"
    category = Category.HARASSMENT
    severity = Severity.BLOCK
    summary = "Insults, belittling or shouting at a person or the audience (any language)."
    tier = "model"
    status = "preview"  # opt-in until the heads meet the false-alarm bar (model_eval.md)
    options = {"shouting_boost": 0.1, "reply_boost": 0.05, "undirected_penalty": 0.25}

    def run(self, ctx):
        scores = head_scores(ctx)
        if scores is None:
            return
        conf = head_confidence(ctx, "harassment")
        loud = shouting(ctx.text)
        reasons = []
        # Capitals make an insult louder; they do not make a borderline text an insult
        # (fans shout their praise): the boost applies from the review level only.
        if conf >= REVIEW_AT and loud >= 0.7:
            conf += self.option(ctx, "shouting_boost")
            reasons.append("written in capitals (shouting)")
        if conf >= 0.25 and ctx.post.action == "reply" and not ctx.on_target:
            conf += self.option(ctx, "reply_boost")
            reasons.append("a reply to someone")
        directed = (addressed_to_someone(ctx.tokens) or loud >= 0.7 or ctx.on_target
                    or ctx.post.action in ("reply", "bot_reply"))
        if not directed:
            # Griping about traffic or the weather is negative, not an attack on a person.
            conf -= self.option(ctx, "undirected_penalty")
            if conf < 0.5:
                return
        if conf < 0.25:
            return
        what = "The text it spreads" if ctx.on_target else "This"
        message = f"{what} reads as insulting or belittling toward a person or the audience"
        if reasons:
            message += f" ({', '.join(reasons)})"
        yield self.finding(
            ctx, message=message + ".", confidence=min(conf, 0.99),
            severity=settle(self.severity, conf),
            suggestion="Answer the point, not the person: acknowledge, apologise where due, "
                       "and offer a private channel. Never insult or shout at customers.",
            evidence={**describe(scores, "harassment"), "capitals": round(loud, 2)})
