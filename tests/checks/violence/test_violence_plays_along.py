"""FP204: a reply that answers a customer's own joke in its words of death or riot."""

from fauxpas.api import check


def _reply(text, target):
    verdict = check({"id": "p", "text": text, "action": "reply",
                     "target": {"text": target, "author": "@c"}})
    return verdict, [f for f in verdict.findings if f.code == "FP204"]


def test_playing_along_with_the_customers_joke_is_a_note_at_most():
    verdict, found = _reply("Morire di tiramisù… ci sono modi peggiori 😉 Sabato te ne "
                            "mettiamo da parte una vaschetta, Giulia!",
                            "Il vostro tiramisù prima o poi mi ucciderà 😂😍")
    assert verdict.decision.value == "pass"
    assert all(f.confidence < 0.5 for f in found)


def test_the_same_words_to_a_customer_who_did_not_joke_are_read_as_usual():
    from tests.support import NOW

    from fauxpas.checks.violence.check import plays_along
    from fauxpas.core.engine import text_context
    from fauxpas.core.post import Post

    post = Post.from_dict({"id": "p", "text": "x", "action": "reply",
                           "target": {"text": "My order is late again.", "author": "@c"}},
                          now=NOW)
    assert not plays_along(text_context("x", None, {"post": post}))
    joked = Post.from_dict({"id": "p", "text": "x", "action": "reply",
                            "target": {"text": "I'm going to riot 😂", "author": "@c"}}, now=NOW)
    assert plays_along(text_context("x", None, {"post": joked}))
