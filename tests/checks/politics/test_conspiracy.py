"""FP205 on conspiracy theories a brand posts or spreads."""

import pytest
from tests.support import ctx_for

from fauxpas.checks.politics.check import conspiracy

CALM = {"politics": 0.1}
POLITICAL = {"politics": 0.99}


@pytest.mark.parametrize(("text", "phrase"), [
    ("These floods were engineered. Weather weapons are real and the climate scam goes on.",
     "Weather weapons"),
    ("Die Plandemie war geplant. Wacht auf!", "Plandemie"),
    ("La plandemia fue planeada por las farmacéuticas.", "plandemia"),
    ("Ny verdensorden, folkens. Tenk selv.", "Ny verdensorden"),
])
def test_a_conspiracy_theory_is_spread(text, phrase):
    assert conspiracy(ctx_for(text), CALM) == phrase


def test_two_weak_phrases_count_only_in_a_political_text():
    text = "Wake up, people! Do your own research before you buy anything."
    assert conspiracy(ctx_for(text), CALM) is None
    assert conspiracy(ctx_for(text), POLITICAL) == "Wake up, people"


@pytest.mark.parametrize("text", [
    "Chemtrails are not real: the white lines behind planes are water vapour.",
    "Myth of the week: 'the climate scam'. The science is clear.",
    "Die Plandemie ist eine Verschwörungstheorie, die wir hier nicht verbreiten.",
    "He called it “a plandemic”, a word we will not repeat in our stores.",
])
def test_a_theory_debunked_or_quoted_is_not_spread(text):
    assert conspiracy(ctx_for(text), POLITICAL) is None
