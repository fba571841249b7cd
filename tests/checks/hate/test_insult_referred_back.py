import pytest
from tests.support import ctx_for

from fauxpas.checks.hate.check import insults_a_group

CUTOFFS = {"harassment": (0.5, 0.8)}
HOSTILE_ONLY = {"harassment": 0.6, "hate": 0.2, "violence": 0.1}


def _insult(text):
    return insults_a_group(ctx_for(text, cutoffs=CUTOFFS), HOSTILE_ONLY)


@pytest.mark.parametrize(("text", "insult"), [
    ("He conocido a muchas mujeres, y todas son estúpidas.", "estúpidas"),
    ("I've met a lot of immigrants, and all of them are idiots.", "idiots"),
    ("J'ai rencontré beaucoup de musulmans, ils sont tous idiots.", "idiots"),
])
def test_an_insult_in_a_later_clause_that_points_back_to_the_group(text, insult):
    assert _insult(text) == insult


@pytest.mark.parametrize("text", [
    "We met many refugees this week, and they told us about idiots online.",  # someone else
    "Refugees arrived. They say the stupid printer broke again.",  # another sentence
    "I've met a lot of immigrants, and all of them are not idiots.",  # negated
])
def test_no_insult_pointed_back_when_it_is_about_someone_else(text):
    assert _insult(text) is None


def test_a_hostile_word_said_of_a_group_counts_as_an_insult():
    assert _insult("Los inmigrantes son peligrosos y sucios.") == "peligrosos"
    assert _insult("Refugees are dangerous, all of them.") == "dangerous"


def test_a_hostile_word_quoted_in_the_writers_own_words_is_someone_elses():
    assert _insult("He wrote “refugees are dangerous” under our post. We deleted it.") is None
