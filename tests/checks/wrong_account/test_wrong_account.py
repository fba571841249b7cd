"""FP207 without account histories: the personal-voice head plus the word signals."""

from datetime import datetime, timezone

import numpy as np

from fauxpas.checks.wrong_account.check import WrongAccount
from fauxpas.core.check_context import CheckContext
from fauxpas.core.post import Post
from fauxpas.core.text.lang import detect

HEADS = ("harassment", "hate", "sexual", "violence", "politics", "crisis", "promotion",
         "personal_voice", "joking_tone")


class FixedModel:
    """Every head scores 0.1 except personal_voice, which reads ``voice`` in every text but
    those of ``plain`` (0.1); every head's cutoffs are (0.6, 0.9)."""

    def __init__(self, voice: float, plain=()):
        self.voice = voice
        self.plain = set(plain)

    def scores(self, texts, context=None):
        return {name: [self.score(name, texts).max()] for name in HEADS}

    def score(self, head, texts, context=None):
        return np.array([self.voice if head == "personal_voice" and text not in self.plain
                         else 0.1 for text in texts])

    def cutoffs(self, name):
        return 0.6, 0.9


def _findings(text, voice, kind="brand", history=()):
    post = Post.from_dict({"id": "x", "text": text, "account": {"kind": kind},
                           "context": {"account_history": list(history)}},
                          now=datetime(2026, 1, 1, tzinfo=timezone.utc))
    ctx = CheckContext(post=post, text=text, language=detect(text, None),
                       model_loader=lambda: FixedModel(voice, plain=history))
    return list(WrongAccount().run(ctx))


def test_first_person_words_alone_add_nothing_to_a_personal_sounding_post():
    [finding] = _findings("I'm going to see my sister's band play tomorrow night", 0.75)
    assert finding.evidence["signals"]["first_person"] == ["I", "my"]
    assert 0.35 <= finding.confidence < 0.5  # a note: the post is not held back
    assert "first person" in finding.message


# An account whose own posts read as a brand's (FixedModel scores them 0.1).
BANK_HISTORY = ["Our branches open at 9 on Saturdays.", "New savings rates from 1 March."]


def test_a_personal_voice_with_no_sign_of_a_gaffe_is_a_note_however_sure():
    [finding] = _findings("Had the strangest dream about a kitten last night", 0.99)
    assert 0.35 <= finding.confidence < 0.5
    # the account's own posts read as a brand's: it never writes so, and the post is held
    [finding] = _findings("Had the strangest dream about a kitten last night", 0.99,
                          history=BANK_HISTORY)
    assert finding.confidence >= 0.5
    assert finding.evidence["account_voice_score"] < 0.2


def test_partying_and_text_speak_hold_a_personal_sounding_post_for_review():
    [finding] = _findings("I'm so hungover lol, never drinking tequila again", 0.75)
    assert set(finding.evidence["signals"]) == {"first_person", "partying", "text_speak"}
    assert finding.confidence >= 0.5


def test_laughter_and_casual_text_speak_alone_are_a_note():
    # brands' own voices laugh and say "gonna" every day: no sign of a slip on their own
    for text in ("lol my cat just knocked the plant over again", "jajaja qué día llevo",
                 "gonna need a bigger coffee today kkkk"):
        [finding] = _findings(text, 0.99)
        assert "text_speak" in finding.evidence["signals"], text
        assert 0.35 <= finding.confidence < 0.5, text
    # shorthand for the writer's own state is one
    [finding] = _findings("idk why my cat hates the plant so much", 0.99)
    assert finding.confidence >= 0.5
    # and laughter is one on an account whose own posts read as a brand's
    [finding] = _findings("lol my cat just knocked the plant over again", 0.99,
                          history=BANK_HISTORY)
    assert finding.confidence >= 0.5


def test_griping_about_ones_own_job_holds_a_personal_sounding_post_for_review():
    [finding] = _findings("Honestly my boss is the worst, counting down the minutes", 0.75)
    assert finding.evidence["signals"]["griping"] == ["my boss", "counting down the minutes"]
    assert finding.confidence >= 0.5
    [finding] = _findings("Mon chef me saoule, j'en peux plus", 0.75)
    assert "griping" in finding.evidence["signals"]
    [finding] = _findings("Mais um turno de 12 horas e o patrão nem um obrigado", 0.75)
    assert "griping" in finding.evidence["signals"]


def test_an_adverts_rhetorical_question_is_no_gripe():
    [finding] = _findings("Tired of slow wifi? Switch to us today and save.", 0.75)
    assert "griping" not in finding.evidence["signals"]


def test_signals_without_a_personal_voice_are_not_enough():
    assert _findings("Our new pale ale pairs well with shots of our house tequila", 0.05) == []


def test_a_personal_account_is_never_checked():
    assert _findings("I'm so hungover lol, never drinking tequila again", 0.95,
                     kind="personal") == []


def _spread_findings(target, voice, action="repost", account=None):
    post = Post.from_dict({"id": "x", "text": "", "action": action,
                           "target": {"text": target},
                           "account": account or {"kind": "brand"}},
                          now=datetime(2026, 1, 1, tzinfo=timezone.utc))
    ctx = CheckContext(post=post, text="", language=detect("", None),
                       model_loader=lambda: FixedModel(voice))
    return list(WrongAccount().run(ctx))


def test_a_repost_is_read_with_the_target_s_own_signals():
    [finding] = _spread_findings("so hungover lol, never drinking tequila again", 0.75)
    assert finding.confidence >= 0.5
    assert _spread_findings("I'm going to see my sister's band play tomorrow night", 0.75) == []


def test_liking_a_customer_s_post_about_the_brand_is_the_brand_s_business():
    account = {"kind": "brand", "handle": "@lumen_choco", "brand": "Lumen Chocolatier"}
    about_us = "so hungover lol, only the truffles from @lumen_choco can save me now"
    assert _spread_findings(about_us, 0.75, action="like", account=account) == []
    by_name = "so hungover lol, Lumen Chocolatier truffles are my cure"
    assert _spread_findings(by_name, 0.75, action="like", account=account) == []
    # the same post about something else still looks meant for a personal account
    [finding] = _spread_findings("so hungover lol, never drinking tequila again", 0.75,
                                 action="like", account=account)
    assert finding.confidence >= 0.5


def test_asking_someone_out_is_a_flirting_signal():
    [finding] = _findings("hey 😏 hast du heute abend schon was vor? schreib mir per DM 😘", 0.5)
    assert finding.evidence["signals"]["flirting"] == ["hast du heute abend schon was vor"]
    # asking for a private message is what service agents do too: no flirting in it
    assert "flirting" not in _findings("Schreib mir per DM deine Bestellnummer, ich kümmere "
                                       "mich drum!", 0.5)[0].evidence["signals"]


CHATTY = ["four coffees and it's not even 7. help", "the waves today though, closed the bar "
          "for an hour because we HAD to go out", "who stole the last cinnamon bun from the "
          "staff room", "new boards on the wall! come and see, or just come for the coffee"]


def test_an_account_that_always_writes_like_a_person_keeps_its_voice():
    from fauxpas.api import check as run_check

    post = {"id": "v", "text": "up at 5 to check the waves. flat ngl. coffee instead, now i'm "
                               "too awake. bar opens at 8, come keep me company",
            "account": {"kind": "brand"}, "context": {"account_history": CHATTY}}
    assert run_check(post).decision.value == "pass"
    alone = run_check({**post, "context": {}})  # the same post with no history is held
    assert any(f.code == "FP207" for f in alone.findings) and alone.decision.value != "pass"
