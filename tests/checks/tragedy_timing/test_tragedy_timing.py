from datetime import datetime, timezone

import numpy as np

from fauxpas.checks.tragedy_timing.check import TragedyTiming
from fauxpas.core.engine import Engine
from fauxpas.core.post import Post

NOW = datetime(2031, 1, 1, tzinfo=timezone.utc)
EVENT = {"at": "2031-05-01T20:00:00Z", "headline": "Gunman kills 9 at a shopping mall",
         "place": "Oslo"}


def verdict(text, model=None, **case):
    data = {"id": "t", "text": text, "at": "2031-05-02T09:00:00Z",
            "context": {"events": [EVENT]}, **case}
    post = Post.from_dict(data, now=NOW)
    if model is None:
        return Engine(checks=[TragedyTiming]).check(post)
    return Engine(tier="full", checks=[TragedyTiming], model_loader=lambda: model).check(post)


def test_promo_in_norwegian_naming_the_city_blocks():
    v = verdict("Oslo, vi er med dere! 30% rabatt i nettbutikken i dag.")
    assert v.decision.value == "block"
    assert {f.category.value for f in v.findings} == {"tragedy", "promotion"}


def test_scheduled_promo_without_reference_reviews_and_is_surer():
    plain = verdict("Big winter sale, 40% off everything!", account={"markets": ["NO"]})
    queued = verdict("Big winter sale, 40% off everything!", account={"markets": ["NO"]},
                     scheduled=True)
    assert plain.decision.value == "review" and queued.decision.value == "review"
    assert queued.findings[0].confidence > plain.findings[0].confidence


def test_help_announcement_passes():
    assert verdict("We are donating all proceeds this week to the victims' families.").findings == ()


class FakeModel:
    """Pretends every text is about the headline."""

    def embed(self, texts):
        return np.tile(np.array([1.0, 0.0]), (len(texts), 1))


def test_model_similarity_counts_as_a_reference():
    text = "Treat yourself today: our new collection is in."
    rules = verdict(text, account={"markets": ["HU"]})
    full = verdict(text, model=FakeModel(), account={"markets": ["HU"]})
    assert rules.decision.value == "pass"
    assert full.decision.value == "block"


class ToneModel:
    """Reads every text as a joke and nothing as close to the news."""

    def embed(self, texts):
        return np.eye(len(texts), 2)

    def score(self, head, texts):
        return np.full(len(texts), 0.9 if head == "joking_tone" else 0.0)


def test_model_tone_reading_adds_to_the_rules():
    text = "Well, that escalated quickly in Oslo."
    assert verdict(text).decision.value == "pass"
    assert verdict(text, model=ToneModel()).decision.value == "block"


class CountingModel(FakeModel):
    def __init__(self):
        self.texts = 0

    def embed(self, texts):
        self.texts += len(texts)
        return super().embed(texts)


def test_event_embeddings_are_computed_once_not_per_check():
    model = CountingModel()
    for n in range(5):
        verdict(f"Treat yourself today {n}: our new collection is in.", model=model,
                account={"markets": ["HU"]})
    assert model.texts == 1 + 5  # the event once, each post once


class HalfwayModel:
    """Puts every post at a cosine of 0.7 from the headline: more than the 0.6 that ties a
    post to an event in its markets, less than the 0.83 an event elsewhere needs."""

    def embed(self, texts):
        return np.array([[1.0, 0.0] if "Gunman" in t else [0.7, 0.714] for t in texts])


def test_an_event_in_known_markets_elsewhere_needs_a_close_meaning():
    text = "Treat yourself today: our new collection is in."
    far = verdict(text, model=HalfwayModel(), account={"markets": ["HU"]})
    near = verdict(text, model=HalfwayModel(), account={"markets": ["NO"]})
    unknown = verdict(text, model=HalfwayModel())
    assert far.decision.value == "pass"
    assert near.decision.value == "block"
    assert unknown.decision.value == "block"  # no markets: not known to be far away
