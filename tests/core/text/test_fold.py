import unicodedata

import pytest

from fauxpas.core.text.fold import fold, fold_keep_accents


@pytest.mark.parametrize("text,folded", [
    ("Ärger", "arger"), ("ＦＵＣＫ", "fuck"), ("szár", "szar"), ("Ørsted", "orsted"),
    ("Straße", "strasse"), ("œuvre", "oeuvre"), ("año", "ano"), ("plain", "plain"),
    ("e\u0301te\u0301", "ete"), ("naïve café", "naive cafe"), ("Ελλάδα", "ελλαδα"),
])
def test_fold_drops_case_and_accents(text, folded):
    assert fold(text) == folded


def test_fold_drops_exactly_the_combining_marks():
    """Every mark of the Latin, Greek and Cyrillic blocks, and the other characters
    there, as the plain definition (drop what ``unicodedata.combining`` marks) gives."""
    text = "".join(chr(code) for code in range(0x41, 0x530) if chr(code).isprintable())
    text = unicodedata.normalize("NFKC", text).casefold()
    decomposed = unicodedata.normalize("NFD", text)
    expected = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    extra = {"ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "đ": "d", "ł": "l", "ı": "i"}
    assert fold(text) == expected.translate(str.maketrans(extra))


def test_fold_keep_accents_keeps_them():
    assert fold_keep_accents("Szár") == "szár"
