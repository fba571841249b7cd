"""A sexual innuendo written with emoji: a sexual emoji (aubergine, peach, droplets, tongue,
"no one under 18") next to the wink, smirk or devil face that turns a product line into a
hint at sex. A grocer's "fresh aubergines 🍆 and peaches 🍑" has no wink and is left alone.
Read by FP203 (sexual), and by FP204 (violence), whose head reads such innuendo as
violence."""

from __future__ import annotations

import re

SEXUAL_EMOJI = re.compile("[\U0001F346\U0001F351\U0001F4A6\U0001F445\U0001F51E]")
SUGGESTIVE_EMOJI = re.compile("[\U0001F609\U0001F60F\U0001F608\U0001F924\U0001F975]")
# The sexual head must reach this share of its cutoff: it reads "it vibrates in all the
# right places 😉🍆" as half sexual, since no word is.
INNUENDO_SHARE = 0.5


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
