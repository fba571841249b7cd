"""FP304 crowdsourcing: inviting the public into the brand's channel when it can backfire:
during an open controversy (the brand's issue register, or the brand in the news:
``context/brand_news.py``), through a stunt that rewards hurting others, or by a bot that
echoes whatever the public writes."""

from __future__ import annotations

from fauxpas.checks.base import Check
from fauxpas.checks.registry import register
from fauxpas.context.brand_news import brand_in_the_news, is_brands_handle
from fauxpas.context.invitations import find_invitation, find_stunt
from fauxpas.core.text.echo import echoed_words
from fauxpas.core.text.tokens import tokenize
from fauxpas.core.verdict import Category, Severity

# under the review level of automated replies (0.35), over their report level (0.25)
ECHO_CONFIDENCE = 0.3
ECHO_ABOUT_SOMEONE = 0.6  # an echo of words about another person: held


@register
class Crowdsourcing(Check):
    code = "FP304"
    name = "crowdsourcing"
    category = Category.CROWDSOURCING
    severity = Severity.WARN
    summary = "Inviting the public in while the brand has an open issue, stunts, bot echoes."
    scope = "post"

    def run(self, ctx):
        post = ctx.post
        if ctx.on_target:
            return
        echo = echoed_words(ctx.text, post.target.text) if (
            post.action == "bot_reply" and post.target) else None
        if echo:
            yield self._echo(ctx, echo)
        stunt = find_stunt(ctx)
        if stunt is not None:
            yield self.finding(
                ctx, confidence=0.65, span=stunt.span, evidence={"stunt": stunt.what},
                message=f"Rewards people for a harmful act against others (\"{stunt.what}\").",
                suggestion="Reward something people are glad to do, not hurting friends or "
                           "strangers.",
                lesson=self.lesson_text("stunt"))
        issues = post.context.brand_issues
        if not issues:
            news = brand_in_the_news(ctx)
            issues = (f"in the news: {news}",) if news else ()
        if not issues:
            return
        invitation = find_invitation(ctx)
        if invitation is None:
            return
        evidence = {"invitation": invitation.what, "brand_issues": list(issues)}
        yield self.finding(
            ctx, confidence=0.65, span=invitation.span, evidence=evidence,
            message=f"Invites the public in (\"{invitation.what}\") while the brand has an "
                    f"open issue: \"{issues[0]}\". Replies will be about that.",
            suggestion="Postpone Q&As, photo calls and hashtag campaigns until the issue has "
                       "calmed down, or address the issue first.")
        yield self.finding(
            ctx, confidence=0.6, category=Category.BRAND_RISK, evidence=evidence,
            message=f"An open invitation gives critics of \"{issues[0]}\" a stage on the "
                    "brand's own channel.",
            suggestion="Check the brand's issue register before any public call.")

    def _echo(self, ctx, echo: str):
        """An automated reply that repeats the public's words. What it says is checked by
        every other check with the stricter thresholds of automated replies, and anything
        they find holds it, so a harmless echo gets a note (holding every "Happy 80th,
        Grandma Rose!" would stop the bot). Words about someone else, tagged in what the
        bot was sent ("@danny looks like a melted candle 😂"), are held: the brand would
        repeat an insult at a person the team has not seen."""
        someone = others_tagged(ctx.post.target.text, ctx.post.account)
        evidence = {"echoed": echo, **({"about": someone} if someone else {})}
        if someone:
            return self.finding(
                ctx, confidence=ECHO_ABOUT_SOMEONE, evidence=evidence,
                message=f"An automated reply that echoes what the public writes about "
                        f"someone else ({someone[0]}): \"{echo}\". The brand would repeat "
                        "it to them.",
                suggestion="Never echo user text about other people; reply from a fixed, "
                           "reviewed set.",
                lesson=self.lesson_text("bot echo"))
        return self.finding(
            ctx, confidence=ECHO_CONFIDENCE, evidence=evidence,
            message="An automated reply that echoes what the public writes "
                    f"(\"{echo}\"): anyone can make the brand say anything. This one reads "
                    "as harmless unless another finding says otherwise.",
            suggestion="Never echo user text; reply from a fixed, reviewed set.",
            lesson=self.lesson_text("bot echo"))


def others_tagged(text: str, account) -> list[str]:
    """The @-handles in ``text`` other than the brand's own (``is_brands_handle``)."""
    return [token.raw for token in tokenize(text)
            if token.kind == "mention" and not is_brands_handle(token.raw, account)]
