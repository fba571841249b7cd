"""FP203 sexual: sexual or not-safe-for-work text."""

from __future__ import annotations

from fauxpas.checks.base import Check
from fauxpas.checks.profanity.check import find_profanity
from fauxpas.checks.registry import register
from fauxpas.checks.semantic import HeadCheck, head_confidence, head_scores, threshold
from fauxpas.context.innuendo import innuendo
from fauxpas.core.verdict import Category, Severity

INNUENDO_CONFIDENCE = 0.6  # an innuendo is held for review
# Explicit: a sure swear word (as FP101 reads it) in a text the sexual head reads at
# EXPLICIT_SHARE of its cutoff or more ("I want to ... and fuck you all night"). The
# swear word alone says nothing of sex (FP101 flags it as a swear word); together they
# name the text for what it is.
EXPLICIT_SHARE = 0.9
EXPLICIT_CONFIDENCE = 0.5


@register
class Sexual(HeadCheck, Check):
    code = "FP203"
    name = "sexual"
    category = Category.SEXUAL
    severity = Severity.BLOCK
    summary = "Sexual or not-safe-for-work text, including in what a like or repost spreads."
    tier = "model"
    head = "sexual"
    own_message = "This reads as sexual or not safe for work."
    target_message = "The post it likes or spreads reads as sexual or not safe for work."
    advice = ("Keep sexual content off the brand account; check that you are on the right "
              "account and acting on the right post.")

    def run(self, ctx):
        scores = head_scores(ctx)
        if scores is None:
            return
        conf = head_confidence(ctx, self.head)
        cutoff = threshold(ctx, self.head)
        pair = innuendo(ctx, scores[self.head], cutoff)
        message = None
        explicit = (conf < EXPLICIT_CONFIDENCE and scores[self.head] >= EXPLICIT_SHARE * cutoff
                    and bool(find_profanity(ctx, min_sureness=2)))
        if explicit:
            conf = EXPLICIT_CONFIDENCE
        if pair and conf < INNUENDO_CONFIDENCE:
            conf = INNUENDO_CONFIDENCE
            what = "The text it spreads" if ctx.on_target else "This"
            message = (f"{what} reads as a sexual innuendo: {pair} next to the words is how "
                       "people hint at sex online.")
        yield from self.report(ctx, scores, conf, message, innuendo=pair,
                               explicit_swearing=explicit)
