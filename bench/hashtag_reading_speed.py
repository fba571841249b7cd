"""FP105 speed: cost per post without hashtags, with already-seen tags, with new tags.

    .venv/bin/python bench/hashtag_reading_speed.py

CPU time of the check's ``run`` alone (language detection and tokens are shared by all
checks and measured elsewhere), and the cold start of ``fauxpas check`` on a post with
an unbroken hashtag.
"""

from __future__ import annotations

import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

from fauxpas.checks.hashtag_reading.check import HashtagReading
from fauxpas.core.check_context import CheckContext
from fauxpas.core.post import Post
from fauxpas.core.text.lang import detect

NOW = datetime(2026, 6, 1, tzinfo=timezone.utc)


def contexts(texts):
    out = []
    for text in texts:
        post = Post.from_dict({"id": "b", "text": text}, now=NOW)
        ctx = CheckContext(post=post, text=text, language=detect(text))
        ctx.tokens  # noqa: B018 - shared work, done before timing
        out.append(ctx)
    return out


def per_post_us(check, ctxs, rounds=1):
    start = time.process_time()
    for _ in range(rounds):
        for ctx in ctxs:
            list(check.run(ctx))
    return (time.process_time() - start) / (len(ctxs) * rounds) * 1e6


def main() -> None:
    check = HashtagReading()
    plain = contexts([f"Our store opens at {n} tomorrow, see you there!" for n in range(2000)])
    tags = contexts([f"New offers every week #summersale{n % 7} #weekendvibes"
                     for n in range(2000)])
    list(check.run(tags[0]))  # load the word lists and lexicons
    import random

    from fauxpas.knowledge.word_lists import word_costs

    words = list(word_costs("en"))[200:5000]
    rng = random.Random(3)
    fresh = contexts([f"Join us #{rng.choice(words)}{rng.choice(words)}{rng.choice(words)}"
                      for _ in range(300)])
    print(f"no hashtag: {per_post_us(check, plain, 5):.2f} us/post")
    print(f"seen hashtags (memoised): {per_post_us(check, tags, 5):.1f} us/post")
    print(f"new unbroken 3-word hashtags (segmentation): {per_post_us(check, fresh):.0f} us/post")
    code = "from fauxpas.cli import main; main(['check', 'Tonight! #penisland'])"
    root = Path(__file__).resolve().parents[1]
    runs = []
    for _ in range(3):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True)
        runs.append(time.perf_counter() - start)
    print(f"cold start of `fauxpas check` with a hashtag: {min(runs):.2f} s (best of 3)")


if __name__ == "__main__":
    main()
