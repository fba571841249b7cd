"""Sound effects in a post: the comic-book noise of a blast or of gunfire ("kaboom", "pew
pew": cue kind ``sound``), or a word in capitals stretched into a noise ("BOOOOM", a
hashtag such as "#RATATATTT"). A sound effect makes a text playful: the violence check
reads it with words of combat as a joke about a strike."""

from __future__ import annotations

import re

from fauxpas.context.cues import ctx_cues

# three or more of the same letter in a row: a stretched noise, not a word or an acronym
_STRETCHED = re.compile(r"([^\W\d_])\1\1", re.UNICODE)
MIN_LENGTH = 4


def sound_effect(ctx) -> str | None:
    """The first sound effect of the text as written, or None."""
    hits = ctx_cues(ctx).of("sound")
    if hits:
        return ctx.text[hits[0].start:hits[0].end]
    for token in ctx.tokens:
        if token.kind not in ("word", "hashtag"):
            continue
        word = token.raw.lstrip("#")
        if (len(word) >= MIN_LENGTH and word.isalpha() and word.isupper()
                and _STRETCHED.search(word)):
            return token.raw
    return None
