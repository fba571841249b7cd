"""Distinct hashtags from real posts in shared/data, with the languages of their posts.

Used by bench/hashtag_reading_false_alarms.py. Sources: crisislex_t6, crisislex_t26,
tweeteval, xlmt_umsab_sentiment, germeval2018, toldbr, tweet_topicxl (all real tweets;
several are evaluation only, which is what this is). Offensive-speech sets (davidson,
dkhate) are left out on purpose: their hashtags are often meant to be vulgar.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from pathlib import Path

from lang_data import DATA

FILES = [
    "crisislex_t6/crisislex_t6.part1.csv", "crisislex_t6/crisislex_t6.part2.csv",
    "crisislex_t6/crisislex_t6.part3.csv", "crisislex_t26/crisislex_t26.part1.csv",
    "crisislex_t26/crisislex_t26.part2.csv", "tweeteval/emotion.csv", "tweeteval/irony.csv",
    "tweeteval/sentiment.csv", "tweeteval/stance_political.csv",
    "xlmt_umsab_sentiment/umsab.csv", "germeval2018/germeval2018.csv", "toldbr/toldbr.csv",
    "tweet_topicxl/tweet_topicxl.csv",
]
HASHTAG = re.compile(r"(?<![\w#])#(\w+)")


def hashtags(limit_posts: int | None = None) -> dict[str, tuple[str, Counter]]:
    """{tag (as first seen): (an example post, Counter of post languages)}, tags that
    differ only in case merged."""
    from fauxpas.core.text.lang import detect

    csv.field_size_limit(1 << 26)
    seen: dict[str, tuple[str, Counter]] = {}
    for rel in FILES:
        path = DATA / rel
        if not path.exists():
            continue
        with path.open(encoding="utf-8", newline="") as fh:
            for n, row in enumerate(csv.DictReader(fh)):
                if limit_posts and n >= limit_posts:
                    break
                text = row.get("text") or ""
                if "#" not in text:
                    continue
                langs = None
                for tag in HASHTAG.findall(text):
                    key = tag.lower()
                    if key not in seen:
                        seen[key] = ("#" + tag, text, Counter())
                    if langs is None:
                        langs = detect(text).candidates
                    seen[key][2].update(langs)
    return {v[0]: (v[1], v[2]) for v in seen.values()}


if __name__ == "__main__":
    tags = hashtags()
    print(len(tags), "distinct hashtags in", Path(DATA))
