"""A sexual innuendo written with emoji: a sexual emoji (aubergine, peach, droplets, tongue,
"no one under 18"), or words of size and hardness or an order to suck or swallow ("long
and hard", "lekker dik", "chúpalo despacio"), next to
the wink, smirk or devil face that turns a product line into a hint at sex; or an
aubergine or peach with droplets or a tongue right beside it ("🍑💦"), a hint by itself. A grocer's
"fresh aubergines 🍆 and peaches 🍑" has no wink and is left alone.
Read by FP203 (sexual), and by FP204 (violence), whose head reads such innuendo as
violence."""

from __future__ import annotations

import re

from fauxpas.context.cues import ctx_cues, ctx_has_kind

SEXUAL_EMOJI = re.compile("[\U0001F346\U0001F351\U0001F4A6\U0001F445\U0001F51E]")
SUGGESTIVE_EMOJI = re.compile("[\U0001F609\U0001F60F\U0001F608\U0001F924\U0001F975]")
# An aubergine or a peach with droplets or a tongue right beside it is the hint itself, with
# no wink needed ("🍑💦", "🍆💦"); a grocer's "aubergines 🍆 and peaches 🍑" is no pair.
SEXUAL_PAIR = re.compile("[\U0001F346\U0001F351]\uFE0F?[\U0001F4A6\U0001F445]"
                         "|[\U0001F4A6\U0001F445]\uFE0F?[\U0001F346\U0001F351]")
# The sexual head must reach this share of its cutoff: it reads "it vibrates in all the
# right places 😉🍆" as half sexual, since no word is.
INNUENDO_SHARE = 0.5
# With words of size and hardness the words say it: the head reads "Stiv, lang og alltid
# klar 😏" at a third of its cutoff.
WORDS_SHARE = 0.25
# Two such phrases or more ("longues, bien dures... prêtes à vous satisfaire 😏") say it
# plainer still.
MANY_WORDS_SHARE = 0.15


def innuendo(ctx, sexual: float, cutoff: float) -> str | None:
    """What makes the text an innuendo, a suggestive emoji (wink, smirk) with a sexual
    emoji or with words of size and hardness ("long and hard", "lekker dik", "stiv": cue
    kind ``suggestive``), when the sexual head reaches ``INNUENDO_SHARE`` of its cutoff
    (``WORDS_SHARE`` with the words, ``MANY_WORDS_SHARE`` with two phrases or more, or
    with a pair such as "🍆💦" and a wink); None otherwise."""
    if sexual < MANY_WORDS_SHARE * cutoff:
        return None
    pair = SEXUAL_PAIR.search(ctx.text)
    suggestive = SUGGESTIVE_EMOJI.search(ctx.text)
    if pair is not None and (sexual >= INNUENDO_SHARE * cutoff or suggestive is not None):
        # with a wink or smirk as well ("😏🍆💦"), the emoji say it all: the head may read
        # the words ("quand ça coule partout") as anything
        return pair.group()
    if suggestive is None:
        return None
    sexual_emoji = SEXUAL_EMOJI.search(ctx.text)
    if sexual_emoji is not None and sexual >= INNUENDO_SHARE * cutoff:
        return suggestive.group() + sexual_emoji.group()
    if not ctx_has_kind(ctx, "suggestive"):
        return None
    words = _apart(ctx_cues(ctx).of("suggestive"))
    share = MANY_WORDS_SHARE if len(words) >= 2 else WORDS_SHARE
    if not words or sexual < share * cutoff:
        return None
    return f"{suggestive.group()} {ctx.text[words[0].start:words[0].end]}"


def _apart(hits):
    """Hits that do not overlap, in reading order ("vous satisfaire" inside "prêtes à vous
    satisfaire" is one phrase)."""
    out = []
    for hit in sorted(hits, key=lambda h: (h.start, -h.end)):
        if not out or hit.start >= out[-1].end:
            out.append(hit)
    return out
