"""FP201's dismissal rule: a reply that blames or brushes off a customer."""

from fauxpas.checks.harassment.check import DISMISS_SHARE, dismisses_someone
from fauxpas.models.signals import text_context


def _dismissal(text, harassment=0.4):
    ctx = text_context(text)
    ctx.shared["head_cutoffs"] = {"harassment": (0.5, 0.9)}
    return dismisses_someone(ctx, {"harassment": harassment})


def test_dismissive_phrases_in_several_languages():
    assert _dismissal("If you can't read the label, that's your problem.") == "that's your problem"
    assert _dismissal("Så er det dit eget problem. Prøv en anden butik.") is not None
    assert _dismissal("Om du inte ens kan läsa instruktionerna är det ditt problem.") is not None


def test_a_kind_reply_is_no_dismissal():
    assert _dismissal("It's not your fault at all, we'll send a new one today.") is None
    assert _dismissal("Sorry about the problem with your order, we're on it.") is None


def test_the_harassment_head_must_lean_that_way():
    assert _dismissal("That's your problem.", harassment=DISMISS_SHARE * 0.5 - 0.01) is None


def test_mocking_and_condescending_brush_offs():
    assert _dismissal("Nobody asked for your opinion, sweetie.", harassment=0.2) == (
        "Nobody asked for your opinion")
    assert _dismissal("lol ok karen", harassment=0.2) == "ok karen"


def test_a_word_of_one_language_is_no_brush_off_in_another():
    assert _dismissal("Nå er hun bare Sigrid.", harassment=0.2) is None  # Norwegian "she"


def test_contempt_and_intimidation_in_several_languages():
    assert _dismissal("People like you are why small shops close.") == "People like you"
    assert _dismissal("Wir wissen, wo du wohnst. Überleg dir gut, was du postest.") is not None
    assert _dismissal("Des gens comme vous, on n'en veut pas.") is not None


def test_warmth_is_no_brush_off():
    assert _dismissal("We love customers like you! Thanks for ten years.") is None
    assert _dismissal("Ma chérie, merci pour ta fidélité, à samedi !") is None


def test_blaming_the_customer_and_telling_them_to_learn_or_go_elsewhere():
    assert _dismissal("Maybe the problem isn't our cream, babe. Have you tried reading?",
                      harassment=0.2) == "Maybe the problem isn't"
    assert _dismissal("Si t'es pas contente, va acheter ailleurs.") == "Si t'es pas contente"
    assert _dismissal("Se calhar o problema é seu. Aprenda a tratar das suas coisas.") == (
        "Se calhar o problema")
    assert _dismissal("Vi har travlt nok i forvejen, så stop med at brokke dig.") is not None


def test_a_pronoun_is_no_pet_name():
    assert _dismissal("Nå er hun bare Sigrid.", harassment=0.2) is None  # no: "she"


def test_mocking_a_customers_body_is_a_brush_off():
    assert _dismissal("Maybe size up next time, the zip is working hard 😂",
                      harassment=0.2) == "Maybe size up"
    assert _dismissal("Com essa barriga, o problema não são as t-shirts 😂") == "Com essa barriga"
    assert _dismissal("Ezzel a hassal inkább a salátát ajánlanánk.") == "Ezzel a hassal"


def test_a_brush_off_quoted_in_the_writers_report_is_not_the_writers():
    assert _dismissal("Today a visitor told me 'people like you shouldn't be looking after "
                      "our parents' and walked out.", harassment=0.9) is None
    assert _dismissal("People like you shouldn't be shopping here.", harassment=0.9) is not None


def test_a_greeting_that_opens_the_reply_does_not_soften_a_brush_off():
    text = "Kedves Péter, ha ennyire nem megy, kérje meg az unokáját, hogy segítsen."
    assert _dismissal(text, harassment=0.9) is not None
    assert _dismissal("We love customers like you! If that's too complicated, call us.",
                      harassment=0.9) is None
