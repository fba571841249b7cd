from datetime import datetime, timezone

from fauxpas.core.check_context import CheckContext
from fauxpas.core.post import Post
from fauxpas.core.text.lang import detect

NOW = datetime(2026, 6, 1, 12, 0, tzinfo=timezone.utc)


def _context(text: str) -> CheckContext:
    post = Post.from_dict({"id": "t", "text": text}, now=NOW)
    return CheckContext(post=post, text=text, language=detect(text))


def test_words_are_the_norms_of_word_and_spaced_tokens_in_order():
    ctx = _context("Café SALE at @acme: f u c k, see https://x.example #NoWay café")
    assert ctx.words == ("cafe", "sale", "at", "fuck", "see", "cafe")
    assert ctx.words == tuple(t.norm for t in ctx.tokens if t.kind in ("word", "spaced"))
    assert ctx.vocabulary == frozenset({"cafe", "sale", "at", "fuck", "see"})


def test_words_are_worked_out_once_and_shared_with_copies():
    ctx = _context("Hello again")
    assert ctx.words is ctx.words
    assert ctx.with_options({"x": 1}).vocabulary is ctx.vocabulary


def test_own_reply_is_the_accounts_reply_not_the_message_it_answers():
    post = Post.from_dict({"id": "t", "text": "Sorry!", "action": "reply",
                           "target": {"text": "Late again", "author": "@a"}}, now=NOW)
    ctx = CheckContext(post=post, text="Sorry!", language=detect("Sorry!"))
    assert ctx.own_reply
    target = CheckContext(post=post, text="Late again", language=detect("Late again"),
                          on_target=True)
    assert not target.own_reply
    assert not _context("Sorry!").own_reply  # a post
