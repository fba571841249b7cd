import pytest

from fauxpas.knowledge import word_lists
from fauxpas.knowledge.word_lists import available_languages, word_costs, word_zipfs, zipf_cost


def test_zipf_cost_is_nine_minus_the_zipf_frequency():
    assert zipf_cost("773") == 9.0 - 7.73
    assert zipf_cost("300") == 6.0


def test_word_zipfs_reads_the_most_frequent_words_as_written():
    first = word_zipfs("en", 3)
    assert list(first) == ["the", "to", "and"]
    assert all(value.isdigit() for value in first.values())
    assert len(word_zipfs("en", 10000)) == 10000
    assert word_zipfs("en", 0) == {}


def test_word_costs_agree_with_the_lists_line_by_line():
    for lang in available_languages():
        path = word_lists.WORDS_DIR / f"{lang}.txt"
        expected = {}
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                word, _, zipf = line.rstrip("\n").partition("\t")
                expected[word] = 9.0 - int(zipf) / 100
        assert word_costs(lang) == expected
        assert list(word_costs(lang, 500)) == list(expected)[:500]


def test_a_language_without_a_list_is_empty():
    assert word_costs("xx") == {} and word_zipfs("xx", 10) == {}


@pytest.mark.parametrize("content", ["the\t773\nto\n", "the\t773\t1\n", "the\tmany\n"])
def test_a_malformed_list_is_refused(tmp_path, monkeypatch, content):
    (tmp_path / "zz.txt").write_text(content, encoding="utf-8")
    monkeypatch.setattr(word_lists, "WORDS_DIR", tmp_path)
    word_zipfs.cache_clear()
    try:
        with pytest.raises(ValueError, match="zz.txt"):
            word_zipfs("zz")
    finally:
        word_zipfs.cache_clear()


def test_lines_without_the_last_newline():
    assert word_lists._lines("a\t1\nb\t2\n", None) == ["a\t1", "b\t2"]
    assert word_lists._lines("a\t1\nb\t2", 5) == ["a\t1", "b\t2"]
    assert word_lists._lines("a\t1\nb\t2\nc\t3\n", 2) == ["a\t1", "b\t2"]
