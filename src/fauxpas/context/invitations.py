"""Invitations to the public (Q&A hashtags, "ask us", photo calls, "tell us", retweet
for charity) and stunts that reward people for hurting others, in 12 languages."""

from __future__ import annotations

import re
from dataclasses import dataclass

from fauxpas.context.cues import ctx_cues, ctx_has_kind

# a Q&A hashtag: "#Ask<Brand>", and its equivalents in our languages
_QA_TAG = re.compile(r"^#(?:ask|demande|frag|pregunt|chied|pergunt|vraag|spor|sporg|fraga|kerdezd?)"
                     r"[A-Z\d_]", re.IGNORECASE)
_QA_CAMEL = re.compile(r"^#(?:Ask|Demande|Frag|Pregunta|Chiedi|Pergunte|Vraag|Spor|Sporg|Fraga"
                       r"|Kerdezd?)[A-Z\d]")
_NUMBER = re.compile(r"\b\d{1,3}\b")


@dataclass(frozen=True)
class Invitation:
    kind: str  # qa_hashtag / invite / stunt
    span: tuple[int, int] | None
    what: str


def find_invitation(ctx) -> Invitation | None:
    for token in ctx.tokens:
        if token.kind == "hashtag" and _QA_CAMEL.match(token.raw):
            return Invitation("qa_hashtag", token.span, token.raw)
    cues = ctx_cues(ctx)
    invites = cues.of("invite")
    if invites:
        hit = invites[0]
        return Invitation("invite", (hit.start, hit.end), ctx.text[hit.start:hit.end])
    return None


def find_stunt(ctx) -> Invitation | None:
    """A harmful act against people close to you, for a reward ("drop 10 friends, get ...")."""
    if not ctx_has_kind(ctx, "harm_act"):
        return None
    cues = ctx_cues(ctx)
    harm = cues.of("harm_act")
    if not harm or not cues.has("relation"):
        return None
    if cues.has("reward") or _NUMBER.search(ctx.text):
        hit = harm[0]
        return Invitation("stunt", (hit.start, hit.end), ctx.text[hit.start:hit.end])
    return None
