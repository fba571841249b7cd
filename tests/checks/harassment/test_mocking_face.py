"""FP201: a reply the head reads as insulting and that rolls its eyes at the customer."""

from functools import partial

from tests.support import verdict_and_findings

COMPLAINT = {"text": "Where is my parcel? Nobody tells me anything.", "author": "@sam"}

harassment = partial(verdict_and_findings, "FP201", action="reply", target=COMPLAINT)


def test_an_eye_roll_at_the_customer_is_held_for_review():
    verdict, found = harassment(
        "Sam, the tracking link literally shows where your parcel is. If reading a map is "
        "too hard, maybe just wait at the door all day? 🙄")
    assert verdict.decision.value != "pass"
    assert found[0].evidence["mocking"] == "🙄"


def test_a_friendly_reply_or_a_post_with_the_face_is_no_mockery():
    verdict, found = harassment("Mondays, right? 🙃 Good news Sam, your parcel is out for "
                                "delivery and should reach you before noon.")
    assert verdict.decision.value == "pass" and not found
    _, found = verdict_and_findings("FP201", "Mondays, right? 🙃 New week, new coffee.",
                                    action="post")
    assert all(f.evidence["mocking"] is None for f in found)

