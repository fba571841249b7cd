"""A report of a sports result: a scoreline ("4-0", "2:1") in a text about a match
(cue kind ``sport``: match, goal, derby, Tabelle, partido, meccs...; or a ball's emoji).
Its violent words are the language of sport ("we destroyed them 4-0", "crushed the
visitors"), which the violence head reads literally."""

from __future__ import annotations

import re

from fauxpas.context.cues import ctx_has_kind

# "4-0", "4 – 0", "2:1"; a colon only between single digits, so times ("19:00") are no
# scores; no digit may touch it, so dates ("2025-03-08") and phone numbers are none; a
# Hungarian suffix may follow ("3-0-ra").
_SCORELINE = re.compile(r"(?<![\d:./-])(?:\d{1,2}\s?[-–]\s?\d{1,2}|\d:\d)(?![\d:./]|-\d)")
_BALL_EMOJI = re.compile("[\u26BD\U0001F3C0\U0001F3C8\U0001F3D2\U0001F3C9\U0001F3D0\U0001F945]")


def scoreline(text: str) -> str | None:
    match = _SCORELINE.search(text)
    return match.group(0) if match else None


def reports_a_match(ctx) -> str | None:
    """The scoreline of a text that reports a match, or None."""
    score = scoreline(ctx.text)
    if score is None or not (ctx_has_kind(ctx, "sport") or _BALL_EMOJI.search(ctx.text)):
        return None
    return score
