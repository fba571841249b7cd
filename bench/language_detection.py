"""Language detection: accuracy per language on real posts, short posts, speed.

    .venv/bin/python bench/language_detection.py [--per-source 400] [--part eval|tune]
        [--write]

Compares fauxpas's ``detect`` with plain py3langid restricted to the 12 languages (the
previous detector). Accuracy = the top language is right; "in candidates" = the right
language is among the languages the text is checked in. ``--write`` saves the table to
bench/results/language_detection.md.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from lang_data import load  # noqa: E402

from fauxpas.core.text import lang as lang_module  # noqa: E402

SHORT = 40
RESULTS = Path(__file__).parent / "results" / "language_detection.md"


def baseline():
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_modelpath(MODEL_DIR / MODEL_FILE, norm_probs=True)
    ident.set_languages(list(lang_module.SUPPORTED) + ["nn"])

    def guess(text: str) -> str:
        top = ident.classify(text)[0]
        return "no" if top == "nn" else top

    return guess


def evaluate(rows, guess_fn, candidates_fn=None):
    stats = defaultdict(lambda: [0, 0, 0, 0, 0, 0])  # n, ok, cand, n_short, ok_short, cand_s
    confusion = defaultdict(lambda: defaultdict(int))
    for text, lang, _source in rows:
        got = guess_fn(text)
        cands = candidates_fn(text) if candidates_fn else (got,)
        short = len(text) < SHORT
        for key in (lang, "all"):
            s = stats[key]
            s[0] += 1
            s[1] += got == lang
            s[2] += lang in cands
            if short:
                s[3] += 1
                s[4] += got == lang
                s[5] += lang in cands
        if got != lang:
            confusion[lang][got] += 1
    return stats, confusion


def pct(a, b):
    return f"{100 * a / b:.1f}" if b else "-"


def cold_start() -> float:
    code = ("import time; t=time.perf_counter(); from fauxpas.core.text.lang import detect; "
            "detect('Bonjour à tous, les soldes commencent demain'); "
            "print(time.perf_counter()-t)")
    runs = [float(subprocess.check_output([sys.executable, "-c", code], text=True))
            for _ in range(3)]
    return min(runs)


def per_call_us(rows) -> float:
    texts = [t for t, _, _ in rows]
    lang_module.detect("warm up")
    start = time.process_time()
    for text in texts:
        lang_module.detect.__wrapped__(text, None)
    return (time.process_time() - start) / len(texts) * 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-source", type=int, default=400)
    parser.add_argument("--part", default="eval", choices=("eval", "tune"))
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--no-baseline", action="store_true")
    args = parser.parse_args()
    rows = load(args.part, args.per_source)

    def ours(text):
        return lang_module.detect.__wrapped__(text, None).lang

    def ours_candidates(text):
        return lang_module.detect.__wrapped__(text, None).candidates

    new, confusion = evaluate(rows, ours, ours_candidates)
    old = None if args.no_baseline else evaluate(rows, baseline())[0]
    langs = [*lang_module.SUPPORTED, "all"]
    lines = [
        f"| lang | rows | accuracy | in candidates | rows < {SHORT} chars | accuracy < {SHORT} "
        f"| in candidates < {SHORT} | py3langid accuracy | py3langid < {SHORT} |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for lang in langs:
        s = new[lang]
        o = old[lang] if old else [0] * 6
        lines.append(f"| {lang} | {s[0]} | {pct(s[1], s[0])} | {pct(s[2], s[0])} | {s[3]} | "
                     f"{pct(s[4], s[3])} | {pct(s[5], s[3])} | {pct(o[1], o[0])} | "
                     f"{pct(o[4], o[3])} |")
    table = "\n".join(lines)
    errors = "; ".join(f"{lang}->" + ", ".join(f"{g} {n}" for g, n in sorted(
        c.items(), key=lambda x: -x[1])[:3]) for lang, c in sorted(confusion.items()))
    speed = f"cold start (import + first detect): {cold_start():.3f} s; " \
            f"per call (CPU, uncached): {per_call_us(rows):.1f} us"
    print(table)
    print("most frequent errors:", errors)
    print(speed)
    if args.write:
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(
            "# Language detection\n\n"
            f"Command: `.venv/bin/python bench/language_detection.py --per-source "
            f"{args.per_source} --part {args.part} --write`\n\n"
            "Rows: held-out splits of xlmt_umsab_sentiment (en fr de it pt es; evaluation "
            "only), norec_sentence (no), husst (hu), dkhate_oe20da (da), germeval2018 (de), "
            "toldbr (pt), dutch_hatecheck_nl (nl; evaluation only), the Polish rows of "
            "Multilingual HateCheck (pl; evaluation only: short template sentences), "
            "fixed-seed samples. **Swedish has no labelled set in shared/data: its rows "
            "are short sentences the developers wrote (bench/data/swedish_sentences.txt); "
            "so are some of the Polish rows (bench/data/polish_sentences.txt).** "
            "Dataset language "
            "labels are per dataset, so a few rows are really in another language (English "
            "tweets in the Portuguese set, for instance); they count as errors here.\n\n"
            f"{table}\n\nMost frequent errors (true->guessed): {errors}\n\n{speed}\n")


if __name__ == "__main__":
    main()
