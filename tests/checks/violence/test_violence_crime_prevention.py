"""FP204: a post that guards against crime is a note at most on the head's reading."""

from functools import partial

from tests.support import verdict_and_findings

violence = partial(verdict_and_findings, "FP204")


def test_an_alarm_that_scares_off_burglars_is_not_held():
    for text in ("Our alarm scares off burglars.",
                 "Unser Alarm schreckt Einbrecher ab, damit Frauen, die allein leben, sicher "
                 "schlafen."):
        verdict, found = violence(text)
        assert verdict.decision.value == "pass", text
        assert all(f.confidence <= 0.45 and f.evidence["guards_against_crime"]
                   for f in found), text


def test_a_call_to_shoot_burglars_is_still_held():
    verdict, found = violence("Shoot burglars on sight to keep your home safe.")
    assert found and verdict.decision.value != "pass"
    assert found[0].evidence["guards_against_crime"] is None
