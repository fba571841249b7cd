"""FP204's game rule: a game put to the audience whose choices are hurting people."""

from fauxpas.checks.violence.check import GAME_SHARE, names_someone, plays_at_violence
from fauxpas.context.cues import text_cues
from fauxpas.models.signals import text_context


def kinds(text):
    return {hit.kind for hit in text_cues(text).hits}


def test_game_and_violent_act_cues_in_several_languages():
    assert {"game", "violent_act"} <= kinds("Would you rather slap him or punch her?")
    assert {"game", "violent_act"} <= kinds("Tu préfères gifler ton patron ou tabasser ton ex ?")
    assert {"game", "violent_act"} <= kinds("Vil du heller gi en ørefik til sjefen?")
    assert {"game", "violent_act"} <= kinds("Mit választanál: megütni a főnököt?")


def test_violent_act_leaves_look_alike_words_alone():
    assert "violent_act" not in kinds("Stable prices and a stability pact")
    assert "violent_act" not in kinds("Megoldás: holnap jövünk")  # megold- is "solve"


def test_a_relation_a_mention_or_a_name_is_someone():
    assert names_someone(text_context("Would you rather slap your boss?"))
    assert names_someone(text_context("Would you rather slap @sam?"))
    assert names_someone(text_context("Would you rather slap Marcus or Jenna?"))


def test_a_capital_that_starts_a_sentence_is_no_name():
    assert not names_someone(text_context("Would you rather punch a pillow? Or scream?"))


def test_in_german_only_relations_count():
    assert not names_someone(text_context("Würdest du lieber ein Kissen boxen?"))
    assert names_someone(text_context("Würdest du lieber deinen Nachbarn ohrfeigen?"))


def test_the_game_needs_the_violence_head_as_well():
    ctx = text_context("Would you rather slap your boss or punch your ex?")
    assert plays_at_violence(ctx, violence=GAME_SHARE * 0.5, cutoff=0.5)
    assert not plays_at_violence(ctx, violence=GAME_SHARE * 0.5 - 0.01, cutoff=0.5)


def test_no_game_without_both_cues():
    assert not plays_at_violence(text_context("Slap your boss, punch your ex."), 0.9, 0.5)
    assert not plays_at_violence(text_context("Would you rather hug your ex?"), 0.9, 0.5)
