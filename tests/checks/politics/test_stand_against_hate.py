"""FP205: standing against hate and with the people it targets is no party politics."""

from tests.support import ctx_for

from fauxpas.checks.politics.check import stands_against_hate


def test_rejecting_racism_while_standing_with_a_colleague_is_a_stand_not_a_side():
    assert stands_against_hate(ctx_for(
        "Racism has no place in our homes. We stand with her and every colleague.")) is not None


def test_naming_racism_without_support_or_support_without_rejecting_hate_is_neither():
    assert stands_against_hate(ctx_for("Racism is the topic of tonight's debate.")) is None
    assert stands_against_hate(ctx_for("We stand with our striking drivers.")) is None
