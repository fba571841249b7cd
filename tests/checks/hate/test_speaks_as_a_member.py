import pytest
from tests.support import ctx_for

from fauxpas.checks.hate.check import speaks_as_a_member, speaks_well_of_a_group
from fauxpas.context.cues import ctx_cues


def _member(text):
    ctx = ctx_for(text)
    return speaks_as_a_member(ctx, ctx_cues(ctx, "groups"))


@pytest.mark.parametrize(("text", "words"), [
    ("I'm a proud Muslim woman and I run this bakery.", "I'm"),
    ("Somos inmigrantes y este es nuestro barrio.", "Somos"),
    ("Ik ben homo en ik werk hier al tien jaar.", "Ik ben"),
    ("Melegek vagyunk, és ez a boltunk.", "vagyunk"),
])
def test_the_writer_says_they_belong_to_the_group_named(text, words):
    assert _member(text) == words


@pytest.mark.parametrize("text", [
    "I am sick of immigrants in this town.",  # "of" turns to someone else
    "I am against immigrants moving here.",
    "I'm a proud Muslim woman, and Jews are welcome too.",  # a second group, not the writer's
    "Gli immigrati sono un peso per tutti.",  # "sono" after the group: "they are"
])
def test_no_member_when_the_words_turn_to_others(text):
    assert _member(text) is None


def test_a_member_speaking_gets_no_note_unless_hostile():
    assert speaks_well_of_a_group(ctx_for("Somos inmigrantes y este es nuestro barrio."))
    assert speaks_well_of_a_group(ctx_for("Soy inmigrante y los inmigrantes son sucios.")) is None
