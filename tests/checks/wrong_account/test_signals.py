from fauxpas.checks.wrong_account.signals import only_casual, personal_signals
from fauxpas.core.text.tokens import tokenize


def test_finds_each_kind_of_signal_with_the_words():
    found = personal_signals(tokenize("omg I'm so hungover lol, my head"), ["en"])
    assert found["first_person"] == ["I", "my"]
    assert found["partying"] == ["hungover"]
    assert found["text_speak"] == ["omg", "lol"]


def test_other_languages_and_accents():
    found = personal_signals(tokenize("så fyllesyk i dag, jeg trenger øl"), ["no"])
    assert "first_person" in found and "partying" in found
    assert personal_signals(tokenize("másnapos vagyok"), ["hu"])["partying"] == ["másnapos"]


def test_a_word_is_read_in_the_text_s_own_language():
    # Italian "ma" is "but" and "i" is "the"; in French "ma" is "my"
    assert personal_signals(tokenize("Arriva Mancini ma i tifosi sono già a casa"), ["it"]) == {}
    assert personal_signals(tokenize("ma copine arrive"), ["fr"])["first_person"] == ["ma"]
    # Hungarian "mi" is "what", Spanish "mi" is "my"
    assert personal_signals(tokenize("mi van, ha?"), ["hu"]) == {}
    assert personal_signals(tokenize("mi casa"), ["es"])["first_person"] == ["mi"]


def test_text_speak_of_the_internet_counts_in_any_language():
    assert personal_signals(tokenize("trop bien lol"), ["fr"])["text_speak"] == ["lol"]


def test_unknown_language_reads_every_language_s_words():
    assert personal_signals(tokenize("ma copine"), [])["first_person"] == ["ma"]
    assert personal_signals(tokenize("ma copine"), ["xx"])["first_person"] == ["ma"]


def test_brand_voice_has_no_signals():
    assert personal_signals(tokenize("Our stores open at 9 tomorrow. See you there!"),
                            ["en"]) == {}


def test_polish_first_person_and_a_hangover():
    found = personal_signals(tokenize("Ale mam kaca, mój szef mnie dziś zabije"), ["pl"])
    assert found["first_person"] == ["mój", "mnie"] and found["partying"] == ["kaca"]
    # "ja" is "yes" in German: read as "I" only in Polish
    assert personal_signals(tokenize("Ja, wir haben heute geöffnet"), ["de"]) == {}


def test_pet_names_that_flirt_are_a_personal_signal():
    assert personal_signals(tokenize("hey cutie, what are you up to tonight?"),
                            ["en"])["flirting"] == ["cutie"]
    # German "süße" is first of all an adjective ("süße Grüße"): no pet name there
    assert "flirting" not in personal_signals(tokenize("Süße Grüße aus der Backstube"), ["de"])
    assert personal_signals(tokenize("oi gata, me chama no direct"), ["pt"])["flirting"] == ["gata"]
    assert "flirting" not in personal_signals(tokenize("Our beautiful new collection"), ["en"])


def test_drinks_and_an_eye_roll_are_read_from_the_emoji():
    text = "ENDELIG fredag 🍻🍻 hvem tager med?"
    assert personal_signals(tokenize(text), ["da"], text)["partying"] == ["🍻", "🍻"]
    text = "the boss moved my leave again 🙄"
    assert personal_signals(tokenize(text), ["en"], text)["griping"] == ["🙄"]
    # a toast to a milestone and a celebration are what brands post every day
    text = "10 years of our bakery today 🥂🍾🎉 thank you all!"
    assert personal_signals(tokenize(text), ["en"], text) == {}


def test_laughter_and_casual_register_are_casual_text_speak():
    assert only_casual(["lol", "JAJAJA", "kkkk", "gonna", "#omg"])
    assert not only_casual(["lol", "idk"])
    assert not only_casual(["smh"])


def test_a_big_hangover_is_partying_too():
    assert personal_signals(tokenize("menudo resacón llevo hoy"), ["es"])["partying"] == ["resacón"]
