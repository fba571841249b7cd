"""What a post does, read from cue lexicons: sells, cheers or jokes, sympathises, helps,
closes for safety, invites the public, remembers. Shared by the context checks."""

from __future__ import annotations

import re
from dataclasses import dataclass

from fauxpas.context.cues import Cues, ctx_cues, ctx_has_kind, text_cues
from fauxpas.core.text.fold import fold

_DOMAIN = re.compile(r"\b[\w-]+\.(?:com|shop|store|co\.uk|de|fr|es|it|nl|no|dk|se|hu|pt|eu)\b",
                     re.IGNORECASE)
# a price, a discount, or a multi-buy offer ("2-for-1", "2x1", "3 for 2")
_PRICE = re.compile(r"(?:[$€£]\s?\d|\d\s?(?:[$€£]|eur|usd|kr|ft|huf)\b|\d+\s?%"
                    r"|\b\d\s?(?:-?for-?|x)\s?\d\b)", re.IGNORECASE)
_JOKE_EMOJI = re.compile("[\U0001F602\U0001F923\U0001F61C\U0001F61D\U0001F609\U0001F92A]")
_CHEER_EMOJI = re.compile("[\U0001F389\U0001F38A\U0001F973\U0001F60D\U0001F600\U0001F601"
                          "\U0001F604\U0001F60E\U0001F525\U0001F64C]")


MODEL_SURE = 0.7
MODEL_NO_SALE = 0.2  # the promotion head under this reads no selling at all


def _model_reading(model, text: str) -> tuple[float, float]:
    """The model's promotion and joking-tone heads; (0, 0) if it lacks them."""
    try:
        promotion = float(model.score("promotion", [text])[0])
        joking = float(model.score("joking_tone", [text])[0])
    except (KeyError, ValueError, AttributeError, NotImplementedError):
        return 0.0, 0.0
    return promotion, joking


@dataclass(frozen=True)
class PostSignals:
    cues: Cues
    selling: int  # 0 none, 1 product words only, 2 clear selling
    light: bool  # cheerful or joking
    supportive: bool  # sympathy, help or a closure for safety
    helping: bool
    # remembers (cue kind remembrance) or mourns (two words of sympathy: one "forza" is
    # also a cheer), sells nothing and has no cheer or joke in its words or emoji: the
    # joking head's reading does not make it light
    solemn: bool = False
    # cheer or a joke in the text's own words or emoji (``light`` also takes the joking
    # head's reading), and a price or a percentage written in it
    cheer_in_words: bool = False
    priced: bool = False

    def spans(self, *kinds: str) -> list[tuple[int, int]]:
        return [(h.start, h.end) for h in self.cues.of(*kinds)]


def may_sell(ctx) -> bool:
    """False when ``post_signals(ctx).selling`` is sure to be 0, at the cost of a cue
    screen and a price pattern rather than every cue of the text: no selling cue, no
    price, no model to read the tone."""
    cached = ctx.shared.get("context.signals")
    if cached is not None:
        return cached.selling >= 1
    return (ctx.model is not None or bool(_PRICE.search(ctx.text))
            or ctx_has_kind(ctx, "selling"))


def post_signals(ctx) -> PostSignals:
    cached = ctx.shared.get("context.signals")
    if cached is not None:
        return cached
    cues = ctx_cues(ctx)
    text = ctx.text
    # a selling word inside a phrase of help or the name of a place is not selling
    # ("collection" in "collection boxes for the poppy appeal", "shopping" in "a shooting
    # at the shopping centre": cue kind ``venue``)
    not_selling = [(h.start, h.end) for h in cues.of("help", "venue")]
    sells = [h for h in cues.of("selling")
             if not any(start <= h.start and h.end <= end for start, end in not_selling)]
    strong_sell = sum(1 for h in sells if h.weight >= 2)
    soft_sell = sum(1 for h in sells if h.weight < 2)
    shop_link = bool(_DOMAIN.search(text)) or any(
        t.kind == "url" and ("shop" in t.norm or "store" in t.norm) for t in ctx.tokens)
    brand = fold(ctx.post.account.brand).replace(" ", "")
    if brand and any(t.kind == "url" and brand in t.norm.replace("-", "") for t in ctx.tokens):
        shop_link = True
    priced = bool(_PRICE.search(text))
    helping = cues.has("help")
    supportive = helping or cues.has("sympathy", "closure", "support")
    if helping:
        priced = False  # "we donate $25,000": an amount, not a price
    model = ctx.model
    promotion = joking = 0.0
    if model is not None:
        promotion, joking = _model_reading(model, text)
    # "we light candles in all our stores" on a day of remembrance: the promotion head
    # reads no selling either
    remembering = (cues.has("remembrance") and model is not None
                   and promotion < MODEL_NO_SALE)
    # "return it to the store for a refund. We're sorry": an apology names the shop too
    apologising = cues.has("apology")
    # "if you bought them, bring them back to the shop for a full refund. We apologise": a
    # recall names the shop and the purchase, and the promotion head reads no sale in it
    refunding = apologising and model is not None and promotion < MODEL_NO_SALE
    if ((supportive or remembering or apologising) and (strong_sell == 1 or refunding)
            and not (shop_link or priced)):
        strong_sell = 0  # "our stores are closed": a shop named, nothing sold
        # "our stores close at 7 tonight" names no product
        if not (cues.has("closure") or remembering or apologising):
            soft_sell += 1
    if strong_sell or (soft_sell and (shop_link or priced)) or (shop_link and priced):
        selling = 2
    elif soft_sell or priced:
        selling = 1
    else:
        selling = 0
    serious = [(h.start, h.end) for h in cues.of("not_joke")]
    light_score = sum(h.weight for h in cues.of("cheer", "joke")
                      if not any(a <= h.start < b for a, b in serious))
    light = cheer_in_words = (light_score >= 2 or bool(_JOKE_EMOJI.search(text))
                              or bool(_CHEER_EMOJI.search(text)))
    if promotion >= MODEL_SURE and not helping:
        selling = 2
    solemn = (not light_score and not light and not selling
              and (cues.has("remembrance") or len(cues.of("sympathy")) >= 2))
    # "Ma fejet hajtunk az aradi vértanúk emléke előtt": the joking head misreads some
    # solemn posts; their own words say what they are
    light = light or (joking >= MODEL_SURE and not solemn)
    signals = PostSignals(cues, selling, light, supportive, helping, solemn,
                          cheer_in_words, priced)
    ctx.shared["context.signals"] = signals
    return signals


def laughs(ctx) -> bool:
    """The text laughs: a laughing or winking emoji, or a word of laughter or joking
    ("lol", "haha", "mdr", "jajaja": cue kind ``joke``)."""
    return bool(_JOKE_EMOJI.search(ctx.text)) or ctx_has_kind(ctx, "joke")


def text_laughs(text: str) -> bool:
    """``laughs`` for a text with no check context of its own (a reply's target)."""
    return bool(_JOKE_EMOJI.search(text)) or text_cues(text).has("joke")
