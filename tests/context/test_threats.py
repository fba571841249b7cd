
import pytest
from tests.support import ctx_for

from fauxpas.context.threats import announced_violence


@pytest.mark.parametrize(("text", "act"), [
    ("Vamos a apuñalar a cada persona trans que veamos.", "apuñalar"),
    ("Let's kill all the immigrants.", "kill all"),
    ("Il faut les abattre, tous.", "les abattre"),
    ("Lasst uns sie abstechen.", "abstechen"),
    ("Hay que quemar a esa gente.", "quemar a"),
])
def test_violence_the_writer_announces_or_calls_for(text, act):
    assert announced_violence(ctx_for(text)) == act


@pytest.mark.parametrize("text", [
    "La policía detuvo al hombre que intentó matar a dos inmigrantes.",  # a report
    "Nadie debería apuñalar a una persona trans.",  # a denial
    "We will never let anyone kill all hope.",  # negated
    "Let's go shopping. Two men were stabbed downtown last night.",  # other sentence
    "Let's talk, because someone tried to kill all the lights in the hall.",  # too far
    "We are going to have a great day, see you soon!",  # no violent act
])
def test_no_announcement_without_intent_just_before_a_violent_act(text):
    assert announced_violence(ctx_for(text)) is None


@pytest.mark.parametrize(("text", "act"), [
    ("Dispararé al próximo inmigrante que vea.", "Dispararé"),
    ("Je tuerai chaque musulman de cette ville.", "tuerai"),
    ("Ucciderò tutti gli immigrati del quartiere.", "Ucciderò"),
    ("Matarei todos os imigrantes que encontrar.", "Matarei"),
])
def test_the_writers_own_future_announces_the_act_by_itself(text, act):
    # the verb's form is the announcement (cue kind announced_act): no "I'm going to"
    assert announced_violence(ctx_for(text)) == act


def test_a_negated_future_act_is_no_announcement():
    assert announced_violence(ctx_for("Nunca dispararé a nadie.")) is None


@pytest.mark.parametrize("text", [
    "Voy a matarlos a todos.",
    "Vamos a cortarles el cuello.",
])
def test_spanish_acts_with_their_pronouns_attached(text):
    assert announced_violence(ctx_for(text)) is not None


def test_an_announcement_quoted_in_the_writers_own_words_is_someone_elses():
    quoted = "“Voy a matarlos a todos”, eso nos escribieron anoche y ya lo denunciamos."
    assert announced_violence(ctx_for(quoted)) is None
    assert announced_violence(ctx_for("“Voy a matarlos a todos”")) is not None  # said
