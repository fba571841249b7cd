"""FP201: a reply that talks down to the customer it answers ("ask one of the grandkids")."""

from functools import partial

from tests.support import verdict_and_findings

COMPLAINT = {"text": "Your app logged me out again in the middle of a payment. Useless.",
             "author": "@ruth"}

harassment = partial(verdict_and_findings, "FP201", action="reply", target=COMPLAINT)


def assert_talks_down(texts):
    for text in texts:
        verdict, found = harassment(text)
        assert verdict.decision.value != "pass", text
        assert found[0].evidence["talks_down"], text


def test_a_grandchild_to_help_with_a_smile_is_held_for_review():
    assert_talks_down(("Hi Ruth 🙂 The app works fine for everyone else. Maybe one of the "
                       "grandkids can show you which button logs you in?",
                       "Gentile Ruth, il modulo è semplice 😉 Forse conviene farsi aiutare "
                       "da un nipote.",
                       "Pani Ruth, to naprawdę proste 😉 Może wnuczek wpadnie i pomoże? 👵"))


def test_an_apology_or_an_offer_of_help_is_no_condescension():
    for text in ("Sorry Ruth, we apologise! One of the grandkids can show you the new button "
                 "🙂 or DM us and we'll sort it together.",
                 "Hi Ruth, so sorry! Our team is fixing the log-out bug today. Say hi to the "
                 "grandkids from us 😊",
                 "Glad to hear the new version works for everyone else in your family now, "
                 "Ruth! Let us know if yours still logs out."):
        verdict, found = harassment(text)
        assert verdict.decision.value == "pass", text
        assert all(not f.evidence["talks_down"] for f in found), text


def test_an_apology_in_plain_words_is_read_in_each_language():
    # "das tut uns leid" (not only "es tut uns leid"), "lo siento", "przepraszam"
    for held, text in ((True, "Vielleicht kann Ihnen eines Ihrer Enkelkinder zeigen, wie es "
                              "geht 🙂"),
                       (False, "Das tut uns leid! Vielleicht kann Ihnen eines Ihrer "
                               "Enkelkinder zeigen, wie es geht 🙂"),
                       (True, "Ruth 🙂 Quizás alguno de sus nietos le puede enseñar el "
                              "botón nuevo."),
                       (False, "Lo siento, Ruth 🙂 Quizás alguno de sus nietos le puede "
                               "enseñar el botón nuevo.")):
        verdict, _ = harassment(text)
        assert (verdict.decision.value != "pass") is held, text


def test_mocking_the_customers_language_accent_education_reading_or_looks_is_held():
    assert_talks_down((
        "Ruth 🙂 Das Formular versteht man auch ohne Abitur, versprochen.",
        "Hola Ruth 😉 ¿Nos lo puede escribir en un español correcto? Así le ayudamos.",
        "Hei Ruth 😉 Ut fra profilbildet trenger du vel ikke flere tilbud på pizza.",
        "Hi Ruth 🙃 It was hard to understand you on the phone. The app works, just press "
        "the green button.",
        "Kedves Ruth 😉 Az útmutatót nagy betűkkel is elküldjük, ha az segít."))


def test_the_same_themes_said_kindly_or_with_an_apology_are_no_condescension():
    for text in ("Ruth 🙂 Du kannst dich auch ohne Abitur bei uns bewerben!",  # no mockery
                 "Sorry Ruth, it was hard to understand you on the phone 🙂 could you DM us "
                 "your order number?",
                 "Hi Ruth 🙂 Love the new profile picture! The app update is out today."):
        verdict, found = harassment(text)
        assert verdict.decision.value == "pass", text
        assert all(not f.evidence["talks_down"] for f in found), text


def test_a_post_is_no_reply_to_talk_down_to():
    _, found = verdict_and_findings("FP201", "Our app works fine for everyone else 🙂 one of "
                                    "the grandkids can show you how", action="post")
    assert all(not f.evidence["talks_down"] for f in found)
