import numpy as np
import pytest

from fauxpas.models.head import HEAD_NAMES, HEADS_DIR, Head, load_head


@pytest.mark.parametrize("name", HEAD_NAMES)
def test_every_head_ships_weights_and_a_model_card(name):
    head = load_head(name)
    assert head.dim == 384
    assert head.coef.shape == (384 + len(head.signals),)
    assert 0.0 < head.threshold <= head.review_cutoff < 1.0
    card = (HEADS_DIR / f"{name}.md").read_text(encoding="utf-8")
    assert "## Data and licences" in card and "## Held-out scores" in card


@pytest.mark.parametrize("name", HEAD_NAMES)
def test_shipped_head_predicts_probabilities(name):
    head = load_head(name)
    rng = np.random.default_rng(0)
    vectors = rng.normal(size=(5, head.coef.shape[0])).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    probs = head.predict(vectors)
    assert probs.shape == (5,)
    assert np.all((probs >= 0) & (probs <= 1))
    # the predictor is the logistic function of the linear score
    expected = 1 / (1 + np.exp(-(vectors @ head.coef + head.intercept)))
    np.testing.assert_allclose(probs, expected, rtol=1e-5)


def test_head_rejects_wrong_shape():
    head = Head("demo", np.ones(384, dtype=np.float32), 0.0)
    with pytest.raises(ValueError, match="shape"):
        head.predict(np.ones((2, 10)))


def test_head_roundtrip(tmp_path):
    head = Head("demo", np.linspace(-1, 1, 384).astype(np.float32), -0.25, 0.61, 0.83)
    head.save(tmp_path)
    back = load_head("demo", tmp_path)
    np.testing.assert_allclose(back.coef, head.coef)
    assert back.intercept == pytest.approx(-0.25)
    assert back.threshold == pytest.approx(0.61)
    assert back.review_cutoff == pytest.approx(0.83)


def test_a_head_without_a_review_cutoff_reviews_from_its_threshold(tmp_path):
    np.savez(tmp_path / "old.npz", coef=np.ones(384, dtype=np.float32),
             intercept=np.float32(0.0), threshold=np.float32(0.7))
    assert load_head("old", tmp_path).review_cutoff == pytest.approx(0.7)


def test_missing_head_is_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="no weights"):
        load_head("nothing", tmp_path)


def test_head_roundtrip_keeps_its_inputs(tmp_path):
    head = Head("demo", np.ones(385, dtype=np.float32), 0.1, 0.5, 0.7,
                signals=("profanity",), centred=True)
    head.save(tmp_path)
    back = load_head("demo", tmp_path)
    assert back.signals == ("profanity",)
    assert back.centred is True
    assert back.dim == 384


def test_an_old_head_reads_plain_embeddings(tmp_path):
    np.savez(tmp_path / "old.npz", coef=np.ones(384, dtype=np.float32),
             intercept=np.float32(0.0), threshold=np.float32(0.7))
    old = load_head("old", tmp_path)
    assert old.signals == () and old.centred is False


def test_the_shipped_harassment_head_reads_the_profanity_signal():
    head = load_head("harassment")
    assert head.signals == ("profanity",)
    assert head.coef[-1] > 0  # a sure swear word makes an insult more likely, not less
