"""FP101 beyond its cases.yaml: allow-lists, languages, severities, confidence, options."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from fauxpas.checks.profanity.check import ProfanityCheck
from fauxpas.core.engine import Engine
from fauxpas.core.policy import DEFAULT_POLICY, CheckSettings, Policy, parse_policy
from fauxpas.core.post import Post
from fauxpas.core.verdict import Decision, Severity

NOW = datetime(2026, 6, 1, 12, 0, tzinfo=timezone.utc)


def check(text, policy=DEFAULT_POLICY, **case):
    engine = Engine(policy, checks=[ProfanityCheck])
    verdict = engine.check(Post.from_dict({"id": "t", "text": text, **case}, now=NOW))
    return verdict, [f for f in verdict.findings if f.code == "FP101"]


def spans(text, **kw):
    return [text[f.span[0]:f.span[1]] for f in check(text, **kw)[1]]


def test_a_finding_says_what_where_why_and_what_instead():
    text = "Nobody in this town knows how to f***ing park"
    verdict, (finding,) = check(text)
    assert verdict.decision is Decision.BLOCK
    assert text[finding.span[0]:finding.span[1]] == "f***ing"
    assert "f***ing" in finding.message and "fucking" in finding.message
    assert "Chrysler" in finding.lesson
    assert "Rephrase" in finding.suggestion and "personal" in finding.suggestion
    assert finding.evidence["language"] == "en" and finding.evidence["form"] == "masked"
    assert finding.evidence["entry"].startswith("en-profanity-")


def test_plain_word_is_surer_than_masked_or_compound():
    (plain,) = check("what the fuck is going on")[1]
    (masked,) = check("what the f*ck is going on")[1]
    assert plain.confidence > masked.confidence >= 0.7


def test_mild_words_review_strong_words_block():
    (damn,) = check("Damn, this coffee is good")[1]
    (cunt,) = check("What a cunt that driver was")[1]
    assert damn.severity is Severity.WARN and cunt.severity is Severity.BLOCK


def test_brand_allow_list_covers_names_containing_a_listed_word():
    policy = parse_policy("allow: [\"Dick's Sporting Goods\", Cockburn]")
    assert not spans("Big sale at Dick's Sporting Goods this weekend", policy=policy)
    assert spans("Welcome to Cockburn, a dick of a town", policy=policy) == ["dick"]


def test_single_allowed_word_is_dropped():
    policy = parse_policy("allow: [Bitch]")
    assert not spans("New single Bitch out now", policy=policy)


@pytest.mark.parametrize("text", [
    "Full fart framover, og så er det slutt for i år",          # Norwegian
    "Sommaren är slut och vår kock är tillbaka",                  # Swedish
    "Vorsicht, Gift! Und neuer Schmuck im Laden",                 # German
    "Le pain de la conférence était excellent",                   # French
    "Vores kok er den bedste i byen",                             # Danish
    "Je kunt nu ook online bestellen",                            # Dutch
])
def test_words_innocent_in_the_post_language_stay_clean(text):
    assert not spans(text)


def test_english_words_are_read_in_other_languages_too():
    assert spans("Fuck, nå har vi gått tom for kaffe igjen på kontoret") == ["Fuck"]


def test_a_language_reads_its_own_words_only():
    # French "con" is not read in an English text ("pros and cons", "con artist")
    assert not spans("A con artist tried to sell us a bridge, pros and cons")


def test_accents_tell_words_apart():
    assert not spans("A szár hosszú és a szarvas is szép")
    assert spans("Ez egy szar nap volt a boltban megint") == ["szar"]


def test_hashtag_words_are_read_with_spans_inside_the_tag():
    text = "Monday again #FuckMondays"
    (finding,) = check(text)[1]
    assert text[finding.span[0]:finding.span[1]] == "Fuck"


def test_short_hashtag_parts_are_not_read():
    assert not spans("Nouvelle centrale dans la région #NPdC")


def test_acronym_of_another_language_is_not_read():
    assert not spans("Au Togo, l'ARSE lance un projet pilote dans le solaire")


def test_longest_match_wins():
    assert sorted(spans("Dette er helt jævlig, fy faen altså")) == ["fy faen", "jævlig"]


def test_like_of_a_profane_post_is_flagged_on_the_target():
    verdict, findings = check("", action="like",
                              target={"text": "Fuck this traffic honestly", "author": "@x"})
    assert findings and findings[0].on_target


def test_maybe_words_only_show_for_automated_replies():
    text = "Look at that cock in the farmyard"
    assert not check(text)[1]
    (finding,) = check(text, action="bot_reply")[1]
    assert finding.confidence < 0.35 and finding.severity is Severity.WARN


def test_options_skip_and_min_sureness():
    (finding,) = check("Damn, that was close")[1]
    skip = Policy(checks={"FP101": CheckSettings(options={"skip": [finding.evidence["entry"]]})})
    assert not check("Damn, that was close", policy=skip)[1]
    sure_only = Policy(checks={"FP101": CheckSettings(options={"min_sureness": 2})})
    assert not check("Look at that cock in the farmyard", action="bot_reply",
                     policy=sure_only)[1]


def test_middle_finger_emoji():
    assert spans("Monday morning 🖕🏼") == ["🖕"]


def test_empty_and_symbol_only_texts():
    assert not check("!!! ??? 123")[1]
