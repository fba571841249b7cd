"""Violence announced or called for by the writer: "I'm going to stab every one of them",
"vamos a quemarlos", "il faut les abattre", "lasst uns sie erschießen".

A violent act done to people (cue kind ``violent_act``: stab, matar, poignarder,
erschießen) with, just before it in its sentence, words by which the writer announces
an act or calls for one (kind ``intent``: "I'm going to", "let's", "we should", "vamos
a", "hay que", "il faut", "on va", "lasst uns", "trzeba"). A report of an attack ("the
man who tried to stab two migrants") has no such words; a denial ("no one should ever
stab a trans person": ``denied_spans``) is no announcement.
"""

from __future__ import annotations

from fauxpas.context.counter_speech import denied_spans, same_sentence, within_words
from fauxpas.context.cues import ctx_cues, ctx_has_kind, ctx_words, negated

# "I'm going to find and stab", "hay que ir a quemarlos", "il faut tous les abattre"
INTENT_REACH = 3


def announced_violence(ctx) -> str | None:
    """The first violent act the writer announces or calls for, or None."""
    if not (ctx_has_kind(ctx, "violent_act") and ctx_has_kind(ctx, "intent")):
        return None
    cues = ctx_cues(ctx)
    text, words = ctx.text, ctx_words(ctx)
    denials = [span for span, _harm in denied_spans(ctx)]
    intents = cues.of("intent")
    for act in cues.of("violent_act"):
        if any(start <= act.start and act.end <= end for start, end in denials):
            continue
        if negated(ctx, act.start):
            continue
        if any(hit.end <= act.start and same_sentence(text, hit.end, act.start, clause=True)
               and within_words(words, hit.end, act.start, INTENT_REACH) for hit in intents):
            return text[act.start:act.end]
    return None
