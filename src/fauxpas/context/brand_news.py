"""The brand in the news: a recent headline (``context.events``) that names the brand and
reports trouble, a data breach, a price hike, a strike, a boycott (cue kind
``controversy``) or a disaster. While it is news, the public's replies to any invitation
will be about it, whether or not the team has logged it as an open issue
(``context.brand_issues``)."""

from __future__ import annotations

from datetime import timedelta

from fauxpas.context.cues import text_cues
from fauxpas.context.events import about_crisis
from fauxpas.core.text.fold import fold

# How long a story about the brand stays news.
BRAND_NEWS_DAYS = 14
MIN_NAME = 3  # a brand name this short ("EE") is too common a string to look for


def brand_in_the_news(ctx) -> str | None:
    """The headline of the latest troubled story that names the brand (``_names``) in the
    last ``BRAND_NEWS_DAYS`` days before the post, or None."""
    post = ctx.post
    if not _names(post.account):
        return None
    window = timedelta(days=BRAND_NEWS_DAYS)
    found = None
    for event in post.context.events:
        if not timedelta(0) <= post.at - event.at <= window:
            continue
        story = f"{event.headline}. {event.summary}" if event.summary else event.headline
        if not names_the_brand(story, post.account):
            continue
        troubled = text_cues(story).has("controversy") or about_crisis(story)
        if troubled and (found is None or event.at > found.at):
            found = event
    return found.headline if found else None


def names_the_brand(text: str, account) -> bool:
    """``text`` names the account's brand: its name or its handle's words (``_names``)."""
    words = _words(text)
    return any(name in words for name in _names(account))


def is_brands_handle(handle: str, account) -> bool:
    """``handle`` (an @-mention) is the brand's own: it holds the account's handle or the
    brand's name, spelt with or without capitals, spaces and underscores ("@SugarloafBakes"
    for "Sugarloaf Bakes", "@brasaviva_oficial" for "@brasaviva")."""
    mention = _squashed(handle)
    return any(name in mention for name in (_squashed(account.handle), _squashed(account.brand))
               if len(name) >= MIN_NAME)


def _squashed(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isalnum())


def _names(account) -> list[str]:
    """The brand's name, and its handle's words ("@polderstroom" for "Polderstroom
    Energie": headlines use the short name), each as ``_words`` gives it."""
    names = [_words(account.brand), _words(account.handle.lstrip("@").replace("_", " "))]
    return [name for name in names if len(name.strip()) >= MIN_NAME]


def _words(text: str) -> str:
    """The text folded, its words between single spaces and at both ends."""
    return " " + " ".join("".join(ch if ch.isalnum() else " " for ch in fold(text)).split()) + " "
