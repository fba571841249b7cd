"""Splitting a post into tokens whose spans point into the original text.

Kinds: ``url``, ``email``, ``mention``, ``hashtag``, ``word`` and ``spaced`` (letters
written apart to dodge filters: "s h i t", "f.u.c.k"). Each token carries its folded
form and the spelling variants a filter-dodger might have meant (see ``variants``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from fauxpas.core.text.fold import fold

_TOKEN_RE = re.compile(
    r"(?P<url>(?:https?://|www\.)[^\s<>\"]+)"
    r"|(?P<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)"
    r"|(?P<mention>(?<![\w@])@\w+)"
    r"|(?P<hashtag>(?<![\w#])#\w+)"
    r"|(?P<spaced>(?<![\w*])(?:[^\W\d_][ .\-_*]){2,}[^\W\d_](?![\w*]))"
    r"|(?P<word>(?:[^\W\d_]|[$@*])(?:[\w*$@!|+]*[\w*])?|\d+(?:[^\W\d_*$@]|\*)[\w*$@]*)"
)

_LEET = str.maketrans({"4": "a", "@": "a", "3": "e", "1": "i", "!": "i", "|": "i", "0": "o",
                       "5": "s", "$": "s", "7": "t", "+": "t", "9": "g", "8": "b"})
_STRETCH = re.compile(r"(.)\1{2,}")
_DOUBLE = re.compile(r"(.)\1+")


@dataclass(frozen=True, slots=True)
class Token:
    kind: str
    start: int
    end: int
    raw: str
    norm: str

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)

    @property
    def masked(self) -> bool:
        """Letters hidden behind asterisks, as in f***, c*nt."""
        return "*" in self.raw

    @property
    def variants(self) -> tuple[str, ...]:
        return variants(self.norm)


@lru_cache(maxsize=65536)
def variants(norm: str) -> tuple[str, ...]:
    """Readings of a folded token, most literal first: as written, leetspeak decoded,
    stretched letters squeezed ('fuuuck' -> 'fuck' and 'fuuck')."""
    out = [norm]
    if not norm.isalpha():
        decoded = norm.translate(_LEET)
        if decoded != norm and decoded.replace("*", "").isalpha():
            out.append(decoded)
    for form in list(out):
        if _STRETCH.search(form):
            out.append(_STRETCH.sub(r"\1\1", form))
            out.append(_DOUBLE.sub(r"\1", form))
    return tuple(dict.fromkeys(out))


def tokenize(text: str) -> list[Token]:
    tokens = []
    for match in _TOKEN_RE.finditer(text):
        kind = match.lastgroup or "word"
        raw = match.group()
        if kind == "spaced":
            norm = fold(re.sub(r"[ .\-_*]", "", raw))
        else:
            norm = fold(raw)
        tokens.append(Token(kind, match.start(), match.end(), raw, norm))
    return tokens
