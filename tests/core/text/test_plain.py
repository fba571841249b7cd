import pytest

from fauxpas.core.text.plain import corrected, plain_reading
from fauxpas.core.text.tokens import tokenize


def plain(text, lang="en", langs=()):
    return plain_reading(text, tokenize(text), lang, langs)


def test_letters_written_apart_are_joined():
    assert plain("They are the t h r e a t to us") == "They are the threat to us"


def test_leetspeak_is_decoded():
    assert plain("I h4te them all") == "I hate them all"
    assert plain("M0rt aux traîtres", "fr") == "mort aux traîtres"


@pytest.mark.parametrize(("text", "expected", "lang"), [
    ("They are a plageu on us", "They are a plague on us", "en"),  # two letters swapped
    ("so stupd of them", "so stupid of them", "en"),  # one letter left out
    ("Alle Fraun sind so", "Alle Frauen sind so", "de"),  # German nouns keep their capital
])
def test_a_slip_away_from_a_common_word_is_read_as_that_word(text, expected, lang):
    assert plain(text, lang) == expected


@pytest.mark.parametrize(("text", "lang"), [
    ("We love our customers", "en"),  # every word known
    ("Thanks Macia for the pics", "en"),  # a capitalised word outside German is a name
    ("NASAX rocks", "en"),  # capitals: an acronym
    ("ok f***ing great", "en"),  # hidden letters are for the word lists
    ("Model A55 and 2for1 deals", "en"),  # digits that are no leetspeak
    ("gut", "de"),  # too short
])
def test_plain_text_has_no_other_reading(text, lang):
    assert plain(text, lang) is None


def test_a_word_known_in_another_candidate_language_or_english_stays():
    assert plain("Das Meeting war super", "de", ("de",)) is None  # English word in German
    assert corrected("meetng", "en") == "meeting"


def test_a_word_before_an_apostrophe_is_left_alone():
    assert plain("they aren't here", "en") is None


def test_spans_outside_the_changed_words_are_kept():
    text = "Hey @user, you are such t r a s h people!! #tag"
    assert plain(text) == "Hey @user, you are such trash people!! #tag"
