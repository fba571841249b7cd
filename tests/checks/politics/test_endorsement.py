"""FP205's endorsement rule: a call to vote for someone named."""

from fauxpas.checks.politics.check import ENDORSE_SHARE, endorsement
from fauxpas.models.signals import text_context


def _endorsed(text, politics=0.5):
    ctx = text_context(text)
    ctx.shared["head_cutoffs"] = {"politics": (0.6, 0.9)}
    return endorsement(ctx, {"politics": politics})


def test_the_name_after_a_call_to_vote_in_several_languages():
    assert _endorsed("Votez Le Pen dimanche !") == "Le Pen"
    assert _endorsed("Vote for Senator Miller on Tuesday") == "Senator Miller"
    assert _endorsed("Stem på Høyre ved valget!") == "Høyre"
    assert _endorsed("Wählt am Sonntag die Grünen!") == "Grünen"


def test_days_and_the_next_sentence_are_no_names():
    assert _endorsed("Vote Sunday! Our stores open late.") is None
    assert _endorsed("Whoever your candidate is, vote! Liberamos a equipe.") is None


def test_a_contest_is_not_a_call_to_vote():
    assert _endorsed("Vote for Anna in our Employee of the Month poll!") is None
    assert _endorsed("Votez pour Léa, notre finaliste du concours !") is None


def test_the_politics_head_must_agree():
    assert _endorsed("Votez Le Pen dimanche !", politics=ENDORSE_SHARE * 0.6 - 0.01) is None


def test_a_side_named_by_its_colour_is_a_call_to_vote_for_it():
    assert _endorsed("Election day! Vote blue all the way down the ballot.") == "Vote blue"
    assert _endorsed("Our new blue wave surfboard is here!", politics=0.1) is None
    assert _endorsed("Vote for your favourite flavour: red or blue?") is None


def test_telling_people_whom_not_to_vote_for_is_a_side_too():
    assert _endorsed("Am Sonntag ist Bundestagswahl. Wer unsere Heimat liebt, wählt nicht grün.",
                     politics=0.7) is not None
