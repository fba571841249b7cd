"""The dev benchmark on the seed cases: caught / false alarms per language and category.

Runs the public contract itself (`fauxpas check --jsonl FILE`) and compares each
verdict with the case's `expect` labels. Usage:

    .venv/bin/python bench/seed_cases.py [CASES.jsonl] [--tier auto|rules|full] [--out FILE.md]

`auto` (the default) runs the command as a user would, with no `--tier`: the model checks
run when the model is installed.

Defaults to ../shared/cases/seed-cases.jsonl next to the checkout. The project's own set,
bench/fixtures/family_cases.jsonl (119 cases written for this benchmark: every family of
the mission in several languages, risky and benign, none copied from the seed cases; some
checks were improved after reading what it missed, so it is a regression set, not a
held-out measure), is run the same way: `bench/seed_cases.py bench/fixtures/family_cases.jsonl --out
bench/results/family_cases.md`. bench/fixtures/heldout_cases.jsonl (90 cases, 50 risky, a
helper wrote them without reading the code, the lexicons or the other sets; first run
recorded unchanged in bench/results/heldout_cases.md) is the held-out one: run it, do not
tune on it. bench/fixtures/heldout2_cases.jsonl (80 cases, 45 risky, written the same way
at the end of session 8 and run once, on 256c80e: bench/results/heldout2_cases.md) too.

Two sets of brands' posts of solidarity and of stance against violence and hate (the day
against violence against women, after an attack, Pride, remembrance days), with risky
look-alikes (a stance that turns into blame, a threat dressed as a denial, a promotion on a
day of mourning), 66 cases each in the 11 languages, written by a helper that read no code:
bench/fixtures/solidarity_dev.jsonl (read while building, a regression set) and
bench/fixtures/solidarity_heldout.jsonl (not read; run at dd0b823 before any change made
for them: 9 of 22 risky caught, 2 of 44 benign held; then once at the end:
bench/results/solidarity_heldout.md).

bench/fixtures/dev3_cases.jsonl (96 cases, 56 risky, every family in the 12 languages, with
hard benign look-alikes: a helper wrote them in session 11 without reading the code or the
other sets) is a dev set: first run at 55c7cb6, before any change made for it, 39 of 56
risky caught and 5 of 40 benign held; the checks were then improved after reading what it
missed, so bench/results/dev3_cases.md is a regression figure, not a held-out one.
bench/fixtures/dev4_cases.jsonl (96 cases, 56 risky: hashtags with their recent posts, the
brand's own issues, both histories, days of mourning, politics, privacy, stereotype jokes)
was written the same way and used the same way: first run at ea0f817, 35 of 56 risky
caught and 8 of 40 benign held; bench/results/dev4_cases.md after the changes. So was
bench/fixtures/dev5_cases.jsonl (96 cases, 50 risky: bots that echo the public, scheduled
posts during attacks, template leftovers, stereotype ads, many hard benign look-alikes):
first run at ec5eddf, 27 of 50 caught and 4 of 46 benign held.
bench/fixtures/dev6_cases.jsonl (105 cases, 56 risky: promotion, the brand's own issues,
tragedy and remembrance-day timing, drafts, leaks, hashtags, wrong account; 49 benign) and
bench/fixtures/dev7_cases.jsonl (100 cases, 41 risky, 59 hard benign look-alikes: jokey
brand posts, remembrance, condemnation that quotes what it rejects) were written and used
the same way in session 12: first runs at 7c1bc51 (dev6: 42 of 56 caught, 4 of 49 benign
held) and df24cea (dev7: 31 of 41 caught, 10 of 59 benign held). So was
bench/fixtures/dev8_cases.jsonl (80 cases in hu, pl, sv, da, no, nl and en, 41 risky, most
needing context: days of mourning, events, hashtag samples, the brand's own issues): first
run at 6585080, 28 of 41 caught and 8 of 39 benign held. In session 13 two more:
bench/fixtures/dev9_cases.jsonl (100 cases in es, pt, it, fr and de, 50 risky: replies to
customers, bot echoes, likes and reposts, ads, remembrance days, employees, hashtags) and
bench/fixtures/dev10_cases.jsonl (100 cases, 40 in English and 10 each in nl, da, sv, no,
pl and hu, 50 risky: tone without bad words, days of remembrance, the brand's own issues,
coded hate, biased job ads, both histories): first runs at fe5b149, dev9 41 of 50 caught
and 10 of 50 benign held, dev10 31 of 50 caught and 8 of 50 benign held. Then
bench/fixtures/dev11_cases.jsonl (90 cases in en, de and es, 47 risky, across the 13
families of the mission's catalogue; its writer labelled many risky cases brand_risk as
well) and bench/fixtures/dev12_cases.jsonl (90 cases, 10 each in fr, it, pt, nl, pl, sv,
da, nb and hu, 45 risky): first runs at 6e3d040, dev11 38 of 47 caught and 4 of 43 benign
held, dev12 37 of 45 caught and 4 of 45 benign held. In session 14,
bench/fixtures/dev13_cases.jsonl (100 cases, 20 in English and 7 or 8 in each of the other
11 languages, 50 risky, weighted towards harassment, hate, violence, sexual, hashtag,
privacy and insensitive language, the weakest categories of the held-out sets): first run
at 34a4912, 38 of 50 caught and 5 of 50 benign held. Then
bench/fixtures/dev14_cases.jsonl (80 cases, 14 in English and 6 in each of the other 11
languages, 40 risky across all 17 categories, a third of them with no bad word): first run
at 47a5605, 27 of 40 caught and 7 of 40 benign held. In session 15,
bench/fixtures/dev15_cases.jsonl (80 cases, 14 in English and 6 in each of the other 11
languages, 40 risky weighted towards harassment, hate and violence, 34 of them with no bad
word; 40 hard benign look-alikes): first run at a2f85c3 plus the session's es/pl/pt praise
and counter-speech words (no verdict of any other set changed), 12 of 40 caught and 2 of 40
benign held. Then bench/fixtures/dev16_cases.jsonl (80 cases, the same shape, 36 of its 40
risky with no bad word: condescending replies, stereotype jokes, tragedy timing): first run
at d1fdb62, 14 of 40 caught and 2 of 40 benign held, the same as at a2f85c3, before this
session's rules: the rules written for dev15 caught nothing more in a fresh blind set.
In session 17, bench/fixtures/dev17_cases.jsonl (37 cases, 3 in each of the 12 languages
and a 4th in English): a security company's or a bank's posts that name burglars,
thieves or scammers to keep people safe (24 benign), and the same adverts calling a group
the criminals (12 risky, hate) or joking about hurting a burglar (1 risky, violence).
Written while building ``context/crime_prevention.py``, so a regression set: at 486147f,
before it, 12 of 13 risky were caught and 2 of 24 benign held (an alarm advert as
violence, a scam warning as harassment); but four of the twelve were held as harassment
only, with the hate a note beside it.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CASES = ROOT.parent / "shared" / "cases" / "seed-cases.jsonl"


def run_fauxpas(cases: Path, tier: str) -> list[dict]:
    exe = Path(sys.executable).parent / "fauxpas"
    tier_args = [] if tier == "auto" else ["--tier", tier]
    proc = subprocess.run([str(exe), "check", "--jsonl", str(cases), *tier_args],
                          capture_output=True, text=True)
    if proc.returncode not in (0, 1):
        sys.exit(f"fauxpas failed ({proc.returncode}): {proc.stderr}")
    return [json.loads(line) for line in proc.stdout.splitlines() if line.strip()]


def score(cases: list[dict], verdicts: list[dict]) -> dict:
    by_lang: dict[str, Counter] = defaultdict(Counter)
    by_cat: dict[str, Counter] = defaultdict(Counter)
    rows = []
    for case, verdict in zip(cases, verdicts, strict=True):
        expect = case.get("expect") or {}
        risky = bool(expect.get("risky"))
        lang = case.get("lang") or verdict.get("lang") or "?"
        flagged = verdict["decision"] in ("review", "block")
        found = {f["category"] for f in verdict.get("findings", [])}
        wanted = set(expect.get("categories") or [])
        stats = by_lang[lang]
        stats["cases"] += 1
        if risky:
            stats["risky"] += 1
            stats["caught"] += flagged
            stats["caught_with_category"] += flagged and bool(wanted & found)
        else:
            stats["benign"] += 1
            stats["false_alarms"] += flagged
        for category in wanted:
            by_cat[category]["expected"] += 1
            by_cat[category]["caught"] += flagged and category in found
        rows.append((case["id"], lang, risky, verdict["decision"], sorted(wanted), sorted(found)))
    return {"by_lang": by_lang, "by_cat": by_cat, "rows": rows}


def report(result: dict, cases_path: Path, tier: str) -> str:
    command = f"fauxpas check --jsonl {cases_path.name}" + ("" if tier == "auto" else f" --tier {tier}")
    lines = [f"# Cases: `{command}`", "",
             "| language | cases | risky | caught | caught with an expected category "
             "| benign | false alarms |", "|---|---|---|---|---|---|---|"]
    total: Counter = Counter()
    for lang, s in sorted(result["by_lang"].items()):
        total.update(s)
        lines.append(f"| {lang} | {s['cases']} | {s['risky']} | {s['caught']} | "
                     f"{s['caught_with_category']} | {s['benign']} | {s['false_alarms']} |")
    t = total
    lines.append(f"| **all** | {t['cases']} | {t['risky']} | {t['caught']} | "
                 f"{t['caught_with_category']} | {t['benign']} | {t['false_alarms']} |")
    lines += ["", "| category | expected | caught with that category |", "|---|---|---|"]
    for cat, s in sorted(result["by_cat"].items()):
        lines.append(f"| {cat} | {s['expected']} | {s['caught']} |")
    lines += ["", "| case | lang | risky | decision | expected | found |",
              "|---|---|---|---|---|---|"]
    for case_id, lang, risky, decision, wanted, found in result["rows"]:
        lines.append(f"| {case_id} | {lang} | {risky} | {decision} | {', '.join(wanted)} | "
                     f"{', '.join(found)} |")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cases", nargs="?", default=str(DEFAULT_CASES))
    parser.add_argument("--tier", choices=("auto", "rules", "full"), default="auto")
    parser.add_argument("--out", default=None, help="also write the report to this file")
    args = parser.parse_args()
    cases_path = Path(args.cases)
    if not cases_path.exists():
        sys.exit(f"no cases file at {cases_path}")
    cases = [json.loads(line) for line in cases_path.read_text().splitlines() if line.strip()]
    text = report(score(cases, run_fauxpas(cases_path, args.tier)), cases_path, args.tier)
    print(text)
    if args.out:
        Path(args.out).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
