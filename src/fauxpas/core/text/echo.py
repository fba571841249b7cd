"""Does a bot's reply repeat, or answer in its own words, the text it answers?

A bot that prints a follower's words on a cake, a can or a jersey, or turns them into a
picture ("Your words, our picture:"), publishes them as the brand (the crowdsourcing
check's echo, and the target the other checks read). A bot that answers an angry customer
with "Sorry about this, a member of our support team will reply within two hours..."
publishes only its own words."""

from __future__ import annotations

from fauxpas.core.text.fold import fold
from fauxpas.core.text.tokens import tokenize

# A run of this many of the target's words in a row, in the same order, is an echo; a
# target shorter than that is an echo when all its words are repeated.
ECHO_RUN = 4
# An answer in its own words repeats no run of this many (a quoted phrase of three words,
# "send them back", is the target again) and has at least ANSWER_WORDS words: a shorter
# reply ("Thanks for sharing!", "Your words, our picture:") presents what it answers.
OWN_WORDS_RUN = 3
ANSWER_WORDS = 12


def _words(text: str) -> list[str]:
    return [fold(t.norm).lstrip("#@") for t in tokenize(text)
            if t.kind in ("word", "hashtag", "mention")]


def echoed_words(reply: str, target: str, run: int = ECHO_RUN) -> str | None:
    """The target's words the reply repeats in a row (the longest such run), when they make
    an echo (``run`` words, or the whole of a shorter target); None otherwise."""
    return _echo(_words(reply), _words(target), run)


def answers_in_own_words(reply: str, target: str) -> bool:
    """True when ``reply`` has at least ``ANSWER_WORDS`` words and repeats no
    ``OWN_WORDS_RUN`` words in a row of ``target`` (nor all of it, when it is shorter)."""
    said = _words(reply)
    return len(said) >= ANSWER_WORDS and _echo(said, _words(target), OWN_WORDS_RUN) is None


def _echo(said: list[str], heard: list[str], run: int) -> str | None:
    if not said or not heard:
        return None
    where: dict[str, list[int]] = {}
    for j, word in enumerate(said):
        where.setdefault(word, []).append(j)
    best = (0, 0)  # (length, end in heard)
    runs: dict[int, int] = {}  # run length ending at said[j], for the previous heard word
    for i, word in enumerate(heard):
        runs = {j: runs.get(j - 1, 0) + 1 for j in where.get(word, ())}
        for length in runs.values():
            if length > best[0]:
                best = (length, i + 1)
    length, end = best
    start = end - length
    if length >= min(run, len(heard)):
        return " ".join(heard[start:start + length])
    return None
