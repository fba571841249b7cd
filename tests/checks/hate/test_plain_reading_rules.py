from tests.support import FixedHeads, ctx_for

from fauxpas.checks.hate.check import Hate, demeans_a_group, hostility
from fauxpas.checks.semantic import plain_context


def _findings(text, hate=0.6):
    heads = FixedHeads(hate=hate, harassment=0.1, violence=0.1)
    return list(Hate().run(ctx_for(text, model_loader=lambda: heads)))


def test_a_hostile_word_disguised_with_digits_is_read_plainly():
    text = "Muslims are d1rty and dang3rous."
    scores = {"hate": 0.6, "harassment": 0.1, "violence": 0.1}
    ctx = ctx_for(text, cutoffs={"hate": (0.5, 0.8), "harassment": (0.5, 0.8)})
    assert hostility(ctx, scores) is None  # the words as written are not in the lexicon
    [finding] = _findings(text)
    assert finding.evidence["hostile"] == "dirty"
    assert finding.confidence >= 0.5


def test_a_demeaning_word_run_into_the_verb_is_read_apart():
    text = "Los inmigrantes sonbasura."
    ctx = ctx_for(text, cutoffs={"hate": (0.5, 0.8)})
    assert demeans_a_group(ctx, {"hate": 0.45}) is None
    assert plain_context(ctx).text == "Los inmigrantes son basura."
    [finding] = _findings(text, hate=0.45)
    assert finding.evidence["demeaning"] == "basura"


def test_a_text_with_nothing_disguised_has_no_plain_context():
    assert plain_context(ctx_for("Our neighbours brought cake for everyone.")) is None
