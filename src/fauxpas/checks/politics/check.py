"""FP205 politics: partisan or divisive stances on a business account."""

from __future__ import annotations

import re

from fauxpas.checks.base import Check
from fauxpas.checks.registry import register
from fauxpas.checks.semantic import describe, head_confidence, head_scores, threshold
from fauxpas.context.counter_speech import rejects_hate, unquoted
from fauxpas.context.cues import ctx_cues, ctx_has_kind, first_unnegated
from fauxpas.context.post_signals import post_signals
from fauxpas.core.verdict import Category, Severity

# A call to vote for someone named ("Votez X", "Rösta på X", "Vote for Senator X") is a
# partisan stance however the head scores the party's name, which it often does not know:
# held when the politics head reaches this share of its report cutoff, and the vote is
# not a contest (a poll, an award, a favourite flavour).
ENDORSE_CONFIDENCE = 0.75
ENDORSE_SHARE = 0.5
ENDORSE_REACH = 4  # words after the call in which the name must come ("Wählt am Sonntag die X")


# A conspiracy theory ("climate scam", "plandemic", "weather weapons", "Umvolkung" is
# FP202's: cue kind ``conspiracy``, 12 languages) from a brand, or spread by its like or
# repost: one strong phrase, or two different weak ones ("wake up, people", "do your own
# research") in a text the politics head reads as political, with no negation right before,
# holds it for review.
CONSPIRACY_CONFIDENCE = 0.7
CONSPIRACY_WEAK = 2


def conspiracy(ctx, scores: dict[str, float]) -> str | None:
    """The first phrase of a conspiracy theory the text repeats (see above), or None. Not
    in a text that debunks it ("chemtrails are a myth", "a conspiracy theory": cue kind
    ``debunk``) or quotes it; weak phrases only when the politics head reads the text as
    political at all ("wake up, people! do your own research before you buy" sells)."""
    cues = ctx_cues(ctx)
    hits = unquoted(ctx.text, cues.of("conspiracy"))
    if not hits or cues.has("debunk"):
        return None
    strong = [hit for hit in hits if hit.weight >= 2]
    if strong:
        return first_unnegated(ctx, strong, right_before=True)
    weak = {ctx.text[hit.start:hit.end].lower() for hit in hits}
    if len(weak) >= CONSPIRACY_WEAK and scores["politics"] >= threshold(ctx, "politics"):
        return first_unnegated(ctx, hits, right_before=True)
    return None


# A brand that stands against hate and with the people it targets ("Racism has no place in
# our homes. We stand with her and every colleague": ``rejects_hate`` and a word of support)
# takes the stand its staff and customers expect, not a side in party politics: the
# politics head reads any talk of racism as political (0.95). A note at most, unless the
# text also calls to vote for someone.
STAND_CAP = 0.45


def stands_against_hate(ctx) -> str | None:
    """The word by which a text that also supports someone (``post_signals``: support,
    sympathy) rejects hate, or None."""
    word = rejects_hate(ctx)
    return word if word and post_signals(ctx).supportive else None


@register
class Politics(Check):
    code = "FP205"
    name = "politics"
    category = Category.POLITICS
    severity = Severity.WARN
    summary = "Partisan political or divisive stances from a brand or employee account."
    lesson = ("A restaurant posted its support for a president, for repealing a health law "
              "and a position on kneeling during the anthem (2017); it closed days later.")
    tier = "model"
    # Brands touch civic topics (elections, ministers, laws) all the time; only a clear
    # partisan reading is worth a reviewer's time.
    options = {"min_confidence": 0.7}

    def run(self, ctx):
        if ctx.post.account.kind == "personal":
            return
        scores = head_scores(ctx)
        if scores is None:
            return
        conf = head_confidence(ctx, "politics")
        endorsed = endorsement(ctx, scores)
        if endorsed:
            conf = max(conf, ENDORSE_CONFIDENCE)
        theory = None if endorsed else conspiracy(ctx, scores)
        if theory:
            conf = max(conf, CONSPIRACY_CONFIDENCE)
        stand = None if (endorsed or theory) else stands_against_hate(ctx)
        if stand:
            conf = min(conf, STAND_CAP)
        floor = self.option(ctx, "min_confidence") if not ctx.strict else 0.25
        if conf < floor:
            return
        what = "The text it spreads" if ctx.on_target else "This"
        stance = (f"takes a side in a vote ({endorsed})" if endorsed else
                  f"spreads a conspiracy theory ({theory!r}), a divisive claim and "
                  "misinformation," if theory else
                  "takes a partisan or divisive political stance")
        yield self.finding(
            ctx, message=f"{what} {stance} on a business account.", confidence=min(conf, 0.99),
            suggestion="Leave party politics and divisive stances off the brand account unless "
                       "leadership decided on a public position; then say it in an agreed "
                       "statement, not a post.",
            evidence={**describe(scores, "politics"), "endorsed": endorsed,
                      "conspiracy": theory, "stands_against_hate": stand})


def endorsement(ctx, scores: dict[str, float]) -> str | None:
    """Whom the text calls on people to vote for, or says the brand votes for: a side
    named by its colour or party word ("vote blue": cue kind ``partisan``), or a
    capitalised word within ``ENDORSE_REACH`` words after a call to vote or a declaration
    ("we're voting X": cue kind ``endorse``; Hungarian puts the name first, "a Fideszre
    szavazunk": kind ``endorse_either`` reads two words back too), when the politics
    head reaches ``ENDORSE_SHARE`` of its report cutoff and no contest cue (a poll, an
    award, a favourite: kind ``contest``) says the vote is a game. None otherwise."""
    if scores["politics"] < ENDORSE_SHARE * threshold(ctx, "politics"):
        return None
    if not any(ctx_has_kind(ctx, kind) for kind in ("partisan", "endorse", "endorse_either")):
        return None
    cues = ctx_cues(ctx)
    if cues.has("contest"):
        return None
    partisan = cues.of("partisan")  # "vote blue all the way down the ballot"
    if partisan:
        return ctx.text[partisan[0].start:partisan[0].end]
    words = [t for t in ctx.tokens if t.kind in ("word", "hashtag", "mention")]
    for hit in cues.of("endorse", "endorse_either"):
        after = [t for t in words if t.start >= hit.end
                 and not _SENTENCE_END.search(ctx.text, hit.end, t.start)]
        for n, token in enumerate(after[:ENDORSE_REACH]):
            if _is_name(token):
                name = [token.raw.lstrip("#@")]
                for more in after[n + 1:]:  # "Le Pen", "Senator Miller"
                    if not _is_name(more) or ctx.text[token.end:more.start].strip():
                        break
                    name.append(more.raw.lstrip("#@"))
                    token = more
                return " ".join(name)
        if hit.kind == "endorse_either":  # Hungarian "a Fideszre szavazunk": name first
            name = _name_before(ctx, words, hit.start)
            if name:
                return name
    return None


def _name_before(ctx, words, start: int) -> str | None:
    """A capitalised word among the two words before ``start``, in the same clause and
    not the first word of its sentence."""
    before = [t for t in words if t.end <= start
              and not _CLAUSE_END.search(ctx.text, t.end, start)][-2:]
    for token in reversed(before):
        opens_sentence = not ctx.text[:token.start].strip() or _SENTENCE_END.search(
            ctx.text[:token.start].rstrip()[-1:])
        if _is_name(token) and not opens_sentence:
            return token.raw.lstrip("#@")
    return None


_SENTENCE_END = re.compile(r"[.!?:;\n]")
_CLAUSE_END = re.compile(r"[.!?:;,\n]")
# Capitalised words that say when, not whom ("Vote Sunday!", "Wählt am Sonntag").
_WHEN = frozenset(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                   "sunday", "today", "tomorrow", "montag", "dienstag", "mittwoch",
                   "donnerstag", "freitag", "samstag", "sonntag", "heute", "morgen"))


def _is_name(token) -> bool:
    raw = token.raw.lstrip("#@")
    return raw[:1].isupper() and token.norm.lstrip("#@") not in _WHEN
