"""FP103 privacy: personal data in a post, and the doxxing case (a reply that exposes it).

The recognizers (``ids``, ``finance``, ``phones``, ``emails``, ``addresses``) find what
the text contains and validate it; ``assess`` decides whose it is and how serious it
is; this module runs them behind cheap gates (most posts have no run of six digits and
no "@", and leave after two regular-expression searches), resolves overlaps, and words
the findings with the data masked.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any, ClassVar

from fauxpas.checks.base import Check
from fauxpas.checks.privacy.addresses import find_addresses
from fauxpas.checks.privacy.assess import Assessment, Signals, assess, named_person_profile
from fauxpas.checks.privacy.emails import find_emails, own_domain
from fauxpas.checks.privacy.finance import FINANCIAL, find_ibans
from fauxpas.checks.privacy.ids import NATIONAL_IDS
from fauxpas.checks.privacy.messages import message, suggestion
from fauxpas.checks.privacy.phones import find_phones, own_number_key
from fauxpas.checks.privacy.recognizer import Hit
from fauxpas.checks.privacy.regions import address_languages, phone_regions
from fauxpas.checks.registry import register
from fauxpas.core.check_context import CheckContext
from fauxpas.core.text.fold import fold
from fauxpas.core.verdict import Category, Finding, Severity

KINDS = ("national_id", "card", "iban", "phone", "email", "address")
ALL_KINDS = frozenset(KINDS)
_KIND_RANK = {kind: rank for rank, kind in enumerate(KINDS)}
_SIX_DIGITS = re.compile(r"\d(?:\D{0,3}\d){5}")  # gate for every number recognizer
_ANY_DIGIT = re.compile(r"\d")
_URL = re.compile(r"(?:https?://|www\.)\S+")
_MENTION = re.compile(r"(?<![\w@])@(\w{1,30})")
# "RT @user:", "via @user", a quoted "“@user: ...": attribution, not addressing someone.
_ATTRIBUTION = re.compile(r"(?:\b(?:RT|MT|via|by)\s*:?\s*|[“\"])@\w+:?", re.IGNORECASE)
_NOT_DIGIT = re.compile(r"\D+")


@register
class PrivacyCheck(Check):
    code = "FP103"
    name = "privacy"
    category = Category.PRIVACY
    severity = Severity.WARN
    summary = ("Personal data in a post (identity, card and bank account numbers, phone "
               "numbers, email and street addresses), and replies that expose a person's "
               "data (doxxing).")
    options: ClassVar[dict[str, Any]] = {
        "own_domains": [],  # the organisation's email domains: addresses there are its own
        "own_numbers": [],  # the organisation's published phone numbers: never flagged
        "own_addresses": [],  # the organisation's published street addresses
        "regions": [],  # extra phone-number regions (ISO 3166 codes) beyond the markets
        "kinds": list(KINDS),  # which kinds of personal data to look for
    }

    def run(self, ctx: CheckContext) -> Iterable[Finding]:
        text = ctx.text
        has_at = "@" in text
        if not has_at and not _ANY_DIGIT.search(text):
            return ()
        hits = _resolve(self._hits(ctx, text, has_at))
        if not hits:
            return ()
        signals = self._signals(ctx)
        brand_key = _brand_key(ctx.post.account.brand)
        own_domains = frozenset(_strings(self.option(ctx, "own_domains"), fold))
        assessed = []
        for hit in hits:
            hit_signals = signals
            if hit.kind == "email":
                mine = own_domain(hit.detail["domain"], own_domains, brand_key)
                hit_signals = _with_own_email(signals, mine)
            verdict = assess(text, hit, hit_signals)
            if verdict is not None:
                assessed.append((hit, verdict))
        assessed = named_person_profile(text, assessed)
        if ctx.post.action == "email":
            assessed = [(hit, _in_an_email(verdict)) for hit, verdict in assessed]
        return [self._finding(ctx, hit, verdict, signals) for hit, verdict in assessed]

    def _hits(self, ctx: CheckContext, text: str, has_at: bool) -> Iterator[Hit]:
        chosen = ctx.options.get("kinds")
        kinds = ALL_KINDS if chosen is None else frozenset(_strings(chosen, str.lower))
        scan = _URL.sub(lambda m: " " * len(m.group()), text) if "/" in text else text
        if has_at and "email" in kinds:
            yield from find_emails(scan)
        if _SIX_DIGITS.search(scan):
            for recognizer in (*NATIONAL_IDS, *FINANCIAL):
                if recognizer.kind in kinds:
                    yield from recognizer.find(scan)
            if "iban" in kinds:
                yield from find_ibans(scan)
            if "phone" in kinds:
                yield from find_phones(scan, self._regions(ctx))
        if "address" in kinds and _ANY_DIGIT.search(scan):
            markets = ctx.post.account.markets
            yield from find_addresses(scan, address_languages(markets, ("en", *ctx.languages)))

    def _regions(self, ctx: CheckContext) -> tuple[str, ...]:
        # YAML 1.1 reads an unquoted NO (Norway) as false.
        raw = self.option(ctx, "regions")
        if isinstance(raw, list):
            raw = ["NO" if value is False else value for value in raw]
        extra = _strings(raw, str.upper)
        return phone_regions(ctx.post.account.markets, ctx.languages, extra)

    def _signals(self, ctx: CheckContext) -> Signals:
        post = ctx.post
        own_handle = post.account.handle.lstrip("@").lower()
        addressing = _ATTRIBUTION.sub(" ", ctx.text) if "@" in ctx.text else ""
        mentions = {m.lower() for m in _MENTION.findall(addressing)} - {own_handle}
        target = post.target.text if post.target and not ctx.on_target else ""
        own_numbers = _own_numbers(_strings(self.option(ctx, "own_numbers"), str.strip),
                                   self._regions(ctx))
        return Signals(
            addressed=post.action == "reply" or bool(mentions),
            reply=post.action == "reply",
            echoed_digits=_NOT_DIGIT.sub("", target),
            echoed_text=fold(target),
            own_numbers=own_numbers,
            own_addresses=frozenset(" ".join(fold(a).split())
                                    for a in _strings(self.option(ctx, "own_addresses"))),
        )

    def _finding(self, ctx: CheckContext, hit: Hit, verdict: Assessment,
                 signals: Signals) -> Finding:
        evidence = {
            "kind": hit.kind,
            "recognizer": hit.recognizer,
            "pattern": hit.pattern,
            "validation": hit.validation,
            "context_words": list(hit.context),
            "whose": verdict.whose,
            "reason": verdict.reason,
        }
        if verdict.cues:
            evidence["cues"] = list(verdict.cues)
        evidence.update({k: v for k, v in hit.detail.items() if k not in ("e164", "street")})
        return self.finding(
            ctx,
            message=message(hit, verdict, reply=signals.reply),
            confidence=verdict.confidence,
            span=hit.span,
            suggestion=suggestion(hit, verdict, reply=signals.reply),
            evidence=evidence,
            severity=verdict.severity,
        )


def _resolve(hits: Iterable[Hit]) -> list[Hit]:
    """One hit per stretch of text: the surest, then the most specific kind."""
    kept: list[Hit] = []
    for hit in sorted(hits, key=lambda h: (-h.score, _KIND_RANK[h.kind], h.start - h.end)):
        if all(hit.end <= k.start or hit.start >= k.end for k in kept):
            kept.append(hit)
    return sorted(kept, key=lambda h: h.start)


def _in_an_email(verdict: Assessment) -> Assessment:
    """An email goes to its recipients, not the public: personal data in it is worth a
    look, never a block."""
    if verdict.severity is not Severity.BLOCK:
        return verdict
    from dataclasses import replace

    return replace(verdict, severity=Severity.WARN, reason=f"{verdict.reason} (in an email)")


def _with_own_email(signals: Signals, mine: bool) -> Signals:
    if signals.own_email == mine:
        return signals
    from dataclasses import replace

    return replace(signals, own_email=mine)


def _strings(value: Any, normalise=lambda s: s) -> tuple[str, ...]:
    """An option given as one string or a list of values, as normalised strings."""
    if value is None:
        return ()
    if isinstance(value, (str, int)):
        value = [value]
    return tuple(normalise(str(v)) for v in value if str(v).strip())


@lru_cache(maxsize=64)
def _own_numbers(numbers: tuple[str, ...], regions: tuple[str, ...]) -> frozenset[str]:
    keys = (own_number_key(n, regions) for n in numbers)
    return frozenset(k for k in keys if k)


@lru_cache(maxsize=256)
def _brand_key(brand: str) -> str:
    return "".join(ch for ch in fold(brand) if ch.isalnum())
