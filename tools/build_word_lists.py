"""Vendor word frequency lists from the ``wordfreq`` package into fauxpas.

For each supported language, the ``--top`` most frequent words (letters only, lower
case, accents folded, apostrophes dropped so "don't" becomes "dont" as in a hashtag),
with their Zipf frequency (log10 of occurrences per billion words) times 100, one
``word<TAB>zipf100`` a line, most frequent first, into
``src/fauxpas/knowledge/words/<lang>.txt``.

wordfreq's data is CC-BY-SA 4.0 (Robyn Speer and contributors; its sources are listed
at https://github.com/rspeer/wordfreq). The generated files keep that licence: see
``knowledge/words/README.md``.

Run (wordfreq is a build-time tool, not a runtime dependency):
    python -m venv /tmp/wf && /tmp/wf/bin/pip install wordfreq==3.1.1
    /tmp/wf/bin/python tools/build_word_lists.py [--top 30000]
The script imports only wordfreq and the standard library, and fauxpas's own
``fold`` (by path), so it runs from that venv.
"""

from __future__ import annotations

import argparse
import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT_DIR = ROOT / "src/fauxpas/knowledge/words"
# fauxpas code -> wordfreq code
LANGUAGES = {"en": "en", "fr": "fr", "de": "de", "es": "es", "it": "it", "pt": "pt",
             "nl": "nl", "no": "nb", "da": "da", "sv": "sv", "hu": "hu",
             "pl": "pl"}


def _load_fold():
    spec = importlib.util.spec_from_file_location("fold", ROOT / "src/fauxpas/core/text/fold.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.fold


def word_list(lang: str, top: int, fold) -> list[tuple[str, int]]:
    import wordfreq

    freqs: dict[str, float] = {}
    for word, freq in wordfreq.get_frequency_dict(LANGUAGES[lang], wordlist="best").items():
        key = fold(word.replace("'", "").replace("’", ""))
        if key.isalpha():
            freqs[key] = freqs.get(key, 0.0) + freq
    ranked = sorted(freqs.items(), key=lambda item: (-item[1], item[0]))[:top]
    return [(w, round(wordfreq.freq_to_zipf(f) * 100)) for w, f in ranked]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--top", type=int, default=30000)
    args = parser.parse_args()
    fold = _load_fold()
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    total = 0
    for lang in LANGUAGES:
        rows = word_list(lang, args.top, fold)
        path = OUT_DIR / f"{lang}.txt"
        path.write_text("".join(f"{w}\t{z}\n" for w, z in rows), encoding="utf-8")
        total += path.stat().st_size
        print(f"{lang}: {len(rows)} words, lowest zipf {rows[-1][1] / 100:.2f}")
    print(f"total {total / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
