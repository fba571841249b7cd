from datetime import datetime, timezone

from fauxpas.checks.harassment.check import incites_against_someone
from fauxpas.core.check_context import CheckContext
from fauxpas.core.post import Post
from fauxpas.core.text.lang import detect


def _ctx(text):
    post = Post.from_dict({"id": "x", "text": text}, now=datetime(2026, 1, 1, tzinfo=timezone.utc))
    return CheckContext(post=post, text=text, language=detect(text, None))


def test_setting_the_audience_on_a_person_in_several_languages():
    assert incites_against_someone(_ctx("His address is in the comments 👇")) is not None
    assert incites_against_someone(_ctx("Die Kritikerin von gestern? Ihr wisst, wo sie wohnt.")) is not None


def test_pointing_at_the_shop_is_no_incitement():
    assert incites_against_someone(_ctx("You know where to find us: 12 Mill Street.")) is None
    assert incites_against_someone(_ctx("Tell us what you think in the comments!")) is None


def test_a_veiled_threat_at_a_person_counts_too():
    assert incites_against_someone(_ctx("That ref will regret it. We'll be waiting for him outside.")) is not None
    assert incites_against_someone(_ctx("Ce journaliste, on l'attend à la sortie.")) is not None


def test_marketing_urgency_is_no_veiled_threat():
    assert incites_against_someone(_ctx("Last day of the sale: don't miss it, you'll regret it!")) is None
    assert incites_against_someone(_ctx("We'll be waiting for you at our stand, hall 4!")) is None
