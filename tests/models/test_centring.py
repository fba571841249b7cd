import numpy as np
import pytest

from fauxpas.models.centring import LanguageMeans, load_means


def _means():
    return LanguageMeans.from_rows(np.array([[1.0, 0.0], [1.0, 0.2], [0.0, 1.0]]),
                                   ["de", "de", "pt"])


def test_means_are_averages_per_language():
    means = _means()
    np.testing.assert_allclose(means.means["de"], [1.0, 0.1])
    np.testing.assert_allclose(means.overall, [0.5, 0.55])


def test_centring_takes_the_language_average_out_and_renormalises():
    means = _means()
    out = means.centre(np.array([[1.0, 0.1], [0.0, 1.0]]), ["de", "pt"])
    # each language's average lands on the overall average (normalised)
    expected = np.array([0.5, 0.55]) / np.linalg.norm([0.5, 0.55])
    np.testing.assert_allclose(out, [expected, expected], rtol=1e-6)


def test_an_unknown_language_is_not_shifted():
    out = _means().centre(np.array([[0.6, 0.8]]), ["sv"])
    np.testing.assert_allclose(out, [[0.6, 0.8]], rtol=1e-6)


def test_centring_needs_one_language_per_vector():
    with pytest.raises(ValueError, match="languages"):
        _means().centre(np.ones((2, 2)), ["de"])


def test_roundtrip_and_shipped_means(tmp_path):
    _means().save(tmp_path)
    back = load_means(tmp_path)
    np.testing.assert_allclose(back.means["pt"], [0.0, 1.0])
    assert load_means(tmp_path / "nowhere") is None
    shipped = load_means()
    assert shipped is not None and {"de", "en", "pt"} <= set(shipped.means)
    assert all(vec.shape == (384,) for vec in shipped.means.values())
