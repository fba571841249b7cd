"""FP204 leaves sexual innuendo to FP203: the violence head reads it as violence."""

from fauxpas.checks.violence.check import reads_as_sex_not_violence
from fauxpas.models.signals import text_context


def _reads(text, sexual):
    ctx = text_context(text)
    ctx.shared["head_cutoffs"] = {"sexual": (0.55, 0.55)}
    return reads_as_sex_not_violence(ctx, {"sexual": sexual})


def test_innuendo_or_a_sexual_text_with_no_violent_word_is_sex_not_violence():
    assert _reads("Come ride our new model, it vibrates in all the right places 😉🍆", 0.4)
    assert _reads("Te vas a correr de placer", 0.7)


def test_a_violent_word_keeps_the_violence():
    assert not _reads("I'll rape her tonight", 0.9)
    assert not _reads("She deserved to die", 0.9)


def test_a_text_the_sexual_head_does_not_read_as_sexual_is_left_to_the_violence_head():
    assert not _reads("Nothing like watching a missile strike with your coffee", 0.1)
