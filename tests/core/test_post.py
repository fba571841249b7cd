from datetime import datetime, timezone

import pytest

from fauxpas.core.post import MAX_TEXT_CHARS, Account, CaseError, Context, Post, parse_time

NOW = datetime(2026, 1, 2, 3, 4, tzinfo=timezone.utc)


def test_full_case_is_read_into_typed_fields():
    post = Post.from_dict({
        "id": "a", "text": "Hello", "lang": "en", "action": "reply",
        "account": {"handle": "@acme", "network": "bluesky", "kind": "brand", "brand": "Acme",
                    "markets": ["no", "SE"]},
        "target": {"text": "where is my parcel", "author": "@sam"},
        "images": [{"path": "a.png"}],
        "at": "2013-04-16T13:00Z", "scheduled": True,
        "context": {"events": [{"at": "2013-04-15T19:30:00Z", "headline": "Storm", "place": "Oslo"}],
                    "brand_issues": ["recall"], "hashtags": {"#tag": ["a post"]},
                    "account_history": ["old post"], "author_history": ["mine"]},
    }, now=NOW)
    assert post.account.markets == ("NO", "SE")
    assert post.at == datetime(2013, 4, 16, 13, 0, tzinfo=timezone.utc)
    assert post.target.author == "@sam"
    assert post.context.events[0].place == "Oslo"
    assert post.context.hashtags == {"#tag": ("a post",)}
    assert post.scheduled and post.images[0].path == "a.png"


def test_defaults_and_now():
    post = Post.from_dict({"id": "a", "text": "Hi"}, now=NOW)
    assert post.action == "post" and post.at == NOW and post.account.kind == "brand"
    assert not post.spreads_target


def test_like_without_text_spreads_its_target():
    post = Post.from_dict({"id": "l", "text": "", "action": "like",
                           "target": {"text": "something", "author": "@x"}}, now=NOW)
    assert post.spreads_target


@pytest.mark.parametrize("case,message", [
    ("not an object", "must be a JSON object"),
    ({"text": "hi"}, "'id' is required"),
    ({"id": "a", "text": ""}, "'text' is empty"),
    ({"id": "a", "text": "   "}, "'text' is empty"),
    ({"id": "a", "text": 5}, "'text' must be a string"),
    ({"id": "a", "text": "x" * (MAX_TEXT_CHARS + 1)}, "the limit is 100,000"),
    ({"id": "a", "text": "hi", "action": "shout"}, "'action' is 'shout'"),
    ({"id": "a", "text": "", "action": "like"}, "needs a 'target'"),
    ({"id": "a", "text": "hi", "at": "yesterday"}, "not a valid ISO 8601 time"),
    ({"id": "a", "text": "hi", "account": {"kind": "robot"}}, "'account.kind' is 'robot'"),
    ({"id": "a", "text": "hi", "context": {"events": [{"headline": "x"}]}},
     "context.events[0].at"),
    ({"id": "a", "text": "hi", "context": {"brand_issues": "recall"}}, "list of strings"),
    ({"id": "a", "text": "hi", "scheduled": "yes"}, "true or false"),
    ({"id": "a", "text": "hi", "images": [{"file": "x"}]}, "images[0]"),
])
def test_bad_cases_say_what_is_wrong(case, message):
    with pytest.raises(CaseError) as err:
        Post.from_dict(case, now=NOW)
    assert message in str(err.value)


def test_times_without_zone_are_utc_and_zones_convert():
    assert parse_time("2020-01-01T10:00", "at").hour == 10
    assert parse_time("2020-01-01T10:00+02:00", "at").hour == 8


def test_a_case_without_account_or_context_gets_the_defaults():
    plain = Post.from_dict({"id": "a", "text": "hi"}, now=NOW)
    assert plain.account == Account() and plain.context == Context()


def test_a_bot_reply_spreads_its_target_unless_it_answers_in_its_own_words():
    target = {"text": "@shop put SEND THEM ALL BACK on my jersey", "author": "@x"}
    echo = Post.from_dict({"id": "b1", "action": "bot_reply", "target": target,
                           "text": "Here's your jersey: 'SEND THEM ALL BACK' #7"}, now=NOW)
    answer = Post.from_dict({"id": "b2", "action": "bot_reply", "target": target,
                             "text": "Thanks for your message! Every jersey print is checked "
                                     "by our team first, we will be in touch."}, now=NOW)
    assert echo.spreads_target and not answer.spreads_target


def test_a_bot_answer_in_its_own_words_answers_its_target():
    target = {"text": "@shop put SEND THEM ALL BACK on my jersey", "author": "@x"}
    answer = Post.from_dict({"id": "b3", "action": "bot_reply", "target": target,
                             "text": "Thanks for your message! Every jersey print is checked "
                                     "by our team first, we will be in touch."}, now=NOW)
    echo = Post.from_dict({"id": "b4", "action": "bot_reply", "target": target,
                           "text": "Here's your jersey: 'SEND THEM ALL BACK' #7"}, now=NOW)
    assert answer.answers_target and not echo.answers_target
