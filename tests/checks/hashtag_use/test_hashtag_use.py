from datetime import datetime, timezone

import numpy as np

from fauxpas.checks.hashtag_use.check import HashtagUse
from fauxpas.context.hashtag_reading import read_hashtag
from fauxpas.core.engine import Engine
from fauxpas.core.post import Post

NOW = datetime(2031, 1, 1, tzinfo=timezone.utc)


def run(text, hashtags, model=None, **case):
    post = Post.from_dict({"id": "t", "text": text, "context": {"hashtags": hashtags}, **case},
                          now=NOW)
    if model is None:
        return Engine(checks=[HashtagUse]).check(post)
    return Engine(tier="full", checks=[HashtagUse], model_loader=lambda: model).check(post)


def test_reading_in_other_languages():
    samples = ("Ich hatte Angst vor ihm, häusliche Gewalt #x", "Er hat mich geschlagen #x")
    assert read_hashtag("#x", samples).theme == "suffering"
    hu = ("Tüntetés a parlament előtt #y", "Tiltakozás ma este #y")
    assert read_hashtag("#y", hu).theme == "protest"
    assert read_hashtag("#z", ("Sunny brunch #z", "Coffee time #z")).theme is None


def test_tag_matching_ignores_case_and_hash():
    v = run("#silentnomore lol", {"SilentNoMore": ["I was abused and afraid", "abuse survivor"]})
    assert v.decision.value == "block"


def test_brand_mockery_is_flagged():
    v = run("Join the fun! #OrbitFail", {"#OrbitFail": ["Orbit lost my bag again",
                                                       "lol Orbit strikes again"]},
            account={"brand": "Orbit"})
    assert v.findings and v.findings[0].evidence["theme"] == "brand"


def test_no_samples_in_a_selling_campaign_gives_info():
    v = run("New mugs, 20% off today! #CoffeeLoversClub", {}, account={"brand": "Nova"})
    assert v.decision.value == "pass"
    assert [f.severity.value for f in v.findings] == ["info"]


class CrisisModel:
    def score(self, head, texts):
        return np.full(len(texts), 0.9 if head == "crisis" else 0.0)


def test_model_reads_what_the_lexicon_misses():
    hashtags = {"#Quiet": ["they never came home", "still waiting for news"]}
    assert run("Buy one get one free! #Quiet", hashtags).findings == ()
    assert run("Buy one get one free! #Quiet", hashtags, model=CrisisModel()).decision.value \
        == "block"


SURVIVORS = {"#NeverSpokeUp": ["#NeverSpokeUp because he threatened to hurt my kids",
                               "#NeverSpokeUp I was terrified of him"]}


def test_the_hashtags_words_written_out_join_it_for_review():
    v = run("Never spoke up about how good our pizza is? Now you can 🍕", SURVIVORS)
    assert v.decision.value == "review"
    assert "writes out the hashtag's words" in v.findings[0].message
    assert run("#NeverSpokeUp our pizza is that good 🍕", SURVIVORS).decision.value == "block"


def test_a_short_tag_or_other_words_are_no_phrase_use():
    assert run("Me too! Our new lipstick comes in 12 shades",
               {"#MeToo": ["#MeToo I was assaulted by my boss"]}).findings == ()
    assert run("We never spoke to the press about it.", SURVIVORS).findings == ()


def test_testimonies_vigils_and_grief_are_read():
    abuse = ("I still flinch when a door slams. #n", "You deserve to be safe. Call someone. #n")
    assert read_hashtag("#n", abuse).theme == "suffering"
    vigil = ("Fakkeltog for Emil i morgen kl. 18 #r", "Rettferd for Emil, del dette #r")
    assert read_hashtag("#r", vigil).theme == "protest"
    grief = ("Perdí a mi hijo hace un año #a", "Mi padre murió en marzo #a")
    assert read_hashtag("#a", grief).theme == "suffering"
    assert read_hashtag("#w", ("Wake up and smell the coffee #w", "Morning! #w")).theme is None
