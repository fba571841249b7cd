"""How close a post is to a brand issue: shared word stems after folding, and meaning when
the model is loaded."""

from __future__ import annotations

import re
from functools import lru_cache

from fauxpas.core.text.fold import fold

_WORD = re.compile(r"[^\W\d_]{4,}")
# frequent long function words in our languages: they say nothing about a topic
_STOP = frozenset(
    ["about", "after", "again", "also", "because", "been", "before", "being", "could", "every", "from", "have", "here", "into", "just", "like", "make", "many", "more", "most", "much", "only", "other", "over", "said", "same", "some", "such", "than", "that", "their", "them", "then", "there", "these", "they", "this", "those", "through", "today", "very", "want", "were", "what", "when", "where", "which", "while", "will", "with", "would", "your", "yours", "ours", "avec", "dans", "pour", "plus", "sont", "leur", "nous", "vous", "cette", "aber", "auch", "eine", "einen", "oder", "sich", "sind", "nicht", "noch", "unsere", "para", "pero", "como", "esta", "este", "todo", "todos", "sono", "della", "delle", "questo", "come", "pelo", "pela", "mais", "como", "voor", "niet", "maar", "onze", "jullie", "ikke", "eller", "over", "fordi", "detta", "inte", "eller", "vara", "hogy", "nem", "vagy", "csak", "mint", "minden"])


def stem(word: str) -> str:
    return word[:5]


@lru_cache(maxsize=4096)
def stems(text: str) -> frozenset[str]:
    return frozenset(stem(w) for w in _WORD.findall(fold(text)) if w not in _STOP)


def shared_stems(text: str, issue: str) -> set[str]:
    return set(stems(text) & stems(issue))


def close_by_words(text: str, issue: str) -> set[str]:
    """Shared stems if they are enough to say the post touches the issue."""
    shared = shared_stems(text, issue)
    need = 1 if len(stems(issue)) <= 3 else 2
    return shared if len(shared) >= need else set()


def similarity(model, text: str, issue: str) -> float:
    import numpy as np  # here: only the model tier gets this far

    vectors = model.embed([text, issue])
    return float(np.dot(vectors[0], vectors[1]))
