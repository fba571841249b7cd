"""Findings and verdicts: what a check reports and what fauxpas answers.

The field names and the category vocabulary are the public contract described in
``shared/spec/case-format.md``; they may grow, never change meaning.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import Enum
from typing import Any


class Severity(str, Enum):
    """How much harm a finding would do if published (not how sure we are)."""

    INFO = "info"
    WARN = "warn"
    BLOCK = "block"

    @property
    def rank(self) -> int:
        return _SEVERITY_RANK[self]


_SEVERITY_RANK = {Severity.INFO: 0, Severity.WARN: 1, Severity.BLOCK: 2}


class Category(str, Enum):
    """The fixed category vocabulary of the case format."""

    PROFANITY = "profanity"
    SEXUAL = "sexual"
    HATE = "hate"
    HARASSMENT = "harassment"
    VIOLENCE = "violence"
    PRIVACY = "privacy"
    TRAGEDY = "tragedy"
    SENSITIVE_DATE = "sensitive_date"
    HASHTAG = "hashtag"
    POLITICS = "politics"
    DRAFT = "draft"
    CONFIDENTIAL = "confidential"
    WRONG_ACCOUNT = "wrong_account"
    BRAND_RISK = "brand_risk"
    PROMOTION = "promotion"
    CROWDSOURCING = "crowdsourcing"
    INSENSITIVE_LANGUAGE = "insensitive_language"


class Decision(str, Enum):
    PASS = "pass"
    REVIEW = "review"
    BLOCK = "block"
    ERROR = "error"  # the case itself could not be read; see Verdict.error


@dataclass(frozen=True)
class Finding:
    """One thing a check found.

    ``span`` is ``(start, end)`` into the post's original text, or ``None`` when the
    finding is about the whole post, its timing, its target or its account.
    ``evidence`` says what matched (a lexicon entry id, an event headline, a hashtag
    sample) so a person can see why; ``lesson`` is the real case behind the check.
    """

    code: str
    category: Category
    severity: Severity
    confidence: float
    message: str
    span: tuple[int, int] | None = None
    suggestion: str = ""
    lesson: str = ""
    evidence: dict[str, Any] = field(default_factory=dict)
    on_target: bool = False  # the span points into the target's text, not the post's

    def with_severity(self, severity: Severity) -> Finding:
        return replace(self, severity=severity)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "code": self.code,
            "category": self.category.value,
            "severity": self.severity.value,
            "confidence": round(float(self.confidence), 3),
            "message": self.message,
        }
        if self.span is not None:
            out["span"] = [self.span[0], self.span[1]]
        if self.on_target:
            out["on_target"] = True
        out["suggestion"] = self.suggestion
        if self.lesson:
            out["lesson"] = self.lesson
        if self.evidence:
            out["evidence"] = self.evidence
        return out


@dataclass(frozen=True)
class Verdict:
    """The answer for one case: a decision, a risk score and the findings behind it."""

    id: str
    decision: Decision
    risk: float
    lang: str | None
    findings: tuple[Finding, ...] = ()
    error: str | None = None

    @property
    def categories(self) -> set[str]:
        return {f.category.value for f in self.findings}

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "decision": self.decision.value,
            "risk": round(float(self.risk), 3),
            "lang": self.lang,
            "findings": [f.to_dict() for f in self.findings],
        }
        if self.error is not None:
            out["error"] = self.error
        return out
