"""The draft and confidential lexicons: one file per supported language, ids that say
their language and lexicon, a note and the project's source on every entry, no term
twice in one language (a note may also be a bracketed slot: "placeholder" and
"[placeholder]"), and every file readable by the phrase book."""

import re

import pytest

from fauxpas.checks.base import ALL_LANGUAGES
from fauxpas.checks.marker_phrases import PhraseBook
from fauxpas.core.text.fold import fold
from fauxpas.knowledge import Knowledge

NAMES = ("draft", "confidential")


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("lang", ALL_LANGUAGES)
def test_every_language_has_a_valid_lexicon(name, lang):
    lexicon = Knowledge().lexicon(name, lang)
    assert lexicon is not None, f"no {lang}/{name}.yaml"
    assert lexicon.language == lang and lexicon.name == name
    pattern = re.compile(rf"^{lang}-{name}-\d{{4}}$")
    seen: dict[str, str] = {}
    for entry in lexicon.entries:
        assert pattern.match(entry.id), entry.id
        assert entry.source == "fauxpas" and entry.note.strip(), entry.id
        assert entry.severity in (None, "info", "warn", "block"), entry.id
        for term in entry.terms:
            key = " ".join(fold(term).split()) + "|" + entry.extra.get("where", "anywhere")
            assert key not in seen, f"{term!r} in {entry.id} and {seen.get(key)}"
            seen[key] = entry.id
    PhraseBook([lexicon])  # the extra fields are valid


@pytest.mark.parametrize("lang", ALL_LANGUAGES)
def test_every_language_has_notes_and_slots(lang):
    lexicon = Knowledge().lexicon("draft", lang)
    wheres = {entry.extra.get("where", "anywhere") for entry in lexicon.entries}
    assert {"anywhere", "bracket"} <= wheres


@pytest.mark.parametrize("lang", ALL_LANGUAGES)
def test_every_confidential_entry_says_its_kind_and_severity(lang):
    for entry in Knowledge().lexicon("confidential", lang).entries:
        assert entry.extra.get("kind") in {"embargo", "publish", "internal", "confidential",
                                           "statement", "legal", "secret", "figures"}, entry.id
        assert entry.severity in ("warn", "block"), entry.id
