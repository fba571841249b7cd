"""Whether an automated reply repeats what the public wrote to it: the words of the text it
answers (``post.target.text``), all of them when it is short, or a run of several in a row."""

from __future__ import annotations

from fauxpas.core.text.fold import fold
from fauxpas.core.text.tokens import tokenize

# A run of this many of the target's words in a row, in the same order, is an echo; a
# target shorter than that is an echo when all its words are repeated.
ECHO_RUN = 4


def _words(text: str) -> list[str]:
    return [fold(t.norm).lstrip("#@") for t in tokenize(text)
            if t.kind in ("word", "hashtag", "mention")]


def echoed_words(reply: str, target: str) -> str | None:
    """The target's words the reply repeats in a row (the longest such run), when they make
    an echo (``ECHO_RUN`` words, or the whole of a shorter target); None otherwise."""
    said, heard = _words(reply), _words(target)
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
    if length >= min(ECHO_RUN, len(heard)):
        return " ".join(heard[start:start + length])
    return None
