"""One post's text as the marker checks (FP102 draft, FP104 confidential) read it.

``TextView`` computes what both checks need once per text, lazily, and lives in the
check context's shared cache: the set of words (for the cheap gates), tokens, bracketed
regions, and the questions asked of a phrase's position (a label? in capitals? followed
by a link?). Spans always point into the original text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass

from fauxpas.core.text.fold import fold
from fauxpas.core.text.tokens import Token, tokenize

_WORD = re.compile(r"\w+")
# [..] (not a markdown link text), <..>, {..}, ***..*** fences, (..)
_REGION = re.compile(
    r"\[(?P<square>[^\[\]\n]{1,80})\](?!\()"
    r"|<(?P<angle>[^<>\n]{1,80})>"
    r"|\{(?P<brace>[^{}\n]{1,80})\}"
    r"|\*{3,}(?P<fence>[^*\n]{1,80}?)\*{3,}"
    r"|\((?P<paren>[^()\n]{1,80})\)"
)
_BRACKET_CHARS = ("[", "<", "{", "(", "***")
_SLOT_CHARS = ("[", "<", "{", "***")  # brackets that can hold a slot: not parentheses
_SEPARATORS = frozenset(":-–—|/•·=>")
_CLAUSE_BREAK = re.compile(r"[.,;:!?()\[\]{}<>|–—\n]| - ")
_PHRASE_BREAK = re.compile(r"[.;!?()\[\]{}<>\"“”«»|\n]")  # a phrase never spans these
_POINTERS = ("http", "www.", "👇", "⬇", "↓", "👉", "➡", "→", "⤵")
_SHORT = 6  # tokens: a bracket with more is a sentence, not a slot or a label
_LOOK = 200  # characters looked at on each side of a phrase for its line


class lazy:  # noqa: N801 (a decorator, named like one)
    """``functools.cached_property`` without its lock (Python 3.11 takes one on every
    first read, which costs more than most of these values): a view belongs to one
    check context, read by one thread."""

    def __init__(self, compute: Callable):
        self.compute = compute
        self.name = compute.__name__
        self.__doc__ = compute.__doc__

    def __get__(self, view, owner=None):
        if view is None:
            return self
        value = view.__dict__[self.name] = self.compute(view)
        return value


@dataclass(frozen=True, slots=True)
class Region:
    start: int  # the bracket itself
    end: int
    inner_start: int
    inner_end: int
    kind: str  # square, angle, brace, fence, paren

    @property
    def strong(self) -> bool:
        """Brackets that mark a slot; parentheses are ordinary prose too often."""
        return self.kind != "paren"


def quote(text: str, limit: int = 48) -> str:
    """A snippet of the post for a message, on one line and not too long."""
    text = " ".join(text.split())
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return f"“{text}”"


class TextView:
    def __init__(self, text: str, tokens: list[Token] | None = None):
        """``tokens``: the text's tokens when the caller has them already."""
        self.text = text
        self._tokens = tokens

    @classmethod
    def of(cls, ctx) -> TextView:
        """The context's view, made once per text. It is given the context's tokens
        rather than a way back to the context: a view kept in the context's cache that
        pointed back at it would make a reference cycle, and every post's tokens and
        caches would wait for the garbage collector instead of going with the post."""
        view = ctx.shared.get("marker_text")
        if view is None or view.text != ctx.text:
            view = ctx.shared["marker_text"] = cls(ctx.text, ctx.shared.get("tokens"))
        return view

    # --- for the gates ---------------------------------------------------------------
    @lazy
    def lower(self) -> str:
        return self.text.lower()

    @lazy
    def words(self) -> frozenset[str]:
        return frozenset(_WORD.findall(self.lower))

    @lazy
    def folded_words(self) -> frozenset[str]:
        if self.text.isascii():
            return self.words
        return frozenset(w if w.isascii() else fold(w) for w in self.words)

    @lazy
    def has_brackets(self) -> bool:
        return any(b in self.text for b in _BRACKET_CHARS)

    @lazy
    def may_hold_slots(self) -> bool:
        """Brackets that can hold a placeholder slot: "[NAME]", "<date>", "***TBD***"."""
        return any(b in self.text for b in _SLOT_CHARS)

    # --- tokens and regions -----------------------------------------------------------
    @lazy
    def tokens(self) -> list[Token]:
        if "*" in self.text:
            # "****Copy to come****": read the words behind asterisk fences; same offsets.
            return tokenize(self.text.replace("*", " "))
        return self._tokens if self._tokens is not None else tokenize(self.text)

    @lazy
    def _starts(self) -> list[int]:
        return [t.start for t in self.tokens]

    @lazy
    def regions(self) -> list[Region]:
        if not self.has_brackets:
            return []
        found = []
        for m in _REGION.finditer(self.text):
            kind = m.lastgroup or "square"
            found.append(Region(m.start(), m.end(), m.start(kind), m.end(kind), kind))
        return found

    @lazy
    def _region_starts(self) -> list[int]:
        return [r.inner_start for r in self.regions]

    def region_around(self, start: int, end: int) -> Region | None:
        """The bracket holding ``start:end`` (regions never overlap), or None."""
        i = bisect.bisect_right(self._region_starts, start) - 1
        if i >= 0 and end <= self.regions[i].inner_end:
            return self.regions[i]
        return None

    def tokens_in(self, start: int, end: int) -> list[Token]:
        i = bisect.bisect_left(self._starts, start)
        out = []
        while i < len(self.tokens) and self.tokens[i].end <= end:
            out.append(self.tokens[i])
            i += 1
        return out

    def alnum_outside(self, start: int, end: int, tokens: list[Token]) -> bool:
        """Letters or digits between ``start`` and ``end`` that no token covers."""
        position = start
        for token in tokens:
            if any(ch.isalnum() for ch in self.text[position:token.start]):
                return True
            position = token.end
        return any(ch.isalnum() for ch in self.text[position:end])

    def short_region(self, region: Region) -> bool:
        return len(self.tokens_in(region.inner_start, region.inner_end)) <= _SHORT

    # --- questions about a span --------------------------------------------------------
    def is_label(self, start: int, end: int) -> bool:
        """Alone on its line, or at a line's edge next to a separator:
        "CONFIDENTIAL: ...", "... – do not share", "Text folgt"."""
        text = self.text
        # Looking a bounded way each side keeps a 100,000-character line linear; a
        # label is never preceded by hundreds of symbols.
        line_start = max(text.rfind("\n", max(0, start - _LOOK), start) + 1, start - _LOOK)
        line_end = text.find("\n", end, end + _LOOK)
        if line_end < 0:
            line_end = min(len(text), end + _LOOK)
        before, after = text[line_start:start], text[end:line_end]
        alone_before = not any(ch.isalnum() for ch in before)
        alone_after = not any(ch.isalnum() for ch in after)
        if alone_before and alone_after:
            return True
        if alone_before and after.lstrip(" *)]}>\"'")[:1] in _SEPARATORS:
            return True
        return alone_after and before.rstrip(" *([{<\"'")[-1:] in _SEPARATORS

    def starts_line(self, start: int) -> bool:
        """Nothing but symbols and spaces before ``start`` on its line."""
        line_start = max(self.text.rfind("\n", max(0, start - _LOOK), start) + 1,
                         start - _LOOK)
        return not any(ch.isalnum() for ch in self.text[line_start:start])

    @lazy
    def shouting(self) -> bool:
        """Most letters in capitals: capitals then say nothing about one phrase."""
        letters = [ch for ch in self.text if ch.isalpha()]
        return bool(letters) and sum(ch.isupper() for ch in letters) > 0.6 * len(letters)

    def in_capitals(self, start: int, end: int) -> bool:
        letters = [ch for ch in self.text[start:end] if ch.isalpha()]
        return len(letters) >= 2 and all(ch.isupper() for ch in letters) and not self.shouting

    def link_follows(self, end: int) -> bool:
        return any(self.text.find(p, end) >= 0 for p in _POINTERS)

    def breaks_between(self, end: int, start: int) -> bool:
        return _PHRASE_BREAK.search(self.text, end, start) is not None

    def next_word(self, last: int) -> str | None:
        """The folded word after token ``last`` in the same clause, or None."""
        following = self.next_words(last, 1)
        return following[0] if following else None

    def next_words(self, last: int, count: int) -> tuple[str, ...]:
        """Up to ``count`` folded words after token ``last``, in the same clause."""
        tokens, words = self.tokens, []
        for i in range(last + 1, min(last + 1 + count, len(tokens))):
            if _CLAUSE_BREAK.search(self.text, tokens[i - 1].end, tokens[i].start):
                break
            words.append(tokens[i].norm)
        return tuple(words)

    def earlier_words(self, first: int) -> list[str]:
        """The folded words before token ``first`` in its clause, nearest first."""
        tokens, words = self.tokens, []
        for i in range(first - 1, -1, -1):
            if _CLAUSE_BREAK.search(self.text, tokens[i].end, tokens[i + 1].start):
                break
            words.append(tokens[i].norm)
        return words

    def previous_word(self, first: int) -> str | None:
        tokens = self.tokens
        if first == 0:
            return None
        prev = tokens[first - 1]
        if _CLAUSE_BREAK.search(self.text, prev.end, tokens[first].start):
            return None
        return prev.norm
