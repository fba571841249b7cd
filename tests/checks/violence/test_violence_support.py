"""FP204's cap for a post that names violence to stand against it."""

from fauxpas.checks.violence.check import speaks_against_harm
from fauxpas.models.signals import text_context


def test_support_and_counter_speech_speak_against_harm():
    assert speaks_against_harm(text_context("Abuse at home is never okay. Our helpline is open."))
    assert speaks_against_harm(text_context("Les insultes contre les femmes n'ont pas leur place ici."))


def test_self_defence_classes_speak_against_harm():
    assert speaks_against_harm(text_context("Self-defence classes for women every Tuesday."))
    assert speaks_against_harm(text_context("Kurs in Selbstverteidigung für Frauen, jeden Dienstag."))


def test_a_plain_violent_text_does_not_speak_against_harm():
    assert not speaks_against_harm(text_context("We will beat them all tonight."))
