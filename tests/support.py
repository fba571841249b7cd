"""Helpers shared by the tests: the check context of a text, as the engine builds one."""

from __future__ import annotations

from datetime import datetime, timezone

from fauxpas.core.check_context import CheckContext
from fauxpas.core.engine import text_context
from fauxpas.core.post import Post

NOW = datetime(2026, 1, 1, tzinfo=timezone.utc)


def ctx_for(text: str, *, model_loader=None, cutoffs: dict | None = None) -> CheckContext:
    """A brand post of ``text``: tokenized and its language read, as in a real check.
    ``model_loader`` gives the checks a (fake) model; ``cutoffs`` sets the heads' report
    and review cutoffs as ``checks.semantic.head_scores`` would."""
    post = Post.from_dict({"id": "x", "text": text}, now=NOW)
    common = {"post": post}
    if model_loader is not None:
        common["model_loader"] = model_loader
    ctx = text_context(text, None, common)
    if cutoffs is not None:
        ctx.shared["head_cutoffs"] = cutoffs
    return ctx


class FixedHeads:
    """A stand-in model whose heads read every text the same: ``scores`` (head name:
    probability), with the same report and review ``cutoffs`` for every head."""

    def __init__(self, cutoffs: tuple[float, float] = (0.5, 0.8), **scores: float):
        self._scores = scores
        self._cutoffs = cutoffs

    def scores(self, texts, context=None):
        return {name: [score] for name, score in self._scores.items()}

    def cutoffs(self, name):
        return self._cutoffs


def verdict_and_findings(code: str, text: str, **case):
    """The full check's verdict on a post (``text`` and any other case fields), and its
    findings of check ``code``."""
    from fauxpas.api import check

    verdict = check({"id": "c", "text": text, **case})
    return verdict, [f for f in verdict.findings if f.code == code]
