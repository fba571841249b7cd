"""FP202 hate: demeaning or excluding people for who they are."""

from __future__ import annotations

from fauxpas.checks.base import Check
from fauxpas.checks.registry import register
from fauxpas.checks.semantic import HeadCheck, head_confidence, head_scores, threshold
from fauxpas.context.cues import ctx_has_kind
from fauxpas.core.verdict import Category, Severity

# A threat aimed at a named group is held for review however the hate head scores it.
THREAT_CONFIDENCE = 0.6


@register
class Hate(HeadCheck, Check):
    code = "FP202"
    name = "hate"
    category = Category.HATE
    severity = Severity.BLOCK
    summary = "Demeaning or excluding people for their origin, religion, gender, sexuality..."
    tier = "model"
    status = "preview"  # opt-in until the heads meet the false-alarm bar (model_eval.md)
    head = "hate"
    related = ("harassment", "violence")
    own_message = "This reads as demeaning a group of people for who they are."
    target_message = "The text it spreads reads as demeaning a group of people for who they are."
    advice = ("Do not publish or repeat it. If you are quoting to condemn it, say so in your "
              "own words without repeating the slur or the claim.")

    def run(self, ctx):
        scores = head_scores(ctx)
        if scores is None:
            return
        conf = head_confidence(ctx, self.head)
        message = None
        threat = threatens_a_group(ctx, scores)
        if threat:
            conf = max(conf, THREAT_CONFIDENCE)
            message = ("The text it spreads reads" if ctx.on_target else "This reads") + (
                " as a threat of violence against a group of people.")
        yield from self.report(ctx, scores, conf, message, threat_to_group=threat)

def threatens_a_group(ctx, scores: dict[str, float]) -> bool:
    """Violent and hostile wording (the violence and harassment heads at their report
    cutoffs) in a text that names a group people are targeted for (lexicon ``groups``).
    The hate head, trained mostly on insults and slurs, reads a plain threat against a
    group ("we will wipe them out") as hostile and violent, but not always as hate."""
    return (scores["violence"] >= threshold(ctx, "violence")
            and scores["harassment"] >= threshold(ctx, "harassment")
            and ctx_has_kind(ctx, "group", "groups"))
