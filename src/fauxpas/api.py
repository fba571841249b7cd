"""The Python API: ``fauxpas.check(post, context=None) -> Verdict`` and ``check_many``.

``post`` may be a ``Post``, a case dict in the case format, or plain text. ``context``
(a dict in the case format's ``context`` shape, or a ``Context``) replaces the post's own.
Engines are cached per (policy, tier), so repeated calls are cheap.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from datetime import datetime, timezone

from fauxpas.checks.base import Check
from fauxpas.core.engine import Engine
from fauxpas.core.policy import DEFAULT_POLICY, Policy
from fauxpas.core.post import CaseError, Context, Post
from fauxpas.core.tier import DEFAULT_TIER, model_loader_for, resolve_tier
from fauxpas.core.verdict import Verdict

_engines: dict[tuple[int, str], Engine] = {}


def new_engine(policy: Policy = DEFAULT_POLICY, tier: str = DEFAULT_TIER,
               checks: Iterable[type[Check]] | None = None) -> Engine:
    """An engine of ``tier`` ("auto", the default: full if the model is installed, or
    $FAUXPAS_TIER; "rules": word lists and patterns only; "full": rules and the model),
    with the model's loader when the tier needs it: without one the model checks find no
    model. ``checks``: which checks run (every registered one by default)."""
    tier = resolve_tier(tier)
    return Engine(policy, tier=tier, checks=checks, model_loader=model_loader_for(tier))


def engine_for(policy: Policy = DEFAULT_POLICY, tier: str = DEFAULT_TIER) -> Engine:
    """The process's engine for ``policy`` and ``tier`` (see ``new_engine``), made once."""
    tier = resolve_tier(tier)
    key = (id(policy), tier)
    if key not in _engines:
        _engines[key] = new_engine(policy, tier)
    return _engines[key]


def to_post(post: Post | dict | str, context: Context | dict | None = None, *,
            now: datetime | None = None) -> Post:
    now = now or datetime.now(timezone.utc)
    if isinstance(post, str):
        post = {"id": "text", "text": post}
    if isinstance(post, dict):
        data = dict(post)
        data.setdefault("id", "post")
        if isinstance(context, dict):
            data["context"] = context
            context = None
        post = Post.from_dict(data, now=now)
    if isinstance(context, dict):
        context = Post.from_dict({"id": "ctx", "text": "x", "context": context}, now=now).context
    if context is not None:
        post = dataclasses.replace(post, context=context)
    return post


def check(post: Post | dict | str, context: Context | dict | None = None, *,
          policy: Policy = DEFAULT_POLICY, tier: str = DEFAULT_TIER,
          now: datetime | None = None) -> Verdict:
    """Check one post. Raises ``CaseError`` if the post cannot be read."""
    return engine_for(policy, tier).check(to_post(post, context, now=now))


def check_many(posts: Iterable[Post | dict | str], *, policy: Policy = DEFAULT_POLICY,
               tier: str = DEFAULT_TIER, now: datetime | None = None,
               batch: int = 256) -> list[Verdict]:
    """Check many posts, in order; a post that cannot be read gets an error verdict, in
    place. ``batch`` posts are checked together (in the full tier the model reads their
    texts at once, which is faster)."""
    from fauxpas.core.engine import error_verdict

    engine = engine_for(policy, tier)
    out: list[Verdict] = []
    pending: list[tuple[int, Post]] = []  # (place in out, post)

    def flush() -> None:
        for (place, _), verdict in zip(pending, engine.check_many([p for _, p in pending])):
            out[place] = verdict
        pending.clear()

    for item in posts:
        try:
            post = to_post(item, now=now)
        except CaseError as exc:
            case_id = item.get("id") if isinstance(item, dict) else None
            out.append(error_verdict(case_id, str(exc)))
            continue
        pending.append((len(out), post))
        out.append(None)  # type: ignore[arg-type]  # filled by flush
        if len(pending) >= batch:
            flush()
    flush()
    return out


__all__ = ["CaseError", "check", "check_many", "engine_for", "to_post"]
