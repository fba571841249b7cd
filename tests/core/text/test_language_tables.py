"""Every table kept in code per language covers every supported language (a language
added to SUPPORTED without them would be read with nothing: docs/languages.md)."""

import pytest

from fauxpas.checks.base import ALL_LANGUAGES
from fauxpas.checks.privacy.regions import LANGUAGE_REGIONS
from fauxpas.checks.profanity.check import _LANGUAGE_NAMES
from fauxpas.checks.wrong_account.signals import FIRST_PERSON, PARTY
from fauxpas.core.text.lang import SUPPORTED
from fauxpas.core.text.segment import SINGLE_LETTER_WORDS


def test_the_checks_read_every_supported_language():
    assert set(ALL_LANGUAGES) == set(SUPPORTED)


@pytest.mark.parametrize("table", [FIRST_PERSON, PARTY, LANGUAGE_REGIONS, _LANGUAGE_NAMES,
                                   SINGLE_LETTER_WORDS],
                         ids=["first_person", "party", "regions", "profanity_names",
                              "single_letter_words"])
def test_every_table_has_every_language(table):
    assert set(table) == set(SUPPORTED)
