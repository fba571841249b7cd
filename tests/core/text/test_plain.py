import pytest

from fauxpas.core.text.plain import corrected, plain_reading
from fauxpas.core.text.tokens import tokenize


def plain(text, lang="en", langs=(), split_if=None):
    return plain_reading(text, tokenize(text), lang, langs, split_if)


def any_split(words):
    return True


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


@pytest.mark.parametrize(("text", "expected", "lang"), [
    ("Los inmigrantes sonbasura", "Los inmigrantes son basura", "es"),  # a little word
    ("Odioa los vecinos", "Odio a los vecinos", "es"),  # opening a sentence
    ("I hatethem all", "I hate them all", "en"),
    ("Ces gens sonttous pareils", "Ces gens sont tous pareils", "fr"),
])
def test_two_common_words_run_together_are_split(text, expected, lang):
    assert plain(text, lang, (lang,), any_split) == expected
    assert plain(text, lang, (lang,)) is None  # splits are made only when asked for


def test_a_split_is_made_only_when_its_words_are_wanted():
    assert plain("Los inmigrantes sonbasura", "es", ("es",), lambda words: "basura" in words)
    assert plain("Los inmigrantes sonbasura", "es", ("es",), lambda words: False) is None


@pytest.mark.parametrize(("text", "lang"), [
    ("Heute ist Arbeitssonntag", "de"),  # a compounding language: compounds stay whole
    ("Vamos a matarlos a todos", "es"),  # a verb with its pronoun is one word
    ("Dimmelo subito", "it"),
])
def test_compounds_and_verbs_with_their_pronouns_are_not_split(text, lang):
    assert plain(text, lang, (lang,), any_split) is None


def test_a_short_word_of_two_rarer_words_is_not_split():
    from fauxpas.core.text.plain import SPLIT_LONG, SPLIT_MAX_SUM, split_in_two
    from fauxpas.knowledge.word_lists import word_costs

    costs = word_costs("es")
    # "asco" and "ratas" are both listed, but together they cost more than a little word
    # and another: a short unknown word like that is more likely slang or a name
    assert costs["asco"] + costs["ratas"] > SPLIT_MAX_SUM and len("ascoratas") < SPLIT_LONG
    assert split_in_two("ascoratas", "es") is None
    assert split_in_two("sonbasura", "es") == "son basura"
