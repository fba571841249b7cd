from datetime import datetime, timezone

import pytest

from fauxpas.context.threats import announced_violence
from fauxpas.core.engine import text_context
from fauxpas.core.post import Post


def _ctx(text):
    post = Post.from_dict({"id": "x", "text": text}, now=datetime(2026, 1, 1, tzinfo=timezone.utc))
    return text_context(text, None, {"post": post})


@pytest.mark.parametrize(("text", "act"), [
    ("Vamos a apuñalar a cada persona trans que veamos.", "apuñalar"),
    ("Let's kill all the immigrants.", "kill all"),
    ("Il faut les abattre, tous.", "les abattre"),
    ("Lasst uns sie abstechen.", "abstechen"),
    ("Hay que quemar a esa gente.", "quemar a"),
])
def test_violence_the_writer_announces_or_calls_for(text, act):
    assert announced_violence(_ctx(text)) == act


@pytest.mark.parametrize("text", [
    "La policía detuvo al hombre que intentó matar a dos inmigrantes.",  # a report
    "Nadie debería apuñalar a una persona trans.",  # a denial
    "We will never let anyone kill all hope.",  # negated
    "Let's go shopping. Two men were stabbed downtown last night.",  # other sentence
    "Let's talk, because someone tried to kill all the lights in the hall.",  # too far
    "We are going to have a great day, see you soon!",  # no violent act
])
def test_no_announcement_without_intent_just_before_a_violent_act(text):
    assert announced_violence(_ctx(text)) is None
