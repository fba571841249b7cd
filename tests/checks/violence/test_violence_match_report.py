"""FP204: battle words in a match report are sport; a note at most, and only when the
head is sure."""

from tests.support import FixedHeads, ctx_for

from fauxpas.checks.violence.check import SUPPORT_CAP, Violence

HEADS = ("harassment", "hate", "sexual", "politics", "crisis", "promotion",
         "personal_voice", "joking_tone")
MATCH = "What a battle! We destroyed them 4-0 at home, what a match 💪"


def _findings(text, violence):
    model = FixedHeads((0.5, 0.8), violence=violence, **dict.fromkeys(HEADS, 0.05))
    return list(Violence().run(ctx_for(text, model_loader=lambda: model)))


def test_a_match_report_under_the_review_level_says_nothing():
    assert _findings(MATCH, violence=0.6) == []


def test_a_match_report_the_head_is_sure_of_is_a_note():
    [finding] = _findings(MATCH, violence=0.95)
    assert finding.confidence <= SUPPORT_CAP and finding.evidence["match_report"]


def test_the_same_words_without_a_match_are_what_the_head_says():
    [finding] = _findings("What a battle! We destroyed them at home 💪", violence=0.6)
    assert finding.evidence["match_report"] is None
