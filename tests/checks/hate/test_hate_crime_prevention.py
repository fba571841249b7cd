"""FP202: the group a crime-prevention advert keeps safe is not the group it threatens."""

from functools import partial

from tests.support import verdict_and_findings

hate = partial(verdict_and_findings, "FP202")


def test_women_kept_safe_from_burglars_are_not_threatened():
    for text in ("Our alarm scares off burglars so women living alone sleep safe.",
                 "Nuestra alarma ahuyenta a los ladrones para que las mujeres que viven "
                 "solas duerman tranquilas."):
        verdict, found = hate(text)
        assert verdict.decision.value == "pass", text
        assert not any(f.evidence["threat_to_group"] or f.evidence["hostile"]
                       for f in found), text


def test_a_group_called_thieves_in_the_same_advert_is_hate():
    verdict, found = hate("Los inmigrantes son ladrones, protege tu casa con una alarma.")
    assert found and verdict.decision.value != "pass"


def test_a_group_called_burglars_is_hostile():
    verdict, found = hate("Einbrecher sind doch fast alle Ausländer. Schützen Sie Ihr Zuhause "
                          "mit unserer Alarmanlage.")
    assert verdict.decision.value != "pass"
    assert found[0].evidence["hostile"] == "Einbrecher"


def test_a_denial_calls_no_group_criminals():
    _, found = hate("Nicht alle Ausländer sind Einbrecher.")
    assert not any(f.evidence["hostile"] for f in found)
