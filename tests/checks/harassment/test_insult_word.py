"""FP201's insult rule: an insult word in a text that speaks to someone."""

from fauxpas.checks.harassment.check import INSULT_SHARE, insult_word
from fauxpas.checks.semantic import addressed_to_someone
from fauxpas.core.text.tokens import tokenize
from fauxpas.models.signals import text_context


def _insult(text, harassment=0.4):
    ctx = text_context(text)
    ctx.shared["head_cutoffs"] = {"harassment": (0.5, 0.9)}
    return insult_word(ctx, {"harassment": harassment})


def test_insult_words_in_several_languages():
    assert _insult("Nobody asked you, idiot.") == "idiot"
    assert _insult("Halt die Klappe, du Trottel.") == "Halt die Klappe"
    assert _insult("Cállate, imbécil.") == "Cállate"


def test_a_negated_insult_is_none():
    assert _insult("You're not stupid, the form was confusing.") is None
    assert _insult("Du bist nicht dumm, das Formular war verwirrend.") is None


def test_an_insult_quoted_in_the_writers_own_words_is_someone_elses():
    assert _insult("You called our cashier “an idiot” in front of everyone. Not here.") is None
    assert _insult("“You are all idiots” is what you wrote to our staff last night.") is None
    assert _insult("You are an idiot, “dear customer”.") == "idiot"


def test_the_harassment_head_must_agree():
    assert _insult("Nobody asked you, idiot.", harassment=INSULT_SHARE * 0.5 - 0.01) is None


def test_a_retweet_s_attribution_speaks_to_no_one():
    assert not addressed_to_someone(tokenize("RT @user: THE VIGIL IDIOT UPDATE"))
    assert addressed_to_someone(tokenize("RT @user: you are an idiot"))
    assert addressed_to_someone(tokenize("@user thanks!"))


def test_polish_second_person_speaks_to_someone():
    assert addressed_to_someone(tokenize("Ty idioto, naucz się czytać"))
    assert addressed_to_someone(tokenize("To Twój problem"))
    # Italian "pani" (breads) and French "& Cie" (company) speak to no one
    assert not addressed_to_someone(tokenize("Pani freschi ogni mattina"))
    assert not addressed_to_someone(tokenize("Dupont & Cie, depuis 1890"))
