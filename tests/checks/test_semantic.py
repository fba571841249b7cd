import pytest
from tests.support import ctx_for

from fauxpas.checks.semantic import confidence, head_scores, scores_without, settle, shouting
from fauxpas.core.verdict import Severity


def test_confidence_is_half_at_the_cutoff_and_grows_above():
    assert confidence(0.6, 0.6) == pytest.approx(0.5)
    assert confidence(1.0, 0.6) == pytest.approx(1.0)
    assert 0.5 < confidence(0.8, 0.6) < 1.0


def test_below_the_cutoff_stays_under_the_report_threshold():
    assert confidence(0.59, 0.6) < 0.35
    assert confidence(0.0, 0.6) == 0.0


def test_shouting_counts_capital_letters_of_long_enough_texts():
    assert shouting("STOP WHINING ABOUT OUR CAKES") == pytest.approx(1.0)
    assert shouting("Stop whining about our cakes") < 0.1
    assert shouting("OK LOL") == 0.0  # too short to be shouting


def test_between_the_report_and_review_cutoffs_a_head_gives_a_note():
    assert confidence(0.6, 0.6, 0.8) == pytest.approx(0.35)
    assert 0.35 < confidence(0.7, 0.6, 0.8) < 0.5
    assert confidence(0.8, 0.6, 0.8) == pytest.approx(0.5)
    assert 0.5 < confidence(0.9, 0.6, 0.8) < 1.0
    assert confidence(0.5, 0.6, 0.8) < 0.35


def test_a_note_never_holds_a_post_back():
    assert settle(Severity.BLOCK, 0.4) is Severity.WARN
    assert settle(Severity.BLOCK, 0.5) is Severity.BLOCK
    assert settle(Severity.INFO, 0.4) is Severity.INFO


class FakeModel:
    calls = 0
    context = None

    def scores(self, texts, context=None):
        FakeModel.calls += 1
        FakeModel.context = context
        return {"hate": [0.9], "violence": [0.1]}

    def cutoffs(self, name):
        return 0.6, 0.8


def test_head_scores_are_computed_once_per_text():
    ctx = ctx_for("some text", model_loader=FakeModel)
    FakeModel.calls = 0
    assert head_scores(ctx) == {"hate": 0.9, "violence": 0.1}
    head_scores(ctx.with_options({}))  # another check, same text: cached
    assert FakeModel.calls == 1
    assert ctx.shared["head_cutoffs"]["hate"] == (0.6, 0.8)
    assert FakeModel.context is ctx  # the heads read the engine's language and signals


def test_no_model_means_no_scores():
    assert head_scores(ctx_for("some text")) is None


class CaseSensitiveModel:
    def scores(self, texts, context=None):
        return {"harassment": [0.9 if t.islower() else 0.2 for t in texts]}

    def cutoffs(self, name):
        return 0.6, 0.6


def test_shouted_text_is_also_read_in_lower_case():
    ctx = ctx_for("YOU ARE ALL CLUELESS AND RUDE PEOPLE", model_loader=CaseSensitiveModel)
    assert head_scores(ctx) == {"harassment": 0.9}
    assert head_scores(ctx_for("You are all clueless", model_loader=CaseSensitiveModel)) == {"harassment": 0.2}


def test_disguised_words_are_also_read_plainly():
    from fauxpas.checks.semantic import model_readings

    ctx = ctx_for("They are the t h r e a t and I h4te them")
    assert model_readings(ctx) == [ctx.text, "They are the threat and I hate them"]
    assert model_readings(ctx_for("We love our customers")) == ["We love our customers"]


@pytest.mark.parametrize(("text", "expected"), [
    ("We will hurt all of them. #HappyDays #fun", "We will hurt all of them."),
    ("New menu, out now #food", "New menu, out now"),
    ("#fun #food", None),  # only tags: nothing else to read
    ("Love it #food", None),  # too few words before the tags to stand alone
    ("We love #food and drinks", None),  # the tag is part of the sentence
    ("No tags at all here", None),
])
def test_a_post_is_also_read_without_its_closing_hashtags(text, expected):
    from fauxpas.checks.semantic import without_closing_hashtags
    from fauxpas.core.text.tokens import tokenize

    assert without_closing_hashtags(text, tokenize(text)) == expected


def test_only_a_bot_reply_is_also_read_without_its_closing_hashtags():
    from fauxpas.checks.semantic import model_readings

    text = "We will hurt all of them. #HappyDays"
    own = ctx_for(text)
    assert model_readings(own) == [text]
    echoed = ctx_for(text)
    echoed.strict = True
    assert model_readings(echoed) == [text, "We will hurt all of them."]


class BatchModel(FakeModel):
    """Remembers each batch it is asked to score; every head at 0.3 for a text that shouts,
    0.1 otherwise."""

    batches: list = []

    def scores_many(self, groups):
        BatchModel.batches.append([texts for texts, _ in groups])
        return [{"harassment": 0.3 if len(texts) > 1 else 0.1} for texts, _ in groups]


def test_prefetch_scores_every_reading_of_every_text_at_once():
    from fauxpas.checks.semantic import model_readings, prefetch

    contexts = [ctx_for("SHOUTING AT EVERYONE TODAY", model_loader=BatchModel),
                ctx_for("calm words", model_loader=BatchModel)]
    BatchModel.batches = []
    prefetch(contexts)
    assert BatchModel.batches == [[["SHOUTING AT EVERYONE TODAY", "shouting at everyone today"],
                                   ["calm words"]]]
    assert model_readings(contexts[0]) is contexts[0].shared["model_readings"]  # kept
    # head_scores finds them without asking the model again
    assert [head_scores(ctx) for ctx in contexts] == [{"harassment": 0.3}, {"harassment": 0.1}]
    prefetch(contexts)  # already scored: not read twice
    assert len(BatchModel.batches) == 1
    prefetch([ctx_for("no model here")])  # the rules tier: nothing to do


class _EchoModel:
    """Remembers what it reads; every head at 0.4."""

    def __init__(self):
        self.read = []

    def scores(self, texts, context=None):
        self.read += texts
        return {"violence": [0.4] * len(texts)}

    def cutoffs(self, name):
        return 0.5, 0.7


class _Span:
    def __init__(self, start, end):
        self.start, self.end = start, end


def test_scores_without_spans_read_the_rest_of_the_text():
    model = _EchoModel()
    ctx = ctx_for("Our fries are to die for, honestly", model_loader=lambda: model)
    assert scores_without(ctx, [_Span(14, 24)]) == {"violence": 0.4}
    assert model.read == ["Our fries are , honestly"]


def test_scores_without_everything_is_zero_without_reading():
    model = _EchoModel()
    ctx = ctx_for("to die for", model_loader=lambda: model)
    head_scores(ctx)
    assert scores_without(ctx, [_Span(0, 10)]) == {"violence": 0.0}
    assert model.read == ["to die for"]  # only the whole text, for head_scores


def test_words_run_together_are_read_apart_only_when_a_word_tells():
    from fauxpas.checks.semantic import model_readings, telling_split

    assert telling_split("son basura") and telling_split("los judios")
    assert not telling_split("rilevato re") and not telling_split("non ne")
    ctx = ctx_for("Los inmigrantes sonbasura")
    assert model_readings(ctx) == [ctx.text, "Los inmigrantes son basura"]
    text = "Installa un rilevatore di fumo in cucina"  # a word the list lacks, not two
    assert model_readings(ctx_for(text)) == [text]
