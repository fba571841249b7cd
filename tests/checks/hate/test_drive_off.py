"""FP202: a promise to keep a named group away ("fait fuir les Roms")."""

from tests.support import ctx_for

from fauxpas.checks.hate.check import drives_off_a_group


def test_a_promise_to_keep_a_named_group_away_is_hostile():
    assert drives_off_a_group(ctx_for(
        "Notre alarme fait fuir les Roms avant le portail !")) == "fait fuir les Roms"


def test_no_group_or_a_negation_is_no_promise():
    assert drives_off_a_group(ctx_for("Our alarm scares off burglars, day and night.")) is None
    assert drives_off_a_group(ctx_for("Nothing scares off the refugees who rebuild here.")) is None
