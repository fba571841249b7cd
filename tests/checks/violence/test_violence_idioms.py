"""FP204 reads a post without its figures of speech ("to die for", "me muero de risa")."""

from tests.support import ctx_for

from fauxpas.checks.violence.check import idioms_read_as_violence


class _WordModel:
    """The violence head at 0.9 when a text says "die", "dead" or "bombing", else 0.1."""

    def __init__(self):
        self.read = []

    def scores(self, texts, context=None):
        self.read += texts
        violent = [any(w in t.lower() for w in ("die", "dead", "bombing")) for t in texts]
        return {"violence": [0.9 if v else 0.1 for v in violent]}

    def cutoffs(self, name):
        return 0.5, 0.7


def test_an_idiom_is_taken_out_and_the_rest_read_again():
    model = _WordModel()
    assert idioms_read_as_violence(ctx_for("Our new fries are to die for", model_loader=lambda: model), 0.9, 0.5) == 0.1
    assert model.read == ["Our new fries are"]


def test_the_rest_keeps_its_violence():
    model = _WordModel()
    text = "We're dying of laughter at the bombing of their village"
    assert idioms_read_as_violence(ctx_for(text, model_loader=lambda: model), 0.9, 0.5) == 0.9


def test_no_idiom_or_no_violent_reading_reads_nothing_again():
    model = _WordModel()
    assert idioms_read_as_violence(ctx_for("We will bomb them", model_loader=lambda: model), 0.9, 0.5) is None
    assert idioms_read_as_violence(ctx_for("Our fries are to die for", model_loader=lambda: model), 0.3, 0.5) is None
    assert model.read == []


def test_an_idiom_inside_a_violent_act_is_read_literally():
    model = _WordModel()
    text = "She deserved to die for her views"
    assert idioms_read_as_violence(ctx_for(text, model_loader=lambda: model), 0.9, 0.5) is None
    assert model.read == []


def test_everyday_figures_of_speech_with_kill_or_slay():
    model = _WordModel()
    text = "Kill the lights, grab the popcorn: horror night at midnight"
    assert idioms_read_as_violence(ctx_for(text, model_loader=lambda: model), 0.9, 0.5) == 0.1
    assert model.read == [", grab the popcorn: horror night at midnight"]


def test_dish_names_that_sound_violent_or_rude_are_figures_of_speech():
    from fauxpas.context.cues import ctx_cues

    for text, dish in [("Nothing beats a bowl of cock-a-leekie on a dreich day", "cock-a-leekie"),
                       ("Les pets de nonne sont de retour ce week-end !", "pets de nonne"),
                       ("A Carnevale non può mancare il sanguinaccio", "sanguinaccio")]:
        ctx = ctx_for(text)
        assert [ctx.text[h.start:h.end] for h in ctx_cues(ctx).of("idiom")] == [dish]
