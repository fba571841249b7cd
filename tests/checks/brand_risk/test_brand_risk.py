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
