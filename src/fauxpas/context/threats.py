"""Violence announced or called for by the writer: "I'm going to stab every one of them",
"vamos a quemarlos", "il faut les abattre", "lasst uns sie erschießen".

A violent act done to people (cue kind ``violent_act``: stab, matar, poignarder,
erschießen) with, just before it in its sentence, words by which the writer announces
an act or calls for one (kind ``intent``: "I'm going to", "let's", "we should", "vamos
a", "hay que", "il faut", "on va", "lasst uns", "trzeba"); or a violent act whose form
announces it, the writer's own future (kind ``announced_act``: "mataré", "tuerai",
"ucciderò", "matarei"). A report of an attack ("the man who tried to stab two migrants")
has no such words; a denial ("no one should ever stab a trans person": ``denied_spans``)
is no announcement.
"""

from __future__ import annotations

from fauxpas.context.counter_speech import (
    close_after,
    outside_denials,
    unquoted,
)
from fauxpas.context.cues import ctx_cues, ctx_has_kind, ctx_words, negated

# "I'm going to find and stab", "hay que ir a quemarlos", "il faut tous les abattre"
INTENT_REACH = 3


def violent_acts(ctx) -> list:
    """The violent acts done to people ("stab", "matar", "poignarder", "in elkaar slaan":
    cue kinds ``violent_act`` and ``announced_act``) that no negation comes before and no
    denial holds ("no one should be stabbed": ``outside_denials``), in the order of the
    text."""
    if not (ctx_has_kind(ctx, "violent_act") or ctx_has_kind(ctx, "announced_act")):
        return []
    acts = ctx_cues(ctx).of("violent_act", "announced_act")
    return [act for act in outside_denials(ctx, sorted(acts, key=lambda hit: hit.start))
            if not negated(ctx, act.start)]


def violent_act_named(ctx) -> str | None:
    """The first of the text's ``violent_acts``, or None."""
    acts = violent_acts(ctx)
    return ctx.text[acts[0].start:acts[0].end] if acts else None


def announced_violence(ctx) -> str | None:
    """The first violent act the writer announces or calls for, or None. An act quoted
    in the writer's own words ("“I'll shoot every one of you”, one of the messages we got
    last night": ``reported_speech``) is someone else's announcement."""
    acts = unquoted(ctx.text, violent_acts(ctx))
    announced = [act for act in acts if act.kind == "announced_act"]
    if announced:
        return ctx.text[announced[0].start:announced[0].end]
    if not acts or not ctx_has_kind(ctx, "intent"):
        return None
    text, words = ctx.text, ctx_words(ctx)
    intents = ctx_cues(ctx).of("intent")
    for act in acts:
        if any(close_after(text, words, hit.end, act.start, INTENT_REACH) for hit in intents):
            return text[act.start:act.end]
    return None
