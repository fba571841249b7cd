"""FP104 through the engine: how the place of a marker (label, brackets, capitals, a date
beside it) sets the confidence, which markers block, spans, languages and options."""

from datetime import datetime, timezone

import pytest

from fauxpas.checks.confidential.check import ConfidentialCheck
from fauxpas.core.engine import Engine
from fauxpas.core.policy import parse_policy
from fauxpas.core.post import Post
from fauxpas.core.verdict import Decision, Severity

NOW = datetime(2026, 6, 1, tzinfo=timezone.utc)


def check(text, policy="", **case):
    engine = Engine(parse_policy(policy), checks=[ConfidentialCheck])
    return engine.check(Post.from_dict({"id": "t", "text": text, **case}, now=NOW))


def only(verdict):
    assert len(verdict.findings) == 1, [f.to_dict() for f in verdict.findings]
    return verdict.findings[0]


def snippet(text, finding):
    return text[finding.span[0]:finding.span[1]]


def test_an_embargo_header_blocks_and_its_span_covers_the_date():
    text = "EMBARGOED UNTIL 09:00 CET 5 May: we open in Bergen"
    verdict = check(text)
    finding = only(verdict)
    assert verdict.decision is Decision.BLOCK and finding.severity is Severity.BLOCK
    assert snippet(text, finding) == "EMBARGOED UNTIL 09:00 CET 5 May"
    assert finding.evidence["kind"] == "embargo"
    assert set(finding.evidence["context"]) >= {"capitals", "date"}
    assert "embargo has lifted" in finding.suggestion
    assert "“EMBARGOED UNTIL 09:00 CET 5 May”" in finding.message


def test_a_bare_embargo_word_needs_a_place_to_count():
    assert not check("The embargo on oil exports was lifted in 2016").findings
    label = only(check("EMBARGO: 10:00 CET\nWe open a new plant"))
    assert label.confidence >= 0.7 and label.severity is Severity.BLOCK


@pytest.mark.parametrize("text,low,high", [
    # the same word, surer as it gains a place, capitals and a date
    ("Confidential: our recipe", 0.35, 0.5),
    ("CONFIDENTIAL: our recipe", 0.5, 0.6),
    ("[Confidential] our recipe", 0.4, 0.5),
])
def test_confidence_grows_with_the_place_of_an_ambiguous_word(text, low, high):
    finding = only(check(text))
    assert low <= finding.confidence < high
    assert finding.severity is Severity.WARN


def test_a_capital_word_in_a_sentence_is_not_reported():
    assert not check("Our CONFIDENTIAL skin serum is back").findings


def test_capitals_say_nothing_in_a_shouting_post():
    assert not check("OUR CONFIDENTIAL SKIN SERUM IS BACK").findings


def test_warn_markers_never_block():
    verdict = check("CONFIDENTIAL – STRICTLY CONFIDENTIAL – Q3 numbers 12.10.2026")
    assert verdict.findings and all(f.severity is Severity.WARN for f in verdict.findings)
    assert verdict.decision is Decision.REVIEW


def test_an_instruction_followed_by_an_object_is_advice():
    assert not check("Do not share your PIN with anyone, not even us").findings
    assert only(check("Do not share until Friday: new partner prices")).severity \
        is Severity.BLOCK


def test_a_weak_reading_is_only_a_warning():
    verdict = check("The country has been under embargo since 1990")
    assert not verdict.findings
    verdict = check("Documents on the merger are pending legal review")
    assert verdict.decision is Decision.PASS


def test_several_markers_make_each_surer():
    alone = only(check("Document interne")).confidence
    both = check("Document interne – ne pas diffuser")
    assert len(both.findings) == 2
    assert all(f.confidence > alone for f in both.findings)


def test_english_labels_count_in_posts_of_other_languages():
    text = "Neue Preise für Partner ab Juli – internal only"
    assert snippet(text, only(check(text))) == "internal only"


def test_the_language_decides_which_words_are_markers():
    # "intern" is a German label; in an English post it is a trainee.
    assert not check("Intern: meet Sarah, who joined our design team this summer").findings
    assert check("INTERN: neue Preise ab Juli, bitte noch nicht posten").findings


def test_a_liked_text_with_a_marker_is_flagged_on_the_target():
    verdict = check("", action="like",
                    target={"text": "Not for distribution: Q3 guidance", "author": "a"})
    finding = only(verdict)
    assert finding.on_target and verdict.decision is Decision.BLOCK


def test_entries_can_be_skipped_and_severity_lowered_by_policy():
    text = "EMBARGOED UNTIL 09:00 CET 5 May: we open in Bergen"
    skip = "checks:\n  confidential:\n    options: {skip: [en-confidential-0001]}\n"
    assert not check(text, skip).findings
    lowered = check(text, "checks:\n  confidential: {severity: warn}\n")
    assert lowered.decision is Decision.REVIEW


@pytest.mark.parametrize("text", [
    "Your data is kept strictly confidential",
    "Vos données restent strictement confidentielles",
    "Ihre Daten werden streng vertraulich behandelt",
    "Uw gegevens worden strikt vertrouwelijk behandeld",
    "Opplysningene behandles strengt fortrolig",
    "Oplysningerne behandles strengt fortroligt",
    "Uppgifterna behandlas strikt konfidentiellt",
    "Adatait szigorúan bizalmasan kezeljük",
])
def test_promises_of_confidentiality_are_not_labels(text):
    assert not check(text).findings


def test_advice_not_to_share_before_checking_is_no_embargo():
    def decision(text):
        post = Post.from_dict({"id": "t", "text": text}, now=NOW)
        return Engine(checks=[ConfidentialCheck]).check(post).decision.value

    assert decision("Ikke del før du har sjekket kilden!") == "pass"
    assert decision("Ikke del før fredag, pressemeldingen er under embargo.") == "block"
