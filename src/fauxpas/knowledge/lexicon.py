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
        match: prefix             # optional: word (default), prefix or suffix of a word
        note: ...                 # optional
        source: cuss              # one of the ids in sources

Terms are compared folded (case, accents, Unicode forms), with one guard: a word
written with accents only matches a term that has them too, so "año" (year) is not
"ano" and "szár" (stalk) is not "szar", while "cono" typed for "coño" still matches.
``match: prefix`` lets a term match the start of a longer word (German and Nordic
compounds: "Scheißtag", "dritbra"); use it only where no ordinary word starts that way.

A generated file may be written in JSON syntax (valid YAML too), which loads much
faster. Files are validated when loaded (ids unique, terms non-empty, languages known,
sources declared); a broken file fails loudly with its path and the entry.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

import yaml

from fauxpas.core.text.fold import fold, fold_keep_accents
from fauxpas.core.text.tokens import Token, mask, tokenize, variants

LEXICON_DIR = Path(__file__).parent / "lexicons"
MATCH_MODES = ("word", "prefix", "suffix")
SEVERITIES = ("info", "warn", "block")

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
    match: str = "word"
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Match:
    entry: Entry
    term: str
    first: int  # index of the first token
    last: int  # index of the last token (inclusive)
    start: int  # character span in the original text
    end: int
    form: str = "exact"  # exact, variant (leet, stretched), prefix, suffix, masked
    # for a masked word that several entries fit ("s***": shit, slut), the other ones
    alternatives: tuple[tuple[Entry, str], ...] = ()


@dataclass(frozen=True, slots=True)
class _Candidate:
    words: tuple[str, ...]
    entry: Entry
    term: str
    plain: bool  # the term is written without accents


class Lexicon:
    def __init__(self, language: str, name: str, entries: Sequence[Entry], sources=()):
        self.language = language
        self.name = name
        self.entries = tuple(entries)
        self.sources = tuple(sources)
        # first word of a folded term -> candidates starting with it
        self._index: dict[str, list[_Candidate]] = {}
        # prefix / suffix terms, by length
        self._affixes: dict[str, dict[int, dict[str, _Candidate]]] = {"prefix": {}, "suffix": {}}
        # single sure words by length, for hidden-letter matching ("f***", "c*nt")
        self._by_length: dict[int, list[_Candidate]] = {}
        for entry in self.entries:
            for term in entry.terms:
                words = term_words(term)
                if not words:
                    continue
                plain = fold_keep_accents(term) == fold(term)
                candidate = _Candidate(words, entry, term, plain)
                self._index.setdefault(words[0], []).append(candidate)
                if len(words) == 1:
                    if entry.match in self._affixes:
                        by_len = self._affixes[entry.match].setdefault(len(words[0]), {})
                        by_len[words[0]] = candidate
                    if entry.sureness == 2 and words[0].isalpha():
                        self._by_length.setdefault(len(words[0]), []).append(candidate)
        self._prefix_lengths = sorted(self._affixes["prefix"])
        self._suffix_lengths = sorted(self._affixes["suffix"])
        self.prefixes = frozenset(w for by in self._affixes["prefix"].values() for w in by)
        self.suffixes = frozenset(w for by in self._affixes["suffix"].values() for w in by)
        self._starts = affix_pattern(self.prefixes, "prefix")
        self._ends = affix_pattern(self.suffixes, "suffix")
        self._masked: dict[tuple[str, ...], list[_Candidate]] = {}  # pattern -> fits

    def __contains__(self, word: str) -> bool:
        return word in self._index

    def __len__(self) -> int:
        return len(self.entries)

    def words(self) -> list[str]:
        return list(self._index)

    def lookup(self, word: str) -> list[tuple[tuple[str, ...], Entry, str]]:
        return [(c.words, c.entry, c.term) for c in self._index.get(word, [])]

    @cached_property
    def single_words(self) -> frozenset[str]:
        """The one-word terms (for screening many lexicons at once)."""
        return frozenset(k for k, cs in self._index.items() if any(len(c.words) == 1
                                                                     for c in cs))

    @cached_property
    def pairs(self) -> dict[str, frozenset[str]]:
        """For terms of several words: first word -> the words that can follow it."""
        out: dict[str, set[str]] = {}
        for key, candidates in self._index.items():
            for c in candidates:
                if len(c.words) > 1:
                    out.setdefault(key, set()).add(c.words[1])
        return {k: frozenset(v) for k, v in out.items()}

    def match(self, tokens: Sequence[Token], kinds=("word", "spaced"), *,
              affixes: bool = True, masked: bool = False,
              positions: Iterable[int] | None = None) -> Iterator[Match]:
        """Every entry whose words appear as consecutive tokens (any spelling variant).

        ``affixes``: also prefix / suffix entries inside longer words. ``masked``: also
        words with hidden letters ("f***", "c*nt", "f4ck") that fit exactly one length
        and the visible letters of a sure (sureness 2) single-word term. ``positions``:
        only matches starting at these token indices (the caller screened the rest)."""
        index, starts, ends = self._index, self._starts, self._ends
        for i in range(len(tokens)) if positions is None else positions:
            token = tokens[i]
            if token.kind not in kinds:
                continue
            norm = token.norm
            readings = variants(norm)
            affix = (starts is not None and starts(norm)) or (ends is not None and ends(norm))
            if (len(readings) == 1 and norm not in index and not affix
                    and (not masked or norm.isalpha())):
                continue  # the common case: an ordinary word
            found = False
            for n, variant in enumerate(readings):
                candidates = index.get(variant)
                if not candidates:
                    continue
                for c in candidates:
                    if c.plain and token.accented and n == 0:
                        continue  # "año" is not "ano"
                    last = _match_rest(tokens, i, c.words)
                    if last is not None:
                        found = True
                        yield Match(c.entry, c.term, i, last, token.start, tokens[last].end,
                                    "exact" if n == 0 else "variant")
                if found:
                    break
            if found:
                continue
            if affixes and (affix or (len(readings) > 1 and (starts or ends))):
                hit = self._affix(token)
                if hit is not None:
                    c, form = hit
                    yield Match(c.entry, c.term, i, i, token.start, token.end, form)
                    continue
            if masked and token.kind == "word" and not norm.isalpha():
                pattern = mask(norm)
                fits = self.masked(pattern) if pattern is not None else []
                if fits:
                    first, others = fits[0], fits[1:]
                    yield Match(first.entry, first.term, i, i, token.start, token.end,
                                "masked", tuple((c.entry, c.term) for c in others))

    def _affix(self, token: Token) -> tuple[_Candidate, str] | None:
        for variant in token.variants:
            if not variant.isalpha():
                continue
            size = len(variant)
            for length in self._prefix_lengths:
                if length > size:
                    break
                c = self._affixes["prefix"][length].get(variant[:length])
                if c is not None and not (c.plain and _accented_part(token, 0, length)):
                    return c, "prefix"
            for length in self._suffix_lengths:
                if length >= size:
                    break
                c = self._affixes["suffix"][length].get(variant[-length:])
                if c is not None and not (c.plain and _accented_part(token, -length, None)):
                    return c, "suffix"
        return None

    def masked(self, pattern: tuple[str, ...]) -> list[_Candidate]:
        """The sure single words that fit a hidden-letter pattern, one per entry, in the
        order of the file (put the commonest words first). Remembered per pattern: the
        same few ("f***", "sh1t", "1st") come back, and each tries every word of its
        length."""
        fits = self._masked.get(pattern)
        if fits is None:
            if len(self._masked) > _MASKED_LIMIT:
                self._masked.clear()
            fits, seen = [], set()
            for c in self._by_length.get(len(pattern), ()):
                if c.entry.id not in seen and _fits(c.words[0], pattern):
                    seen.add(c.entry.id)
                    fits.append(c)
            self._masked[pattern] = fits
        return list(fits)


_MASKED_LIMIT = 20_000  # patterns remembered per lexicon before the memory starts again


def affix_pattern(words: Iterable[str], mode: str):
    """One compiled test for many prefixes (or suffixes): ``match`` for a prefix, a
    ``search`` anchored at the end for a suffix; None when there are none."""
    words = sorted(words, key=len, reverse=True)
    if not words:
        return None
    alternatives = "|".join(re.escape(w) for w in words)
    if mode == "prefix":
        return re.compile(f"(?:{alternatives})").match
    return re.compile(f"(?:{alternatives})$").search


def _accented_part(token: Token, start: int, end: int | None) -> bool:
    """Whether the part of a word that an affix covers is written with accents:
    "pissedårligt" has none in "pisse", so the Danish prefix still matches."""
    if not token.accented:
        return False
    return fold_keep_accents(token.raw)[start:end] != token.norm[start:end]


@lru_cache(maxsize=32768)
def term_words(term: str) -> tuple[str, ...]:
    """A term as the tokenizer splits it (on spaces, hyphens, apostrophes), folded:
    "chat-bite" -> ("chat", "bite"), "l'air con" -> ("l", "air", "con")."""
    return tuple(token.norm for token in tokenize(term))


def _fits(word: str, pattern: tuple[str, ...]) -> bool:
    return all(not allowed or letter in allowed for letter, allowed in zip(word, pattern))


def _match_rest(tokens: Sequence[Token], i: int, words: tuple[str, ...]) -> int | None:
    j = i
    for word in words[1:]:
        j += 1
        if j >= len(tokens) or word not in tokens[j].variants:
            return None
    return j


def load_file(path: Path) -> Lexicon:
    text = path.read_text(encoding="utf-8")
    data = _read_json(text)
    if data is None:
        try:
            data = yaml.load(text, Loader=_Loader)
        except yaml.YAMLError as exc:
            raise LexiconError(f"{path}: not valid YAML: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
        raise LexiconError(f"{path}: expected a mapping with an 'entries' list")
    from fauxpas.core.text.lang import SUPPORTED  # here: lang.py loads word lists via knowledge

    language = data.get("language") or path.parent.name
    if language not in SUPPORTED:
        raise LexiconError(f"{path}: unknown language {language!r}; expected one of "
                           f"{', '.join(SUPPORTED)}")
    name = data.get("name") or path.stem
    sources = data.get("sources") or []
    source_ids = {s.get("id") for s in sources if isinstance(s, dict)}
    entries, seen = [], set()
    for n, raw in enumerate(data["entries"]):
        entry = _entry(raw, f"{path}: entry #{n + 1}", source_ids)
        if entry.id in seen:
            raise LexiconError(f"{path}: entry #{n + 1}: duplicate id {entry.id!r}")
        seen.add(entry.id)
        entries.append(entry)
    return Lexicon(language, name, entries, sources)


def _read_json(text: str) -> Any:
    """A generated lexicon is written as JSON (which is also YAML): read fifty times faster
    by the json module. Anything else, or invalid JSON, goes to the YAML reader."""
    if not text.lstrip().startswith("{"):
        return None
    try:
        return json.loads(text)
    except ValueError:
        return None


_KNOWN = {"id", "terms", "sureness", "severity", "note", "source", "match"}


def _entry(raw: Any, where: str, source_ids: set) -> Entry:
    if not isinstance(raw, dict):
        raise LexiconError(f"{where}: must be a mapping")
    entry_id = raw.get("id")
    if not isinstance(entry_id, str) or not entry_id:
        raise LexiconError(f"{where}: missing 'id'")
    where = f"{where} ({entry_id})"
    terms = raw.get("terms")
    if not isinstance(terms, list) or not terms or not all(isinstance(t, str) and t.strip()
                                                           for t in terms):
        raise LexiconError(f"{where}: 'terms' must be a non-empty list of strings")
    sureness = raw.get("sureness", 2)
    if sureness not in (0, 1, 2) or isinstance(sureness, bool):
        raise LexiconError(f"{where}: 'sureness' must be 0, 1 or 2")
    severity = raw.get("severity")
    if severity is not None and severity not in SEVERITIES:
        raise LexiconError(f"{where}: 'severity' must be one of {', '.join(SEVERITIES)}")
    mode = raw.get("match", "word")
    if mode not in MATCH_MODES:
        raise LexiconError(f"{where}: 'match' must be one of {', '.join(MATCH_MODES)}")
    if mode != "word" and any(len(t.split()) > 1 for t in terms):
        raise LexiconError(f"{where}: 'match: {mode}' needs single-word terms")
    source = raw.get("source", "")
    if source and source_ids and source not in source_ids:
        raise LexiconError(f"{where}: source {source!r} is not in 'sources'")
    return Entry(
        id=entry_id,
        terms=tuple(terms),
        sureness=sureness,
        severity=severity,
        note=raw.get("note", "") or "",
        source=source,
        match=mode,
        extra={k: v for k, v in raw.items() if k not in _KNOWN},
    )
