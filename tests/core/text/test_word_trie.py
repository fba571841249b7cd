"""any_word_pattern: one regex that finds any of many words, the same as trying each."""

from __future__ import annotations

import random
import re

from fauxpas.core.text.word_trie import any_word_pattern


def brute_force(words, text):
    return any(word and word in text for word in words)


def test_finds_exactly_the_strings_that_contain_a_word():
    rng = random.Random(3)
    words = {"".join(rng.choice("abcde") for _ in range(rng.randint(1, 5))) for _ in range(60)}
    search = re.compile(any_word_pattern(words)).search
    for _ in range(3000):
        text = "".join(rng.choice("abcdef") for _ in range(rng.randint(0, 12)))
        assert (search(text) is not None) == brute_force(words, text), text


def test_a_word_that_extends_a_shorter_one_is_left_out():
    assert any_word_pattern(["ass", "assault", "tit"]) == "(?:ass|tit)"
    assert any_word_pattern(["tits", "tit"]) == "tit"


def test_special_characters_are_literal():
    search = re.compile(any_word_pattern(["a.b", "c+"])).search
    assert search("xa.by") and search("c+") and not search("axb") and not search("cc")


def test_no_words_no_pattern():
    assert any_word_pattern([]) is None
    assert any_word_pattern([""]) is None
