"""FP201 reads a post without its figures of speech ("une tuerie", "to die for")."""

from tests.support import ctx_for

from fauxpas.checks.harassment.check import Harassment

HEADS = ("harassment", "hate", "sexual", "violence", "politics", "crisis", "promotion",
         "personal_voice", "joking_tone")


class _TuerieModel:
    """The harassment head at 0.95 when a text says "tuerie", else 0.05."""

    def scores(self, texts, context=None):
        hot = [0.95 if "tuerie" in t.lower() else 0.05 for t in texts]
        return {name: hot if name == "harassment" else [0.05] * len(texts) for name in HEADS}

    def cutoffs(self, name):
        return 0.5, 0.8


def _findings(text):
    return list(Harassment().run(ctx_for(text, model_loader=_TuerieModel)))


def test_a_figure_of_speech_is_not_an_attack():
    assert _findings("Notre burger au comté ? Une tuerie. On vous laisse juger !") == []


def test_the_same_word_outside_an_idiom_is_read_as_the_head_reads_it():
    [finding] = _findings("Vous méritez la tuerie, tous autant que vous êtes.")
    assert finding.confidence >= 0.5
