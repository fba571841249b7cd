"""FP106 beyond its cases.yaml: confidence by sureness, quotes and rejection, languages."""

from datetime import datetime, timezone

import pytest

from fauxpas.checks.insensitive_language.check import InsensitiveLanguage, quoted
from fauxpas.core.engine import Engine
from fauxpas.core.policy import parse_policy
from fauxpas.core.post import Post

NOW = datetime(2026, 6, 1, tzinfo=timezone.utc)


def findings(text, policy=None):
    engine = Engine(policy, checks=[InsensitiveLanguage]) if policy else Engine(
        checks=[InsensitiveLanguage])
    return engine.check(Post.from_dict({"id": "t", "text": text}, now=NOW)).findings


def test_a_widely_offensive_phrase_is_reviewed_and_a_criticised_one_is_a_note():
    [slur] = findings("Got gypped by the weather again")
    [note] = findings("Man up and try our hottest wings!")
    assert slur.confidence >= 0.5 > note.confidence
    assert "cheated" in slur.suggestion and "step up" in note.suggestion


def test_a_quoted_or_rejected_phrase_is_a_note_at_most():
    assert quoted('Stop saying "no homo", please', 13, 20)
    assert not quoted('no homo, please', 0, 7)
    [finding] = findings('Stop saying "that\'s so gay": it hurts.')
    assert finding.confidence < 0.5


def test_a_phrase_counts_in_its_own_language_only():
    assert findings("Désolés pour le retard de livraison !") == ()
    assert findings("We're so sorry about the delay with your order!") == ()


def test_a_brand_can_skip_an_entry():
    policy = parse_policy("checks:\n  FP106:\n    options:\n      skip: [en-insensitive-07]")
    assert findings("Got gypped by the weather again", policy) == ()


@pytest.mark.parametrize("text", [
    "Parking assist and a 360° camera: even your wife can park it now 😉",
    "Einparkassistent – jetzt kann sogar deine Frau einparken 😉",
    "Così facile che anche tua moglie ci riesce!",
])
def test_a_joke_that_women_are_bad_at_something_is_held(text):
    post = Post.from_dict({"id": "t", "text": text}, now=NOW)
    assert Engine(checks=[InsensitiveLanguage]).check(post).decision.value == "review"


def test_a_racial_label_in_a_joke_is_held_for_review():
    [joke] = findings("Our parka: live like a real Eskimo all winter 😂")
    [plain] = findings("Our parka was tested by an Eskimo guide in Greenland.")
    assert joke.confidence >= 0.5 > plain.confidence
