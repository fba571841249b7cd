"""FP206: selling in reply to someone who has just told of a death or an injury."""

from fauxpas.api import check

GRIEF = {"text": "Mijn vader is vorige week overleden. Ik weet even niet hoe ik verder moet.",
         "author": "@marieke"}
SALE = ("Gecondoleerd, Marieke! Met code TROOST15 krijg je deze week 15% korting op al onze "
        "bloemstukken. Bestel vóór 14:00, morgen in huis!")


def grief_findings(text, **case):
    verdict = check({"id": "g", "text": text, "action": "reply", "target": GRIEF, **case})
    return verdict, [f for f in verdict.findings
                     if f.code == "FP206" and f.evidence.get("answers_harm")]


def test_a_discount_code_in_reply_to_a_death_is_held():
    verdict, found = grief_findings(SALE)
    assert found and verdict.decision.value != "pass"


def test_condolences_without_an_offer_pass():
    verdict, found = grief_findings("Gecondoleerd, Marieke. Veel sterkte voor jou en je familie.")
    assert not found and verdict.decision.value == "pass"


def test_the_same_offer_as_a_post_is_only_promotion():
    verdict = check({"id": "p", "text": SALE})
    assert not any(f.evidence.get("answers_harm") for f in verdict.findings)


def test_a_bot_that_answers_an_injury_with_a_discount_is_held():
    verdict = check({"id": "b", "action": "bot_reply",
                     "target": {"text": "Your scooter fell apart under my son. Broken arm, "
                                        "the whole evening in A&E.", "author": "@ann"},
                     "text": "Hey @ann! Great that you ride with us! Share a photo of your "
                             "ride with #ScootMoments: code RIDE20 gives 20% off, book now!"})
    assert any(f.evidence.get("answers_harm") == "an injury" for f in verdict.findings)
