"""The cue tables: every language has its words, and the Polish ones are found and read
the way the other languages' are (folded, whole words)."""

from datetime import datetime, timezone

import pytest

from fauxpas.checks.base import ALL_LANGUAGES
from fauxpas.checks.privacy.assess import OWN_WORDS, PERSONAL_WORDS
from fauxpas.checks.privacy.check import PrivacyCheck
from fauxpas.checks.privacy.cues import OWN, PERSONAL, VENUES
from fauxpas.checks.privacy.numbers import not_personal
from fauxpas.checks.privacy.recognizer import words_near
from fauxpas.core.engine import Engine
from fauxpas.core.policy import parse_policy
from fauxpas.core.post import Post
from fauxpas.core.verdict import Decision, Severity

NOW = datetime(2026, 6, 1, tzinfo=timezone.utc)
PL = {"account": {"markets": ["PL"]}}


def check(text, **case):
    engine = Engine(parse_policy(""), checks=[PrivacyCheck])
    return engine.check(Post.from_dict({"id": "t", "text": text, **case}, now=NOW))


@pytest.mark.parametrize("table", [PERSONAL, OWN, VENUES], ids=["personal", "own", "venues"])
def test_every_cue_table_has_every_supported_language(table):
    assert set(table) == set(ALL_LANGUAGES)


@pytest.mark.parametrize("text,cue", [
    ("Ten klient mieszka przy 12345", "mieszka przy"),
    ("Twój numer: 12345", "twój numer"),
    ("twoj numer 12345", "twój numer"),  # typed without the accent
    ("Pani adres: 12345", "pani adres"),
    ("zadzwoncie do niego 12345", "zadzwońcie do niego"),
])
def test_polish_personal_cues_are_found_folded(text, cue):
    start = text.index("12345")
    assert cue in words_near(text, start, start + 5, PERSONAL_WORDS)


@pytest.mark.parametrize("text,cue", [
    ("Zapraszamy! 12345", "zapraszamy"),
    ("Obsluga klienta 12345", "obsługa klienta"),
    ("Godziny otwarcia 12345", "godziny otwarcia"),
    ("Apteka 12345", "apteka"),
    ("Urząd Miasta 12345", "urząd miasta"),
])
def test_polish_own_and_venue_cues_are_found(text, cue):
    start = text.index("12345")
    assert cue in words_near(text, start, start + 5, OWN_WORDS)


def test_polish_words_are_not_cues_inside_longer_words():
    text = "sklepowy 12345"  # "sklep" inside an adjective
    assert "sklep" not in words_near(text, 9, 14, OWN_WORDS)


ORDER = "order, reference or product number"


@pytest.mark.parametrize("text,number,reason", [
    ("Numer zamówienia 512345678", "512345678", ORDER),
    ("zamówienie nr 512345678", "512345678", ORDER),
    ("nr faktury: 512345678", "512345678", ORDER),
    ("Numer przesyłki 512345678", "512345678", ORDER),
    ("NIP 5260250274", "5260250274", ORDER),
    ("Wygraj 512 345 678 zł", "512 345 678", "amount or count"),
    ("mamy 512 345 678 wyświetleń", "512 345 678", "amount or count"),
])
def test_polish_order_numbers_and_amounts_are_nobodys(text, number, reason):
    start = text.index(number)
    assert not_personal(text, start, start + len(number)) == reason


def test_a_polish_reply_with_a_customers_number_is_blocked():
    verdict = check("@ania_k Pani numer 512 345 678 przekazaliśmy do magazynu",
                    action="reply", **PL)
    assert verdict.decision is Decision.BLOCK
    assert verdict.findings[0].evidence["cues"] == ["pani numer"]


def test_a_polish_shop_invitation_is_at_most_information():
    verdict = check("Zapraszamy do naszego sklepu: ul. Marszałkowska 10, Warszawa", **PL)
    assert verdict.decision is Decision.PASS
    assert [f.severity for f in verdict.findings] == [Severity.INFO]
    assert verdict.findings[0].evidence["whose"] == "own"


@pytest.mark.parametrize("text,markets", [
    ("Die Adresse von dem Typen mit der 1-Stern-Bewertung: Hauptstraße 12, 10115 Berlin.",
     ["DE"]),
    ("Numer tej klientki: 601 234 567", ["PL"]),
    ("Le numéro de ce client pénible : 06 12 34 56 78", ["FR"]),
    ("Hier woont hij: Kerkstraat 5, Utrecht", ["NL"]),
])
def test_a_person_pointed_at_by_this_or_that_ties_the_data_to_them(text, markets):
    verdict = check(text, account={"markets": markets})
    assert verdict.decision is Decision.BLOCK, text


@pytest.mark.parametrize("text,markets", [
    ("Numer tego zamówienia: 601 234 567 – sprawdź status w aplikacji", ["PL"]),
    ("Le numéro de cette commande : 0612345678", ["FR"]),
    ("Die Adresse von unserem neuen Laden: Hauptstraße 12, 10115 Berlin.", ["DE"]),
])
def test_an_order_or_the_brands_own_shop_stays_nobodys(text, markets):
    assert check(text, account={"markets": markets}).decision is Decision.PASS, text
