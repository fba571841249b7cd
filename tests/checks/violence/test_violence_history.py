"""FP204 on a post that sells or jokes with the words of a war, an occupation, a genocide
or slavery, with no violence the head can see."""

import pytest
from tests.support import ctx_for

from fauxpas.checks.violence.check import trivialises_history


@pytest.mark.parametrize(("text", "word"), [
    ("🍕 We're invading your postcode like it's 1940 🪂 BLITZ WEEK: every large pizza £9.40 "
     "and resistance is futile 😎", "invading"),
    ("⚡ LYNKRIG PÅ PRISERNE ⚡ I dag ruller vi ind over grænsen med tyske øl til halv pris 🍺",
     "LYNKRIG"),
    ("Monday mood: chained to your desk like it's the 1850s 😂 Our Emancipation Cold Brew is "
     "half price till 5pm", "chained"),
    ("Wyprzedaż jak wojna błyskawiczna ⚡ -50% tylko dziś!", "wojna błyskawiczna"),
])
def test_selling_or_joking_with_a_war_or_slavery_is_trivialising(text, word):
    assert word in trivialises_history(ctx_for(text))


@pytest.mark.parametrize("text", [
    "80 years ago today, Warsaw rose against the occupation. We remember the 1944 uprising.",
    "Weekend blitz: 20% off all paints 🎨",  # one everyday word, no war in it
    "Invade the weekend with our new trainers! 20% off",
    "Our museum's new exhibition on the Holocaust opens on Monday. We remember the victims.",
])
def test_remembering_or_one_everyday_word_is_not(text):
    assert trivialises_history(ctx_for(text)) is None
