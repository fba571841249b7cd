import pytest
from tests.support import FixedHeads, ctx_for

from fauxpas.checks.hate.check import NOT_HATE_CAP, Hate, quotes_a_claim
from fauxpas.context.cues import ctx_cues


@pytest.mark.parametrize("text", [
    "“Immigrants are a plague on this town.” Did you really just say that?",
    "Saying « les musulmans sont dangereux » shows exactly what kind of person you are.",
    '"Los inmigrantes son basura." ¿De verdad escribiste eso en público?',
])
def test_a_quoted_claim_about_a_group_framed_by_the_writers_words_is_reported(text):
    assert quotes_a_claim(ctx_for(text))


@pytest.mark.parametrize("text", [
    "Immigrants are a plague on this town.",  # no quotation
    "“Immigrants are a plague on this town.”",  # the quotation is the whole message
    "Those “refugees” are a plague on this town, send them back.",  # scare quotes
    "“Immigrants are a plague,” he said, and Muslims are worse.",  # a group of its own
    "“Immigrants are a plague,” he said, and they are dirty too.",  # a hostile word
])
def test_no_reported_claim_when_the_writer_says_it_too(text):
    assert quotes_a_claim(ctx_for(text)) is None


def _findings(text, score):
    heads = FixedHeads(hate=score, harassment=score, violence=score)
    return list(Hate().run(ctx_for(text, model_loader=lambda: heads)))


def test_a_quoted_claim_the_heads_read_as_clear_hate_is_capped_under_the_report_level():
    quoted = "“Immigrants are a plague on this town.” Did you really just say that?"
    found = _findings(quoted, 0.95)
    assert [f.confidence for f in found] == [NOT_HATE_CAP]
    assert found[0].evidence["not_hate"].startswith("quotes a claim")
    said = "Immigrants are a plague on this town. Did you really not know that?"
    assert _findings(said, 0.95)[0].confidence >= 0.5


@pytest.mark.parametrize("text", [
    "“Immigrants are a plague on this town.” – we couldn't have said it better!",
    "«Los inmigrantes son basura.» Tiene razón, alguien tenía que decirlo.",
    "“Immigrants are a plague on this town.” Preach, brother 💯",
])
def test_a_quoted_claim_the_writer_agrees_with_is_said(text):
    assert quotes_a_claim(ctx_for(text)) is None


def test_agreement_negated_is_no_agreement():
    text = "«Los inmigrantes son basura.» No estoy de acuerdo, y me duele leerlo."
    ctx = ctx_for(text)
    assert ctx_cues(ctx, "groups").of("agree")  # "estoy de acuerdo", after "no"
    assert quotes_a_claim(ctx)
