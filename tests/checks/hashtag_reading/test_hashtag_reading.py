from datetime import datetime, timezone
from pathlib import Path

import pytest

from fauxpas.checks.base import ALL_LANGUAGES
from fauxpas.checks.hashtag_reading.check import HashtagReading, best_hit
from fauxpas.checks.hashtag_reading.reader import Limits
from fauxpas.checks.hashtag_reading.taboo import KINDS, TabooIndex, TabooWord, taboo_index
from fauxpas.core.engine import Engine
from fauxpas.core.post import Post
from fauxpas.knowledge import Knowledge, default_knowledge
from fauxpas.knowledge.lexicon import LEXICON_DIR, load_file

NOW = datetime(2026, 6, 1, 12, 0, tzinfo=timezone.utc)
LIMITS = Limits()


def hit(tag, langs=("en",), knowledge=None):
    return best_hit(tag, langs, knowledge or default_knowledge(), LIMITS)


def findings(text, **case):
    post = Post.from_dict({"id": "t", "text": text, **case}, now=NOW)
    return Engine(checks=[HashtagReading]).check(post).findings


@pytest.mark.parametrize("tag", ["#Scunthorpe", "#Essex", "#cocktail", "#class",
                                 "#assessment", "#Dickens", "#analysis", "#grapefruit",
                                 "#passionfruit", "#peacock", "#scrapbook", "#deadline",
                                 "#killingit", "#OurTherapistTeam", "#PenIsland"])
def test_innocent_tags_stay_clean(tag):
    assert hit(tag) is None


# obscure list words ("hore", "poon", "spick", "abo") and a rare three-letter one ("tit")
# do not jump out of a tag's letters; a word chosen for tags ("wank") still does
@pytest.mark.parametrize("tag", ["#jerseyshore", "#Yeppoon", "#Witherspoon", "#editorspick",
                                 "#needaboat", "#stillgotit", "#bayhorearea"])
def test_obscure_or_tiny_words_are_no_reading(tag):
    assert hit(tag) is None


def test_a_word_chosen_for_tags_is_read_even_when_the_word_list_lacks_it():
    found, _lang, _confidence = hit("#wankstains")
    assert found.word.key == "wank"


@pytest.mark.parametrize("tag,reading,how", [
    ("#penisland", "penis land", "across"),
    ("#expertsexchange", "expert sex change", "across"),
    ("#whorepresents", "whore presents", "across"),
    ("#therapist", "the rapist", "inside"),
    ("#nowthatchersdead", "now that cher's dead", "ambiguous"),
])
def test_unintended_readings(tag, reading, how):
    found, _lang, confidence = hit(tag)
    assert " ".join(found.reading) == reading and found.how == how
    assert 0.5 <= confidence < 0.8


def test_far_fetched_reading_across_words_is_less_sure():
    found, _lang, confidence = hit("#susanalbumparty")
    assert found.word.key == "anal" and found.how == "across"
    assert confidence < hit("#penisland")[2]


def test_vulgar_natural_reading_is_sure_and_blocks():
    found, _lang, confidence = hit("#fuckmondays")
    assert found.how == "natural" and found.word.severity == "block"
    assert confidence == pytest.approx(0.8)


def test_mild_word_said_openly_is_below_the_report_threshold():
    found, _lang, confidence = hit("#sexeducation")
    assert found.how == "natural" and confidence < 0.35


def test_violence_word_in_the_natural_reading_is_left_to_other_checks():
    # the author wrote it on purpose; FP105 is about readings nobody intended
    assert hit("#rapistsinthenews") is None


@pytest.mark.parametrize("tag,lang", [
    ("#putaindesoldes", "fr"), ("#fickdenmontag", "de"), ("#mierdadelunes", "es"),
    ("#cazzodilunedi", "it"), ("#porradesegunda", "pt"), ("#kutmaandag", "nl"),
])
def test_other_languages(tag, lang):
    found, found_lang, _confidence = hit(tag, (lang, "en"))
    assert found.how == "natural" and found_lang == lang


def test_accents_as_written_must_match():
    # folding makes "hører" (hears) look like "horer" (whores)
    assert hit("#tilhører", ("no", "en")) is None
    assert hit("#député", ("fr", "en")) is None
    assert hit("#tunique", ("fr", "en"))[0].reading == ("tu", "nique")


def test_one_stray_syllable_beside_a_long_sure_word():
    found, _lang, _confidence = hit("#hobbitch")
    assert found.reading == ("hob", "bitch") and found.how == "across"
    assert hit("#Scunthorpe") is None  # "s ... horpe" leaves more than one stray


def test_a_tag_is_not_read_in_a_language_it_is_not_written_in():
    # English words in a German post are not re-read with German taboo words
    assert hit("#backtotheroots", ("de", "en")) is None


def test_span_message_and_suggestion():
    text = "Grand opening at the #penisland store"
    (finding,) = findings(text)
    assert text[finding.span[0]:finding.span[1]] == "#penisland"
    assert "'penis land'" in finding.message and "pen island" in finding.message
    assert "#PenIsland" in finding.suggestion
    assert finding.evidence["how"] == "across" and finding.evidence["language"] == "en"
    assert finding.severity.value == "warn"


def test_target_text_of_a_repost_is_read_too():
    found = findings("", action="repost", target={"text": "lol #expertsexchange"})
    assert found and found[0].on_target


def test_posts_without_hashtags_do_nothing():
    assert findings("We are open until nine tonight.") == ()


def test_options_tighten_the_limits():
    post = Post.from_dict({"id": "t", "text": "Meet our #therapist"}, now=NOW)
    from fauxpas.core.policy import CheckSettings, Policy

    policy = Policy(checks={"FP105": CheckSettings(options={"inside_max": 1.0})})
    assert Engine(policy, checks=[HashtagReading]).check(post).findings == ()


def test_missing_profanity_lexicon_is_fine(tmp_path: Path):
    assert hit("#penisland", knowledge=Knowledge(tmp_path)) is None  # no lexicons at all
    assert taboo_index(Knowledge(tmp_path), "en").words == {}


def test_profanity_lexicon_is_used_when_present(tmp_path: Path):
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "profanity.yaml").write_text(
        "language: en\nname: profanity\nsources: [{id: t, licence: MIT}]\nentries:\n"
        "  - {id: p1, terms: [frack], sureness: 2, severity: block, source: t}\n",
        encoding="utf-8")
    found, _lang, _confidence = hit("#frackmondays", knowledge=Knowledge(tmp_path))
    assert found.word.lexicon == "profanity" and found.how == "natural"


@pytest.mark.parametrize("lang", ALL_LANGUAGES)
def test_every_language_has_a_valid_lexicon(lang):
    lexicon = load_file(LEXICON_DIR / lang / "hashtag_readings.yaml")
    assert lexicon.language == lang and len(lexicon) >= 10
    kinds = {entry.extra.get("kind") for entry in lexicon.entries}
    assert kinds <= set(KINDS) and {"vulgar", "sexual", "death"} <= kinds
    assert all(entry.id.startswith(f"{lang}-htr-") for entry in lexicon.entries)


def _taboo_word(key):
    return TabooWord(key, key, key, key, "vulgar", 2, "block", "test")


def test_occurrences_are_every_place_a_word_appears_longest_first():
    index = TabooIndex({key: _taboo_word(key) for key in ("ass", "assault", "tit")})
    found = [(start, end, word.key) for start, end, word in index.occurrences("bassassaultit")]
    assert found == [(1, 4, "ass"), (4, 11, "assault"), (4, 7, "ass"), (10, 13, "tit")]
    assert list(index.occurrences("bravo")) == []
    # a one-letter word: every position is tried
    short = TabooIndex({key: _taboo_word(key) for key in ("x", "xyz")})
    assert [(s, e) for s, e, _w in short.occurrences("axyzx")] == [(1, 4), (1, 2), (4, 5)]


def test_appears_in_agrees_with_occurrences():
    index = TabooIndex({key: _taboo_word(key) for key in ("ass", "assault", "tit", "sex")})
    for tag in ["#bassassaultit", "#Essex", "#bravo", "#TitleFight", "#", "#Sussex2024"]:
        letters = tag.lstrip("#").lower()
        assert index.appears_in(tag) is (next(index.occurrences(letters), None) is not None)
    assert TabooIndex({}).appears_in("#anything") is False
