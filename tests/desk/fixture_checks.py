"""Two small checks with known behaviour, so desk tests do not depend on which real checks
are installed: the desk's rules (approvals, holds at send time) are what is tested here.

FX901 flags a question to the audience (warn, so the post needs review).
FX902 flags any post going out within 24 h after news of deaths (block).
"""

from __future__ import annotations

import re
from datetime import timedelta

from fauxpas.checks.base import Check
from fauxpas.core.verdict import Category, Severity

_QUESTION = re.compile(r"[^.!?\n]*\?")
_DEATHS = re.compile(r"\b(killed|dead|shooting|bombing|victims)\b", re.I)


class AudienceQuestion(Check):
    code = "FX901"
    name = "fixture-audience-question"
    category = Category.CROWDSOURCING
    severity = Severity.WARN
    summary = "a question to the audience (test fixture)"
    lesson = "Questions invite the public to fill your channel."

    def run(self, ctx):
        for match in _QUESTION.finditer(ctx.text):
            start = match.start() + len(match.group()) - len(match.group().lstrip())
            yield self.finding(ctx, message="asks the audience a question", confidence=0.6,
                               span=(start, match.end()), suggestion="say it, don't ask it")


class NewsOfDeaths(Check):
    code = "FX902"
    name = "fixture-news-of-deaths"
    category = Category.TRAGEDY
    severity = Severity.BLOCK
    summary = "goes out within a day of news of deaths (test fixture)"
    lesson = "A cheerful scheduled post the morning after a tragedy reads as indifference."
    scope = "post"

    def run(self, ctx):
        for event in ctx.post.context.events:
            recent = timedelta(0) <= ctx.moment - event.at <= timedelta(hours=24)
            if recent and _DEATHS.search(event.headline):
                yield self.finding(ctx, message=f"goes out during tragic news: {event.headline}",
                                   confidence=0.9, evidence={"event": event.headline},
                                   suggestion="hold the post until the news has passed")
                return


FIXTURE_CHECKS = [AudienceQuestion, NewsOfDeaths]
