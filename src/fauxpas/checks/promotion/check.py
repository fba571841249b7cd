"""FP206 promotion: the text sells something (a signal for the context checks)."""

from __future__ import annotations

from fauxpas.checks.base import Check
from fauxpas.checks.registry import register
from fauxpas.checks.semantic import describe, head_confidence, head_scores
from fauxpas.context.cues import text_cues
from fauxpas.context.post_signals import post_signals
from fauxpas.core.verdict import Category, Severity

# A reply that sells to someone who has just told of a death ("my father died last week"
# answered with "sorry for your loss! Code GRIEF15 gives 15% off our funeral wreaths") is
# held for review: it reads as profiting from their grief.
GRIEF_SALE_CONFIDENCE = 0.65


def answers_a_death(ctx) -> bool:
    """The post replies to a message that tells of a death (the ``crisis`` lexicon's kind
    ``death``: "passed away", "is overleden", "ha fallecido")."""
    post = ctx.post
    if ctx.on_target or post.action != "reply" or post.target is None:
        return False
    return text_cues(post.target.text, "crisis").has("death")


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
        if answers_a_death(ctx) and post_signals(ctx).selling >= 2:
            yield self.finding(
                ctx, severity=Severity.WARN, confidence=GRIEF_SALE_CONFIDENCE,
                message="This sells to someone who has just told of a death: an offer in "
                        "reply to grief reads as profiting from it.",
                suggestion="Answer with sympathy only; no code, no offer. If you can help "
                           "(a delivery, a refund), say so plainly without selling.",
                evidence={**describe(scores, "promotion"), "answers_a_death": True})
            return
        if conf < 0.5:
            return
        yield self.finding(
            ctx, message="This reads as promotion (selling).", confidence=min(conf, 0.99),
            suggestion="Fine on an ordinary day; hold it while a tragedy is in the news.",
            evidence=describe(scores, "promotion"))
