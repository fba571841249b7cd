from datetime import datetime, timezone

from fauxpas.cli.render import highlight, render_verdict
from fauxpas.core.post import Post
from fauxpas.core.verdict import Category, Decision, Finding, Severity, Verdict

NOW = datetime(2026, 1, 1, tzinfo=timezone.utc)


def test_highlight_marks_spans_without_colour_and_skips_overlaps():
    findings = [Finding("FP1", Category.DRAFT, Severity.BLOCK, 0.9, "m", span=(6, 10)),
                Finding("FP2", Category.DRAFT, Severity.WARN, 0.9, "m", span=(8, 12))]
    assert highlight("Hello WORLD today", findings, color=False) == "Hello [[WORL]]D today"


def test_highlight_uses_ansi_colour():
    findings = [Finding("FP1", Category.DRAFT, Severity.BLOCK, 0.9, "m", span=(0, 5))]
    assert highlight("Hello", findings, color=True).startswith("\x1b[")


def test_render_shows_decision_finding_lesson_and_suggestion():
    post = Post.from_dict({"id": "x", "text": "Sale [LINK]"}, now=NOW)
    finding = Finding("FP102", Category.DRAFT, Severity.BLOCK, 0.95, "A placeholder is left.",
                      span=(5, 11), suggestion="Put the real link.", lesson="A real case.")
    out = render_verdict(post, Verdict("x", Decision.BLOCK, 0.95, "en", (finding,)), color=False)
    assert out.startswith("BLOCK")
    assert '[[[LINK]]]' in out and 'at "[LINK]"' in out and "95% sure" in out
    assert "Why: A real case." in out and "Instead: Put the real link." in out
