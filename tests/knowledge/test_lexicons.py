"""Every lexicon file shipped: loads, has unique ids, a known language, no duplicates.

Generic for all lexicons; the profanity files have a few extra rules of their own at
the end (a word is in one file of its language only, and never both listed and excepted).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from functools import cache

import pytest

from fauxpas.core.text.fold import fold_keep_accents
from fauxpas.core.text.lang import SUPPORTED
from fauxpas.core.text.tokens import mask
from fauxpas.knowledge import default_knowledge
from fauxpas.knowledge.lexicon import LEXICON_DIR, LexiconError, load_file, term_words

FILES = sorted(LEXICON_DIR.glob("*/*.yaml"))


@cache
def _load(path):
    return load_file(path)


def _key(term):
    """A term as matching sees it, accents kept ("cu" and "cú" are two terms)."""
    return " ".join(fold_keep_accents(w) for w in term.split())


def test_there_are_lexicons():
    assert FILES


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_file_loads_with_a_known_language(path):
    lexicon = _load(path)
    assert path.parent.name in SUPPORTED
    assert lexicon.language == path.parent.name
    assert len(lexicon) > 0


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_no_duplicate_terms_or_entries(path):
    """No term twice in one entry, and no two entries with the same terms. (A word may
    sit in two entries of different kinds; profanity files are stricter, below.)"""
    entries = _load(path).entries
    for entry in entries:
        keys = [" ".join(t.lower().split()) for t in entry.terms]
        assert len(keys) == len(set(keys)), (entry.id, [k for k in keys if keys.count(k) > 1])
    term_sets = Counter(frozenset(" ".join(t.lower().split()) for t in e.terms)
                        for e in entries)
    assert not [t for t, n in term_sets.items() if n > 1]


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_named_source_is_declared(path):
    lexicon = _load(path)
    declared = {s["id"] for s in lexicon.sources}
    assert {e.source for e in lexicon.entries if e.source} <= declared


def test_ids_are_unique_across_all_files():
    seen = Counter(e.id for path in FILES for e in _load(path).entries)
    assert not [i for i, n in seen.items() if n > 1]


def test_a_broken_file_fails_with_its_path_and_entry(tmp_path):
    path = tmp_path / "en" / "x.yaml"
    path.parent.mkdir()
    path.write_text("entries:\n  - {id: a, terms: [x]}\n  - {id: a, terms: [y]}\n")
    with pytest.raises(LexiconError, match=r"x\.yaml: entry #2: duplicate id 'a'"):
        load_file(path)
    path.write_text("language: xx\nentries: [{id: a, terms: [x]}]\n")
    with pytest.raises(LexiconError, match="unknown language 'xx'"):
        load_file(path)
    path.write_text("entries: [{id: a, terms: [x y], match: prefix}]\n")
    with pytest.raises(LexiconError, match="single-word terms"):
        load_file(path)


# --- profanity -------------------------------------------------------------------

PROFANITY = defaultdict(dict)
for _path in FILES:
    if _path.stem.startswith("profanity"):
        PROFANITY[_path.parent.name][_path.stem] = _load(_path)


def test_every_language_has_profanity_and_exceptions():
    assert set(PROFANITY) == set(SUPPORTED)
    for lang, files in PROFANITY.items():
        assert "profanity" in files and "profanity-exceptions" in files, lang


@pytest.mark.parametrize("lang", sorted(PROFANITY))
def test_profanity_terms_are_in_one_entry_of_one_file(lang):
    for name, lexicon in PROFANITY[lang].items():
        counts = Counter(_key(t) for e in lexicon.entries for t in e.terms)
        assert not [t for t, n in counts.items() if n > 1], name
        assert {e.source for e in lexicon.entries} <= {s["id"] for s in lexicon.sources}


@pytest.mark.parametrize("lang", sorted(PROFANITY))
def test_extra_words_are_not_in_the_vendored_file(lang):
    files = PROFANITY[lang]
    vendored = {_key(t) for e in files["profanity"].entries for t in e.terms}
    extra = files.get("profanity-extra")
    added = {_key(t) for e in extra.entries for t in e.terms} if extra else set()
    assert not vendored & added


@pytest.mark.parametrize("lang", sorted(PROFANITY))
def test_no_word_is_both_listed_and_excepted(lang):
    files = PROFANITY[lang]
    excepted = {term_words(t) for e in files["profanity-exceptions"].entries for t in e.terms}
    for name in ("profanity", "profanity-extra"):
        if name in files:
            listed = {term_words(t) for e in files[name].entries for t in e.terms}
            assert not listed & excepted, (name, sorted(listed & excepted)[:5])


@pytest.mark.parametrize("lang", sorted(PROFANITY))
def test_profanity_ids_follow_the_file(lang):
    for name, lexicon in PROFANITY[lang].items():
        for entry in lexicon.entries:
            assert entry.id.startswith(f"{lang}-{name}-"), entry.id


@pytest.mark.parametrize("lang", sorted(PROFANITY))
def test_exceptions_explain_themselves(lang):
    for entry in PROFANITY[lang]["profanity-exceptions"].entries:
        assert entry.note and entry.sureness == 0


def test_masked_words_are_remembered_per_pattern_and_handed_out_as_copies():
    lexicon = default_knowledge().lexicon("profanity", "en")
    first = lexicon.masked(mask("f***"))
    assert "fuck" in [c.words[0] for c in first]
    first.clear()
    again = lexicon.masked(mask("f***"))
    assert again and again is not first
    assert lexicon.masked(mask("zq**")) == []
