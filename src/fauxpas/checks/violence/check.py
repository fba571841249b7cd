"""FP204 violence: glorifying violence, or joking about death, war or abuse."""

from __future__ import annotations

from fauxpas.checks.base import Check
from fauxpas.checks.registry import register
from fauxpas.checks.semantic import (
    describe,
    head_confidence,
    head_scores,
    review_cutoff,
    settle,
    threshold,
)
from fauxpas.context.cues import ctx_has_kind
from fauxpas.core.verdict import Category, Severity

# The highest confidence of a post that speaks of violence to support, help or mourn:
# under the review level, so it is a note that never holds the post back.
SUPPORT_CAP = 0.45
SUPPORT_CUES = ("support", "help", "sympathy")


def speaks_against_harm(ctx) -> bool:
    """The text offers support or help, or mourns (cue lexicon: "helpline", "you are not
    alone", "donate", "our thoughts are with"...)."""
    return any(ctx_has_kind(ctx, kind) for kind in SUPPORT_CUES)


@register
class Violence(Check):
    code = "FP204"
    name = "violence"
    category = Category.VIOLENCE
    severity = Severity.BLOCK
    summary = ("Glorifying or trivialising violence, war, abuse or death; a joking or "
               "cheerful tone about them is the tone-deaf case.")
    tier = "model"
    status = "preview"  # opt-in until the heads meet the false-alarm bar (model_eval.md)
    options = {"tone_factor": 1.0}  # share of the report cutoff a combination needs

    def run(self, ctx):
        scores = head_scores(ctx)
        if scores is None:
            return
        violence = scores["violence"]
        cutoff = threshold(ctx, "violence")
        conf = head_confidence(ctx, "violence")
        # The combinations that make a borderline violence score worth a review use the
        # other heads at their review level: at their report level they are only notes,
        # and cheerful or rude everyday posts reach those all the time.
        violent = violence >= self.option(ctx, "tone_factor") * cutoff
        tone_deaf = violent and scores["joking_tone"] >= review_cutoff(ctx, "joking_tone")
        # Violent wording that is also hostile toward people (hate, harassment).
        hostile = violent and (scores["hate"] >= review_cutoff(ctx, "hate")
                               or scores["harassment"] >= review_cutoff(ctx, "harassment"))
        if tone_deaf or hostile:
            conf = max(conf, 0.55 + 0.3 * min(1.0, violence / cutoff - 0.6))
        elif speaks_against_harm(ctx):
            # "Violence against women is never acceptable. Call our helpline." names the
            # harm to stand against it: a note for the team at most, never a hold
            conf = min(conf, SUPPORT_CAP)
        if conf < 0.25:
            return
        what = "The text it spreads" if ctx.on_target else "This"
        if tone_deaf:
            message = (f"{what} pairs a joking or cheerful tone with violence, war, abuse or "
                       "death: that reads as trivialising harm.")
        else:
            message = f"{what} reads as glorifying or trivialising violence, war or abuse."
        yield self.finding(
            ctx, message=message, confidence=min(conf, 0.99), severity=settle(self.severity, conf),
            suggestion="Do not joke about killing, war, abuse or disasters. If the topic "
                       "matters to you, say it plainly and with respect for the people hurt.",
            evidence={**describe(scores, "violence", "joking_tone", "crisis", "hate"),
                      "tone_deaf": tone_deaf, "hostile": hostile})
