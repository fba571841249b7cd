from datetime import datetime, timezone

from fauxpas.context.counter_speech import rejects_hate
from fauxpas.core.check_context import CheckContext
from fauxpas.core.post import Post
from fauxpas.core.text.lang import detect


def _ctx(text):
    post = Post.from_dict({"id": "x", "text": text}, now=datetime(2026, 1, 1, tzinfo=timezone.utc))
    return CheckContext(post=post, text=text, language=detect(text, None))


def test_a_text_that_rejects_hate_says_by_which_word():
    assert rejects_hate(_ctx("Comparing Black people to apes is racist, full stop.")) == "racist"
    assert rejects_hate(_ctx("Flüchtlinge als Tiere zu bezeichnen ist rassistisch.")) == "rassistisch"


def test_a_negated_rejection_or_none_rejects_nothing():
    assert rejects_hate(_ctx("It's not racist to say what everyone thinks about them.")) is None
    assert rejects_hate(_ctx("Immigrants are welcome here.")) is None


def test_naming_hate_or_the_harm_done_to_people_rejects_it():
    assert rejects_hate(_ctx("Antisemitism has no place here.")) == "Antisemitism"
    assert rejects_hate(_ctx("Racist abuse of our players will not be tolerated.")) is not None


def test_a_negation_further_before_a_counter_word_still_rejects_hate():
    assert rejects_hate(_ctx("No place for racism in our stadium.")) == "racism"
    assert rejects_hate(_ctx("Kein Platz für Antisemitismus.")) == "Antisemitismus"
