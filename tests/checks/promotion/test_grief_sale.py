"""FP206: selling in reply to someone who has just told of a death."""

from fauxpas.api import check

GRIEF = {"text": "Mijn vader is vorige week overleden. Ik weet even niet hoe ik verder moet.",
         "author": "@marieke"}
SALE = ("Gecondoleerd, Marieke! Met code TROOST15 krijg je deze week 15% korting op al onze "
        "bloemstukken. Bestel vóór 14:00, morgen in huis!")


def grief_findings(text, **case):
    verdict = check({"id": "g", "text": text, "action": "reply", "target": GRIEF, **case})
    return verdict, [f for f in verdict.findings
                     if f.code == "FP206" and f.evidence.get("answers_a_death")]


def test_a_discount_code_in_reply_to_a_death_is_held():
    verdict, found = grief_findings(SALE)
    assert found and verdict.decision.value != "pass"


def test_condolences_without_an_offer_pass():
    verdict, found = grief_findings("Gecondoleerd, Marieke. Veel sterkte voor jou en je familie.")
    assert not found and verdict.decision.value == "pass"


def test_the_same_offer_as_a_post_is_only_promotion():
    verdict = check({"id": "p", "text": SALE})
    assert not any(f.evidence.get("answers_a_death") for f in verdict.findings)
