"""FP202 hate: demeaning or excluding people for who they are."""

from __future__ import annotations

from fauxpas.checks.base import Check
from fauxpas.checks.registry import register
from fauxpas.checks.semantic import HeadCheck
from fauxpas.core.verdict import Category, Severity


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
    related = ("harassment",)
    own_message = "This reads as demeaning a group of people for who they are."
    target_message = "The text it spreads reads as demeaning a group of people for who they are."
    advice = ("Do not publish or repeat it. If you are quoting to condemn it, say so in your "
              "own words without repeating the slur or the claim.")
