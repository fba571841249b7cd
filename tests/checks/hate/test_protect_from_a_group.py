"""FP202: a named group cast as the danger to be kept safe from ("protect your daughters
from the migrants")."""

import pytest
from tests.support import ctx_for

from fauxpas.checks.hate.check import protects_from_a_group


@pytest.mark.parametrize(("text", "found"), [
    ("Protect your daughters from the migrants: get our pepper spray today.",
     "Protect your daughters from the migrants"),
    ("Schützen Sie Ihre Töchter vor den Flüchtlingen – mit unserem Pfefferspray.",
     "Schützen Sie Ihre Töchter vor den Flüchtlingen"),
    ("Bescherm je dochters tegen de vluchtelingen met onze pepperspray.",
     "Bescherm je dochters tegen de vluchtelingen"),
    ("Chroń swoje córki przed imigrantami.", "Chroń swoje córki przed imigrantami"),
    # the Scandinavian definite article is a suffix: "invandrarna", "the immigrants"
    ("Håll din familj säker från invandrarna – köp vårt larm.", "säker från invandrarna"),
    ("Beskytt familien din mot innvandrerne.", "Beskytt familien din mot innvandrerne"),
])
def test_a_group_cast_as_the_danger(text, found):
    assert protects_from_a_group(ctx_for(text)) == found


@pytest.mark.parametrize("text", [
    "We protect refugees from the cold with free blankets.",  # the group is kept safe
    "Protect the Jewish community from antisemitic attacks.",  # the same
    "Vaccines protect children from measles.",  # no group after "from"
    "Our gym: a space safe from men's stares.",  # a possessive: the stares are the danger
    "We don't protect anyone from immigrants, we welcome them.",  # negated
    "Protect your home from burglars with our new alarm.",  # criminals, no group
])
def test_no_group_cast_as_a_danger(text):
    assert protects_from_a_group(ctx_for(text)) is None
