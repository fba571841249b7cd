import pytest
from tests.support import ctx_for

from fauxpas.context.post_signals import may_sell, post_signals


@pytest.mark.parametrize("text", [
    "Lovely weather for a walk in the park",
    "Shop the new collection now",
    "Only €19 this week",
    "We donate $25,000 to the food bank",
    "All branches stay shut until the storm has passed",
    "Kedvezményes árak a webshopban",
])
def test_may_sell_is_false_only_when_the_post_sells_nothing(text):
    if not may_sell(ctx_for(text)):
        assert post_signals(ctx_for(text)).selling == 0


def test_may_sell_reads_cues_and_prices():
    assert not may_sell(ctx_for("Lovely weather for a walk in the park"))
    assert may_sell(ctx_for("Only €19 this week"))
    assert may_sell(ctx_for("Shop the new collection now"))


def test_may_sell_uses_the_signals_once_known_and_defers_to_a_model():
    ctx = ctx_for("Lovely weather for a walk in the park")
    post_signals(ctx)
    assert not may_sell(ctx)
    assert may_sell(ctx_for("Lovely weather for a walk", model_loader=lambda: object()))
