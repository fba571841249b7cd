"""Real labelled rows per language for the language-detection benchmark.

Which rows: the held-out split of each set where it has one (``test``, ``dev`` or
``val``), a fixed-seed sample of at most ``per_source`` rows, so runs are comparable.
``tune`` gives rows from the training splits instead (used to pick weights, never to
report). Swedish has no labelled set in shared/data: the developers' own short
sentences in ``bench/data/swedish_sentences.txt`` stand in (say so when reporting).
Polish has only Multilingual HateCheck (evaluation only, so the right place to measure,
never to tune): its Polish rows, with the developers' ``polish_sentences.txt`` beside them
for everyday posts.
"""

from __future__ import annotations

import csv
import random
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
if not DATA.is_dir():  # worktrees live beside shared/ under /work
    DATA = Path("/work/shared/data")
HERE = Path(__file__).parent

SOURCES = [  # (name, file, languages kept)
    ("xlmt_umsab", "xlmt_umsab_sentiment/umsab.csv", ("en", "fr", "de", "it", "pt", "es")),
    ("norec_sentence", "norec_sentence/norec_sentence.csv", ("no",)),
    ("husst", "husst/husst.csv", ("hu",)),
    ("dkhate", "dkhate_oe20da/dkhate.csv", ("da",)),
    ("germeval2018", "germeval2018/germeval2018.csv", ("de",)),
    ("toldbr", "toldbr/toldbr.csv", ("pt",)),
    ("dutch_hatecheck", "dutch_hatecheck_nl/hatecheck_nl.csv", ("nl",)),
    ("hatecheck_pl", "hatecheck_multilingual/hatecheck.csv", ("pl",)),
]
EVALUATION_ONLY = {"hatecheck_pl"}  # no split of its own: never in the tuning part
OWN_SENTENCES = {"sv": "swedish_sentences.txt", "pl": "polish_sentences.txt"}
HELD_OUT = {"test", "dev", "val"}


def _rows(path: Path):
    csv.field_size_limit(1 << 26)
    with path.open(encoding="utf-8", newline="") as fh:
        yield from csv.DictReader(fh)


def load(part: str = "eval", per_source: int = 400, seed: int = 7):
    """[(text, lang, source)], ``part`` = "eval" (held-out rows) or "tune"."""
    rng = random.Random(seed)
    out = []
    for name, rel, langs in SOURCES:
        path = DATA / rel
        if not path.exists() or (part == "tune" and name in EVALUATION_ONLY):
            continue
        by_lang: dict[str, list[str]] = {}
        rows = list(_rows(path))
        has_split = any(r.get("split") for r in rows)
        for r in rows:
            if r["lang"] not in langs or not r["text"].strip():
                continue
            split = r.get("split") or ""
            if has_split and (split in HELD_OUT) != (part == "eval"):
                continue
            by_lang.setdefault(r["lang"], []).append(r["text"])
        for lang, texts in sorted(by_lang.items()):
            if not has_split:  # one half for tuning, the other for reporting
                texts = sorted(texts)
                rng_split = random.Random(1)
                rng_split.shuffle(texts)
                half = len(texts) // 2
                texts = texts[:half] if part == "tune" else texts[half:]
            picked = rng.sample(texts, min(per_source, len(texts)))
            out.extend((t, lang, name) for t in picked)
    if part == "eval":  # never tuned on
        for lang in OWN_SENTENCES:
            out.extend((t, lang, f"own_{lang}_fixture") for t in own_sentences(lang))
    return out


def own_sentences(lang: str) -> list[str]:
    """The developers' own short sentences in ``lang`` (bench/data), one a line."""
    path = HERE / "data" / OWN_SENTENCES[lang]
    if not path.exists():
        return []
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.strip() and not line.startswith("#")]
