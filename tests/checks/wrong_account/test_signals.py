from fauxpas.checks.wrong_account.signals import personal_signals
from fauxpas.core.text.tokens import tokenize


def test_finds_each_kind_of_signal_with_the_words():
    found = personal_signals(tokenize("omg I'm so hungover lol, my head"))
    assert found["first_person"] == ["I", "my"]
    assert found["partying"] == ["hungover"]
    assert found["text_speak"] == ["omg", "lol"]


def test_other_languages_and_accents():
    found = personal_signals(tokenize("så fyllesyk i dag, jeg trenger øl"))
    assert "first_person" in found and "partying" in found
    assert personal_signals(tokenize("másnapos vagyok"))["partying"] == ["másnapos"]


def test_brand_voice_has_no_signals():
    assert personal_signals(tokenize("Our stores open at 9 tomorrow. See you there!")) == {}
