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


def test_a_closing_time_names_a_shop_but_sells_nothing():
    signals = post_signals(ctx_for("We remember them today. Our stores are closed until noon."))
    assert signals.selling == 0 and signals.supportive


class _JokingModel:
    """A model whose joking head reads every text as joking, and nothing as promotion."""

    def score(self, head, texts):
        return [0.99 if head == "joking_tone" else 0.0 for _ in texts]


@pytest.mark.parametrize(("text", "solemn"), [
    ("Ma fejet hajtunk az aradi vértanúk emléke előtt.", True),  # remembrance
    ("Lest we forget. Enjoy our new menu today!", False),  # sells and cheers
    ("Forza ragazzi, un bel ceffone e poi una birra!", False),  # one 'forza' is a cheer
])
def test_a_solemn_post_is_not_made_light_by_the_joking_head(text, solemn):
    signals = post_signals(ctx_for(text, model_loader=_JokingModel))
    assert signals.solemn is solemn
    assert signals.light is not solemn


@pytest.mark.parametrize(("text", "priced"), [
    ("Today's 2-for-1 double stack", True),
    ("Entradas 2x1 solo hasta el domingo", True),
    ("3 for 2 on all candles", True),
    ("We won 3-1 at home", False),
    ("Full HD 1920x1080 screen", False),
])
def test_a_multi_buy_offer_is_a_price(text, priced):
    from fauxpas.context.post_signals import _PRICE
    assert bool(_PRICE.search(text)) is priced


class _PromotionModel:
    """A model whose promotion head reads every text at ``promotion``."""

    def __init__(self, promotion):
        self.promotion = promotion

    def score(self, head, texts):
        return [self.promotion if head == "promotion" else 0.0 for _ in texts]


@pytest.mark.parametrize(("promotion", "selling"), [(0.05, 0), (0.5, 2)])
def test_a_remembrance_that_names_the_stores_sells_only_if_the_head_reads_selling(
        promotion, selling):
    text = "I dag minnes vi ofrene for 22. juli. Vi tenner lys i alle butikkene våre."
    signals = post_signals(ctx_for(text, model_loader=lambda: _PromotionModel(promotion)))
    assert signals.selling == selling


def test_a_selling_word_in_the_name_of_a_place_is_not_selling():
    news = ("BREAKING: six people were killed in a shooting at the Cherry Grove shopping "
            "centre, police said. Live updates: riversidecourier.com/live")
    assert post_signals(ctx_for(news)).selling == 0
    assert post_signals(ctx_for("Shop now: 20% off at our store, today only!")).selling == 2


@pytest.mark.parametrize(("text", "cheer", "priced"), [
    ("Celebrate with us today 🎉", True, False),
    ("Only today: 30% off every tent", False, True),
    ("We stand with everyone forced to flee.", False, False),
])
def test_cheer_in_the_texts_own_words_and_a_written_price_are_told(text, cheer, priced):
    signals = post_signals(ctx_for(text))
    assert signals.cheer_in_words is cheer and signals.priced is priced
