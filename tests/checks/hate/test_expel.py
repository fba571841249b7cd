from datetime import datetime, timezone

from fauxpas.checks.hate.check import expels_a_group, names_people
from fauxpas.core.check_context import CheckContext
from fauxpas.core.post import Post
from fauxpas.core.text.lang import detect


def _ctx(text):
    post = Post.from_dict({"id": "x", "text": text}, now=datetime(2026, 1, 1, tzinfo=timezone.utc))
    return CheckContext(post=post, text=text, language=detect(text, None))


def test_pointing_at_unnamed_people_counts_as_naming_a_group():
    assert names_people(_ctx("Those people have lived off our town for years."))
    assert names_people(_ctx("Refugees arrived in town today."))
    assert not names_people(_ctx("Our volunteers arrived in town today."))


def test_a_call_to_throw_people_out_needs_people_to_throw_out():
    assert expels_a_group(_ctx("Esa gente solo trae problemas y hay que echarlos a todos.")) is not None
    assert expels_a_group(_ctx("Essa gente só traz problemas, rua com eles!")) == "rua com eles"
    assert expels_a_group(_ctx("Hay que echarlos a todos: los precios viejos se van.")) is None


def test_rejecting_the_call_is_no_call():
    assert expels_a_group(_ctx(
        "Saying 'send them all back' about refugees is racist, and we won't have it.")) is None
