"""FP105 on the hashtags of real posts: how many distinct hashtags it flags, and which.

    .venv/bin/python bench/hashtag_reading_false_alarms.py [--write] [--show 200]

Every distinct hashtag from the real tweets in shared/data (bench/hashtag_corpus.py) is
read in the languages detected for its posts plus English, as the check does. Most of
these tags are innocent, so the flagged share is an upper bound on the false-alarm rate;
the flagged tags are listed so a person can read them and say which are right.
Also prints the time per distinct tag (cold: segmentation included).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from hashtag_corpus import hashtags  # noqa: E402

from fauxpas.checks.hashtag_reading.check import HashtagReading, best_hit  # noqa: E402
from fauxpas.checks.hashtag_reading.reader import Limits  # noqa: E402
from fauxpas.core.policy import DEFAULT_POLICY  # noqa: E402
from fauxpas.knowledge import default_knowledge  # noqa: E402

RESULTS = Path(__file__).parent / "results" / "hashtag_reading_false_alarms.md"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--show", type=int, default=300)
    args = parser.parse_args()
    tags = hashtags()
    options = HashtagReading.options
    limits = Limits(options["inside_max"], options["across_max"], options["ambiguous_max"])
    knowledge = default_knowledge()
    review = DEFAULT_POLICY.thresholds.review
    flagged = []
    start = time.process_time()
    for tag, (example, langs) in tags.items():
        languages = tuple(dict.fromkeys([*(lang for lang, _ in langs.most_common(2)), "en"]))
        hit = best_hit(tag, languages, knowledge, limits)
        if hit is not None:
            flagged.append((tag, hit, example))
    per_tag_us = (time.process_time() - start) / len(tags) * 1e6
    over_review = [f for f in flagged if f[1][2] >= review]
    by_how = Counter(f[1][0].how for f in flagged)
    summary = (f"{len(tags)} distinct hashtags; flagged {len(flagged)} "
               f"({100 * len(flagged) / len(tags):.2f}%), of which {len(over_review)} "
               f"({100 * len(over_review) / len(tags):.2f}%) at or above the review "
               f"threshold {review}; by kind of reading: {dict(by_how)}; "
               f"{per_tag_us:.0f} us per distinct tag (CPU, first time)")
    lines = []
    for tag, (hit, lang, confidence), _example in sorted(flagged, key=lambda f: -f[1][2]):
        lines.append(f"| {tag} | {lang} | {hit.how} | {' '.join(hit.reading)} | "
                     f"{hit.word.term} | {hit.delta:.1f} | {confidence:.2f} |")
    table = "| tag | lang | how | reading | word | delta | confidence |\n" \
            "|---|---|---|---|---|---|---|\n" + "\n".join(lines[:args.show])
    print(summary)
    print(table)
    if args.write:
        RESULTS.write_text(
            "# FP105 hashtag-reading on real hashtags\n\n"
            "Command: `.venv/bin/python bench/hashtag_reading_false_alarms.py --write`\n\n"
            f"{summary}.\n\nFlagged tags, most confident first (read by hand: see the "
            "notes below the table).\n\n" + table + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
