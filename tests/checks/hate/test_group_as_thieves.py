"""FP202: an advert that sells with the stereotype of a people as thieves ("faster to set
up than a Pole cracks your car")."""

import pytest
from tests.support import ctx_for

from fauxpas.checks.hate.check import sells_with_a_group_as_thieves


@pytest.mark.parametrize(("text", "found"), [
    ("Lock it tight: the immigrants here will steal your bike in a minute. "
     "Our D-locks are 20% off.", "immigrants here will steal your"),
    ("Unser neuer Gasgrill: schneller aufgebaut, als ein Pole dein Auto knackt. "
     "Jetzt 20 % sparen!", "ein Pole dein Auto knackt"),
    # the group in one sentence, the theft in the next
    ("Sok a cigány a környéken? Ne várja meg, amíg kirabolják! Szereltessen be riasztót "
     "most 20% kedvezménnyel.", "cigány a környéken? Ne várja meg, amíg kirabolják"),
    ("Con los gitanos del barrio, mejor asegura tu moto: te roban hasta el sillín. "
     "Candado Fuerte con 15% de descuento.", "gitanos del barrio, mejor asegura tu moto: te roban"),
])
def test_an_advert_casts_a_group_as_thieves(text, found):
    assert sells_with_a_group_as_thieves(ctx_for(text)) == found


@pytest.mark.parametrize("text", [
    "Our Romanian chef stole the show at the food fair! Book a table now.",  # an idiom
    "Our Syrian chef will steal your heart with his falafel. Book a table now.",
    "Immigrants don't steal your jobs, they build our town. Shop local, shop with us.",
    "Protect your bike from thieves: our D-locks are 20% off.",  # criminals, no group
    "The immigrants here will steal your bike, the mayor claimed at the meeting.",  # no sale
])
def test_no_group_cast_as_thieves(text):
    assert sells_with_a_group_as_thieves(ctx_for(text)) is None
