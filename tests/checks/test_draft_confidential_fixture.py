"""The project's brand-style fixture for FP102 and FP104 (bench/fixtures): every slip is
held with its category, and no ordinary post that merely looks like one is held."""

import json
from datetime import datetime, timezone
from pathlib import Path

import pytest

from fauxpas.checks.confidential.check import ConfidentialCheck
from fauxpas.checks.draft.check import DraftCheck
from fauxpas.core.engine import Engine
from fauxpas.core.post import Post
from fauxpas.core.verdict import Decision

FIXTURE = Path(__file__).resolve().parents[2] / "bench" / "fixtures" / \
    "draft_confidential_posts.jsonl"
CASES = [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines()]
ENGINE = Engine(checks=[DraftCheck, ConfidentialCheck])
NOW = datetime(2026, 6, 1, tzinfo=timezone.utc)


def verdict(case):
    return ENGINE.check(Post.from_dict({"id": case["id"], "text": case["text"]}, now=NOW))


@pytest.mark.parametrize("case", [c for c in CASES if c["expect"]["risky"]],
                         ids=lambda c: c["id"])
def test_every_slip_is_held_with_its_category(case):
    result = verdict(case)
    assert result.decision is not Decision.PASS, case["text"]
    assert set(case["expect"]["categories"]) <= result.categories


@pytest.mark.parametrize("case", [c for c in CASES if not c["expect"]["risky"]],
                         ids=lambda c: c["id"])
def test_no_ordinary_post_is_held(case):
    assert verdict(case).decision is Decision.PASS, case["text"]


def test_the_fixture_covers_every_language_and_both_sides():
    risky = sum(c["expect"]["risky"] for c in CASES)
    assert risky >= 50 and len(CASES) - risky >= 100
