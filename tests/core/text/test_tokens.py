"""Tokens keep pointing into the original text, whatever normalisation reads them."""

from __future__ import annotations

import pytest

from fauxpas.core.text.tokens import (
    decode_leet,
    mask,
    may_hold_hashtags,
    one_reading,
    tokenize,
    tokenize_with_words,
    variants,
    word_norms,
)


def words(text):
    return [(t.kind, t.raw, t.norm) for t in tokenize(text)]


def test_spans_point_into_the_original_text():
    text = "Ｈｅｌｌｏ fu\u200bck 𝐟𝐮𝐜𝐤 café"
    for token in tokenize(text):
        assert text[token.start:token.end] == token.raw
    assert [t.norm for t in tokenize(text)] == ["hello", "fuck", "fuck", "cafe"]


def test_character_references_read_as_the_characters_they_stand_for():
    text = "Jap&#243;n &amp; caf&eacute; &#x1F600; R&D &nbsp"
    tokens = tokenize(text)
    assert [t.norm for t in tokens if t.kind == "word"] == ["japon", "cafe", "r", "d", "nbsp"]
    for token in tokens:  # spans still point into the text as written
        assert text[token.start:token.end] == token.raw
    assert tokens[0].raw == "Jap&#243;n"


def test_kinds():
    kinds = [t.kind for t in tokenize("@acme see https://x.io/a #Sale mail a@b.co now")]
    assert kinds == ["mention", "word", "url", "hashtag", "word", "email", "word"]


@pytest.mark.parametrize("raw,reading", [
    ("sh1t", "shit"), ("$hit", "shit"), ("a$$", "ass"), ("a55hole", "asshole"),
    ("5hit", "shit"), ("b!tch", "bitch"), ("@$$hole", "asshole"),
])
def test_leetspeak_is_decoded(raw, reading):
    (token,) = tokenize(raw)
    assert reading in token.variants


@pytest.mark.parametrize("raw", ["2for1", "x2", "A55", "b2b", "$100", "4x4"])
def test_ordinary_tokens_with_digits_are_not_decoded(raw):
    for token in tokenize(raw):
        assert decode_leet(token.norm) is None
        assert token.variants == (token.norm,)


def test_mentions_are_not_words():
    (token,) = tokenize("@bob")
    assert token.kind == "mention"


@pytest.mark.parametrize("raw,squeezed", [("fuuuck", "fuck"), ("shiiiit", "shit"),
                                          ("asssshole", "asshole")])
def test_stretched_letters_are_squeezed(raw, squeezed):
    assert squeezed in variants(raw)


def test_doubled_letters_alone_are_not_squeezed():
    assert variants("slutt") == ("slutt",)
    assert variants("kiss") == ("kiss",)


@pytest.mark.parametrize("text,joined", [
    ("f u c k off", "fuck"), ("s.h.i.t", "shit"), ("f-u-c-k", "fuck"), ("f_u_c_k", "fuck"),
])
def test_letters_spaced_out_are_one_token(text, joined):
    token = tokenize(text)[0]
    assert token.kind == "spaced"
    assert token.norm == joined
    assert text[token.start:token.end].replace(" ", "").replace(".", "").replace(
        "-", "").replace("_", "") == joined


def test_spaced_tokens_keep_one_separator():
    assert [t.raw for t in tokenize("s.h.i.t f u c k")] == ["s.h.i.t", "f u c k"]


@pytest.mark.parametrize("raw,pattern", [
    ("f***", ("f", "", "", "")),
    ("c*nt", ("c", "", "n", "t")),
    ("f#ck", ("f", "", "c", "k")),
    ("f--k", ("f", "", "", "k")),
])
def test_hidden_letters_make_a_mask(raw, pattern):
    (token,) = tokenize(raw)
    assert token.mask == pattern


def test_digit_inside_a_word_may_be_any_vowel():
    (token,) = tokenize("f4ck")
    assert "u" in token.mask[1] and "a" in token.mask[1]


def test_trailing_digits_make_no_mask():
    assert mask("a55") is None
    assert mask("x2") is None


def test_emphasis_asterisks_are_not_masks():
    tokens = tokenize("*New* **Summer** menu, ****Need copy****")
    assert [t.raw for t in tokens] == ["New", "Summer", "menu", "Need", "copy"]
    assert not any(t.masked for t in tokens)


def test_an_action_in_asterisks_is_not_a_mask():
    tokens = tokenize("*laughs out loud* ok, *sigh* so f***")
    assert [t.raw for t in tokens][:3] == ["laughs", "out", "loud"]
    assert tokens[-1].raw == "f***" and tokens[-1].masked


def test_punctuation_after_a_word_is_not_part_of_it():
    assert [t.raw for t in tokenize("shit! a$$, f***.")] == ["shit", "a$$", "f***"]


def test_look_alike_letters_are_read_as_latin():
    (token,) = tokenize("fuсk")  # Cyrillic es
    assert token.norm == "fuck"
    assert token.raw == "fuсk"


def test_a_word_in_another_script_stays_itself():
    (token,) = tokenize("сука")
    assert token.norm == "сука"


def test_accents_are_kept_track_of():
    szar, szar_accented = tokenize("szar szár")
    assert not szar.accented and szar_accented.accented
    assert szar_accented.norm == "szar"


def test_sharp_s_is_not_an_accent():
    (token,) = tokenize("Scheiße")
    assert token.norm == "scheisse" and not token.accented


def test_decomposed_accents_are_composed_and_spans_kept():
    text = "cafe\u0301 ok"
    first = tokenize(text)[0]
    assert first.norm == "cafe" and text[first.start:first.end] == "cafe\u0301"


def test_tokenize_with_words_gives_the_same_tokens_and_their_word_norms():
    for text in ["Hello #World @me f u c k sh1t https://x.io", "", "Ｆｕｃｋ this", "año 2for1"]:
        tokens, words = tokenize_with_words(text)
        assert tokens == tokenize(text)
        assert words == tuple(t.norm for t in tokens if t.kind in ("word", "spaced"))


def test_may_hold_hashtags_is_false_only_for_texts_without_hashtag_tokens():
    for text in ["#Sale today", "＃Sale today", "﹟Sale today", "no tag # here", "plain words"]:
        has_tags = any(t.kind == "hashtag" for t in tokenize(text))
        assert may_hold_hashtags(text) or not has_tags
    assert may_hold_hashtags("＃Sale") and not may_hold_hashtags("Sale today")


@pytest.mark.parametrize("text", ["Ship it on Monday, @kim! f u c k #SummerSale https://x.co",
                                  "Façade, naïve café — 10% off", ""])
def test_word_norms_are_the_words_tokenize_collects(text):
    tokens, words = tokenize_with_words(text)
    assert word_norms(tokens) == words


@pytest.mark.parametrize("norm", ["shop", "fuuuck", "asssshole", "sh1t", "a$$", "2for1",
                                  "coooool", "año", "x", "a55"])
def test_one_reading_is_whether_a_word_has_a_single_variant(norm):
    assert one_reading(norm) is (len(variants(norm)) == 1)


def test_the_stretch_test_for_letters_is_the_stretch_test():
    from fauxpas.core.text.tokens import _STRETCH, _STRETCH_IN_LETTERS

    words = ["aaa", "aab", "abbb", "ßßß", "ÉÉÉ", "éée", "ĳĳĳ", "ǅǅǅ", "ⅯⅯⅯ", "ªªª", "ab", "",
             "sooo", "nnnö", "ꜰꜰꜰ", "ǈǈa"]
    for word in words:
        if word.isalpha() or not word:
            assert ((_STRETCH_IN_LETTERS.search(word) is None)
                    is (_STRETCH.search(word) is None)), word
