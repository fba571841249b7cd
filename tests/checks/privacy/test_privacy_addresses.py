"""Street addresses per language, and the look-alikes they must leave alone."""

import pytest

from fauxpas.checks.privacy.addresses import find_addresses, street_hint

ALL = frozenset({"en", "fr", "de", "es", "it", "pt", "nl", "no", "da", "sv", "hu", "pl"})


def spans(text, languages=ALL):
    return [text[h.start:h.end] for h in find_addresses(text, languages)]


@pytest.mark.parametrize("lang,text,span", [
    ("en", "He lives at 12 Baker Street now", "12 Baker Street"),
    ("en", "221B Baker St. in London", "221B Baker St."),
    ("en", "at 1600 Pennsylvania Avenue", "1600 Pennsylvania Avenue"),
    ("no", "Hun bor i Storgata 5, Oslo", "Storgata 5"),
    ("no", "Karl Johans gate 22 i sentrum", "Karl Johans gate 22"),
    ("de", "Er wohnt in der Hauptstraße 12", "Hauptstraße 12"),
    ("de", "Frankfurter Allee 5, Berlin", "Frankfurter Allee 5"),
    ("fr", "Elle habite au 10 rue de Rivoli", "10 rue de Rivoli"),
    ("fr", "Il habite 5, avenue Foch", "5, avenue Foch"),
    ("fr", "rue de Rivoli 10, Paris", "rue de Rivoli 10"),
    ("es", "Vive en la Calle Mayor 5", "Calle Mayor 5"),
    ("es", "Calle de Alcalá, 42", "Calle de Alcalá, 42"),
    ("it", "Abita in Via Roma 3", "Via Roma 3"),
    ("pt", "Mora na Rua Augusta 20", "Rua Augusta 20"),
    ("pt", "Avenida da Liberdade 110", "Avenida da Liberdade 110"),
    ("nl", "Hij woont op Kerkstraat 12", "Kerkstraat 12"),
    ("sv", "Hon bor på Drottninggatan 4", "Drottninggatan 4"),
    ("da", "Han bor på Vesterbrogade 3", "Vesterbrogade 3"),
    ("hu", "Kossuth Lajos utca 5. alatt lakik", "Kossuth Lajos utca 5"),
    ("hu", "Andrássy út 12 alatt", "Andrássy út 12"),
    ("pl", "Mieszka przy ul. Marszałkowskiej 10 w Warszawie", "ul. Marszałkowskiej 10"),
    ("pl", "ulica Długa 5/7, Gdańsk", "ulica Długa 5/7"),
    ("pl", "al. Jerozolimskie 123", "al. Jerozolimskie 123"),
    ("pl", "pl. Zbawiciela 4", "pl. Zbawiciela 4"),
    ("pl", "os. Tysiąclecia 12 m. 4", "os. Tysiąclecia 12 m. 4"),
    ("pl", "ul. Łucka 2 lok. 5, 00-845 Warszawa", "ul. Łucka 2 lok. 5"),
    ("pl", "Ul.Żelazna 3a", "Ul.Żelazna 3a"),
    ("pl", "ul. 3 Maja 5", "ul. 3 Maja 5"),
    ("pl", "ul. gen. Władysława Andersa 15", "ul. gen. Władysława Andersa 15"),
    ("pl", "przy ulicy Jana Pawła II 8", "ulicy Jana Pawła II 8"),
])
def test_addresses_in_each_language(lang, text, span):
    assert span in spans(text, frozenset({lang, "en"}))


@pytest.mark.parametrize("languages,text", [
    ("en", "Baldur's Gate 3 is out now"),
    ("en", "Stargate 2 and Watergate 50 years on"),
    ("en", "Upgrade via Windows 10 today"),
    ("en", "Renegade 3 on sale"),
    ("en", "Spring 2024 collection"),
    ("en", "Top 10 Road Trips"),
    ("en", "Chapter 5 Road Trip"),
    ("de", "Glückwunsch zu Platz 2"),
    ("de", "Hauptstraße 2024"),
    ("no", "Storgata 5 km unna"),
    ("it", "Piazza Pulita La7"),
    ("pl", "ul. 10 minut stąd"),
    ("pl", "al. 5 procent taniej"),
    ("pl", "ul. Długa 2024"),
    ("pl", "ul. Długa 5 m od wejścia"),
    ("pl", "Aleja Gwiazd 2025"),
])
def test_look_alikes_are_not_addresses(languages, text):
    assert spans(text, frozenset({"en", languages})) == [], text


def test_patterns_run_only_for_their_languages():
    text = "Delegate 5 signed in"  # English "-gate" words are not Norwegian streets
    assert spans(text, frozenset({"en"})) == []
    assert spans("Via Roma 3", frozenset({"en"})) == []
    assert spans("Via Roma 3", frozenset({"en", "it"})) == ["Via Roma 3"]


def test_polish_abbreviations_match_only_in_polish_and_only_with_their_dot():
    assert spans("al. Jerozolimskie 123", frozenset({"en", "es"})) == []
    assert spans("Vamos al Teatro Real 5", frozenset({"es", "pl"})) == []  # no dot
    assert spans("Os Lusíadas 5", frozenset({"pt", "pl"})) == []


def test_polish_street_words_pass_the_cheap_gate():
    assert street_hint("al. Jerozolimskie 123")
    assert street_hint("ulica Długa 5/7")  # the house number with its flat
    assert not street_hint("Vamos al cine 5 amigos")  # Spanish "al" without a dot


def test_the_message_part_hides_the_house_number_and_the_flat():
    hit = next(find_addresses("mieszka na ul. Długiej 5/7", frozenset({"pl"})))
    assert hit.tail == "ul. Długiej"
    hit = next(find_addresses("os. Tysiąclecia 12 m. 4", frozenset({"pl"})))
    assert hit.tail == "os. Tysiąclecia"


def test_the_message_part_hides_the_house_number():
    hit = next(find_addresses("lives at 12 Baker Street", ALL))
    assert hit.tail == "Baker Street"
    assert "12" not in hit.tail
