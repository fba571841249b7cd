from datetime import datetime, timedelta, timezone

import pytest

from fauxpas.context.events import active, classify, parse_deaths, relevant_to
from fauxpas.context.gazetteer import default_gazetteer
from fauxpas.core.post import Event

T0 = datetime(2031, 5, 1, 20, 0, tzinfo=timezone.utc)


@pytest.mark.parametrize("text,count", [
    ("Train derails near Lyon, at least 12 dead", 12),
    ("Mindst 12 døde efter skyderi", 12),
    ("Au moins 12 morts dans une fusillade", 12),
    ("Mindestens 7 Tote nach Explosion", 7),
    ("Al menos 30 muertos por el terremoto", 30),
    ("Almeno 5 morti nel crollo", 5),
    ("Pelo menos 1.200 mortos", 1200),
    ("Minstens 3 doden bij aanslag", 3),
    ("Minst 4 döda i skottlossning", 4),
    ("Legalább 9 halálos áldozat", 9),
    ("Two dead after storm hits coast", 2),
    ("Lkw rast in Weihnachtsmarkt: zwölf Tote", 12),
    ("Otto morti nel crollo di un palazzo", 8),
    ("Twenty people killed in flood", 20),
    ("I once died of embarrassment", 0),  # Spanish "once" (eleven) is left out
    ("Death toll rises to 41", 41),
    ("Shares rise 12 percent", 0),
    ("Co najmniej 12 osób zginęło w pożarze", 12),
    ("Trzy osoby nie żyją po zderzeniu", 3),
    ("Pięciu górników zginęło w kopalni", 5),
    ("Dwie osoby zginely w wypadku", 2),  # typed without the accents
    ("20 ofiar śmiertelnych", 20),
    ("Dziesiątki zabitych w trzęsieniu ziemi", 24),
    ("Liczba ofiar wzrosła do 41", 41),
    ("Ceny wzrosły o 5 procent", 0),
])
def test_parse_deaths_in_many_languages(text, count):
    assert parse_deaths(text) == count


@pytest.mark.parametrize("text,count", [
    ("Zginęło co najmniej 12 osób", 12),
    ("Nie żyje pięć osób po wybuchu", 5),
    ("W wypadku zginęły dwie osoby", 2),
    ("Zmarła 2 lata temu", 0),  # no people counted after the verb
])
def test_parse_deaths_reads_polish_verb_first(text, count):
    assert parse_deaths(text) == count


def test_a_number_word_inside_a_longer_word_is_not_a_count():
    assert parse_deaths("Patrzy na zabitych") == 0  # "trzy" (three) inside "patrzy"


def test_tragedy_severity_place_and_window():
    info = classify(Event(T0, "Shooting in central Vienna leaves 4 dead", "Wien"))
    assert info.tragedy and info.severity == 3 and info.deaths == 4
    assert info.countries == {"AT"} and {"becs", "vienne", "wien"} <= info.place_names
    assert info.until - T0 == timedelta(days=7)


def test_non_tragedy_and_disaster_without_deaths():
    assert not classify(Event(T0, "Central bank keeps rates unchanged")).tragedy
    storm = classify(Event(T0, "Hurricane Nadia nears the coast; thousands evacuated"))
    assert storm.tragedy and storm.severity == 2 and "nadia" in storm.keywords


@pytest.mark.parametrize("headline", [
    "Tornado touches down near Ames, no one hurt",
    "Tropensturm streift Karibikinsel – keine Verletzten gemeldet",
    "Inondation dans le village : aucun blessé, dégâts limités",
    "Incendio en un almacén sin heridos",
    "Wichura nad Mazurami, nikt nie został ranny",
    "Vihar söpört végig a megyén, senki sem sérült",
    # news that says nothing was damaged
    "Small earthquake rattles the valley without causing damage",
    "Terremoto leve en la costa norte, no se reportaron daños",
    "Scossa di terremoto avvertita in provincia, nessun danno",
    "Tremblement de terre ressenti dans la vallée, sans faire de dégâts",
    "Aardbeving gevoeld in het noorden, geen schade",
])
def test_a_storm_or_accident_that_hurt_no_one_is_no_tragedy(headline):
    assert not classify(Event(T0, headline)).tragedy


def test_an_attack_without_injuries_stays_a_tragedy_and_deaths_outweigh_unharmed_words():
    assert classify(Event(T0, "Shooting at a school in Malmö, no injuries")).tragedy
    assert classify(Event(T0, "Flood: 3 dead, others escaped unharmed")).tragedy


def test_active_window_and_relevance():
    events = (Event(T0, "Earthquake kills 30 in Naples", "Naples"),
              Event(T0, "New phone launched"))
    assert [i.event.place for i in active(events, T0 + timedelta(hours=5))] == ["Naples"]
    assert active(events, T0 + timedelta(days=10)) == []
    info = active(events, T0 + timedelta(hours=5))[0]
    assert relevant_to(info, ("IT",)) and not relevant_to(info, ("HU",))
    assert relevant_to(info, ())


def test_gazetteer_names_meet_across_languages():
    g = default_gazetteer()
    ids = {p.id for p in g.find("Bécs, Vienne und Wien")}
    assert ids == {"vienna"}
    assert "US-NEW-ENGLAND" in {p.id for p in g.ancestors(g.places["boston"])}


def test_about_crisis_reads_run_together_hashtags_and_weak_words():
    from fauxpas.context.events import about_crisis

    assert about_crisis("Roads closed downtown #cityfloods")
    assert about_crisis("Stay safe everyone, sirens all night")
    assert not about_crisis("New summer menu #summervibes")
    assert not classify(Event(T0, "Stay safe everyone")).tragedy
