"""FP203 sexual: sexual or not-safe-for-work text."""

from __future__ import annotations

import re

from fauxpas.checks.base import Check
from fauxpas.checks.registry import register
from fauxpas.checks.semantic import HeadCheck, head_confidence, head_scores, threshold
from fauxpas.core.verdict import Category, Severity

# Emoji used for sex online (aubergine, peach, droplets, tongue, "no one under 18"), and
# the wink, smirk or devil face that turns a product line into an innuendo. A grocer's
# "fresh aubergines 🍆 and peaches 🍑" has no wink and is left alone.
SEXUAL_EMOJI = re.compile("[\U0001F346\U0001F351\U0001F4A6\U0001F445\U0001F51E]")
SUGGESTIVE_EMOJI = re.compile("[\U0001F609\U0001F60F\U0001F608\U0001F924\U0001F975]")
# An innuendo is held for review when the sexual head reaches this share of its cutoff: the
# head reads "it vibrates in all the right places 😉🍆" as half sexual, since no word is.
INNUENDO_SHARE = 0.5
INNUENDO_CONFIDENCE = 0.6


def innuendo(ctx, sexual: float, cutoff: float) -> str | None:
    """The emoji pair that makes the text an innuendo (a sexual emoji and a suggestive
    one), when the sexual head reaches ``INNUENDO_SHARE`` of its cutoff; None otherwise."""
    if sexual < INNUENDO_SHARE * cutoff:
        return None
    sexual_emoji = SEXUAL_EMOJI.search(ctx.text)
    suggestive = SUGGESTIVE_EMOJI.search(ctx.text)
    if sexual_emoji is None or suggestive is None:
        return None
    return suggestive.group() + sexual_emoji.group()


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
        pair = innuendo(ctx, scores[self.head], threshold(ctx, self.head))
        message = None
        if pair and conf < INNUENDO_CONFIDENCE:
            conf = INNUENDO_CONFIDENCE
            what = "The text it spreads" if ctx.on_target else "This"
            message = (f"{what} reads as a sexual innuendo: {pair} next to the words is how "
                       "people hint at sex online.")
        yield from self.report(ctx, scores, conf, message, innuendo=pair)
