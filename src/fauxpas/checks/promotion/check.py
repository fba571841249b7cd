"""FP206 promotion: the text sells something (a signal for the context checks)."""

from __future__ import annotations

from fauxpas.checks.base import Check
from fauxpas.checks.registry import register
from fauxpas.checks.semantic import describe, head_confidence, head_scores
from fauxpas.context.cues import text_cues
from fauxpas.context.post_signals import post_signals
from fauxpas.core.verdict import Category, Severity

# A reply that sells to someone who has just told of a death or of being hurt ("my father
# died last week" answered with "sorry for your loss! Code GRIEF15 gives 15% off our
# funeral wreaths"; "your scooter broke under my son, broken arm" answered by a bot with a
# photo contest and 20% off) is held for review: it reads as profiting from their grief or
# brushing off their injury.
GRIEF_SALE_CONFIDENCE = 0.65
# what the answered message tells of, by ``crisis`` lexicon kind, as the finding says it
HARM_SAID = {"death": "a death", "injury": "an injury"}


def answers_harm(ctx) -> str | None:
    """What the message a reply or bot reply answers tells of: "a death" or "an injury"
    (the ``crisis`` lexicon's kinds ``death``: "passed away", "is overleden"; ``injury``:
    "broken arm", "na SOR-ze"); None when it tells of neither."""
    post = ctx.post
    if ctx.on_target or post.action not in ("reply", "bot_reply") or post.target is None:
        return None
    cues = text_cues(post.target.text, "crisis")
    return next((said for kind, said in HARM_SAID.items() if cues.has(kind)), None)


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
        harm = answers_harm(ctx)
        if harm and (post_signals(ctx).selling >= 2 or conf >= 0.5):
            yield self.finding(
                ctx, severity=Severity.WARN, confidence=GRIEF_SALE_CONFIDENCE,
                message=f"This sells to someone who has just told of {harm}: an offer in "
                        "reply reads as profiting from it or brushing it off.",
                suggestion="Answer with sympathy only; no code, no offer. If you can help "
                           "(a delivery, a refund), say so plainly without selling.",
                evidence={**describe(scores, "promotion"), "answers_harm": harm})
            return
        if conf < 0.5:
            return
        yield self.finding(
            ctx, message="This reads as promotion (selling).", confidence=min(conf, 0.99),
            suggestion="Fine on an ordinary day; hold it while a tragedy is in the news.",
            evidence=describe(scores, "promotion"))
