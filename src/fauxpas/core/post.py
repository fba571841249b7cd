"""Post, Account, Target, Context: the case format, typed.

``Post.from_dict`` reads one case (``shared/spec/case-format.md``) and raises
``CaseError`` with a message a person can act on when a field is wrong. Times are
timezone-aware UTC inside; a case without ``at`` is checked at the ``now`` the caller
passes in (the core never reads the clock itself).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from functools import cached_property
from typing import Any

from fauxpas.core.text.echo import answers_in_own_words

MAX_TEXT_CHARS = 100_000

ACTIONS = ("post", "reply", "like", "repost", "ad", "bot_reply", "email")
ACCOUNT_KINDS = ("brand", "personal", "employee")


class CaseError(ValueError):
    """A case that cannot be checked as given; the message names the field."""


@dataclass(frozen=True)
class Account:
    handle: str = ""
    network: str = ""
    kind: str = "brand"
    brand: str = ""
    markets: tuple[str, ...] = ()


@dataclass(frozen=True)
class Target:
    """What a reply, like, repost or bot echo acts on."""

    text: str = ""
    author: str = ""


@dataclass(frozen=True)
class Image:
    path: str


@dataclass(frozen=True)
class Event:
    """A piece of news as it would arrive from a feed."""

    at: datetime
    headline: str
    place: str = ""
    summary: str = ""


@dataclass(frozen=True)
class Context:
    events: tuple[Event, ...] = ()
    brand_issues: tuple[str, ...] = ()
    hashtags: dict[str, tuple[str, ...]] = field(default_factory=dict)
    account_history: tuple[str, ...] = ()
    author_history: tuple[str, ...] = ()


@dataclass(frozen=True)
class Post:
    id: str
    text: str
    at: datetime
    account: Account = Account()
    action: str = "post"
    lang: str | None = None
    target: Target | None = None
    images: tuple[Image, ...] = ()
    scheduled: bool = False
    context: Context = Context()

    @property
    def spreads_target(self) -> bool:
        """A like, repost or bot echo publishes what the target says, as the account. A bot
        reply that answers in its own words ("Sorry about this, our team will reply within
        two hours..." under an angry customer's tweet) publishes only those."""
        return (self.target is not None and self.action in ("like", "repost", "bot_reply")
                and not self.answers_target)

    @cached_property
    def answers_target(self) -> bool:
        """A bot reply in its own words to its target (``answers_in_own_words``, read once
        per post): it does not publish the target, but answering hate warmly still engages
        with it (the engine reads the target for hate, sexual content and violence only)."""
        return (self.action == "bot_reply" and self.target is not None
                and answers_in_own_words(self.text, self.target.text))

    @classmethod
    def from_dict(cls, data: Any, *, now: datetime) -> Post:
        if not isinstance(data, dict):
            raise CaseError(f"a case must be a JSON object, got {type(data).__name__}")
        case_id = data.get("id")
        if not isinstance(case_id, str) or not case_id.strip():
            raise CaseError("field 'id' is required and must be a non-empty string")
        text = _str(data, "text", default="")
        if len(text) > MAX_TEXT_CHARS:
            raise CaseError(
                f"field 'text' has {len(text):,} characters; the limit is {MAX_TEXT_CHARS:,}"
            )
        action = _str(data, "action", default="post")
        if action not in ACTIONS:
            raise CaseError(f"field 'action' is {action!r}; expected one of {', '.join(ACTIONS)}")
        target = _target(data.get("target"))
        if not text.strip() and action not in ("like", "repost"):
            raise CaseError(f"field 'text' is empty; a {action} needs text")
        if action in ("like", "repost") and target is None and not text.strip():
            raise CaseError(f"a {action} needs a 'target' with the text it acts on")
        lang = data.get("lang")
        if lang is not None and not isinstance(lang, str):
            raise CaseError("field 'lang' must be a string such as 'en'")
        at = parse_time(data["at"], "at") if data.get("at") is not None else now
        scheduled = data.get("scheduled", False)
        if not isinstance(scheduled, bool):
            raise CaseError("field 'scheduled' must be true or false")
        return cls(
            id=case_id,
            text=text,
            at=at,
            account=_account(data.get("account")),
            action=action,
            lang=lang or None,
            target=target,
            images=_images(data.get("images")),
            scheduled=scheduled,
            context=_context(data.get("context")),
        )


def parse_time(value: Any, name: str) -> datetime:
    """ISO 8601 to an aware UTC datetime; a time without zone is taken as UTC."""
    if not isinstance(value, str):
        raise CaseError(f"field '{name}' must be an ISO 8601 time string, got {value!r}")
    raw = value.strip()
    if raw.endswith(("Z", "z")):
        raw = raw[:-1] + "+00:00"
    try:
        parsed = datetime.fromisoformat(raw)
    except ValueError:
        raise CaseError(
            f"field '{name}' is not a valid ISO 8601 time: {value!r} "
            "(example: 2013-04-16T13:00:00Z)"
        ) from None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    return parsed.astimezone(timezone.utc)


def _str(data: dict, name: str, *, default: str) -> str:
    value = data.get(name, default)
    if value is None:
        return default
    if not isinstance(value, str):
        raise CaseError(f"field '{name}' must be a string, got {type(value).__name__}")
    return value


def _str_list(value: Any, name: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise CaseError(f"field '{name}' must be a list of strings")
    return tuple(value)


# what a case without an account or context gets (frozen, so one of each serves all)
_NO_ACCOUNT = Account()
_NO_CONTEXT = Context()


def _account(value: Any) -> Account:
    if value is None:
        return _NO_ACCOUNT
    if not isinstance(value, dict):
        raise CaseError("field 'account' must be an object")
    kind = _str(value, "kind", default="brand")
    if kind not in ACCOUNT_KINDS:
        raise CaseError(
            f"field 'account.kind' is {kind!r}; expected one of {', '.join(ACCOUNT_KINDS)}"
        )
    markets = tuple(m.upper() for m in _str_list(value.get("markets"), "account.markets"))
    return Account(
        handle=_str(value, "handle", default=""),
        network=_str(value, "network", default=""),
        kind=kind,
        brand=_str(value, "brand", default=""),
        markets=markets,
    )


def _target(value: Any) -> Target | None:
    if value is None:
        return None
    if not isinstance(value, dict):
        raise CaseError("field 'target' must be an object with 'text' and 'author'")
    return Target(text=_str(value, "text", default=""), author=_str(value, "author", default=""))


def _images(value: Any) -> tuple[Image, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise CaseError("field 'images' must be a list of {\"path\": ...} objects")
    images = []
    for i, item in enumerate(value):
        if not isinstance(item, dict) or not isinstance(item.get("path"), str):
            raise CaseError(f"field 'images[{i}]' must be an object with a string 'path'")
        images.append(Image(path=item["path"]))
    return tuple(images)


def _context(value: Any) -> Context:
    if value is None:
        return _NO_CONTEXT
    if not isinstance(value, dict):
        raise CaseError("field 'context' must be an object")
    events = []
    for i, item in enumerate(value.get("events") or []):
        if not isinstance(item, dict) or not isinstance(item.get("headline"), str):
            raise CaseError(f"field 'context.events[{i}]' must be an object with a 'headline'")
        events.append(
            Event(
                at=parse_time(item.get("at"), f"context.events[{i}].at"),
                headline=item["headline"],
                place=_str(item, "place", default=""),
                summary=_str(item, "summary", default=""),
            )
        )
    hashtags_raw = value.get("hashtags") or {}
    if not isinstance(hashtags_raw, dict):
        raise CaseError("field 'context.hashtags' must map a hashtag to a list of posts")
    hashtags = {
        tag: _str_list(posts, f"context.hashtags[{tag!r}]") for tag, posts in hashtags_raw.items()
    }
    return Context(
        events=tuple(events),
        brand_issues=_str_list(value.get("brand_issues"), "context.brand_issues"),
        hashtags=hashtags,
        account_history=_str_list(value.get("account_history"), "context.account_history"),
        author_history=_str_list(value.get("author_history"), "context.author_history"),
    )
