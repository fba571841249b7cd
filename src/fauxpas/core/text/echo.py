"""Does a bot's reply publish what it answers, or answer it in its own words?

A bot that prints a follower's words on a cake, a can or a jersey, or turns them into a
picture ("Your words, our picture:"), publishes them as the brand. A bot that answers an
angry customer with "Sorry about this, a member of our support team will reply within two
hours..." publishes only its own words."""

from __future__ import annotations

import re

_WORD = re.compile(r"\w+")
# Words in a row the reply must share with what it answers ("Send them all back" in "Your
# can is ready: 'Send them all back'") to repeat it. A shorter answered text counts when
# all of it is repeated ("Juden raus").
ECHO_RUN = 3
# A reply of fewer words presents what it answers ("Thanks for sharing!", "Your words, our
# picture:"): the bot attaches or renders it. From this many words, with nothing repeated,
# it is an answer.
ANSWER_WORDS = 12


def _words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def longest_shared_run(a: list[str], b: list[str]) -> int:
    """The most words in a row that ``a`` and ``b`` share."""
    best, previous = 0, [0] * (len(b) + 1)
    for word in a:
        current = [0] * (len(b) + 1)
        for j, other in enumerate(b, 1):
            if word == other:
                current[j] = previous[j - 1] + 1
                best = max(best, current[j])
        previous = current
    return best


def answers_in_own_words(reply: str, answered: str) -> bool:
    """True when ``reply`` is an answer of at least ``ANSWER_WORDS`` words that repeats no
    ``ECHO_RUN`` words in a row of ``answered`` (nor all of it, when it is shorter)."""
    mine = _words(reply)
    if len(mine) < ANSWER_WORDS:
        return False
    theirs = _words(answered)
    return longest_shared_run(theirs, mine) < min(ECHO_RUN, len(theirs)) if theirs else True
