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


def test_strip_accents_is_the_plain_definition_in_every_script():
    """Marks outside the common block (Hebrew, Arabic, Devanagari, symbols) and letters
    ``_EXTRA`` replaces, mixed in one text: the same as dropping every character
    ``unicodedata.combining`` marks and then replacing."""
    from fauxpas.core.text.fold import _EXTRA, strip_accents

    blocks = [(0x41, 0x250), (0x300, 0x370), (0x591, 0x5c8), (0x610, 0x670),
              (0x900, 0x980), (0x1ab0, 0x1b00), (0x1dc0, 0x1e00), (0x20d0, 0x2100),
              (0xfe20, 0xfe30), (0x1f600, 0x1f610)]
    for low, high in blocks:
        chars = [chr(code) for code in range(low, high)]
        for text in ("".join(chars), "aé" + "".join(chars) + "øß", "café", "plain"):
            kept = unicodedata.normalize("NFKC", text).casefold()
            decomposed = unicodedata.normalize("NFD", kept)
            expected = "".join(ch for ch in decomposed
                               if not unicodedata.combining(ch)).translate(_EXTRA)
            assert strip_accents(kept) == (kept if kept.isascii() else expected)


def test_the_common_marks_are_all_combining():
    from fauxpas.core.text.fold import _COMMON_MARKS

    marks = [chr(code) for code in range(0x300, 0x370) if _COMMON_MARKS.match(chr(code))]
    assert len(marks) == 0x70 - 1 and all(unicodedata.combining(ch) for ch in marks)
