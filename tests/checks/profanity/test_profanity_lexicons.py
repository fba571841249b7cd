"""The profanity screen: ``may_suspect`` never says no where ``suspects`` finds something."""

from __future__ import annotations

import pytest

from fauxpas.checks.profanity.lexicons import language_data, reading, screen
from fauxpas.checks.profanity.matching import find_hits
from fauxpas.core.text.tokens import tokenize_with_words
from fauxpas.knowledge import default_knowledge

TEXTS = [
    "Thanks for waiting, your order ships today!",
    "What the fuck is this",
    "fy faen for en dag",  # a two-word Norwegian term
    "fy for en dag",  # its first word alone
    "Det var fy, og faen",
    "This is shiiiit",  # stretched letters
    "f***ing printer",  # masked
    "a @fuck and a #FuckMondays",  # other tokens after a first word
    "de la chatte de ta mère",
    "Merci à tous pour la soirée",
]


def _screen(languages):
    return screen(reading(default_knowledge(), languages))


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("languages", [("en",), ("no", "da"), ("fr",)])
def test_may_suspect_is_false_only_when_nothing_is_suspect(text, languages):
    look = _screen(languages)
    tokens, words = tokenize_with_words(text)
    found = look.suspects(tokens, ("word", "spaced"), stretched=True)
    only_words = len(words) == len(tokens)
    if found:
        assert look.may_suspect(frozenset(words), only_words)
    # asked again, with every word now remembered, the answer is the same
    assert look.may_suspect(frozenset(words), only_words) == look.may_suspect(
        frozenset(words), only_words)


def test_an_ordinary_post_is_screened_out_by_its_words_alone():
    look = _screen(("en",))
    tokens, words = tokenize_with_words("Thanks for waiting, your order ships today!")
    look.suspects(tokens, ("word", "spaced"))
    assert not look.may_suspect(frozenset(words), True)


def test_the_first_word_of_a_pair_counts_only_with_its_second_word():
    look = _screen(("no",))
    alone = tokenize_with_words("fy for en dag")[1]
    both = tokenize_with_words("fy faen for en dag")[1]
    assert not look.may_suspect(frozenset(alone), True)
    assert look.may_suspect(frozenset(both), True)
    # a mention after the first word could be a suspect: only words can be ruled out
    assert look.may_suspect(frozenset(alone), False)


@pytest.mark.parametrize("text", TEXTS)
def test_find_hits_with_or_without_the_words_given(text):
    data = reading(default_knowledge(), ("en", "fr", "no"))
    tokens, words = tokenize_with_words(text)
    given = find_hits(tokens, text, data, "en", words, frozenset(words))
    assert given == find_hits(tokens, text, data, "en")


def test_language_data_is_loaded_once():
    assert language_data(default_knowledge(), "en") is language_data(default_knowledge(), "en")


def test_a_hashtag_of_quiet_words_is_remembered_and_read_the_same_next_time():
    data = reading(default_knowledge(), ("en",))
    look = screen(data)
    for text in ["Off we go #HappyMondayTeam", "Off we go #FuckMondays"]:
        tokens, words = tokenize_with_words(text)
        first = find_hits(tokens, text, data, "en", words, frozenset(words))
        again = find_hits(tokens, text, data, "en", words, frozenset(words))
        assert first == again
    assert "#HappyMondayTeam" in look.quiet_tags
    assert "#FuckMondays" not in look.quiet_tags
    assert [hit.term for hit in again] == ["fuck"]


def test_the_same_languages_in_the_same_order_get_the_same_screen():
    data = reading(default_knowledge(), ("fr", "de"))
    assert screen(data) is screen(data) is screen(tuple(reversed(data)))


def test_a_screen_pairs_every_first_word_with_the_second_words_of_all_its_lexicons():
    data = reading(default_knowledge(), ("fr", "it", "es"))
    look = screen(data)
    lexicons = [d.lexicon for d in data if d.lexicon is not None]
    firsts = set().union(*(lexicon.pairs for lexicon in lexicons))
    assert set(look.pairs) == firsts
    for first in firsts:
        expected = set().union(*(lexicon.pairs.get(first, ()) for lexicon in lexicons))
        assert look.pairs[first] == expected


@pytest.mark.parametrize("languages", [("en",), ("de", "nl"), ("hu",), ("da", "no")])
def test_words_are_all_quiet_at_once_exactly_when_each_one_is(languages):
    from fauxpas.checks.profanity.lexicons import PLAIN, Screen, _affixed
    from fauxpas.core.text.tokens import one_reading

    data = reading(default_knowledge(), languages)
    base = screen(data)
    look = Screen(base.words, base.pairs, base.starts, base.ends, base.affixed)
    look.known["metbefore"] = PLAIN
    pool = (["the", "shop", "coooool", "sh1t", "", "ab", "metbefore", "fuck", "scheiss",
             "scheissegal", "kurva", "tomorrow", "naïve", "über", "lalala"]
            + sorted(look.words)[:5] + sorted(look.pairs)[:5])
    for n, first in enumerate(pool):
        for second in pool[n:]:
            rest = {first, second}
            each = all(w not in look.known and w != "" and look._classify(w) == PLAIN
                       and one_reading(w) for w in rest)
            assert look._all_quiet(rest) is each, rest
    assert _affixed(set(), set()) is None
    assert _affixed({"pis"}, {"hole"})("\nxx\npiss\n") and _affixed(set(), {"hole"})("\nahole\n")
    assert not _affixed({"pis"}, {"hole"})("\nxpis\nholes\n")


def _fresh(languages):
    from fauxpas.checks.profanity.lexicons import Screen

    base = _screen(languages)
    return Screen(base.words, base.pairs, base.starts, base.ends, base.affixed)


MIXED = TEXTS + ["@kim see https://x.co/a for the new qzxv plan", "#Launch day, qzxv team!",
                 "fy @kim", "fy faen https://x.co", "de la @chatte", "shiiit @kim"]


@pytest.mark.parametrize("text", MIXED)
@pytest.mark.parametrize("languages", [("en",), ("no", "da"), ("fr",)])
def test_words_never_met_are_suspects_only_when_a_full_look_finds_one(text, languages):
    tokens, words = tokenize_with_words(text)
    only_words = len(words) == len(tokens)
    look = _fresh(languages)
    first_sight = look.may_suspect(frozenset(words), only_words)
    found = look.suspects(tokens, ("word", "spaced"), stretched=True)
    assert first_sight or not found
    assert _fresh(languages).suspects(tokens, ("word", "spaced"), stretched=True) == found


def test_new_plain_words_beside_a_mention_or_link_need_no_full_look():
    tokens, words = tokenize_with_words("@kim see https://x.co/a for the new qzxv plan")
    assert not _fresh(("en",)).may_suspect(frozenset(words), len(words) == len(tokens))


@pytest.mark.parametrize("met_before", ["fy", "faen", "shiiit", "qzxv"])
def test_new_quiet_words_beside_a_word_met_before_are_remembered_as_quiet(met_before):
    # the words never met are ruled out together; the answer is the one a screen that
    # had met none of the words gives
    look = _fresh(("no",))
    look.may_suspect(frozenset([met_before]), True)
    words = frozenset([met_before, "brygge", "sommer", "kaffe"])
    for only_words in (True, False):
        assert look.may_suspect(words, only_words) == _fresh(("no",)).may_suspect(
            words, only_words)
    assert {"brygge", "sommer", "kaffe"} <= look.quiet
