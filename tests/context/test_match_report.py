import pytest
from tests.support import ctx_for

from fauxpas.context.match_report import reports_a_match, scoreline


@pytest.mark.parametrize(("text", "score"), [
    ("WE DESTROYED THEM! 4-0 at home", "4-0"),
    ("Final score 2:1, what a game", "2:1"),
    ("Ein 3 – 1 im Derby!", "3 – 1"),
    ("Doors open at 19:00 tonight", None),  # a time
    ("Our sale ends 2025-03-08", None),  # a date
    ("Call 555-1234 today", None),  # a phone number
])
def test_a_scoreline_is_found_and_times_dates_and_numbers_are_not(text, score):
    assert scoreline(text) == score


def test_a_match_report_needs_a_scoreline_and_a_word_of_sport():
    assert reports_a_match(ctx_for("We crushed them 4-0 in the derby!")) == "4-0"
    assert reports_a_match(ctx_for("Szétszedtük őket 3-0-ra, köszönjük szurkolók!")) == "3-0"
    assert reports_a_match(ctx_for("Crushed it ⚽ 2-1!")) == "2-1"
    assert reports_a_match(ctx_for("We destroyed them 4-0.")) is None  # no sport named


def test_without_a_scoreline_three_words_of_a_match_make_a_report():
    text = "Sotto di un gol, abbiamo ammazzato la partita nel recupero con una bomba!"
    assert reports_a_match(ctx_for(text)) == "gol, partita, recupero"
    assert reports_a_match(ctx_for("Una bomba di partita, che gol!")) is None  # two words


def test_an_esports_final_with_its_score_is_a_match_report():
    assert reports_a_match(ctx_for(
        "TRIPLE KILL. Our team took the grand final 3-2 in overtime! GG 🔥")) == "3-2"
