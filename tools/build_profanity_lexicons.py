"""Build the vendored profanity lexicons from the npm packages ``naughty-words`` and ``cuss``.

    python tools/build_profanity_lexicons.py              # npm pack into a temp dir
    python tools/build_profanity_lexicons.py --from DIR   # DIR holds the two .tgz files

Writes ``src/fauxpas/knowledge/lexicons/<lang>/profanity.yaml`` for every supported
language a package covers, the licence texts next to them, and ``ATTRIBUTION.md``.

- ``naughty-words`` (CC-BY-4.0, the LDNOOBW lists): one flat list per language.
- ``cuss`` (MIT, Titus Wormer): per-language maps of word -> sureness 0-2 (en, es, fr,
  it, pt, pt-pt). Words rated 0 ("not sure at all") are left out.

A word in both keeps cuss's rating. ``tools/profanity_curation.yaml`` adjusts ratings
(``sureness``), marks mild words (severity ``warn``) and the mildest (``gentle``: severity
``info``, a note), compound heads (``prefix``),
words that are also first names (``also_name``) and the commonest words, which come first
when a masked word ("f***") is read and are marked ``common`` (``first``). Words listed in ``<lang>/profanity-exceptions.yaml`` (innocent
there) are dropped. Ids are kept from the previous build (looked up by term), so they
never change when the lists do; new words get the next free number.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from fauxpas.core.text.fold import fold  # noqa: E402
from fauxpas.knowledge.lexicon import LEXICON_DIR, load_file, term_words  # noqa: E402

PACKAGES = {"naughty-words": "1.2.0", "cuss": "2.2.0"}
LANGUAGES = ("en", "fr", "de", "es", "it", "pt", "nl", "no", "da", "sv", "hu", "pl")
CUSS_MODULES = {"en": ["index"], "fr": ["fr"], "es": ["es"], "it": ["it"], "pt": ["pt", "pt-pt"]}
CURATION = Path(__file__).with_name("profanity_curation.yaml")
SOURCES = {
    "cuss": {"id": "cuss", "licence": "MIT", "package": f"cuss@{PACKAGES['cuss']}",
             "url": "https://github.com/words/cuss", "author": "Titus Wormer"},
    "naughty-words": {"id": "naughty-words", "licence": "CC-BY-4.0",
                      "package": f"naughty-words@{PACKAGES['naughty-words']}",
                      "url": "https://github.com/LDNOOBW/List-of-Dirty-Naughty-Obscene-and-"
                             "Otherwise-Bad-Words",
                      "author": "Shutterstock and contributors (LDNOOBW)"},
}
_CUSS_LINE = re.compile(r"""^\s*(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"|([^\s:'"]+)):\s*([012]),?$""")


def fetch(into: Path, source: Path | None) -> dict[str, Path]:
    """Unpack each package into ``into/<name>``; ``npm pack`` it first unless given."""
    roots = {}
    for name, version in PACKAGES.items():
        tgz = source / f"{name}-{version}.tgz" if source else None
        if tgz is None or not tgz.exists():
            subprocess.run(["npm", "pack", f"{name}@{version}", "--silent"], cwd=into,
                           check=True, stdout=subprocess.DEVNULL)
            tgz = into / f"{name}-{version}.tgz"
        target = into / name
        target.mkdir()
        with tarfile.open(tgz) as archive:
            archive.extractall(target, filter="data")
        roots[name] = target / "package"
    return roots


def read_cuss(path: Path) -> dict[str, int]:
    words = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = _CUSS_LINE.match(line)
        if m:
            word = next(g for g in m.groups()[:3] if g is not None)
            words[word.replace("\\'", "'").replace('\\"', '"')] = int(m.group(4))
    if not words:
        raise SystemExit(f"{path}: no words found; has the module format changed?")
    return words


def collect(lang: str, roots: dict[str, Path]) -> dict[str, dict]:
    """term -> {sureness, source, note} from both packages for one language."""
    found: dict[str, dict] = {}
    for module in CUSS_MODULES.get(lang, []):
        for word, rating in read_cuss(roots["cuss"] / f"{module}.js").items():
            key = fold(word)
            variety = " (European Portuguese list)" if module == "pt-pt" else ""
            old = found.get(key)
            if old is None or rating > old["sureness"]:
                found[key] = {"term": word, "sureness": rating, "source": "cuss",
                              "note": f"cuss rating {rating}{variety}"}
    path = roots["naughty-words"] / f"{lang}.json"
    if path.exists():
        for word in json.loads(path.read_text(encoding="utf-8")):
            key = fold(word)
            if key in found:
                found[key]["note"] += "; also in naughty-words"
            else:
                found[key] = {"term": word.lower() if word[1:].islower() else word,
                              "sureness": 2, "source": "naughty-words", "note": ""}
    return found


def exceptions(lang: str) -> set[str]:
    path = LEXICON_DIR / lang / "profanity-exceptions.yaml"
    if not path.exists():
        return set()
    return {term_words(t) for e in load_file(path).entries for t in e.terms}


def previous_ids(path: Path) -> dict[str, str]:
    if not path.exists():
        return {}
    return {fold(t): e.id for e in load_file(path).entries for t in e.terms}


def _severity(key: str, sureness: int, mild: set[str], gentle: set[str]) -> str:
    if key in gentle:
        return "info"
    return "warn" if key in mild or sureness < 2 else "block"


def build(lang: str, roots: dict[str, Path], curation: dict) -> tuple[list[dict], dict]:
    rules = curation.get(lang) or {}
    found = collect(lang, roots)
    skip = exceptions(lang)
    stats = {"read": len(found), "unsure": 0, "exceptions": 0}
    overrides = {fold(k): v for k, v in (rules.get("sureness") or {}).items()}
    mild = {fold(w) for w in rules.get("mild") or []}
    gentle = {fold(w) for w in rules.get("gentle") or []}
    prefix = {fold(w) for w in rules.get("prefix") or []}
    names = {fold(w) for w in rules.get("also_name") or []}
    unknown = (set(overrides) | mild | gentle | prefix | names) - set(found)
    if unknown:
        raise SystemExit(f"{lang}: curation names words the packages lack: {sorted(unknown)}")
    kept = []
    for key, item in found.items():
        if term_words(item["term"]) in skip:
            stats["exceptions"] += 1
            continue
        sureness = overrides.get(key, item["sureness"])
        if sureness == 0:
            stats["unsure"] += 1
            continue
        entry = {"term": item["term"], "sureness": sureness,
                 "severity": _severity(key, sureness, mild, gentle),
                 "source": item["source"], "note": item["note"]}
        if key in prefix:
            entry["match"] = "prefix"
        if key in names:
            entry["also_name"] = True
        kept.append((key, entry))
    order = {fold(w): n for n, w in enumerate(rules.get("first") or [])}
    missing = set(order) - set(found)
    if missing:
        raise SystemExit(f"{lang}: 'first' names words the packages lack: {sorted(missing)}")
    for key, entry in kept:
        if key in order:
            entry["common"] = True
    kept.sort(key=lambda kv: (order.get(kv[0], len(order)), kv[0]))
    return assign_ids(lang, kept), stats


def assign_ids(lang: str, kept: list[tuple[str, dict]]) -> list[dict]:
    path = LEXICON_DIR / lang / "profanity.yaml"
    ids = previous_ids(path)
    used = set(ids.values())
    number = max((int(i.rsplit("-", 1)[1]) for i in used), default=0)
    entries = []
    for key, entry in kept:
        entry_id = ids.get(key)
        if entry_id is None:
            number += 1
            entry_id = f"{lang}-profanity-{number:04d}"
        note = entry.pop("note")
        term = entry.pop("term")
        row = {"id": entry_id, "terms": [term], **entry}
        if note:
            row["note"] = note
        entries.append(row)
    return entries


def write(lang: str, entries: list[dict]) -> Path:
    """JSON syntax (which is also YAML): the loader reads it with the json module, fifty
    times faster than YAML, which matters for a command-line cold start."""
    used = sorted({e["source"] for e in entries})
    packages = ", ".join(sorted(SOURCES[s]["package"] for s in used))
    head = {
        "generated": f"by tools/build_profanity_lexicons.py from {packages}. Do not edit: "
                     f"change tools/profanity_curation.yaml or {lang}/profanity-exceptions.yaml"
                     f" and rebuild; hand-written additions live in {lang}/profanity-extra.yaml."
                     " Licences and authors: ../ATTRIBUTION.md.",
        "language": lang,
        "name": "profanity",
        "sources": [SOURCES[s] for s in used],
    }
    lines = ["{" + json.dumps(head, ensure_ascii=False)[1:-1] + ',\n "entries": [']
    lines += ["  " + json.dumps(entry, ensure_ascii=False) + ("," if n < len(entries) - 1 else "")
              for n, entry in enumerate(entries)]
    lines.append("]}")
    path = LEXICON_DIR / lang / "profanity.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    load_file(path)  # the result must load
    if yaml.safe_load(path.read_text(encoding="utf-8"))["entries"] != json.loads(
            path.read_text(encoding="utf-8"))["entries"]:
        raise SystemExit(f"{path}: YAML and JSON readings differ")
    return path


def copy_licences(roots: dict[str, Path]) -> None:
    shutil.copyfile(roots["naughty-words"] / "LICENSE", LEXICON_DIR / "LICENSE-naughty-words")
    shutil.copyfile(roots["cuss"] / "license", LEXICON_DIR / "LICENSE-cuss")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--from", dest="source", type=Path,
                        help="directory holding naughty-words-<v>.tgz and cuss-<v>.tgz")
    args = parser.parse_args(argv)
    curation = yaml.safe_load(CURATION.read_text(encoding="utf-8")) or {}
    with tempfile.TemporaryDirectory(prefix="fauxpas-lexicons-") as tmp:
        roots = fetch(Path(tmp), args.source)
        for lang in LANGUAGES:
            entries, stats = build(lang, roots, curation)
            if not entries:
                print(f"{lang}: no package covers it")
                continue
            path = write(lang, entries)
            print(f"{lang}: {len(entries)} entries ({stats['read']} read, "
                  f"{stats['exceptions']} exceptions, {stats['unsure']} rated 0) -> "
                  f"{path.relative_to(ROOT)}")
        copy_licences(roots)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
