from datetime import datetime, timezone

import pytest

from fauxpas.checks.crowdsourcing.check import Crowdsourcing
from fauxpas.core.engine import Engine
from fauxpas.core.post import Post

NOW = datetime(2031, 1, 1, tzinfo=timezone.utc)


def run(text, issues=()):
    post = Post.from_dict({"id": "t", "text": text,
                           "context": {"brand_issues": list(issues)}}, now=NOW)
    return Engine(checks=[Crowdsourcing]).check(post)


@pytest.mark.parametrize("text", [
    "Tell us your best holiday memory!",
    "Dites-nous ce que vous en pensez !",
    "Teilt eure Lieblingsrezepte mit uns!",
    "Cuéntanos tu historia en los comentarios.",
    "Raccontateci la vostra estate!",
    "Conte pra gente qual é o seu sabor favorito!",
    "Deel je verhaal met ons.",
    "Fortell oss hva du synes!",
    "Fortæl os om din bedste tur!",
    "Berätta för oss vad du tycker!",
    "Meséljétek el a kedvenc receptjeteket!",
    "Questions for our chef? Use #AskChefNova",
])
def test_invitations_in_every_language_review_during_an_issue(text):
    verdict = run(text, issues=["staff walkout over cuts"])
    assert verdict.decision.value == "review"
    assert {f.category.value for f in verdict.findings} == {"crowdsourcing", "brand_risk"}
    assert run(text).findings == ()


@pytest.mark.parametrize("text", [
    "Drop your best summer photos in the comments!",
    "Share your memories of our stores with us.",
    "We'd love to hear how you use our blender.",
])
def test_more_ways_of_asking_for_public_content(text):
    assert run(text, issues=["staff walkout over cuts"]).decision.value == "review"


@pytest.mark.parametrize("text", [
    "Sorry about that! Send us a private message with your order number.",
    "Let us know if we can help with anything else.",
])
def test_customer_service_wording_is_no_call_for_content(text):
    assert run(text, issues=["staff walkout over cuts"]).findings == ()


def test_an_invitation_while_the_brand_is_in_troubled_news_reviews():
    post = Post.from_dict({
        "id": "t", "text": "Got questions for our CEO? Tweet them with #AskNorthgate!",
        "at": "2031-01-01T12:00:00Z",
        "account": {"kind": "brand", "brand": "Northgate Bank"},
        "context": {"events": [{"at": "2031-01-01T07:00:00Z", "headline":
                                "Northgate Bank hit by data breach, customers furious"}]}},
        now=NOW)
    verdict = Engine(checks=[Crowdsourcing]).check(post)
    assert verdict.decision.value == "review"
    assert "in the news" in verdict.findings[0].message


def _bot_reply(text, target, handle="@sugarloaf_bakes", brand="Sugarloaf Bakes"):
    post = Post.from_dict({"id": "t", "text": text, "action": "bot_reply",
                           "target": {"text": target, "author": "@someone"},
                           "account": {"kind": "brand", "handle": handle, "brand": brand}},
                          now=datetime(2031, 1, 1, tzinfo=timezone.utc))
    return Engine(checks=[Crowdsourcing]).check(post)


def test_a_harmless_echo_is_a_note_and_goes_out():
    v = _bot_reply("Here's your cake, @jen! It reads: “Happy 80th Grandma Rose!”",
                   "@sugarloaf_bakes #CakeMyDay Happy 80th Grandma Rose!")
    assert v.decision.value == "pass"
    assert v.findings[0].code == "FP304" and v.findings[0].confidence == 0.3


def test_an_echo_of_words_about_someone_else_is_held():
    v = _bot_reply("Love it! “@danny_r looks like a melted candle” #CakeMyDay",
                   "@danny_r looks like a melted candle 😂 @SugarloafBakes #CakeMyDay")
    assert v.decision.value == "review"
    assert v.findings[0].evidence["about"] == ["@danny_r"]


def test_a_spanish_stunt_that_rewards_dumping_a_partner():
    v = run("RETO: termina con tu pareja por WhatsApp, mándanos la captura y te regalamos "
            "una pizza 🍕")
    assert v.decision.value == "review"
