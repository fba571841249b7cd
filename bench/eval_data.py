"""Evaluation-only rows for bench/model_eval.py (never used for training)."""

from __future__ import annotations

import csv
import random
from pathlib import Path

DATA = Path("/work/shared/data")
SEED = 7


def _rows(name: str, file: str):
    with open(DATA / name / file, encoding="utf-8") as fh:
        yield from csv.DictReader(fh)


def hatecheck(per_lang: int = 0) -> list[dict]:
    """Multilingual HateCheck (evaluation only): a seeded sample of ``per_lang`` cases per
    language, spread over the functional tests, or every case (0)."""
    by_lang: dict[str, list[dict]] = {}
    for r in _rows("hatecheck_multilingual", "hatecheck.csv"):
        by_lang.setdefault(r["lang"], []).append(r)
    out = []
    for _lang, rows in sorted(by_lang.items()):
        rows.sort(key=lambda r: (r["functionality"], r["text"]))
        random.Random(SEED).shuffle(rows)
        out += rows[:per_lang] if per_lang > 0 else rows
    return out


def ordinary_posts(per_lang: int = 0) -> list[dict]:
    """Neutral and positive posts: xlmt_umsab (evaluation only; en fr de it pt es), NoReC
    test (no) and HuSST dev (hu): held out from every head's training."""
    groups: dict[str, list[dict]] = {}
    for r in _rows("xlmt_umsab_sentiment", "umsab.csv"):
        if r["label"] in ("neutral", "positive"):
            groups.setdefault(r["lang"], []).append(r)
    for r in _rows("norec_sentence", "norec_sentence.csv"):
        if r["split"] == "test" and r["label"] in ("neutral", "positive"):
            groups.setdefault("no", []).append(r)
    for r in _rows("husst", "husst.csv"):
        if r["split"] == "dev" and r["label"] in ("neutral", "positive"):
            groups.setdefault("hu", []).append(r)
    out = []
    for lang, rows in sorted(groups.items()):
        rows.sort(key=lambda r: r["text"])
        random.Random(SEED).shuffle(rows)
        out += [dict(r, lang=lang) for r in (rows[:per_lang] if per_lang > 0 else rows)]
    return out


def business_posts() -> list[dict]:
    """Posts by businesses during disasters and attacks (CrisisLexT26 rows whose source is
    a business, all events): brands' own everyday and crisis-time posts. The crisis head
    samples 1,500 of CrisisLexT26's 27,933 rows from the events it does not hold out, so a
    few of these may be among its training rows."""
    rows = []
    for part in ("crisislex_t26.part1.csv", "crisislex_t26.part2.csv"):
        rows += [r for r in _rows("crisislex_t26", part)
                 if r["info_source"].lower().startswith("business")]
    return rows


def tweeteval_offensive() -> list[dict]:
    """TweetEval's offensive task (OLID, English tweets; evaluation only here): its test
    split, 860 rows. No head and, as far as their package descriptions say, no peer was
    trained on it, so it is a fair English comparison beside Davidson."""
    return [dict(r, offensive=int(r["label"] == "offensive"))
            for r in _rows("tweeteval", "offensive.csv") if r["split"] == "test"]
