"""Logistic-regression heads on top of the embeddings, as plain numpy.

Each head ships as ``heads/<name>.npz`` holding ``coef``, ``intercept`` () and optionally
two cutoffs and its inputs, trained by ``tools/train_heads.py``; its model card is
``heads/<name>.md``. A head reads the text's embedding, language-centred if ``centred``
(``fauxpas.models.centring``), followed by its word-list ``signals``
(``fauxpas.models.signals``); ``coef`` has one weight per input. The cutoffs:

- ``threshold``: from here the head reports (a note the team sees; the post still passes);
  chosen for F1 on the training part;
- ``review``: from here a person must look before the post goes out; calibrated on
  ordinary posts so that all heads together hold few of them back.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

HEADS_DIR = Path(__file__).parent / "heads"
HEAD_NAMES = ("harassment", "hate", "sexual", "violence", "politics", "crisis", "promotion",
              "personal_voice", "joking_tone")


@dataclass(frozen=True)
class Head:
    name: str
    coef: np.ndarray
    intercept: float
    threshold: float = 0.5
    review: float | None = None  # None: the same as ``threshold``
    signals: tuple[str, ...] = ()  # word-list signals read after the embedding
    centred: bool = False  # reads language-centred embeddings

    @property
    def dim(self) -> int:
        """The size of the embedding it reads (its inputs minus its signals)."""
        return self.coef.shape[0] - len(self.signals)

    @property
    def review_cutoff(self) -> float:
        return self.threshold if self.review is None else max(self.review, self.threshold)

    def predict(self, inputs: np.ndarray) -> np.ndarray:
        """Probability (0-1) per row of ``inputs`` (n, dim + len(signals)): embeddings
        (centred if the head is), then the signals' values."""
        inputs = np.asarray(inputs, dtype=np.float32)
        if inputs.ndim != 2 or inputs.shape[1] != self.coef.shape[0]:
            raise ValueError(f"head {self.name!r} needs inputs of shape (n, "
                             f"{self.coef.shape[0]}), got {inputs.shape}")
        # row by row (einsum), not a BLAS product, whose sums depend on how many rows it is
        # given: a post checked alone and in a batch (check_many) get the same score
        logits = np.einsum("ij,j->i", inputs, self.coef) + self.intercept
        return 1.0 / (1.0 + np.exp(-np.clip(logits, -30, 30)))

    def save(self, folder: Path = HEADS_DIR) -> Path:
        path = folder / f"{self.name}.npz"
        np.savez(path, coef=self.coef.astype(np.float32),
                 intercept=np.float32(self.intercept), threshold=np.float32(self.threshold),
                 review=np.float32(self.review_cutoff), signals=np.array(self.signals, dtype=str),
                 centred=np.bool_(self.centred))
        return path


def load_head(name: str, folder: Path = HEADS_DIR) -> Head:
    path = folder / f"{name}.npz"
    if not path.exists():
        raise FileNotFoundError(f"no weights for head {name!r} at {path}")
    with np.load(path) as data:
        threshold = float(data["threshold"]) if "threshold" in data.files else 0.5
        review = float(data["review"]) if "review" in data.files else None
        signals = tuple(str(s) for s in data["signals"]) if "signals" in data.files else ()
        centred = bool(data["centred"]) if "centred" in data.files else False
        return Head(name=name, coef=data["coef"].astype(np.float32),
                    intercept=float(data["intercept"]), threshold=threshold, review=review,
                    signals=signals, centred=centred)
