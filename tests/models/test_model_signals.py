import numpy as np
import pytest

from fauxpas.models.signals import Readings, profanity, signals_of, text_context


@pytest.mark.parametrize("text, expected", [
    ("This is fucking ridiculous", 1.0),
    ("Det er noget lort", 1.0),  # Danish
    ("Was für eine Scheiße", 1.0),  # German
    ("We had a lovely time at the conference", 0.0),
    ("Det er slutt nå, fart på!", 0.0),  # Norwegian "end", "speed": innocent
])
def test_profanity_signal_reads_the_texts_own_language(text, expected):
    assert profanity(text_context(text)) == expected


def test_allow_listed_words_do_not_count():
    text = "Our new burger is called the Big Shit"
    assert profanity(text_context(text)) == 1.0
    ctx = text_context(text)
    ctx.allow = frozenset({"shit"})  # the brand allows its product's name
    assert profanity(ctx) == 0.0


def test_unknown_signal_is_a_clear_error():
    with pytest.raises(ValueError, match="unknown signal 'sarcasm'"):
        signals_of(text_context("hello"), ("sarcasm",))


def test_readings_work_out_language_and_signals_once_per_text():
    readings = Readings(["Das ist Scheiße", "", "A quiet day"])
    assert readings.langs()[0] == "de"
    np.testing.assert_array_equal(readings.signals(("profanity",)), [[1.0], [0.0], [0.0]])
    assert readings.contexts() is readings.contexts()
