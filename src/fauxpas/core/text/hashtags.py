"""Reading hashtags the way the public will.

``camel_split('#IAmReady')`` -> ``('i', 'am', 'ready')``: the words the author marked.
``readings('#susanalbumparty')`` -> every plausible split into words, the most natural
first: ``('susan', 'album', 'party')``, then ``('su's', 'anal', 'bum', 'party')``, ...
Unbroken lowercase runs are segmented with word frequencies (``segment``), so a check
can see unintended readings as well as the intended one.
"""

from __future__ import annotations

from functools import lru_cache

from fauxpas.core.text.camel import camel_parts
from fauxpas.core.text.segment import Reading, read_tag


@lru_cache(maxsize=16384)
def camel_split(tag: str) -> tuple[str, ...]:
    """The words the author marked (CamelCase, digits, underscores), lower case."""
    parts = camel_parts(tag)
    return tuple(p.lower() for p in parts) if parts else (tag.lstrip("#").lower(),)


def readings(tag: str, lang: str = "en", k: int = 5) -> tuple[tuple[str, ...], ...]:
    """Plausible word splits of a hashtag in ``lang``, the most natural first."""
    return tuple(r.words for r in scored_readings(tag, lang, k))


def scored_readings(tag: str, lang: str = "en", k: int = 5) -> tuple[Reading, ...]:
    """Like ``readings`` with each reading's cost (``-log10`` probability) and how far
    it is from the most natural reading (``delta``)."""
    return read_tag(tag, lang, k)


__all__ = ["Reading", "camel_split", "readings", "scored_readings"]
