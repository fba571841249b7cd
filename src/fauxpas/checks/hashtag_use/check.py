"""FP305 hashtag-use: what a hashtag means today, from the posts that use it, against how
this post uses it."""

from __future__ import annotations

import dataclasses
from typing import NamedTuple

from fauxpas.checks.base import Check
from fauxpas.checks.registry import register
from fauxpas.context.hashtag_reading import read_hashtag, samples_for
from fauxpas.context.post_signals import may_sell, post_signals
from fauxpas.core.text.fold import fold
from fauxpas.core.text.hashtags import camel_split
from fauxpas.core.text.tokens import may_hold_hashtags
from fauxpas.core.verdict import Category, Severity

CAMPAIGN_ACTIONS = ("post", "ad")
# A hashtag of three words or more whose words the post writes out in a row ("Why I
# stayed: ...") joins the conversation as the tag itself would.
PHRASE_WORDS = 3
PHRASE_CONFIDENCE = 0.6  # held for review, never blocked: the words may be the post's own
HATE_TAG_CONFIDENCE = 0.7  # a tag that spreads hostility toward a group: held


class PhraseUse(NamedTuple):
    """A hashtag's words written out in the post, read as a use of the hashtag."""
    raw: str
    norm: str
    span: tuple[int, int]


def phrase_uses(tokens, hashtags, used) -> list[PhraseUse]:
    """The hashtags of ``context.hashtags`` (of ``PHRASE_WORDS`` words or more) that the
    post does not use as a tag but writes out as words, in a row."""
    if not hashtags:
        return []
    out = []
    seen = {t.norm.lstrip("#") for t in used}
    words = [t for t in tokens if t.kind == "word"]
    norms = [fold(t.norm) for t in words]
    for tag in hashtags:
        key = fold(tag).lstrip("#")
        parts = [fold(p) for p in camel_split(tag)]
        if key in seen or len(parts) < PHRASE_WORDS:
            continue
        for i in range(len(norms) - len(parts) + 1):
            if norms[i:i + len(parts)] == parts:
                span = (words[i].start, words[i + len(parts) - 1].end)
                out.append(PhraseUse(tag if tag.startswith("#") else f"#{tag}", key, span))
                break
    return out


@register
class HashtagUse(Check):
    code = "FP305"
    name = "hashtag-use"
    category = Category.HASHTAG
    severity = Severity.BLOCK
    summary = "Joins a hashtag about suffering, tragedy or protest with a joke or a product."
    scope = "post"

    def run(self, ctx):
        if ctx.on_target:
            return
        post = ctx.post
        tags = [t for t in ctx.tokens if t.kind == "hashtag"] if may_hold_hashtags(
            ctx.text) else []
        tags += phrase_uses(ctx.tokens, post.context.hashtags, tags)
        if not tags:
            return
        brand_key = fold(post.account.brand).replace(" ", "")
        seen = set()
        for token in tags:
            key = token.norm.lstrip("#")
            if key in seen:
                continue
            seen.add(key)
            samples = samples_for(post.context.hashtags, token.raw)
            if samples is None:
                own = bool(brand_key) and brand_key in key
                if (not own and post.account.kind == "brand" and post.action in CAMPAIGN_ACTIONS
                        and len(camel_split(token.raw)) >= 2
                        and may_sell(ctx) and post_signals(ctx).selling >= 1):
                    yield self.finding(
                        ctx, confidence=0.4, severity=Severity.INFO, span=token.span,
                        message=f"No recent posts given for {token.raw}: check what it is "
                                "used for today before a campaign joins it.",
                        suggestion="Read the latest posts under the hashtag first.")
                continue
            reading = read_hashtag(token.raw, samples, brand=post.account.brand,
                                   model=ctx.model)
            finding = self._judge(ctx, token, reading, post_signals(ctx))
            if finding is not None and isinstance(token, PhraseUse):
                # the words may be the post's own: a person reads it before it goes out
                finding = dataclasses.replace(
                    finding, confidence=min(finding.confidence, PHRASE_CONFIDENCE),
                    message=f"{finding.message} The post writes out the hashtag's words "
                            f"(\"{ctx.text[token.span[0]:token.span[1]]}\").")
            if finding is not None:
                yield finding

    def _judge(self, ctx, token, reading, signals):
        if reading.theme is None:
            return None
        evidence = {"hashtag": token.raw, "theme": reading.theme, "share": reading.share,
                    "samples": reading.samples, "example": reading.examples[0]}
        # support, help, sympathy, or a solemn post that remembers ("today we honour the
        # soldiers who fell"): joining a tag of grief to share it, not to use it
        supportive = signals.supportive or signals.cues.has("support") or signals.solemn
        selling_or_light = signals.selling >= 2 or signals.light
        if reading.theme in ("suffering", "tragedy"):
            if supportive and not selling_or_light:
                return None
            if selling_or_light:
                confidence = 0.85
            elif ctx.post.account.kind == "brand":
                confidence = 0.72
            else:
                return self.finding(
                    ctx, confidence=0.55, severity=Severity.WARN, span=token.span,
                    evidence=evidence,
                    message=f"{token.raw} is used today for {reading.theme} "
                            f"(\"{reading.examples[0]}\"); make sure the post fits.",
                    suggestion="Read the hashtag's recent posts; join only to support.")
            return self.finding(
                ctx, confidence=confidence, span=token.span, evidence=evidence,
                message=f"{token.raw} is where people share {reading.theme} today "
                        f"(\"{reading.examples[0]}\"); this post joins it without support.",
                suggestion="Leave this hashtag alone, or join only with real support "
                           "(resources, a helpline, a donation), no product, no joke.")
        if reading.theme == "hate":
            # whatever the post says, joining reads as agreeing with what the tag spreads
            return self.finding(
                ctx, confidence=HATE_TAG_CONFIDENCE, span=token.span, evidence=evidence,
                message=f"{token.raw} is used today to turn people against a group "
                        f"(\"{reading.examples[0]}\"); a brand that joins it is read as "
                        "agreeing.",
                suggestion="Leave this hashtag alone; say what you mean without it.")
        if reading.theme == "brand":
            return self.finding(
                ctx, confidence=0.55, severity=Severity.WARN, span=token.span,
                evidence=evidence,
                message=f"{token.raw} is being used about the brand right now "
                        f"(\"{reading.examples[0]}\").",
                suggestion="Read what people say under it before joining.")
        if selling_or_light:
            return self.finding(
                ctx, confidence=0.6, severity=Severity.WARN, span=token.span,
                evidence=evidence,
                message=f"{token.raw} is a {reading.theme} hashtag today; selling or joking "
                        "in it takes a side and invites backlash.",
                suggestion="Keep campaigns out of political and protest hashtags.")
        return self.finding(
            ctx, confidence=0.4, severity=Severity.INFO, span=token.span, evidence=evidence,
            message=f"{token.raw} is used for {reading.theme} today.",
            suggestion="Make sure joining it is a stance the brand means to take.")
