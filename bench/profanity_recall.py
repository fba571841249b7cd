"""How much labelled profanity FP101 finds (recall), and how often it fires elsewhere.

    .venv/bin/python bench/profanity_recall.py [--show N]

- GermEval 2018 (de), test split: rows whose fine label is PROFANITY; for contrast, the
  share of OTHER rows (not offensive) that FP101 flags.
- ToLD-Br (pt): rows rated obscene by at least two of three annotators (the dataset's
  own category rule), and by at least one; for contrast, non-toxic rows.

A row counts as found when FP101 reports any finding under the default policy. Writes
bench/results/profanity_recall.md.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from profanity_data import RESULTS, findings, profanity_engine, read  # noqa: E402


def groups():
    germeval = [r for r in read("germeval2018", "germeval2018.csv") if r.extra["split"] == "test"]
    toldbr = list(read("toldbr", "toldbr.csv"))
    yield ("GermEval 2018 test, PROFANITY", "de",
           [r for r in germeval if r.extra["fine_label"] == "PROFANITY"], True)
    yield ("GermEval 2018 test, OTHER (not offensive)", "de",
           [r for r in germeval if r.label == "OTHER"], False)
    yield ("ToLD-Br, obscene (>= 2 of 3 annotators)", "pt",
           [r for r in toldbr if int(r.extra["obscene"]) >= 2], True)
    yield ("ToLD-Br, obscene (>= 1 of 3 annotators)", "pt",
           [r for r in toldbr if int(r.extra["obscene"]) >= 1], True)
    yield ("ToLD-Br, non-toxic", "pt", [r for r in toldbr if r.label == "non-toxic"], False)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", type=int, default=0, help="print N missed rows per group")
    args = parser.parse_args()
    engine = profanity_engine()
    lines = ["# FP101 recall on labelled profanity", "",
             "Command: `.venv/bin/python bench/profanity_recall.py`", "",
             "| rows | lang | n | flagged | flagged % | meaning |", "|---|---|---:|---:|---:|---|"]
    started = time.perf_counter()
    for name, lang, rows, positive in groups():
        hit, missed = 0, []
        for row in rows:
            if findings(engine, row.text):
                hit += 1
            elif positive and len(missed) < args.show:
                missed.append(row.text)
        share = 100 * hit / len(rows) if rows else 0.0
        meaning = "recall" if positive else "fires on clean rows"
        lines.append(f"| {name} | {lang} | {len(rows)} | {hit} | {share:.1f} | {meaning} |")
        for text in missed:
            print(f"  missed ({name[:12]}): {text[:150]!r}")
    lines += ["", f"{time.perf_counter() - started:.1f} s."]
    report = "\n".join(lines) + "\n"
    print(report)
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "profanity_recall.md").write_text(report, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
