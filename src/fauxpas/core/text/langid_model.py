"""The trimmed py3langid model: byte n-gram naive Bayes over fauxpas's languages.

Built by ``tools/build_langid_model.py`` from py3langid's own model, keeping the 12
classes fauxpas needs (``nn`` Nynorsk is folded into ``no`` by the caller) and the
30,000 features that separate them best. Features are stored as byte strings and
found with the same longest-match walk py3langid's automaton does, so scores match
py3langid's restricted to these features. Loads in a few milliseconds, where the full
model takes about a second.
"""

from __future__ import annotations

import math
import threading
import unicodedata
from pathlib import Path

import numpy as np

_BYTES = [bytes((b,)) for b in range(256)]
MODEL_PATH = Path(__file__).resolve().parents[2] / "knowledge" / "langid" / "model.npz"


class ByteNgramModel:
    def __init__(self, path: Path = MODEL_PATH):
        with np.load(path, allow_pickle=False) as data:
            self.classes: tuple[str, ...] = tuple(data["classes"].tolist())
            self.ptc = data["ptc"].astype(np.float32)
            self.pc = data["pc"].astype(np.float32)
            blob = data["node_bytes"].tobytes()
            lengths = data["node_len"].tolist()
            features = data["node_feature"].tolist()
        self.nodes: dict[bytes, int] = {b"": -1}  # the root: every walk can fall back to it
        offset = 0
        for length, feature in zip(lengths, features):
            self.nodes[blob[offset:offset + length]] = feature
            offset += length

    def features(self, data: bytes) -> dict[int, int]:
        """Feature counts: at each byte, the longest known string ending there."""
        get = self.nodes.get
        counts: dict[int, int] = {}
        state = b""
        for byte in data:
            state += _BYTES[byte]
            feature = get(state)
            while feature is None:
                state = state[1:]
                feature = get(state)
            if feature >= 0:
                counts[feature] = counts.get(feature, 0) + 1
        return counts

    def log_probs(self, text: str) -> np.ndarray | None:
        """Log-probabilities over ``classes`` (py3langid's calibration), or None if
        the text has no known feature."""
        if text.isupper():
            text = text.lower()
        data = unicodedata.normalize("NFC", text).encode("utf-8", errors="surrogatepass")
        counts = self.features(data)
        if not counts:
            return None
        idx = np.fromiter(counts.keys(), dtype=np.intp, count=len(counts))
        values = np.fromiter(counts.values(), dtype=np.float32, count=len(counts))
        scores = np.log1p(values) @ self.ptc[idx] + self.pc
        scores *= 1.0 / math.sqrt(len(data))
        scores -= scores.max()
        return scores - np.log(np.exp(scores).sum())


_lock = threading.Lock()
_model: ByteNgramModel | None = None


def get_model() -> ByteNgramModel:
    global _model
    if _model is None:
        with _lock:
            if _model is None:
                _model = ByteNgramModel()
    return _model
