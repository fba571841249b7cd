"""``Model``: the embedding encoder plus the trained heads, one per process."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import numpy as np

from fauxpas.core.text.model_text import pieces
from fauxpas.models.centring import LanguageMeans, load_means
from fauxpas.models.encoder import CachedEncoder, Encoder, default_encoder
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
        """L2-normalised embeddings of ``texts``. A long text is read in pieces
        (``core/text/model_text.py``) and its vector is the normalised mean of theirs."""
        flat, split = _pieces(texts)
        vectors = self.encoder.embed(flat)
        if len(flat) == len(split):
            return vectors
        out = np.stack([vectors[start:end].mean(axis=0) for start, end in split])
        return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-12)

    def score(self, head: str, texts: list[str], context: Any = None) -> np.ndarray:
        return self.scores(texts, context, heads=(head,))[head]

    def scores(self, texts: list[str], context: Any = None,
               heads: tuple[str, ...] | None = None) -> dict[str, np.ndarray]:
        """Every head (or the named ones) at once, from one embedding pass. ``context``:
        the check context all ``texts`` are readings of (language, word-list signals);
        without one, each piece's are worked out from it. A long text is read in pieces
        and gets each head's highest score on any of them."""
        per_piece, split = self._piece_scores(texts, [context] * len(texts), heads)
        return {name: (values if len(values) == len(split) else
                       np.array([values[start:end].max() for start, end in split]))
                for name, values in per_piece.items()}

    def scores_many(self, groups: list[tuple[list[str], Any]]) -> list[dict[str, float]]:
        """For each group of (texts, context), as in ``scores``: every head's highest score
        on any of its texts. All groups are embedded and scored together, so that a batch
        of posts costs one pass of the encoder and one matrix product per head."""
        texts = [text for group_texts, _ in groups for text in group_texts]
        contexts = [context for group_texts, context in groups for _ in group_texts]
        per_piece, split = self._piece_scores(texts, contexts, None)
        out, first = [], 0
        for group_texts, _ in groups:
            start, end = split[first][0], split[first + len(group_texts) - 1][1]
            out.append({name: float(values[start:end].max())
                        for name, values in per_piece.items()})
            first += len(group_texts)
        return out

    def _piece_scores(self, texts: list[str], contexts: list[Any],
                      heads: tuple[str, ...] | None
                      ) -> tuple[dict[str, np.ndarray], list[tuple[int, int]]]:
        """Each head's score on every piece of ``texts``, and each text's (start, end)
        among the pieces; ``contexts``: one per text (None: worked out from the text)."""
        flat, split = _pieces(texts)
        vectors = self.encoder.embed(flat)
        piece_contexts = [context for context, (start, end) in zip(contexts, split)
                          for _ in range(start, end)]
        readings = Readings(flat, piece_contexts)
        chosen = self._heads if heads is None else {name: self.head(name) for name in heads}
        centred = None  # the language-centred vectors, worked out once for every head
        out = {}
        for name, head in chosen.items():
            if head.centred and centred is None:
                centred = centre(head, vectors, readings, self.means)
            out[name] = head.predict(head_inputs(head, vectors, readings, self.means, centred))
        return out, split


def _pieces(texts: list[str]) -> tuple[list[str], list[tuple[int, int]]]:
    """All the pieces of ``texts`` in order, and each text's (start, end) among them."""
    if isinstance(texts, str):
        raise TypeError("embed() takes a list of texts, not one string")
    flat: list[str] = []
    split = []
    for text in texts:
        parts = pieces(text) if isinstance(text, str) else [text]  # the encoder says why
        split.append((len(flat), len(flat) + len(parts)))
        flat += parts
    return flat, split


def head_inputs(head: Head, vectors: np.ndarray, readings: Readings,
                means: LanguageMeans | None, centred: np.ndarray | None = None) -> np.ndarray:
    """What ``head`` reads: the embeddings, language-centred if it was trained so
    (``centred``, when the caller has them already), then its signals."""
    if head.centred:
        vectors = centred if centred is not None else centre(head, vectors, readings, means)
    if head.signals:
        vectors = np.hstack([vectors, readings.signals(head.signals)])
    return vectors


def centre(head: Head, vectors: np.ndarray, readings: Readings,
           means: LanguageMeans | None) -> np.ndarray:
    """``vectors`` with each text's language average taken out, for a centred ``head``."""
    if means is None:
        raise ValueError(f"head {head.name!r} reads centred embeddings but there are "
                         "no language means (heads/language_means.npz)")
    return means.centre(vectors, readings.langs())


_default: Model | None = None
_lock = threading.Lock()


def default_model_loader() -> Model:
    """The process-wide model (multilingual-e5-small + shipped heads), created on first
    call."""
    global _default
    if _default is None:
        with _lock:
            if _default is None:
                _default = Model(CachedEncoder(default_encoder()))
    return _default
