"""The lexicon builder: reads both package formats, drops exceptions, keeps ids stable.

Runs on small fake packages (no npm needed)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture()
def builder(tmp_path, monkeypatch):
    spec = importlib.util.spec_from_file_location(
        "build_profanity_lexicons", ROOT / "tools" / "build_profanity_lexicons.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    monkeypatch.setattr(module, "LEXICON_DIR", tmp_path / "lexicons")
    return module


@pytest.fixture()
def roots(tmp_path):
    cuss = tmp_path / "cuss"
    cuss.mkdir()
    (cuss / "fr.js").write_text(
        "/** doc */\nexport const cuss = {\n  merde: 2,\n  'va te faire foutre': 2,\n"
        "  \"l'air con\": 1,\n  'aujourd\\'hui': 1,\n  faire: 0,\n  chat: 1\n}\n")
    words = tmp_path / "nw"
    words.mkdir()
    (words / "fr.json").write_text(json.dumps(["merde", "Putain", "MALPT"]))
    return {"cuss": cuss, "naughty-words": words}


def test_reads_cuss_modules(builder, roots):
    words = builder.read_cuss(roots["cuss"] / "fr.js")
    assert words == {"merde": 2, "va te faire foutre": 2, "l'air con": 1,
                     "aujourd'hui": 1, "faire": 0, "chat": 1}


def test_builds_with_ratings_exceptions_and_curation(builder, roots):
    exceptions = builder.LEXICON_DIR / "fr" / "profanity-exceptions.yaml"
    exceptions.parent.mkdir(parents=True)
    exceptions.write_text("language: fr\nsources: [{id: fauxpas}]\nentries:\n"
                          "  - {id: fr-profanity-exceptions-0001, terms: [chat], sureness: 0,"
                          " note: cat, source: fauxpas}\n")
    curation = {"fr": {"mild": ["merde"], "first": ["putain"]}}
    entries, stats = builder.build("fr", roots, curation)
    by_term = {e["terms"][0]: e for e in entries}
    assert "chat" not in by_term and "faire" not in by_term
    assert stats["exceptions"] == 1 and stats["unsure"] == 1
    assert by_term["merde"]["severity"] == "warn"
    assert by_term["merde"]["source"] == "cuss" and "naughty-words" in by_term["merde"]["note"]
    assert by_term["putain"]["source"] == "naughty-words" and by_term["putain"]["common"]
    assert entries[0]["terms"] == ["putain"]  # the commonest words come first
    assert by_term["MALPT"]["sureness"] == 2


def test_ids_survive_a_rebuild(builder, roots):
    entries, _ = builder.build("fr", roots, {})
    builder.write("fr", entries)
    ids = {e["terms"][0]: e["id"] for e in entries}
    (roots["naughty-words"] / "fr.json").write_text(json.dumps(["abruti", "merde", "Putain"]))
    rebuilt, _ = builder.build("fr", roots, {})
    new_ids = {e["terms"][0]: e["id"] for e in rebuilt}
    assert all(new_ids[t] == i for t, i in ids.items() if t in new_ids)
    assert new_ids["abruti"] not in ids.values()
    assert new_ids["abruti"].startswith("fr-profanity-")


def test_curation_naming_a_missing_word_fails(builder, roots):
    with pytest.raises(SystemExit, match="lack"):
        builder.build("fr", roots, {"fr": {"mild": ["zut"]}})
