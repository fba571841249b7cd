from datetime import datetime, timezone

import pytest

from fauxpas.context.post_signals import may_sell, post_signals
from fauxpas.core.check_context import CheckContext
from fauxpas.core.post import Post
from fauxpas.core.text.lang import detect

NOW = datetime(2026, 6, 1, tzinfo=timezone.utc)


def _context(text, model_loader=None):
    post = Post.from_dict({"id": "t", "text": text}, now=NOW)
    return CheckContext(post=post, text=text, language=detect(text), model_loader=model_loader)


@pytest.mark.parametrize("text", [
    "Lovely weather for a walk in the park",
    "Shop the new collection now",
    "Only €19 this week",
    "We donate $25,000 to the food bank",
    "All branches stay shut until the storm has passed",
    "Kedvezményes árak a webshopban",
])
def test_may_sell_is_false_only_when_the_post_sells_nothing(text):
    if not may_sell(_context(text)):
        assert post_signals(_context(text)).selling == 0


def test_may_sell_reads_cues_and_prices():
    assert not may_sell(_context("Lovely weather for a walk in the park"))
    assert may_sell(_context("Only €19 this week"))
    assert may_sell(_context("Shop the new collection now"))


def test_may_sell_uses_the_signals_once_known_and_defers_to_a_model():
    ctx = _context("Lovely weather for a walk in the park")
    post_signals(ctx)
    assert not may_sell(ctx)
    assert may_sell(_context("Lovely weather for a walk", model_loader=lambda: object()))
