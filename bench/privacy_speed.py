"""Speed and flag rate of the privacy check (FP103) alone, on real posts.

Reads ordinary tweets from ../shared/data (xlmt_umsab_sentiment and the CrisisLex
sets), builds one check context per post beforehand (language detection is shared by
all checks in the engine, so it is not timed here), then times ``PrivacyCheck.run``
over all of them and prints posts per second, and how many posts got a finding of each
severity. ``--show N`` prints up to N flagged posts with the flagged span, to judge by
eye whether they are real personal data or false alarms.

    .venv/bin/python bench/privacy_speed.py [--data DIR] [--limit N] [--show N]
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path

from fauxpas.checks.privacy.check import PrivacyCheck
from fauxpas.core.check_context import CheckContext
from fauxpas.core.policy import DEFAULT_POLICY
from fauxpas.core.post import Post
from fauxpas.core.text.lang import detect

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
SOURCES = (
    "xlmt_umsab_sentiment/umsab.csv",
    "crisislex_t26/crisislex_t26.part1.csv",
    "crisislex_t26/crisislex_t26.part2.csv",
    "crisislex_t6/crisislex_t6.part1.csv",
    "crisislex_t6/crisislex_t6.part2.csv",
    "crisislex_t6/crisislex_t6.part3.csv",
)
NOW = datetime(2026, 6, 1, tzinfo=timezone.utc)


def load(data: Path, limit: int) -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    csv.field_size_limit(1 << 20)
    for name in SOURCES:
        path = data / name
        if not path.exists():
            print(f"missing {path}, skipped", file=sys.stderr)
            continue
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                if row.get("text", "").strip():
                    rows.append((name.split("/")[0], row["text"]))
    return rows[:limit] if limit else rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--show", type=int, default=0)
    parser.add_argument("--repeat", type=int, default=3, help="timed passes; best is kept")
    args = parser.parse_args()

    rows = load(args.data, args.limit)
    if not rows:
        print("no posts found; pass --data", file=sys.stderr)
        return 1
    contexts = []
    for i, (_, text) in enumerate(rows):
        post = Post(id=str(i), text=text, at=NOW)
        contexts.append(CheckContext(post=post, text=text, language=detect(text, None)))
    check = PrivacyCheck()

    best = float("inf")
    results: list[list] = []
    for _ in range(args.repeat):
        started = time.perf_counter()
        results = [list(check.run(ctx)) for ctx in contexts]
        best = min(best, time.perf_counter() - started)

    flagged = Counter()
    decisions = Counter()
    by_kind = Counter()
    per_source = Counter()
    for (source, _), findings in zip(rows, results):
        decisions[DEFAULT_POLICY.apply(findings, "post")[1].value] += 1
        if findings:
            worst = max(findings, key=lambda f: f.severity.rank)
            flagged[worst.severity.value] += 1
            per_source[source] += 1
            by_kind.update(f.evidence["kind"] for f in findings)
    total = len(rows)
    print(f"posts: {total:,}   best of {args.repeat}: {best:.3f} s   "
          f"{total / best:,.0f} posts/s   {best / total * 1e6:.1f} us/post")
    print("posts with a finding: " + ", ".join(
        f"{sev} {n} ({n / total:.3%})" for sev, n in sorted(flagged.items())) or "none")
    print("decision with the default policy (ordinary posts): " + ", ".join(
        f"{d} {n} ({n / total:.3%})" for d, n in sorted(decisions.items())))
    print("findings by kind: " + ", ".join(f"{k} {n}" for k, n in by_kind.most_common()))
    print("flagged posts by source: " + ", ".join(f"{k} {n}" for k, n in per_source.items()))
    shown = 0
    for (source, text), findings in zip(rows, results):
        if not findings or shown >= args.show:
            continue
        shown += 1
        for f in findings:
            span = text[f.span[0]:f.span[1]] if f.span else ""
            print(f"- [{source}] {f.severity.value} {f.confidence:.2f} "
                  f"{f.evidence['kind']}/{f.evidence['recognizer']} {span!r} "
                  f"{f.evidence.get('cues', '')} "
                  f"<< {text[:160]!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
