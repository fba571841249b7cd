"""FP203: a sure swear word in a text the sexual head reads close to its cutoff is
explicit; either alone is not."""

from tests.support import FixedHeads, ctx_for

from fauxpas.checks.sexual.check import EXPLICIT_CONFIDENCE, Sexual

HEADS = ("harassment", "hate", "violence", "politics", "crisis", "promotion",
         "personal_voice", "joking_tone")


def _findings(text, sexual):
    model = FixedHeads((0.5, 0.8), sexual=sexual, **dict.fromkeys(HEADS, 0.05))
    return list(Sexual().run(ctx_for(text, model_loader=lambda: model)))


SWORN = "Come over tonight and I will fuck you all night long"
CLEAN = "Come over tonight and we will dance all night long"


def test_a_swear_word_and_a_head_close_to_its_cutoff_are_held_for_review():
    [finding] = _findings(SWORN, sexual=0.46)  # nine tenths of 0.5 is 0.45
    assert finding.confidence == EXPLICIT_CONFIDENCE
    assert finding.evidence["explicit_swearing"] is True


def test_the_head_close_to_its_cutoff_without_a_swear_word_is_not_reported():
    assert all(f.confidence < 0.35 for f in _findings(CLEAN, sexual=0.46))


def test_a_swear_word_with_the_head_far_from_its_cutoff_is_not_sexual():
    assert all(f.confidence < 0.35 for f in _findings(SWORN, sexual=0.3))


def test_a_head_over_its_cutoff_keeps_its_own_confidence():
    [finding] = _findings(SWORN, sexual=0.9)
    assert finding.confidence > EXPLICIT_CONFIDENCE
    assert finding.evidence["explicit_swearing"] is False
