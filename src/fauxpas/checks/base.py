"""The shape every check has: a stable code, a readable name, a category, and ``run``.

A check is pure: ``run(ctx)`` reads only what ``ctx`` carries (the post, the text being
checked, the detected language, the shared text analysis, lexicons, the model, the
moment) and yields findings. It never decides pass / review / block: the policy does.

Registering is one decorator (``@register``); ``fauxpas.checks.registry`` discovers
every sub-package of ``fauxpas.checks`` on first use, so adding a check is adding a
folder with ``check.py``, ``doc.md`` and ``cases.yaml``.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from fauxpas.core.verdict import Category, Finding, Severity

if TYPE_CHECKING:
    from fauxpas.core.context import CheckContext

ALL_LANGUAGES = ("en", "fr", "de", "es", "it", "pt", "nl", "no", "da", "sv", "hu", "pl")


class Check:
    """Base class. Subclasses set the class attributes and implement ``run``."""

    code: ClassVar[str]
    name: ClassVar[str]
    category: ClassVar[Category]
    severity: ClassVar[Severity]
    summary: ClassVar[str]
    # The lesson behind a check lives in its doc.md, under "## Lesson" (real cases name
    # real brands; code and data stay free of them). A check may still set it here.
    lesson: ClassVar[str] = ""
    languages: ClassVar[tuple[str, ...]] = ALL_LANGUAGES
    # "text": runs once per text the post publishes (its own text, and the target's text
    # for a like / repost / bot echo); "post": runs once with the whole post.
    scope: ClassVar[str] = "text"
    # "rules" checks are always on; "model" checks need the embedding model and run in
    # the full tier only.
    tier: ClassVar[str] = "rules"
    needs: ClassVar[frozenset[str]] = frozenset()
    status: ClassVar[str] = "stable"
    options: ClassVar[dict[str, Any]] = {}

    def run(self, ctx: CheckContext) -> Iterable[Finding]:
        raise NotImplementedError

    def finding(
        self,
        ctx: CheckContext,
        *,
        message: str,
        confidence: float,
        span: tuple[int, int] | None = None,
        suggestion: str = "",
        evidence: dict[str, Any] | None = None,
        severity: Severity | None = None,
        category: Category | None = None,
        lesson: str | None = None,
    ) -> Finding:
        """Build a finding with this check's code, category, severity and lesson."""
        return Finding(
            code=self.code,
            category=category or self.category,
            severity=severity or self.severity,
            confidence=max(0.0, min(1.0, confidence)),
            message=message,
            span=span,
            suggestion=suggestion,
            lesson=self.lesson_text() if lesson is None else lesson,
            evidence=evidence or {},
            on_target=ctx.on_target,
        )

    def option(self, ctx: CheckContext, name: str) -> Any:
        """An option from the policy for this check, or the check's own default."""
        return ctx.options.get(name, self.options.get(name))

    @classmethod
    def lesson_text(cls, key: str = "") -> str:
        """The lesson from doc.md's "## Lesson" section; ``key`` picks a "### key" part."""
        lessons = _lessons(cls)
        return lessons.get(key) or lessons.get("") or cls.lesson

    @classmethod
    def folder(cls) -> Path:
        return Path(sys.modules[cls.__module__].__file__).parent

    @classmethod
    def doc(cls) -> str:
        return (cls.folder() / "doc.md").read_text(encoding="utf-8")


_LESSONS: dict[type, dict[str, str]] = {}


def _lessons(cls: type[Check]) -> dict[str, str]:
    """Parse "## Lesson" (and its "### key" parts) out of a check's doc.md, once."""
    if cls not in _LESSONS:
        path = cls.folder() / "doc.md"
        text = path.read_text(encoding="utf-8") if path.exists() else ""
        lessons: dict[str, str] = {}
        inside, key, lines = False, "", []
        for line in [*text.splitlines(), "## end"]:
            if line.startswith("## ") or line.startswith("### "):
                if inside and " ".join(lines).strip():
                    lessons[key] = " ".join(x.strip() for x in lines if x.strip())
                lines = []
                if line.startswith("## "):
                    inside, key = line[3:].strip().lower() == "lesson", ""
                elif inside:
                    key = line[4:].strip()
                continue
            if inside:
                lines.append(line)
        _LESSONS[cls] = lessons
    return _LESSONS[cls]
