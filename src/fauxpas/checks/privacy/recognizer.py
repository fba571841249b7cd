"""A recognizer: data (patterns, context words) plus one validation hook.

In the spirit of Presidio's pattern recognizers: a recognizer lists the shapes a kind
of personal data takes, a ``validate`` function that rejects look-alikes (check
digits, dates, country lengths), and the words that make a match more likely when they
stand near it ("fødselsnummer", "IBAN", "SSN"). Every ``Hit`` can explain itself:
which pattern matched, which validation passed, which context word raised the score.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from fauxpas.checks.privacy.numbers import not_personal
from fauxpas.core.text.fold import fold

# Characters either side of a match in which context words count.
CONTEXT_BEFORE = 48
CONTEXT_AFTER = 24
_SEPARATORS = re.compile(r"[\s.\-/()]")


@dataclass(frozen=True)
class Hit:
    """One piece of personal data found in a text, and why we think it is one."""

    kind: str  # national_id | card | iban | phone | email | address
    recognizer: str  # stable id, e.g. "no_fnr"
    label: str  # "a Norwegian national identity number"
    start: int
    end: int
    score: float  # how sure the text at the span is this kind of data (0..1)
    pattern: str
    validation: str  # what was verified: "mod-11 control digits", "format only"
    context: tuple[str, ...] = ()  # context words that raised the score
    tail: str = ""  # the last characters, for a masked message ("...23")
    detail: dict[str, Any] = field(default_factory=dict)

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)


@dataclass(frozen=True)
class Pattern:
    name: str
    regex: re.Pattern[str]
    score: float  # a match that validates, before context (with it, if it needs context)
    needs_context: bool = False  # the shape alone proves too little (nine bare digits)


# Where a number may start and end: not inside a word, a URL path, a decimal or a
# longer number ("1.12345678901", "#12345678901", "12345678901/2").
NUMBER_START = r"(?<![\w#@/+&=])(?<!\d[.,\-])"
NUMBER_END = r"(?![\w%]|[.,:\-/]\d)"


def number_pattern(name: str, body: str, score: float, *, needs_context: bool = False,
                   flags: int = 0) -> Pattern:
    """A pattern for ``body`` standing alone as a number (see NUMBER_START / END)."""
    regex = re.compile(NUMBER_START + "(?:" + body + ")" + NUMBER_END, flags)
    return Pattern(name, regex, score, needs_context)


def compact(raw: str) -> str:
    """The number without spaces, dots, dashes, slashes or brackets, upper-cased."""
    return _SEPARATORS.sub("", raw).upper()


@lru_cache(maxsize=256)
def word_regex(words: tuple[str, ...]) -> tuple[re.Pattern[str], dict[str, str]] | None:
    """One regex finding any of ``words`` as whole words in folded text, and the word as
    written in the list for each folded form ("fodselsnummer" -> "fødselsnummer")."""
    if not words:
        return None
    spelled = {fold(w): w for w in reversed(words)}
    alternatives = sorted(map(re.escape, spelled), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)"), spelled


def words_near(text: str, start: int, end: int, words: tuple[str, ...],
               before: int = CONTEXT_BEFORE, after: int = CONTEXT_AFTER) -> tuple[str, ...]:
    """The context words found just before or after ``text[start:end]``."""
    compiled = word_regex(words)
    if compiled is None:
        return ()
    regex, spelled = compiled
    window = fold(text[max(0, start - before):start] + " " + text[end:end + after])
    return tuple(dict.fromkeys(spelled[m.group()] for m in regex.finditer(window)))


@dataclass(frozen=True)
class Recognizer:
    """Finds one kind of identifier. ``validate`` gets the compact form (``compact``)."""

    name: str
    kind: str
    label: str
    patterns: tuple[Pattern, ...]
    validate: Callable[[str], bool]
    validation: str
    context: tuple[str, ...] = ()
    context_boost: float = 0.2
    tail_length: int = 2

    def find(self, text: str) -> Iterator[Hit]:
        for pattern in self.patterns:
            for match in pattern.regex.finditer(text):
                start, end = match.span()
                number = compact(match.group())
                if not self.validate(number) or not_personal(text, start, end, shape=False):
                    continue
                found = words_near(text, start, end, self.context)
                if pattern.needs_context and not found:
                    continue
                score = pattern.score
                if found and not pattern.needs_context:
                    score += self.context_boost
                yield Hit(
                    kind=self.kind, recognizer=self.name, label=self.label,
                    start=start, end=end, score=min(score, 0.95), pattern=pattern.name,
                    validation=self.validation, context=found,
                    tail=number[-self.tail_length:],
                )
