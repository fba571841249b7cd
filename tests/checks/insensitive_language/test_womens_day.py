import pytest
from tests.support import ctx_for

from fauxpas.checks.insensitive_language.check import sells_chores_for_womens_day


@pytest.mark.parametrize(("text", "item"), [
    ("Journée de la femme : -30 % sur nos fers à repasser !", "fers à repasser"),
    ("Dzień Kobiet: odkurzacze -25%! 🌷", "odkurzacze"),
    ("Women's Day special: 20% off all vacuum cleaners", "vacuum cleaners"),
])
def test_a_discount_on_housework_for_womens_day(text, item):
    span = sells_chores_for_womens_day(ctx_for(text))
    assert span is not None and text[span[0]:span[1]] == item


@pytest.mark.parametrize("text", [
    "Happy Women's Day! Our vacuum was designed by a team that is 40% women.",  # no discount
    "20% off all vacuum cleaners this weekend!",  # no Women's Day
    "Women's Day: 20% off in the whole fashion store 💜",  # no housework
])
def test_no_discount_no_day_or_no_housework_is_no_stereotype(text):
    assert sells_chores_for_womens_day(ctx_for(text)) is None
