"""The policy: how findings become pass / review / block.

Checks only report; the policy decides. The default suits most brands. A brand can
keep its own YAML file (see ``docs/policy.md``)::

    thresholds: {report: 0.35, review: 0.5, block: 0.7}
    strict: {report: 0.25, review: 0.35, block: 0.5}   # bot replies and echoes
    allow: [Scunthorpe, "Dick's Sporting Goods"]       # never flag these terms
    checks:
      profanity: {severity: warn}                     # by name or code
      FP102: {enabled: false}
      privacy: {min_confidence: 0.8, options: {regions: [NO, SE]}}

A file with a mistake fails at load with ``PolicyError`` naming the line and the problem.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from fauxpas.core.text.fold import fold
from fauxpas.core.verdict import Decision, Finding, Severity

_SEVERITY_WEIGHT = {Severity.INFO: 0.2, Severity.WARN: 0.6, Severity.BLOCK: 1.0}
STRICT_ACTIONS = ("bot_reply",)


class PolicyError(ValueError):
    """A policy file that cannot be used; the message names the file, line and problem."""


@dataclass(frozen=True)
class Thresholds:
    report: float = 0.35  # below this confidence a finding is not reported at all
    review: float = 0.5  # a warn finding at or above this needs review
    block: float = 0.7  # a block finding at or above this blocks; below, review


@dataclass(frozen=True)
class CheckSettings:
    enabled: bool = True
    severity: Severity | None = None
    min_confidence: float | None = None
    options: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Policy:
    thresholds: Thresholds = Thresholds()
    strict: Thresholds = Thresholds(report=0.25, review=0.35, block=0.5)
    allow: frozenset[str] = frozenset()
    checks: dict[str, CheckSettings] = field(default_factory=dict)  # by code

    def settings(self, code: str) -> CheckSettings:
        return self.checks.get(code, _DEFAULT_SETTINGS)

    def enabled(self, code: str) -> bool:
        return self.settings(code).enabled

    def thresholds_for(self, action: str) -> Thresholds:
        return self.strict if action in STRICT_ACTIONS else self.thresholds

    def apply(self, findings: Iterable[Finding], action: str) -> tuple[list[Finding], Decision,
                                                                     float]:
        """Override severities, drop what is below the report threshold, decide."""
        limits = self.thresholds_for(action)
        kept: list[Finding] = []
        for finding in findings:
            settings = self.settings(finding.code)
            floor = settings.min_confidence
            if floor is None:
                floor = limits.report
            if finding.confidence < floor:
                continue
            if settings.severity is not None and settings.severity != finding.severity:
                finding = finding.with_severity(settings.severity)
            kept.append(finding)
        kept.sort(key=lambda f: (-f.severity.rank, -f.confidence, f.span or (0, 0)))
        decision = Decision.PASS
        for finding in kept:
            if finding.severity is Severity.BLOCK:
                decision = Decision.BLOCK if finding.confidence >= limits.block else _worst(
                    decision, Decision.REVIEW)
            elif finding.severity is Severity.WARN and finding.confidence >= limits.review:
                decision = _worst(decision, Decision.REVIEW)
        risk = max((_SEVERITY_WEIGHT[f.severity] * f.confidence for f in kept), default=0.0)
        return kept, decision, risk


_DEFAULT_SETTINGS = CheckSettings()
_ORDER = {Decision.PASS: 0, Decision.REVIEW: 1, Decision.BLOCK: 2}


def _worst(a: Decision, b: Decision) -> Decision:
    return a if _ORDER[a] >= _ORDER[b] else b


DEFAULT_POLICY = Policy()


# --- loading -------------------------------------------------------------------------


def load_policy(path: str | Path) -> Policy:
    path = Path(path)
    try:
        source = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise PolicyError(f"{path}: cannot read the policy file: {exc.strerror}") from None
    return parse_policy(source, name=str(path))


def parse_policy(source: str, *, name: str = "<policy>") -> Policy:
    try:
        root = yaml.compose(source, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{name}:{mark.line + 1}" if mark else name
        problem = getattr(exc, "problem", None) or str(exc)
        raise PolicyError(f"{where}: not valid YAML: {problem}") from None
    if root is None:
        return Policy()
    reader = _Reader(name)
    return reader.policy(root)


class _Reader:
    """Walks the YAML node tree so every error can name its line."""

    TOP = {"thresholds", "strict", "allow", "checks"}
    CHECK_KEYS = {"enabled", "severity", "min_confidence", "options"}

    def __init__(self, name: str):
        self.name = name

    def fail(self, node: yaml.Node, problem: str) -> PolicyError:
        return PolicyError(f"{self.name}:{node.start_mark.line + 1}: {problem}")

    def mapping(self, node: yaml.Node, what: str) -> list[tuple[yaml.Node, yaml.Node]]:
        if not isinstance(node, yaml.MappingNode):
            raise self.fail(node, f"{what} must be a mapping (key: value)")
        return node.value

    def scalar(self, node: yaml.Node, what: str) -> Any:
        if not isinstance(node, yaml.ScalarNode):
            raise self.fail(node, f"{what} must be a single value")
        return yaml.safe_load(yaml.serialize(node))

    def policy(self, root: yaml.Node) -> Policy:
        fields: dict[str, Any] = {}
        for key_node, value_node in self.mapping(root, "the policy"):
            key = self.scalar(key_node, "a key")
            if key not in self.TOP:
                raise self.fail(key_node, f"unknown setting {key!r}; expected one of "
                                          f"{', '.join(sorted(self.TOP))}")
            if key in ("thresholds", "strict"):
                fields[key] = self.thresholds(value_node, key)
            elif key == "allow":
                fields["allow"] = self.allow(value_node)
            else:
                fields["checks"] = self.checks(value_node)
        return Policy(**fields)

    def thresholds(self, node: yaml.Node, what: str) -> Thresholds:
        values = {}
        for key_node, value_node in self.mapping(node, what):
            key = self.scalar(key_node, "a key")
            if key not in ("report", "review", "block"):
                raise self.fail(key_node, f"unknown threshold {key!r} in {what}; expected "
                                          "report, review or block")
            values[key] = self.probability(value_node, f"{what}.{key}")
        limits = Thresholds(**values)
        if not limits.report <= limits.review <= limits.block:
            raise self.fail(node, f"{what} must satisfy report <= review <= block")
        return limits

    def probability(self, node: yaml.Node, what: str) -> float:
        value = self.scalar(node, what)
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1:
            raise self.fail(node, f"{what} must be a number between 0 and 1, got {value!r}")
        return float(value)

    def allow(self, node: yaml.Node) -> frozenset[str]:
        if not isinstance(node, yaml.SequenceNode):
            raise self.fail(node, "allow must be a list of terms")
        terms = set()
        for item in node.value:
            term = self.scalar(item, "an allowed term")
            if not isinstance(term, str) or not term.strip():
                raise self.fail(item, f"an allowed term must be text, got {term!r}")
            terms.add(fold(term.strip()).strip("#@"))
        return frozenset(terms)

    def checks(self, node: yaml.Node) -> dict[str, CheckSettings]:
        from fauxpas.checks.registry import UnknownCheck, get_check

        out = {}
        for key_node, value_node in self.mapping(node, "checks"):
            key = str(self.scalar(key_node, "a check"))
            try:
                check = get_check(key)
            except UnknownCheck:
                raise self.fail(key_node, f"unknown check {key!r}; `fauxpas checks` lists "
                                          "them") from None
            out[check.code] = self.check_settings(value_node, key)
        return out

    def check_settings(self, node: yaml.Node, check: str) -> CheckSettings:
        values: dict[str, Any] = {}
        for key_node, value_node in self.mapping(node, f"checks.{check}"):
            key = self.scalar(key_node, "a key")
            if key not in self.CHECK_KEYS:
                raise self.fail(key_node, f"unknown setting {key!r} for {check}; expected one "
                                          f"of {', '.join(sorted(self.CHECK_KEYS))}")
            if key == "enabled":
                value = self.scalar(value_node, "enabled")
                if not isinstance(value, bool):
                    raise self.fail(value_node, f"enabled must be true or false, got {value!r}")
                values[key] = value
            elif key == "severity":
                value = self.scalar(value_node, "severity")
                try:
                    values[key] = Severity(value)
                except ValueError:
                    raise self.fail(value_node, f"severity must be info, warn or block, got "
                                                f"{value!r}") from None
            elif key == "min_confidence":
                values[key] = self.probability(value_node, f"{check}.min_confidence")
            else:
                self.mapping(value_node, f"{check}.options")
                values[key] = yaml.safe_load(yaml.serialize(value_node)) or {}
        return CheckSettings(**values)
