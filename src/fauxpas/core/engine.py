"""The engine: runs the enabled checks on a post, applies the policy, returns a Verdict.

A like, repost or bot echo publishes someone else's words as the account, so the
target's text is checked as if the account had written it (findings on it carry
``on_target``). A bot reply that answers in its own words publishes none of them, but a
bot that answers hate, sexual content or violence warmly engages with it: the target is
read for those categories only (``ANSWERED_CATEGORIES``), not for the swearing or the
phone number of a customer it answers. Checks of scope ``post`` (timing, account,
context) run once per post.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from datetime import datetime, timezone
from typing import Any

from fauxpas.checks.base import Check
from fauxpas.checks.registry import all_checks
from fauxpas.core.check_context import CheckContext
from fauxpas.core.errors import RunError
from fauxpas.core.policy import DEFAULT_POLICY, STRICT_ACTIONS, Policy
from fauxpas.core.post import CaseError, Post
from fauxpas.core.text.lang import SUPPORTED, detect_tokens
from fauxpas.core.text.tokens import tokenize_with_words
from fauxpas.core.verdict import Category, Decision, Finding, Verdict
from fauxpas.knowledge import Knowledge, default_knowledge

TIERS = ("rules", "full")
# What a bot reply in its own words is still checked for in the message it answers.
ANSWERED_CATEGORIES = frozenset({Category.HATE, Category.SEXUAL, Category.VIOLENCE})
ANSWERED = "engine.answered"  # shared key: the target is answered, not published
# ... and only from the default policy's review level: a bot's strict thresholds are for
# what it publishes, not for every note on the message it answers
ANSWERED_AT = 0.5


class CheckFailed(RuntimeError):
    """A check raised an exception on a post (a bug in fauxpas, not in the post)."""

    def __init__(self, code: str, exc: Exception):
        super().__init__(f"check {code} failed on this post ({type(exc).__name__}: {exc}); "
                         "the post was not fully checked and needs a person's review. "
                         "Please report this to the fauxpas maintainers.")
        self.code = code


class Engine:
    def __init__(
        self,
        policy: Policy = DEFAULT_POLICY,
        *,
        tier: str = "rules",
        knowledge: Knowledge | None = None,
        model_loader: Callable[[], Any] | None = None,
        checks: Iterable[type[Check]] | None = None,
    ):
        if tier not in TIERS:
            raise ValueError(f"tier must be one of {TIERS}, got {tier!r}")
        self.policy = policy
        self.tier = tier
        self.knowledge = knowledge or default_knowledge()
        self.model_loader = model_loader if tier == "full" else None
        chosen = list(checks) if checks is not None else all_checks()
        self.checks = [
            cls() for cls in chosen
            if policy.enabled(cls.code) and (cls.tier == "rules" or tier == "full")
        ]
        # per scope, each check with its policy options and the languages it reads
        # (None: all of them), worked out once rather than for every post
        self._plan = {
            scope: [(check, policy.settings(check.code).options or None,
                     None if set(SUPPORTED) <= set(check.languages) else check.languages)
                    for check in self.checks if check.scope == scope]
            for scope in ("text", "post")
        }

    def check(self, post: Post) -> Verdict:
        return self._safe_verdict(post, self._contexts(post))

    def check_many(self, posts: list[Post]) -> list[Verdict]:
        """Check ``posts`` together, in order. In the full tier the model first reads and
        scores every text they hold in one batch (``checks.semantic.prefetch``; speed in
        bench/results/model_eval.md). Verdicts are the same as ``check``'s."""
        contexts = [list(self._contexts(post)) for post in posts]
        if self.model_loader is not None:
            from fauxpas.checks.semantic import prefetch

            prefetch([ctx for group in contexts for ctx in group])
        return [self._safe_verdict(post, group) for post, group in zip(posts, contexts)]

    def _safe_verdict(self, post: Post, contexts: Iterable[CheckContext]) -> Verdict:
        """The post's verdict; when a check fails on it (a bug), an error verdict naming
        the check, so that the other posts of a batch are still checked and this one is
        held (an error is never a pass) rather than lost."""
        try:
            return self._verdict(post, contexts)
        except CheckFailed as exc:
            return error_verdict(post.id, str(exc))

    def _verdict(self, post: Post, contexts: Iterable[CheckContext]) -> Verdict:
        findings: list[Finding] = []
        primary: CheckContext | None = None
        for ctx in contexts:
            primary = primary or ctx
            findings.extend(self._run(ctx, scope="text"))
        if primary is not None:
            findings.extend(self._run(primary, scope="post"))
        lang = primary.lang if primary else None
        if not findings:  # most posts: what the policy makes of no findings, directly
            return Verdict(id=post.id, decision=Decision.PASS, risk=0.0, lang=lang)
        kept, decision, risk = self.policy.apply(_dedupe(findings), post.action)
        return Verdict(id=post.id, decision=decision, risk=risk, lang=lang, findings=tuple(kept))

    def check_dict(self, data: Any, *, now: datetime | None = None) -> Verdict:
        """Check a case given as a dict; a bad case gives an error verdict, not an exception."""
        case = read_case(data, now=now or datetime.now(timezone.utc))
        return case if isinstance(case, Verdict) else self.check(case)

    def _contexts(self, post: Post) -> Iterator[CheckContext]:
        common = dict(
            post=post,
            knowledge=self.knowledge,
            allow=self.policy.allow,
            strict=post.action in STRICT_ACTIONS,
            model_loader=self.model_loader,
        )
        if post.text.strip():
            yield text_context(post.text, post.lang, common)
        if post.target is not None and post.target.text.strip() and (
                post.spreads_target or post.answers_target):
            ctx = text_context(post.target.text, None, common, on_target=True)
            if post.answers_target:
                ctx.shared[ANSWERED] = True
            yield ctx

    def _run(self, ctx: CheckContext, *, scope: str) -> list[Finding]:
        found: list[Finding] = []
        for check, options, languages in self._plan[scope]:
            if languages is not None and not any(lang in languages for lang in ctx.languages):
                continue
            try:
                found.extend(check.run(ctx.with_options(options) if options else ctx))
            except RunError:  # the model cannot load, a setting is wrong: for the caller
                raise
            except Exception as exc:  # a bug in one check must not lose the whole batch
                raise CheckFailed(check.code, exc) from exc
        if ctx.allow:
            found = [f for f in found if f.span is None or not ctx.allowed(f.span)]
        if ctx.shared.get(ANSWERED):
            found = [replace(f, message=answered_message(f.message)) for f in found
                     if f.category in ANSWERED_CATEGORIES and f.confidence >= ANSWERED_AT]
        return found


_SPREADS = ("The text it spreads", "The post it likes or spreads")


def answered_message(message: str) -> str:
    """A finding's message about a target, said of the message a bot answers."""
    for start in _SPREADS:
        if message.startswith(start):
            return "The message this bot answers" + message[len(start):]
    return f"In the message this bot answers: {message}"


def text_context(text: str, hint: str | None, common: dict, on_target: bool = False
                 ) -> CheckContext:
    """The context of one text: tokenized once, the language read from those tokens.
    ``common``: the other CheckContext fields (at least ``post``)."""
    tokens, words = tokenize_with_words(text)
    return CheckContext(text=text, language=detect_tokens(text, tokens, hint, words),
                        on_target=on_target, shared={"tokens": tokens, "words": words},
                        **common)


def read_case(data: Any, *, now: datetime) -> Post | Verdict:
    """The post of a case given as a dict, or an error verdict saying why it cannot be read
    (with the case's id when it has one)."""
    try:
        return Post.from_dict(data, now=now)
    except CaseError as exc:
        case_id = data.get("id") if isinstance(data, dict) else None
        return error_verdict(case_id if isinstance(case_id, str) else None, str(exc))


def error_verdict(case_id: str | None, message: str) -> Verdict:
    return Verdict(id=case_id or "", decision=Decision.ERROR, risk=0.0, lang=None, error=message)


def _dedupe(findings: list[Finding]) -> list[Finding]:
    """One finding per (code, span, target), the most confident one."""
    best: dict[tuple, Finding] = {}
    for finding in findings:
        key = (finding.code, finding.span, finding.on_target)
        if key not in best or finding.confidence > best[key].confidence:
            best[key] = finding
    return list(best.values())
