import pytest
from tests.support import ctx_for

from fauxpas.checks.hate.check import measures_by_a_group


@pytest.mark.parametrize(("text", "found"), [
    ("So easy even the ladies can do it 💅", "even the ladies can"),
    ("Il nuovo telefono è così semplice che riesce a usarlo persino un down.",
     "riesce a usarlo persino un down"),
    ("Appen er så nem, at selv en grønlænder kan finde ud af den.", "selv en grønlænder kan"),
    ("Tan fácil que hasta una mujer puede montarlo.", "hasta una mujer puede"),
    ("Notre appli est si simple que même votre voisin ou un autiste pourrait s'en servir.",
     "même votre voisin ou un autiste pourrait"),
    ("So simple that even your granddad and a woman can set it up.",
     "even your granddad and a woman can"),
])
def test_a_group_named_as_the_measure_of_how_easy_something_is(text, found):
    assert measures_by_a_group(ctx_for(text)) == found


@pytest.mark.parametrize("text", [
    "So easy even a child can do it.",  # no group
    "Even women's football sold out this year, and we can't wait for the final.",  # too far
    "Saying that even a woman can use it is sexist, and we won't say it.",  # rejects hate
    # "and" too far from "even": a list, not a pair measured by
    "Even on the busiest Saturday mornings and women can book a table for two.",
    "So easy even your granddad or a child can do it.",  # the pair names no group
])
def test_no_group_no_ability_or_a_rejection_is_no_measure(text):
    assert measures_by_a_group(ctx_for(text)) is None
