"""How much of a text the model tier reads, and in what pieces.

The heads were trained and calibrated on posts: tweets, sentences, short comments. A
long text is read in **pieces** of at most ``PIECE_CHARS`` characters (a Mastodon post),
cut between words, and a head's score for the text is its highest score on any piece: one
hateful paragraph in a long post is not averaged away by the harmless ones around it.
Short pieces are also cheap: the encoder's attention grows with the square of a window's
length, so a 2,000-character text read whole took about 0.7 s on the 2-core test machine.

Only the first ``MODEL_CHARS`` characters are read (LinkedIn's limit for a post): a
longer text is a document. Before this limit a 99,000-character text took 74 s through
the full tier. The rule checks still read every character.
"""

from __future__ import annotations

MODEL_CHARS = 3_000
PIECE_CHARS = 500
_CUT_WITHIN = 100  # cut at the last space among a piece's last 100 characters, if any


def model_text(text: str) -> str:
    """The part of ``text`` the model reads: all of it up to ``MODEL_CHARS`` characters,
    else its beginning, cut after the last whole word."""
    if len(text) <= MODEL_CHARS:
        return text
    return text[:_cut(text, 0, MODEL_CHARS)]


def pieces(text: str) -> list[str]:
    """``model_text(text)`` in consecutive pieces of at most ``PIECE_CHARS`` characters,
    cut between words where possible; a short text is one piece, as written."""
    text = model_text(text)
    if len(text) <= PIECE_CHARS:
        return [text]
    out, start = [], 0
    while start < len(text):
        end = _cut(text, start, PIECE_CHARS)
        piece = text[start:end].strip()
        if piece:
            out.append(piece)
        start = end
    return out or [text]


def _cut(text: str, start: int, size: int) -> int:
    """Where a stretch of at most ``size`` characters from ``start`` ends: after the last
    white space among its last characters, else at ``size``."""
    end = start + size
    if end >= len(text):
        return len(text)
    window = text[end - _CUT_WITHIN:end]
    space = max(window.rfind(" "), window.rfind("\n"), window.rfind("\t"))
    return end - _CUT_WITHIN + space + 1 if space >= 0 else end
