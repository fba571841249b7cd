"""Sound effects: the noise of a blast or gunfire, from the cue lexicon or stretched caps."""

from fauxpas.context.sound_effects import sound_effect
from fauxpas.models.signals import text_context


def sound(text):
    return sound_effect(text_context(text))


def test_listed_sound_effects_in_several_languages():
    assert sound("And then: kaboom!") == "kaboom"
    assert sound("pew pew, said the tank") == "pew pew"


def test_a_word_in_capitals_stretched_into_a_noise():
    assert sound("Then came the BOOOOM") == "BOOOOM"
    assert sound("Morning coffee and #RATATATTT") == "#RATATATTT"


def test_ordinary_capitals_and_stretched_lowercase_are_no_sound():
    assert sound("NEW COLLECTION IN STORES NOW") is None
    assert sound("I am sooooo happy today") is None
    assert sound("Watch the BBC at 9") is None
