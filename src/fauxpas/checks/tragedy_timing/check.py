"""FP301 tragedy-timing: selling or joking about a tragedy in the news, or cheerful
promotion while a severe one is unfolding in the account's markets."""

from __future__ import annotations

from fauxpas.checks.base import Check
from fauxpas.checks.registry import register
from fauxpas.context.events import EventInfo, active, relevant_to
from fauxpas.context.post_signals import post_signals
from fauxpas.context.reference import find_reference
from fauxpas.core.verdict import Category, Severity


@register
class TragedyTiming(Check):
    code = "FP301"
    name = "tragedy-timing"
    category = Category.TRAGEDY
    severity = Severity.BLOCK
    summary = "Selling or joking about a tragedy in the news, or cheer while one unfolds."
    scope = "post"
    needs = frozenset({"events"})

    def run(self, ctx):
        events = ctx.post.context.events
        if not events or ctx.on_target:
            return
        infos = active(events, ctx.post.at)
        if not infos:
            return
        signals = post_signals(ctx)
        if not (signals.selling >= 2 or signals.light):
            return  # sympathy, help, closures, news: what the lessons recommend
        markets = ctx.post.account.markets
        for info in infos:
            # far away only when both are known: the account's markets, and the event's
            # countries, none of them among the markets
            far = bool(markets) and bool(info.countries) and not relevant_to(info, markets)
            ref = find_reference(ctx, info, nearby=not far)
            if ref is not None:
                yield from self._tied(ctx, info, ref, signals)
                return
        for info in infos:
            if info.severity >= 2 and relevant_to(info, markets):
                if signals.supportive and signals.selling < 2:
                    return
                yield self._during(ctx, info, signals)
                return

    def _evidence(self, info: EventInfo, **extra):
        return {"event": info.event.headline, "event_at": info.event.at.isoformat(),
                "severity": info.severity, "deaths": info.deaths, "width": info.width, **extra}

    def _tied(self, ctx, info, ref, signals):
        evidence = self._evidence(info, refers_by=ref.how, refers_to=ref.what)
        if signals.selling >= 2:
            sell = signals.spans("selling")
            span = sell[0] if sell else (0, len(ctx.text))
            ref_span = ref.span if ref.span != span else None
            if signals.helping:
                yield self.finding(
                    ctx, confidence=0.6, severity=Severity.WARN, span=span, evidence=evidence,
                    message=f"Ties a sale to the news of \"{info.event.headline}\", even if "
                            "for a good cause: it can read as profiting from it.",
                    suggestion="Announce the donation on its own, without a product or price.")
                return
            yield self.finding(
                ctx, confidence=0.85, span=ref_span, evidence=evidence,
                message=f"Sells while referring to \"{info.event.headline}\" ({ref.what}).",
                suggestion="Hold the promotion. If you speak, offer sympathy or say how you "
                           "help, with no product.")
            yield self.finding(
                ctx, confidence=0.75, category=Category.PROMOTION, span=span, evidence=evidence,
                message="A promotion tied to a tragedy in the news.",
                suggestion="Pause promotions while the event is in the news.")
            return
        if signals.light and not signals.supportive:
            yield self.finding(
                ctx, confidence=0.75, span=ref.span, evidence=evidence,
                message=f"A light or cheerful tone about \"{info.event.headline}\" "
                        f"({ref.what}).",
                suggestion="Do not joke or play on words about it; hold the post.")

    def _during(self, ctx, info, signals):
        scheduled = ctx.post.scheduled
        what = "promotional" if signals.selling >= 2 else "cheerful"
        return self.finding(
            ctx, confidence=0.65 if scheduled else 0.55, severity=Severity.WARN,
            evidence=self._evidence(info, scheduled=scheduled),
            message=f"A {what} {'scheduled ' if scheduled else ''}post going out while "
                    f"\"{info.event.headline}\" is in the news.",
            suggestion="Pause scheduled posts during a tragedy and check each one before "
                       "it goes out.")
