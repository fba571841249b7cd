"""Polish posts through the registered rule checks: read in Polish, with Polish words."""

from fauxpas.api import check

HEADLINE = "Strzelanina w centrum Gdańska, zginęło co najmniej 12 osób"


def _codes(case):
    verdict = check(case, tier="rules")
    assert verdict.lang == "pl"
    return {finding.code for finding in verdict.findings}


def test_a_polish_placeholder_and_embargo_are_found():
    assert "FP102" in _codes("Nowa kolekcja już w sklepie! Sprawdź [LINK] i zamów dziś.")
    assert "FP104" in _codes("EMBARGO do piątku 12:00 – nie publikować")


def test_polish_swearing_is_profanity_and_a_recipe_is_not():
    assert "FP101" in _codes("Kurwa, znowu nie działa ta aplikacja")
    assert "FP101" not in _codes("Solić i pieprzyć do smaku, podawać na ciepło.")


def test_a_customer_s_polish_address_is_personal_data():
    assert "FP103" in _codes("Klient Jan Kowalski mieszka przy ul. Długiej 5/7, zapraszamy!")


def test_cheer_the_morning_after_a_polish_tragedy_is_tone_deaf():
    case = {"id": "c", "text": "Dzień dobry, Gdańsk! Świętujemy najlepszą imprezę roku 🎉🎉",
            "at": "2026-06-02T08:00:00Z",
            "context": {"events": [{"at": "2026-06-01T22:00:00Z", "headline": HEADLINE,
                                    "place": "Gdańsk"}]}}
    assert "FP301" in _codes(case)
    calm = {**case, "text": "Łączymy się w bólu z rodzinami ofiar. Dziś zamykamy sklep o 15:00."}
    assert "FP301" not in _codes(calm)
