"""Date and time cues beside a marker, and how far an embargo note's date runs."""

import pytest

from fauxpas.checks.confidential.timecues import date_extent, dated


@pytest.mark.parametrize("text", [
    "EMBARGO 09:00", "embargo 5/12", "Sperrfrist 12.05.", "embargo 10 Uhr", "embargo 9am",
    "sperrefrist kl. 10", "embargo CET", "embargo 2027", "embargo jusqu'au 12 mai",
    "embargo hasta el lunes", "embargo fino a giovedì", "embargo até amanhã",
    "embargo tot dinsdag", "embargo till måndag", "embargó hétfő", "embargo til torsdag",
    "embargo do poniedziałku", "embargo do poniedzialku", "embargo do 5 kwietnia",
    "embargo do 12 marca", "embargo do 3 maja", "embargo do godz. 10", "embargo do jutra",
    "embargo przed piątkiem", "embargo do północy",
])
def test_dates_and_times_in_every_language_are_cues(text):
    assert dated(text, 0, 7)


@pytest.mark.parametrize("text", [
    "embargo on oil", "embargo de bienes", "embargo, sanctions and tariffs",
    "embargo sulla marca", "embargo de la marca", "embargo, Maja said",
])
def test_ordinary_words_are_not_cues(text):
    assert not dated(text, 0, 7)


def test_the_window_is_near_the_marker_only():
    text = "embargo" + " word" * 20 + " 10:00"
    assert not dated(text, 0, 7)


@pytest.mark.parametrize("text,marker,expected", [
    ("EMBARGOED UNTIL 09:00 CET 5 May: we open", "EMBARGOED UNTIL",
     "EMBARGOED UNTIL 09:00 CET 5 May"),
    ("SPERRFRIST: 12.05., 10 Uhr – neue Filiale", "SPERRFRIST", "SPERRFRIST: 12.05., 10 Uhr"),
    ("Publiceras ej före 10.00 den 5 maj. Vi öppnar", "Publiceras ej före",
     "Publiceras ej före 10.00 den 5 maj"),
    ("Do not publish until Monday 9am, when the partnership with the council is official",
     "Do not publish", "Do not publish until Monday 9am"),
    ("Do not publish: the new logo", "Do not publish", "Do not publish"),
    ("NIE PUBLIKOWAĆ PRZED 10:00, 12 marca: otwieramy", "NIE PUBLIKOWAĆ PRZED",
     "NIE PUBLIKOWAĆ PRZED 10:00, 12 marca"),
])
def test_an_embargo_note_runs_to_the_end_of_its_date(text, marker, expected):
    assert text[:date_extent(text, len(marker))] == expected
