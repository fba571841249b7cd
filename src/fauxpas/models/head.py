"""Logistic-regression heads on top of the embeddings, as plain numpy.

Each head ships as ``heads/<name>.npz`` holding ``coef`` (dim,), ``intercept`` () and
optionally ``threshold`` (calibrated on held-out data) and trained by
``tools/train_heads.py``; its model card is ``heads/<name>.md``.
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

    def predict(self, embeddings: np.ndarray) -> np.ndarray:
        """Probability (0-1) per row of ``embeddings`` (n, dim)."""
        embeddings = np.asarray(embeddings, dtype=np.float32)
        if embeddings.ndim != 2 or embeddings.shape[1] != self.coef.shape[0]:
            raise ValueError(f"head {self.name!r} needs embeddings of shape (n, "
                             f"{self.coef.shape[0]}), got {embeddings.shape}")
        logits = embeddings @ self.coef + self.intercept
        return 1.0 / (1.0 + np.exp(-np.clip(logits, -30, 30)))

    def save(self, folder: Path = HEADS_DIR) -> Path:
        path = folder / f"{self.name}.npz"
        np.savez(path, coef=self.coef.astype(np.float32),
                 intercept=np.float32(self.intercept), threshold=np.float32(self.threshold))
        return path


def load_head(name: str, folder: Path = HEADS_DIR) -> Head:
    path = folder / f"{name}.npz"
    if not path.exists():
        raise FileNotFoundError(f"no weights for head {name!r} at {path}")
    with np.load(path) as data:
        threshold = float(data["threshold"]) if "threshold" in data.files else 0.5
        return Head(name=name, coef=data["coef"].astype(np.float32),
                    intercept=float(data["intercept"]), threshold=threshold)
