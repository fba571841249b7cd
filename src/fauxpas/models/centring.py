"""Language centring: take each language's own average out of an embedding.

multilingual-e5 places texts of one language near each other, whatever they say. A head
trained mostly on German hate and English insults then learns "German" as a hint of hate
and misses the same sentence in Portuguese. Subtracting the average embedding of harmless
posts in the text's language (and adding back the average over languages) leaves more
of what the text says. On Multilingual HateCheck (300 tests per language) this moved the
hate head's accuracy from 0.44 to 0.65 in pt, 0.51 to 0.64 in fr, 0.62 to 0.69 in es and
by 0.04 in it and nl, for 0.03 less in de and pl (measured when it was introduced,
with the head's training data unchanged; current figures: bench/results/model_eval.md).

Six heads read centred embeddings (``Head.centred``; the list is ``CENTRED`` in
``tools/train_heads.py``): for the heads trained on the project's own sentences, centring
cut the ordinary Portuguese posts the whole engine holds back from 4.3% to 2.0%.

The averages are computed by ``tools/train_heads.py`` from real harmless posts of the
training data (``training_data.language_pool``: the harmless rows of the offensive-language
sets, everyday tweets from CrisisLexT26 and tweet_topicxl, NoReC and HuSST sentences) and
ship as ``heads/language_means.npz``. A language with fewer than 50 such posts (sv) is not
shifted: its average would be noise. Dutch has only 86.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import numpy as np

from fauxpas.models.head import HEADS_DIR

MEANS_FILE = "language_means.npz"


@dataclass(frozen=True)
class LanguageMeans:
    means: dict[str, np.ndarray]  # language -> average embedding of its harmless posts

    @cached_property
    def overall(self) -> np.ndarray:
        """The average of the languages' averages."""
        return np.mean(list(self.means.values()), axis=0).astype(np.float32)

    def centre(self, vectors: np.ndarray, langs: Sequence[str | None]) -> np.ndarray:
        """``vectors`` (n, dim) with each row's language average taken out, re-normalised."""
        vectors = np.asarray(vectors, dtype=np.float32)
        if len(langs) != len(vectors):
            raise ValueError(f"{len(vectors)} vectors but {len(langs)} languages")
        zero = np.zeros_like(self.overall)
        shift = np.array([self.overall - self.means[lang] if lang in self.means else zero
                          for lang in langs], dtype=np.float32)
        out = vectors + shift.reshape(vectors.shape)
        return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-12)

    def save(self, folder: Path = HEADS_DIR) -> Path:
        path = folder / MEANS_FILE
        langs = sorted(self.means)
        np.savez(path, langs=np.array(langs),
                 means=np.stack([self.means[lang] for lang in langs]).astype(np.float32))
        return path

    @classmethod
    def from_rows(cls, vectors: np.ndarray, langs: Sequence[str]) -> LanguageMeans:
        """The averages of ``vectors`` per language in ``langs``."""
        langs_arr = np.asarray(langs)
        return cls({str(lang): np.asarray(vectors)[langs_arr == lang].mean(axis=0).astype(
            np.float32) for lang in sorted(set(langs))})


def load_means(folder: Path = HEADS_DIR) -> LanguageMeans | None:
    """The shipped averages, or None if there are none."""
    path = folder / MEANS_FILE
    if not path.exists():
        return None
    with np.load(path) as data:
        return LanguageMeans({str(lang): vec.astype(np.float32)
                              for lang, vec in zip(data["langs"], data["means"])})
