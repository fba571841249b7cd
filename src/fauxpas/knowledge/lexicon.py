"""Lexicons: per-language word and phrase lists, kept as data files.

A lexicon file is ``knowledge/lexicons/<lang>/<name>.yaml``::

    language: en
    name: profanity
    sources:                      # where the entries come from, with licences
      - {id: cuss, licence: MIT, url: "https://www.npmjs.com/package/cuss"}
    entries:
      - id: en-profanity-0001     # explicit and stable, never derived from the words
        terms: [fuck, fucking]    # a term may be several words: "do not publish"
        sureness: 2               # 0-2: how sure a match is meant that way (cuss's scale)
        severity: block           # optional: info / warn / block
        note: ...                 # optional
        source: cuss              # one of the ids in sources

Files are validated when loaded (ids unique, terms non-empty, languages known,
sources declared); a broken file fails loudly with its path and the entry.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from fauxpas.core.text.fold import fold
from fauxpas.core.text.tokens import Token

LEXICON_DIR = Path(__file__).parent / "lexicons"

try:
    _Loader = yaml.CSafeLoader
except AttributeError:  # libyaml missing: slower, same result
    _Loader = yaml.SafeLoader


class LexiconError(ValueError):
    pass


@dataclass(frozen=True)
class Entry:
    id: str
    terms: tuple[str, ...]
    sureness: int = 2
    severity: str | None = None
    note: str = ""
    source: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Match:
    entry: Entry
    term: str
    first: int  # index of the first token
    last: int  # index of the last token (inclusive)
    start: int  # character span in the original text
    end: int


class Lexicon:
    def __init__(self, language: str, name: str, entries: Sequence[Entry], sources=()):
        self.language = language
        self.name = name
        self.entries = tuple(entries)
        self.sources = tuple(sources)
        # first word of a folded term -> [(all words, entry, term)]
        self._index: dict[str, list[tuple[tuple[str, ...], Entry, str]]] = {}
        for entry in self.entries:
            for term in entry.terms:
                words = tuple(fold(term).split())
                if words:
                    self._index.setdefault(words[0], []).append((words, entry, term))

    def __contains__(self, word: str) -> bool:
        return word in self._index

    def __len__(self) -> int:
        return len(self.entries)

    def words(self) -> list[str]:
        return list(self._index)

    def lookup(self, word: str) -> list[tuple[tuple[str, ...], Entry, str]]:
        return self._index.get(word, [])

    def match(self, tokens: Sequence[Token], kinds=("word", "spaced")) -> Iterator[Match]:
        """Every entry whose words appear as consecutive tokens (any spelling variant)."""
        for i, token in enumerate(tokens):
            if token.kind not in kinds:
                continue
            for variant in token.variants:
                candidates = self._index.get(variant)
                if not candidates:
                    continue
                for words, entry, term in candidates:
                    last = _match_rest(tokens, i, words)
                    if last is not None:
                        yield Match(entry, term, i, last, token.start, tokens[last].end)
                break


def _match_rest(tokens: Sequence[Token], i: int, words: tuple[str, ...]) -> int | None:
    j = i
    for word in words[1:]:
        j += 1
        if j >= len(tokens) or word not in tokens[j].variants:
            return None
    return j


def load_file(path: Path) -> Lexicon:
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)
    except yaml.YAMLError as exc:
        raise LexiconError(f"{path}: not valid YAML: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
        raise LexiconError(f"{path}: expected a mapping with an 'entries' list")
    language = data.get("language") or path.parent.name
    name = data.get("name") or path.stem
    sources = data.get("sources") or []
    source_ids = {s.get("id") for s in sources if isinstance(s, dict)}
    entries, seen = [], set()
    for n, raw in enumerate(data["entries"]):
        where = f"{path}: entry #{n + 1}"
        if not isinstance(raw, dict):
            raise LexiconError(f"{where}: must be a mapping")
        entry_id = raw.get("id")
        if not isinstance(entry_id, str) or not entry_id:
            raise LexiconError(f"{where}: missing 'id'")
        if entry_id in seen:
            raise LexiconError(f"{where}: duplicate id {entry_id!r}")
        seen.add(entry_id)
        terms = raw.get("terms")
        if not isinstance(terms, list) or not terms or not all(isinstance(t, str) and t.strip()
                                                               for t in terms):
            raise LexiconError(f"{where} ({entry_id}): 'terms' must be a non-empty list of strings")
        sureness = raw.get("sureness", 2)
        if sureness not in (0, 1, 2):
            raise LexiconError(f"{where} ({entry_id}): 'sureness' must be 0, 1 or 2")
        source = raw.get("source", "")
        if source and source_ids and source not in source_ids:
            raise LexiconError(f"{where} ({entry_id}): source {source!r} is not in 'sources'")
        known = {"id", "terms", "sureness", "severity", "note", "source"}
        entries.append(Entry(
            id=entry_id,
            terms=tuple(terms),
            sureness=sureness,
            severity=raw.get("severity"),
            note=raw.get("note", "") or "",
            source=source,
            extra={k: v for k, v in raw.items() if k not in known},
        ))
    return Lexicon(language, name, entries, sources)
