"""FP302 sensitive-date: selling on or about a remembrance day or day of mourning in the
post's markets, or a brand "remembering" with its product or mascot."""

from __future__ import annotations

import re

from fauxpas.checks.base import Check
from fauxpas.checks.registry import register
from fauxpas.context.calendar import Observance, observances_on
from fauxpas.context.market_time import local_dates
from fauxpas.context.post_signals import post_signals
from fauxpas.core.text.fold import fold
from fauxpas.core.verdict import Category, Severity

_NON_WORD = re.compile(r"[^\w/]+")


# The markets a post is for when its account names none: those its language is mostly
# read in. A Norwegian post on 22 July is for Norway. English, Spanish and Portuguese are
# read on several continents: no market from them alone.
LANGUAGE_MARKETS = {
    "no": {"NO"}, "hu": {"HU"}, "pl": {"PL"}, "da": {"DK"}, "sv": {"SE"}, "nl": {"NL", "BE"},
    "de": {"DE", "AT", "CH"}, "it": {"IT"}, "fr": {"FR", "BE", "CH"},
}


def markets_of_language(lang: str) -> set[str]:
    return set(LANGUAGE_MARKETS.get(lang, ()))


def _padded(text: str) -> str:
    return " " + _NON_WORD.sub(" ", fold(text)) + " "


@register
class SensitiveDate(Check):
    code = "FP302"
    name = "sensitive-date"
    category = Category.SENSITIVE_DATE
    severity = Severity.WARN
    summary = ("Selling, partying or joking on a remembrance day or day of mourning, or "
               "remembering with a product.")
    lesson = ("On the 9/11 anniversary in 2013 AT&T posted its phone photographing the "
              "Tribute in Light; the 'never forget' ad was pulled within hours.")
    scope = "post"
    options = {"days_around": 0}

    def run(self, ctx):
        if ctx.on_target:
            return
        around = int(self.option(ctx, "days_around") or 0)
        # the day as the account's markets see it: 21:00 UTC on 24 April is Anzac Day in
        # Sydney
        days = tuple({day.id: day for local in local_dates(ctx.post.at, ctx.post.account.markets)
                      for day in observances_on(local, around)}.values())
        if not days:
            return
        markets = set(ctx.post.account.markets) or markets_of_language(ctx.lang)
        signals = post_signals(ctx)
        text = _padded(ctx.text)
        remembering = signals.cues.has("remembrance")
        brand = fold(ctx.post.account.brand).strip()
        named_brand = bool(brand) and f" {brand} " in text
        for day in days:
            in_market = bool(markets & set(day.markets))
            refers = any(f" {_NON_WORD.sub(' ', t).strip()} " in text for t in day.terms)
            if day.awareness:
                # marked by its name, not by "we remember". World AIDS Day: the brand's
                # name with support fits it, and so does a free helpline or a weekend's
                # takings given away. Cheer or a joke in its own words ("celebrate World
                # Refugee Day 🎉") does not, nor does a priced offer that supports no one.
                # The joking head alone is no joke here: it reads some warm words of
                # welcome as cheerful.
                offer = signals.selling >= 2 and signals.priced and not signals.supportive
                if refers and (signals.cheer_in_words or offer):
                    what = "a product or offer" if offer else "cheer or a joke"
                    yield self._finding(ctx, day, 0.7, f"Marks {day.name} with {what}.")
                    return
                continue
            if not (refers or (remembering and (in_market or day.is_global or not markets))):
                if day.quiet and in_market and (signals.selling >= 2 or signals.light):
                    what = "Sells" if signals.selling >= 2 else "Celebrates or jokes"
                    yield self._finding(ctx, day, 0.55, f"{what} on a day of mourning in your "
                                        f"market ({day.name}).")
                    return
                continue
            if day.celebration:
                # Liberation Day is celebrated: cheer and the brand's greeting fit it; a
                # product tied to it does not
                if signals.selling >= 2:
                    yield self._finding(ctx, day, 0.7, f"Marks {day.name} with a product "
                                        "or offer.")
                    return
                continue
            if signals.selling >= 1 or named_brand or signals.light:
                what = ("a product or offer" if signals.selling >= 1 else
                        "the brand's name" if named_brand else "a cheerful tone")
                yield self._finding(ctx, day, 0.7, f"Marks {day.name} with {what}.")
                return

    def _finding(self, ctx, day: Observance, confidence: float, message: str):
        sell = post_signals(ctx).spans("selling")
        return self.finding(
            ctx, confidence=confidence, span=sell[0] if sell else None,
            evidence={"day": day.id, "name": day.name, "markets": list(day.markets),
                      "note": day.note},
            message=f"{message} {day.note}",
            suggestion="Keep remembrance free of products, logos and offers, or stay silent; "
                       "move promotions to another day.")
