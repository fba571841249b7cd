"""FP204 violence: glorifying violence, or joking about death, war or abuse."""

from __future__ import annotations

from fauxpas.checks.base import Check
from fauxpas.checks.registry import register
from fauxpas.checks.semantic import confidence, describe, head_scores, threshold
from fauxpas.core.verdict import Category, Severity


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
    options = {"tone_factor": 0.8}

    def run(self, ctx):
        scores = head_scores(ctx)
        if scores is None:
            return
        violence = scores["violence"]
        cutoff = threshold(ctx, "violence")
        conf = confidence(violence, cutoff)
        joking = scores["joking_tone"] >= threshold(ctx, "joking_tone")
        tone_deaf = joking and violence >= self.option(ctx, "tone_factor") * cutoff
        # Violent wording that is also hostile toward people (hate, harassment).
        hostile = (violence >= self.option(ctx, "tone_factor") * cutoff
                   and (scores["hate"] >= threshold(ctx, "hate")
                        or scores["harassment"] >= threshold(ctx, "harassment")))
        if tone_deaf or hostile:
            conf = max(conf, 0.55 + 0.3 * min(1.0, violence / cutoff - 0.6))
        if conf < 0.25:
            return
        what = "The text it spreads" if ctx.on_target else "This"
        if tone_deaf:
            message = (f"{what} pairs a joking or cheerful tone with violence, war, abuse or "
                       "death: that reads as trivialising harm.")
        else:
            message = f"{what} reads as glorifying or trivialising violence, war or abuse."
        yield self.finding(
            ctx, message=message, confidence=min(conf, 0.99),
            suggestion="Do not joke about killing, war, abuse or disasters. If the topic "
                       "matters to you, say it plainly and with respect for the people hurt.",
            evidence={**describe(scores, "violence", "joking_tone", "crisis", "hate"),
                      "tone_deaf": tone_deaf, "hostile": hostile})
