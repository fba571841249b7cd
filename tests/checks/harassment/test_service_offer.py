"""FP201: a reply that offers to put things right is not held on the head's reading alone."""

from functools import partial

from tests.support import verdict_and_findings

COMPLAINT = {"text": "@Trapwerk Ketting loopt er na een week al af. Wat een prutfiets.",
             "author": "@joost"}

harassment = partial(verdict_and_findings, "FP201", action="reply", target=COMPLAINT)


def test_an_offer_to_fix_it_caps_the_reply_at_a_note():
    verdict, found = harassment(
        "Hoi Joost, balen dat je ketting eraf loopt, dat hoort niet na een week. Kom langs "
        "in de winkel of stuur ons een DM met je aankoopdatum: we stellen hem gratis af.")
    assert verdict.decision.value == "pass"
    assert all(f.confidence <= 0.45 and f.evidence["offers_help"] for f in found)


def test_an_insult_beside_the_offer_is_still_held():
    verdict, found = harassment("Leer eerst fietsen, sukkel. Stuur ons een DM als je hulp "
                                "nodig hebt.")
    assert found and verdict.decision.value != "pass"
    assert found[0].evidence["offers_help"] is None
