"""Shared by the FP101 benchmarks: the labelled rows they read, and a runner.

The data lives in ``$FAUXPAS_DATA`` (default ``/work/shared/data``); see DATA.md there
for licences. Some sets are for evaluation only: nothing here trains on them.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

DATA = Path(os.environ.get("FAUXPAS_DATA", "/work/shared/data"))
RESULTS = Path(__file__).parent / "results"
NOW = datetime(2026, 6, 1, 12, 0, tzinfo=timezone.utc)


@dataclass(frozen=True)
class Row:
    text: str
    lang: str
    label: str
    extra: dict


def read(dataset: str, filename: str) -> Iterator[Row]:
    path = DATA / dataset / filename
    if not path.exists():
        raise SystemExit(f"missing {path}: set FAUXPAS_DATA to the shared data folder")
    with path.open(encoding="utf-8", newline="") as handle:
        for record in csv.DictReader(handle):
            yield Row(record["text"], record["lang"], record["label"], record)


def profanity_engine():
    from fauxpas.checks.profanity.check import ProfanityCheck
    from fauxpas.core.engine import Engine

    return Engine(tier="rules", checks=[ProfanityCheck])


def findings(engine, text: str) -> list:
    """FP101 findings for a text checked as a brand post (no language hint)."""
    from fauxpas.core.post import Post

    post = Post.from_dict({"id": "bench", "text": text}, now=NOW)
    return [f for f in engine.check(post).findings if f.code == "FP101"]


def routes(found: list) -> bool:
    """Whether the findings alone would send the post to review or block it."""
    return any((f.severity.value == "block") or
               (f.severity.value == "warn" and f.confidence >= 0.5) for f in found)
