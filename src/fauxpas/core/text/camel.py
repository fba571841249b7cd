"""Splitting a hashtag where its author marked the words: CamelCase, digits, underscores.

``camel_parts('#IAmReady')`` -> ``('I', 'Am', 'Ready')``; ``'#GoPlanC'`` -> ``('Go',
'Plan', 'C')``; ``'#COVID19Update'`` -> ``('COVID', '19', 'Update')``; ``'#fête_des_mères'``
-> ``('fête', 'des', 'mères')``. Works for every cased script (Hungarian ő/ű included),
because it asks each character for its case instead of listing letter ranges.
"""

from __future__ import annotations

from functools import lru_cache


def _kind(ch: str) -> str:
    if ch.isdigit():
        return "d"
    if ch.isupper():
        return "U"
    if ch.isalpha() or ch in "'’":
        return "l"
    return " "  # underscore, joiner, anything else: a separator


@lru_cache(maxsize=16384)
def camel_parts(tag: str) -> tuple[str, ...]:
    """The parts of a tag as written (case kept), split where the author marked them."""
    body = tag.lstrip("#")
    parts: list[str] = []
    current = ""
    kinds = [_kind(ch) for ch in body]
    for i, ch in enumerate(body):
        kind = kinds[i]
        if kind == " ":
            if current:
                parts.append(current)
            current = ""
            continue
        prev = kinds[i - 1] if i else " "
        nxt = kinds[i + 1] if i + 1 < len(body) else " "
        boundary = (
            (kind == "d") != (prev == "d")  # letters <-> digits
            or (kind == "U" and prev == "l")  # myShoes: lower -> Upper
            or (kind == "U" and prev == "U" and nxt == "l")  # USOpen: end of an acronym
        )
        if boundary and current and prev != " ":
            parts.append(current)
            current = ""
        current += ch
    if current:
        parts.append(current)
    return tuple(parts)
