from datetime import datetime, timezone

import numpy as np

from fauxpas.checks.brand_risk.check import BrandRisk
from fauxpas.context.overlap import close_by_words
from fauxpas.core.engine import Engine
from fauxpas.core.post import Post

NOW = datetime(2031, 1, 1, tzinfo=timezone.utc)
ISSUE = "lawsuit over misleading battery life claims"


def run(text, model=None):
    post = Post.from_dict({"id": "t", "text": text, "context": {"brand_issues": [ISSUE]}},
                          now=NOW)
    if model is None:
        return Engine(checks=[BrandRisk]).check(post)
    return Engine(tier="full", checks=[BrandRisk], model_loader=lambda: model).check(post)


def test_word_overlap_is_folded_and_stemmed():
    assert close_by_words("Batteries that last: our claim, proven.", ISSUE) == {"batte", "claim"}
    assert not close_by_words("Our spring colours are in.", ISSUE)


class CloseModel:
    def embed(self, texts):
        return np.tile(np.array([0.6, 0.8]), (len(texts), 1))


def test_model_closeness_flags_what_words_miss():
    text = "Our phones now run two full days on one charge."
    assert run(text).decision.value == "pass"
    verdict = run(text, model=CloseModel())
    assert verdict.decision.value == "review"
    assert "similarity" in verdict.findings[0].evidence["match"]


def _on_issue(text, issue):
    post = Post.from_dict({"id": "t", "text": text, "context": {"brand_issues": [issue]}},
                          now=NOW)
    return Engine(checks=[BrandRisk]).check(post)


def test_a_plain_update_that_apologises_or_helps_is_a_note_not_a_hold():
    issue = "data breach: customer emails exposed in September"
    update = ("Update on the September security incident: we've emailed every affected "
              "customer. Questions? Our support line is open. We're sorry this happened.")
    v = _on_issue(update, issue)
    assert v.decision.value == "pass"
    assert v.findings[0].confidence == 0.4 and v.findings[0].evidence["plain_update"]
    recall = ("Vi tilbagekalder hakket kylling 400 g, da der er fundet salmonella. Du kan "
              "returnere den i butikken. Vi beklager meget.")
    assert _on_issue(recall, "tilbagekaldelse af hakket kylling pga. salmonella"
                     ).decision.value == "pass"


def test_an_apology_that_sells_or_jokes_about_the_issue_is_still_held():
    issue = "data breach: customer emails exposed in September"
    offer = ("We're sorry about the September breach of customer emails. Here's 20% off "
             "everything with code SORRY20!")
    assert _on_issue(offer, issue).decision.value == "review"
    joke = "We're sorry about the customer emails 😂 at least September is over"
    assert _on_issue(joke, issue).decision.value == "review"


def test_a_leader_s_holiday_post_while_workers_strike_is_held():
    issue = "warehouse staff on strike over unpaid overtime"
    trip = ("Just touched down in the Maldives for a well-earned week of sun and sand ☀️ So "
            "proud of the team this peak season!")
    v = _on_issue(trip, issue)
    assert v.decision.value == "review" and "leisure" in v.findings[0].message
    assert _on_issue("Our spring timetable starts on Monday.", issue).findings == ()
