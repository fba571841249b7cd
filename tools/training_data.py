"""Rows for each head from /work/shared/data, following DATA.md.

Only train + eval datasets are read here; the evaluation-only sets (hatecheck_multilingual,
dutch_hatecheck_nl, tweeteval, xlmt_umsab_sentiment) are read by bench/ only, and
/work/shared/cases never. Each row: (text, label 0/1, lang, source, part) where part is
"train" or "holdout" (official test splits, or whole held-out events, or a seeded 20%).
"""

from __future__ import annotations

import csv
import json
import os
import random
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

DATA = Path(os.environ.get("FAUXPAS_DATA", "/work/shared/data"))
HAND = Path(__file__).parent / "data"
SEED = 13
FORBIDDEN = ("hatecheck_multilingual", "dutch_hatecheck_nl", "tweeteval", "xlmt_umsab_sentiment")
csv.field_size_limit(10**8)

# Whole events never seen in training (crisis head).
HELD_OUT_EVENTS = {"2012_Sandy_Hurricane", "2013_Boston_Bombings", "2013_Queensland_Floods",
                   "2012_Italy_earthquakes", "2013_Brazil_nightclub_fire",
                   "2013_Glasgow_helicopter_crash", "2012_Costa_Rica_earthquake"}


class Row(NamedTuple):
    text: str
    label: int
    lang: str
    source: str
    part: str


def read(name: str, file: str) -> Iterator[dict]:
    assert name not in FORBIDDEN, f"{name} is evaluation only"
    with open(DATA / name / file, encoding="utf-8") as fh:
        yield from csv.DictReader(fh)


def _sample(rows: list[Row], n: int, seed: int = SEED) -> list[Row]:
    rows = sorted(rows, key=lambda r: (r.text, r.label))
    random.Random(seed).shuffle(rows)
    return rows[:n]


def _split(rows: list[Row], holdout: float = 0.2, seed: int = SEED) -> list[Row]:
    rng = random.Random(seed)
    return [r._replace(part="holdout" if rng.random() < holdout else "train") for r in rows]


def hand(head: str) -> list[Row]:
    """Project-written rows (tools/data/<head>.jsonl); every 5th row held out per language."""
    path = HAND / f"{head}.jsonl"
    if not path.exists():
        return []
    out, seen = [], {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        d = json.loads(line)
        n = seen[d["lang"], d["label"]] = seen.get((d["lang"], d["label"]), -1) + 1
        out.append(Row(d["text"], int(d["label"]), d["lang"], f"hand:{head}",
                       "holdout" if n % 5 == 4 else "train"))
    return out


def germeval(positive=("ABUSE", "INSULT", "PROFANITY"), n_train=5000, n_test=1200) -> list[Row]:
    rows = [Row(r["text"], int(r["fine_label"] in positive), "de", "germeval2018",
                "train" if r["split"] == "train" else "holdout")
            for r in read("germeval2018", "germeval2018.csv")]
    return (_sample([r for r in rows if r.part == "train"], n_train)
            + _sample([r for r in rows if r.part == "holdout"], n_test))


def dkhate() -> list[Row]:
    return [Row(r["text"], int(r["label"] == "OFF"), "da", "dkhate",
                "train" if r["split"] == "train" else "holdout")
            for r in read("dkhate_oe20da", "dkhate.csv")]


def gahd(n_train=8000, n_test=500) -> list[Row]:
    rows = [Row(r["text"], int(r["label"] == "hate"), "de", "gahd",
                "train" if r["split"] == "train" else "holdout")
            for r in read("gahd", "gahd.csv") if r["split"] in ("train", "test")]
    return (_sample([r for r in rows if r.part == "train"], n_train)
            + _sample([r for r in rows if r.part == "holdout"], n_test))


def davidson(label_of, n=2500) -> list[Row]:
    rows = [Row(r["text"], label_of(r["label"]), "en", "davidson", "")
            for r in read("davidson_hsol", "davidson.csv")]
    rows = [r for r in rows if r.label >= 0]
    by = {0: [r for r in rows if r.label == 0], 1: [r for r in rows if r.label == 1]}
    return _split(_sample(by[1], n // 2) + _sample(by[0], n // 2))


def davidson_rows(n_per=400) -> list[Row]:
    """Three balanced groups (hate / offensive / neither); label = 1 if hate, 2 offensive."""
    rows = [Row(r["text"], {"hate": 1, "offensive": 2, "neither": 0}[r["label"]], "en",
                "davidson", "") for r in read("davidson_hsol", "davidson.csv")]
    out = []
    for value in (0, 1, 2):
        out += _sample([r for r in rows if r.label == value], n_per)
    return _split(out)


def mlma(n=800) -> list[Row]:
    rows = [Row(r["text"], {"normal": 0, "toxic": 2, "hateful": 1}[r["label"]], r["lang"],
                "mlma", "") for r in read("mlma", "mlma.csv")]
    return _split(_sample(rows, n))


def toldbr(n=1200) -> list[Row]:
    out = []
    for r in read("toldbr", "toldbr.csv"):
        hateful = any(int(r[k] or 0) > 0 for k in ("homophobia", "racism", "misogyny",
                                                    "xenophobia"))
        value = 1 if hateful else (2 if r["label"] == "toxic" else 0)
        out.append(Row(r["text"], value, "pt", "toldbr", ""))
    return _split(_sample(out, n))


def edos(n_train=2000, n_test=400) -> list[Row]:
    rows = [Row(r["text"], int(r["label"] == "sexist"), "en", "edos",
                "train" if r["split"] == "train" else "holdout")
            for r in read("edos_sexism", "edos.csv") if r["split"] in ("train", "test")]
    return (_sample([r for r in rows if r.part == "train"], n_train)
            + _sample([r for r in rows if r.part == "holdout"], n_test))


def crisis(n_t26=1500, n_t6=800) -> list[Row]:
    out = []
    for f in ("crisislex_t26.part1.csv", "crisislex_t26.part2.csv"):
        for r in read("crisislex_t26", f):
            if r["label"] == "Not applicable" or r["lang"] not in ("en", "es", "it", "pt", "fr",
                                                                   "nl", "de"):
                continue
            part = "holdout" if r["event"] in HELD_OUT_EVENTS else "train"
            out.append(Row(r["text"], int(r["label"].startswith("Related")), r["lang"],
                           "crisislex_t26", part))
    t26 = _sample([r for r in out if r.label == 1], n_t26 // 2) + _sample(
        [r for r in out if r.label == 0], n_t26 // 2)
    t6 = []
    for i in (1, 2, 3):
        for r in read("crisislex_t6", f"crisislex_t6.part{i}.csv"):
            part = "holdout" if r["event"] in HELD_OUT_EVENTS else "train"
            t6.append(Row(r["text"], int(r["label"] == "on-topic"), "en", "crisislex_t6", part))
    return t26 + _sample(t6, n_t6)


def topicxl(n_test=700) -> list[Row]:
    rows = [Row(r["text"], int(r["label"] == "news_social_concern"), r["lang"], "tweet_topicxl",
                "holdout" if r["split"] == "test" else "train")
            for r in read("tweet_topicxl", "tweet_topicxl.csv")]
    return ([r for r in rows if r.part == "train"]
            + _sample([r for r in rows if r.part == "holdout"], n_test))


def edos_threats(n_neg=300) -> list[Row]:
    """EDOS rows in category "1. threats, plans to harm and incitement" (violence positives),
    with as many other EDOS rows (sexist or not) as negatives; official splits."""
    rows = [Row(r["text"], int(r["category"].startswith("1.")), "en", "edos_threats",
                "train" if r["split"] == "train" else "holdout")
            for r in read("edos_sexism", "edos.csv") if r["split"] in ("train", "test")]
    pos = [r for r in rows if r.label == 1]
    neg = [r for r in rows if r.label == 0]
    return pos + _sample([r for r in neg if r.part == "train"], n_neg) + _sample(
        [r for r in neg if r.part == "holdout"], n_neg // 3)


def ordinary_tweets(n_t26=500, n_t6=200) -> list[Row]:
    """Tweets marked unrelated to the crisis they were collected for (CrisisLexT26 "Not
    related" in en es it pt fr nl de, CrisisLexT6 "off-topic"): everyday posts, negatives
    for every head but crisis, and the calibration set for each head's cutoff. Only events
    that are not held out."""
    out = []
    for f in ("crisislex_t26.part1.csv", "crisislex_t26.part2.csv"):
        for r in read("crisislex_t26", f):
            if r["label"] == "Not related" and r["event"] not in HELD_OUT_EVENTS and r[
                    "lang"] in ("en", "es", "it", "pt", "fr", "nl", "de"):
                out.append(Row(r["text"], 0, r["lang"], "crisislex_ordinary", "train"))
    t6 = [Row(r["text"], 0, "en", "crisislex_ordinary", "train")
          for i in (1, 2, 3) for r in read("crisislex_t6", f"crisislex_t6.part{i}.csv")
          if r["label"] == "off-topic" and r["event"] not in HELD_OUT_EVENTS]
    return _sample(out, n_t26) + _sample(t6, n_t6)


def everyday_tweets(n_per=400) -> list[Row]:
    """Real tweets labelled as neither offensive nor hateful, from the train parts of
    GermEval 2018 (de), DKhate (da) and ToLD-Br (pt; rows ``toldbr()`` does not sample):
    calibration only, for the review cutoffs. They are more heated than everyday brand
    posts (collected around politics and sport), which is what a cutoff must survive."""
    german = [Row(r["text"], 0, "de", "everyday_germeval2018", "calibration")
              for r in read("germeval2018", "germeval2018.csv")
              if r["split"] == "train" and r["fine_label"] == "OTHER"]
    danish = [Row(r["text"], 0, "da", "everyday_dkhate", "calibration")
              for r in read("dkhate_oe20da", "dkhate.csv")
              if r["split"] == "train" and r["label"] != "OFF"]
    sampled = {r.text for r in toldbr()}
    portuguese = [Row(r["text"], 0, "pt", "everyday_toldbr", "calibration")
                  for r in read("toldbr", "toldbr.csv")
                  if r["label"] != "toxic" and r["text"] not in sampled]
    return _sample(german, n_per) + _sample(danish, n_per) + _sample(portuguese, n_per)


def topic_other(n=150) -> list[Row]:
    """Ordinary tweets (tweet_topicxl train rows outside news & social concern): negatives."""
    return _sample([r._replace(label=0) for r in topicxl() if r.part == "train"
                    and r.label == 0], n)


def negative_sentiment(n_per=150) -> list[Row]:
    """Negative but civil sentences (NoReC, HuSST reviews): hard negatives for toxicity."""
    out = []
    for name, file, lang in (("norec_sentence", "norec_sentence.csv", "no"),
                             ("husst", "husst.csv", "hu")):
        rows = [Row(r["text"], 0, lang, f"{name}_negative",
                    "train" if r["split"] == "train" else "holdout")
                for r in read(name, file) if r["label"] == "negative" and len(r["text"]) > 25]
        out += _sample([r for r in rows if r.part == "train"], n_per)
        out += _sample([r for r in rows if r.part == "holdout"], n_per // 3)
    return out


def ordinary(n_per=300) -> list[Row]:
    """Neutral and positive sentences (Norwegian, Hungarian): negatives for every head."""
    out = []
    for name, file, lang in (("norec_sentence", "norec_sentence.csv", "no"),
                             ("husst", "husst.csv", "hu")):
        rows = [Row(r["text"], 0, lang, name, "train" if r["split"] == "train" else "holdout")
                for r in read(name, file) if r["label"] in ("neutral", "positive")
                and len(r["text"]) > 25]
        out += _sample([r for r in rows if r.part == "train"], n_per)
        out += _sample([r for r in rows if r.part == "holdout"], n_per // 4)
    return out


def crisis_tweets_by_language(n_per=600) -> list[Row]:
    """CrisisLexT26 tweets of every label, per language other than English, events not held
    out: the everyday Spanish, Italian, French, Dutch tweets the other sets lack (for the
    language averages only)."""
    by_lang: dict[str, list[Row]] = {}
    for f in ("crisislex_t26.part1.csv", "crisislex_t26.part2.csv"):
        for r in read("crisislex_t26", f):
            if r["event"] not in HELD_OUT_EVENTS and r["lang"] in ("es", "it", "pt", "fr",
                                                                   "nl", "de"):
                by_lang.setdefault(r["lang"], []).append(
                    Row(r["text"], 0, r["lang"], "crisislex_t26_language", "train"))
    return [r for rows in by_lang.values() for r in _sample(rows, n_per)]


def language_pool(min_rows: int = 50) -> list[Row]:
    """Real posts labelled harmless (training parts only), by language: the rows whose mean
    per language centres the embeddings (``fauxpas.models.centring``). Languages with fewer
    than ``min_rows`` rows are left out: they are not shifted, as an average of a few posts
    is noise."""
    harmless = [r for r in (germeval() + dkhate() + gahd() + toldbr() + davidson_rows()
                            + mlma() + topicxl()) if r.label == 0 and r.part == "train"]
    rows = (harmless + ordinary_tweets() + everyday_tweets() + crisis_tweets_by_language()
            + [r for r in ordinary() + negative_sentiment() if r.part == "train"])
    rows = list({r.text: r for r in rows}.values())
    counts: dict[str, int] = {}
    for r in rows:
        counts[r.lang] = counts.get(r.lang, 0) + 1
    return [r for r in rows if counts[r.lang] >= min_rows]
