"""FP201: a post that guards against crime is not an insult to the reader."""

from functools import partial

from tests.support import verdict_and_findings

ADVERT = "Protégez votre maison contre les cambrioleurs avec notre nouvelle alarme."
harassment = partial(verdict_and_findings, "FP201")


def test_an_alarm_advert_is_a_note_at_most():
    verdict, found = harassment(ADVERT)
    assert verdict.decision.value == "pass"
    assert all(f.confidence <= 0.45 and f.evidence["guards_against_crime"] for f in found)


def test_a_reply_keeps_the_heads_reading():
    # said to the person answered, "thieves" may be meant for them
    _, found = harassment("Our cameras caught you, thieves. Stay away from our shop.",
                          action="reply",
                          target={"text": "Your shop is a joke", "author": "@kim"})
    assert found and all(f.evidence["guards_against_crime"] is None for f in found)
