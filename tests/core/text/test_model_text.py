from fauxpas.core.text.model_text import MODEL_CHARS, PIECE_CHARS, model_text, pieces


def test_a_post_is_read_whole_as_written():
    text = "  Our new menu is here!  "
    assert model_text(text) == text
    assert pieces(text) == [text]


def test_a_long_text_is_read_from_its_beginning_cut_after_a_word():
    text = "word " * (MODEL_CHARS // 5 + 400)
    read = model_text(text)
    assert len(read) <= MODEL_CHARS and text.startswith(read) and read.endswith(" ")


def test_long_texts_come_in_pieces_cut_between_words():
    words = [f"w{i}" for i in range(900)]
    text = " ".join(words)
    parts = pieces(text)
    assert len(parts) > 1
    assert all(len(p) <= PIECE_CHARS for p in parts)
    assert " ".join(parts).split() == model_text(text).split()  # no word cut or lost


def test_a_text_without_spaces_is_cut_where_it_must_be():
    text = "x" * (PIECE_CHARS * 2 + 10)
    assert [len(p) for p in pieces(text)] == [PIECE_CHARS, PIECE_CHARS, 10]


def test_blank_stretches_make_no_empty_pieces():
    text = "a" * 450 + " " * 300 + "b" * 10
    assert pieces(text) == ["a" * 450, "b" * 10]
