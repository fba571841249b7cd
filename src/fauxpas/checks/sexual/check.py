"""FP203 sexual: sexual or not-safe-for-work text."""

from __future__ import annotations

from fauxpas.checks.base import Check
from fauxpas.checks.registry import register
from fauxpas.checks.semantic import HeadCheck
from fauxpas.core.verdict import Category, Severity


@register
class Sexual(HeadCheck, Check):
    code = "FP203"
    name = "sexual"
    category = Category.SEXUAL
    severity = Severity.BLOCK
    summary = "Sexual or not-safe-for-work text, including in what a like or repost spreads."
    tier = "model"
    head = "sexual"
    own_message = "This reads as sexual or not safe for work."
    target_message = "The post it likes or spreads reads as sexual or not safe for work."
    advice = ("Keep sexual content off the brand account; check that you are on the right "
              "account and acting on the right post.")
