"""The engine with small checks written for the test (not registered)."""

from datetime import datetime, timezone

from fauxpas.checks.base import Check
from fauxpas.core.engine import Engine
from fauxpas.core.policy import parse_policy
from fauxpas.core.post import Post
from fauxpas.core.verdict import Category, Decision, Severity

NOW = datetime(2026, 1, 1, tzinfo=timezone.utc)


class WordCheck(Check):
    """Flags the word 'badword' wherever it appears."""

    code = "FP900"
    name = "test-word"
    category = Category.PROFANITY
    severity = Severity.BLOCK
    summary = "test"
    lesson = "test lesson"

    def run(self, ctx):
        for token in ctx.tokens:
            if token.norm == "badword":
                yield self.finding(ctx, message="bad", confidence=0.9, span=token.span)


class PostCheck(Check):
    code = "FP901"
    name = "test-post"
    category = Category.TRAGEDY
    severity = Severity.WARN
    summary = "test"
    lesson = "x"
    scope = "post"

    def run(self, ctx):
        if ctx.post.scheduled:
            yield self.finding(ctx, message="scheduled", confidence=0.6)


class ModelCheck(WordCheck):
    code = "FP902"
    name = "test-model"
    tier = "model"


def post(**fields):
    return Post.from_dict({"id": "p", **fields}, now=NOW)


def test_findings_carry_spans_into_the_original_text():
    text = "Well, BADWORD here"
    verdict = Engine(checks=[WordCheck]).check(post(text=text))
    assert verdict.decision is Decision.BLOCK
    (f,) = verdict.findings
    assert text[f.span[0]:f.span[1]] == "BADWORD" and not f.on_target
    assert f.lesson == "test lesson" and verdict.lang == "en"


def test_a_like_is_checked_on_what_it_spreads():
    verdict = Engine(checks=[WordCheck]).check(post(text="", action="like",
                                                    target={"text": "a badword"}))
    assert verdict.decision is Decision.BLOCK and verdict.findings[0].on_target


def test_a_reply_is_not_blamed_for_its_target():
    verdict = Engine(checks=[WordCheck]).check(post(text="Sorry to hear that", action="reply",
                                                    target={"text": "badword service"}))
    assert verdict.decision is Decision.PASS


class HateWordCheck(WordCheck):
    code = "FP903"
    name = "test-hate-word"
    category = Category.HATE


ANSWER = ("Thanks for getting in touch, we are sorry about this. A member of our team will "
          "reply within two hours.")


def test_a_bot_answer_in_its_own_words_is_read_for_hate_in_what_it_answers_only():
    target = {"text": "your badword app charged me twice"}
    checks = [WordCheck, HateWordCheck]
    answered = Engine(checks=checks).check(post(text=ANSWER, action="bot_reply", target=target))
    assert [f.code for f in answered.findings] == ["FP903"] and answered.findings[0].on_target
    echoed = Engine(checks=checks).check(post(text="Printed: badword app", action="bot_reply",
                                              target=target))
    assert {f.code for f in echoed.findings if f.on_target} == {"FP900", "FP903"}


def test_post_scope_checks_run_once():
    verdict = Engine(checks=[PostCheck]).check(post(text="Hi", scheduled=True, action="repost",
                                                    target={"text": "hello"}))
    assert len(verdict.findings) == 1 and verdict.decision is Decision.REVIEW


def test_allow_list_and_disabled_checks():
    allow = parse_policy("allow: [badword]")
    assert Engine(allow, checks=[WordCheck]).check(post(text="badword")).findings == ()
    verdict = Engine(checks=[WordCheck, ModelCheck], tier="rules").check(post(text="badword"))
    assert {f.code for f in verdict.findings} == {"FP900"}


def test_bad_case_gives_an_error_verdict():
    verdict = Engine(checks=[WordCheck]).check_dict({"id": "x", "text": ""}, now=NOW)
    assert verdict.decision is Decision.ERROR and "'text' is empty" in verdict.error
    assert verdict.to_dict()["error"]


def test_a_post_without_findings_gets_what_the_policy_makes_of_none():
    engine = Engine(checks=[WordCheck, PostCheck])
    verdict = engine.check(post(text="A perfectly ordinary post"))
    kept, decision, risk = engine.policy.apply([], "post")
    assert (verdict.decision, verdict.risk, verdict.findings) == (decision, risk, tuple(kept))
    assert verdict.decision is Decision.PASS and verdict.lang == "en" and verdict.id == "p"


class HeadCheck(ModelCheck):
    """Reports the hate head's score when it is over 0.5 (reads the model's cache)."""

    code = "FP903"

    def run(self, ctx):
        from fauxpas.checks.semantic import head_scores

        scores = head_scores(ctx)
        if scores and scores["hate"] > 0.5:
            yield self.finding(ctx, message="hate", confidence=0.9)


class CountingEncoder:
    """A stand-in encoder: a vector from the text's letters; counts its calls."""

    dim = 384

    def __init__(self):
        self.calls = []

    def embed(self, texts):
        import numpy as np

        self.calls.append(list(texts))
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            for char in text:
                out[row, ord(char) % self.dim] += 1.0
        return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-12)


def test_check_many_reads_every_text_in_one_batch_with_the_same_verdicts():
    from fauxpas.models.encoder import CachedEncoder
    from fauxpas.models.model import Model

    counting = CountingEncoder()
    model = Model(CachedEncoder(counting))
    engine = Engine(tier="full", checks=[HeadCheck, WordCheck], model_loader=lambda: model)
    posts = [post(text="A badword here"), post(text="WE ARE SHOUTING ABOUT THE CAKES"),
             post(text="", action="like", target={"text": "what they said"}),
             post(text="Nice day")]
    together = engine.check_many(posts)
    assert len(counting.calls) == 1  # every reading of every text, at once
    assert "we are shouting about the cakes" in counting.calls[0]  # the lower-case reading
    assert "what they said" in counting.calls[0]  # a like is read on its target
    one_by_one = [Engine(tier="full", checks=[HeadCheck, WordCheck],
                         model_loader=lambda: Model(CachedEncoder(CountingEncoder()))).check(p)
                  for p in posts]
    assert together == one_by_one
    assert Engine(checks=[WordCheck]).check_many([]) == []


class BrokenCheck(WordCheck):
    """Fails on any text that mentions 'crash' (a bug, as in a real check)."""

    code = "FP903"
    name = "test-broken"

    def run(self, ctx):
        if "crash" in ctx.text:
            raise TypeError("unhashable type: 'dict'")
        yield from super().run(ctx)


def test_a_check_that_fails_on_one_post_gives_it_an_error_and_spares_the_others():
    engine = Engine(checks=[BrokenCheck])
    verdicts = engine.check_many([post(text="a crash here"), post(text="a badword here")])
    assert verdicts[0].decision is Decision.ERROR
    assert "FP903" in verdicts[0].error and "TypeError" in verdicts[0].error
    assert verdicts[1].decision is Decision.BLOCK
    assert engine.check(post(text="crash again")).decision is Decision.ERROR


def test_a_finding_on_an_answered_message_says_so():
    from fauxpas.core.engine import answered_message

    assert answered_message("The text it spreads reads as hateful.") == (
        "The message this bot answers reads as hateful.")
    assert answered_message("Hate: x").startswith("In the message this bot answers: ")
