"""A report of a sports result: a scoreline ("4-0", "2:1") in a text about a match
(cue kind ``sport``: match, goal, derby, Tabelle, partido, meccs...; or a ball's emoji), or
with no score, three different words of a match ("Sotto di un gol, abbiamo ammazzato la
partita nel recupero"). Its violent words are the language of sport ("we destroyed them
4-0", "crushed the visitors", "a bomb from outside the box"), which the violence head reads
literally."""

from __future__ import annotations

import re

from fauxpas.context.cues import ctx_cues, ctx_has_kind
from fauxpas.core.text.fold import fold

# "4-0", "4 – 0", "2:1"; a colon only between single digits, so times ("19:00") are no
# scores; no digit may touch it, so dates ("2025-03-08") and phone numbers are none; a
# Hungarian suffix may follow ("3-0-ra").
_SCORELINE = re.compile(r"(?<![\d:./-])(?:\d{1,2}\s?[-–]\s?\d{1,2}|\d:\d)(?![\d:./]|-\d)")
_BALL_EMOJI = re.compile("[\u26BD\U0001F3C0\U0001F3C8\U0001F3D2\U0001F3C9\U0001F3D0\U0001F945]")


def scoreline(text: str) -> str | None:
    match = _SCORELINE.search(text)
    return match.group(0) if match else None


# Different words of a match that make a report without a scoreline.
MATCH_WORDS = 3


def reports_a_match(ctx) -> str | None:
    """The scoreline of a text that reports a match, or, without one, its words of a
    match when there are ``MATCH_WORDS`` different ones; None otherwise."""
    score = scoreline(ctx.text)
    if score is not None:
        if ctx_has_kind(ctx, "sport") or _BALL_EMOJI.search(ctx.text):
            return score
        return None
    if not ctx_has_kind(ctx, "sport"):
        return None
    words = list(dict.fromkeys(fold(ctx.text[hit.start:hit.end])
                               for hit in ctx_cues(ctx).of("sport")))
    return ", ".join(words) if len(words) >= MATCH_WORDS else None
