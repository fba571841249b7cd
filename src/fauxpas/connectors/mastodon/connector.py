"""Mastodon-API connector (``Mastodon.py``), tested against snac2 on loopback.

Credentials: ``api_base_url`` and ``access_token`` (see ``login.py`` for getting one).
Where snac differs from Mastodon, and what that means here, is in README.md next to
this file.

Publishing is never retried automatically: the ``Idempotency-Key`` header is sent
(Mastodon then answers a repeated request with the first post), but snac ignores it,
so a repeat could double-post. When the outcome is unclear the connector looks for the
post among the account's recent posts (same text) and raises ``Unknown`` if it cannot
tell.
"""

from __future__ import annotations

import html
import re
import time
from collections.abc import Sequence
from datetime import datetime, timezone
from typing import Any

from mastodon import Mastodon
from mastodon import errors as m

from fauxpas.connectors.base import (
    AccountInfo,
    ActionResult,
    Connector,
    CredentialVerifier,
    Deleter,
    DeleteResult,
    ImageUpload,
    Liker,
    Mention,
    MentionReader,
    Publisher,
    PublishResult,
    Reposter,
)
from fauxpas.connectors.errors import AuthExpired, NetworkDown, NotFound, Rejected, Unknown
from fauxpas.connectors.mastodon.errors import NETWORK, map_error, never_sent
from fauxpas.connectors.mastodon.http import OneRequestPerConnection
from fauxpas.connectors.retry import retry_safe

LOOKUP_DEPTH = 40  # recent posts searched when reconciling an unclear publish
_BREAK = re.compile(r"<br\s*/?>|</p>\s*<p>")
_TAG = re.compile(r"<[^>]+>")


class MastodonConnector(
    Connector, Publisher, Deleter, Liker, Reposter, MentionReader, CredentialVerifier
):
    network = "mastodon"
    required_credentials = ("api_base_url", "access_token")

    def __init__(self, credentials: dict[str, Any], *, sleep=time.sleep,
                 timeout: float = 30) -> None:
        super().__init__(credentials)
        self._sleep = sleep
        self.api = Mastodon(session=OneRequestPerConnection(), access_token=credentials["access_token"],
                            api_base_url=str(credentials["api_base_url"]).rstrip("/"),
                            ratelimit_method="throw", version_check_mode="none",
                            request_timeout=timeout)
        self._me: dict[str, Any] | None = None

    def _call(self, fn, *, retry: bool = True):
        def once():
            try:
                return fn()
            except m.MastodonError as error:
                raise map_error(error, reset_epoch=self.api.ratelimit_reset) from error

        return retry_safe(once, sleep=self._sleep) if retry else once()

    def me(self) -> dict[str, Any]:
        if self._me is None:
            try:
                self._me = self._call(self.api.account_verify_credentials)
            except Rejected as error:
                # snac answers an unknown token with 422 here, not 401.
                raise AuthExpired("the server refused the access token",
                                  network=NETWORK) from error
        return self._me

    def verify(self) -> AccountInfo:
        self._me = None
        me = self.me()
        return AccountInfo(str(me["id"]), me["acct"], me.get("url") or "")

    # -- publishing -------------------------------------------------------------------
    def publish(self, text: str, *, idempotency_key: str, reply_to: str | None = None,
                images: Sequence[ImageUpload] = ()) -> PublishResult:
        self.me()
        media = [
            self._call(lambda i=image: self.api.media_post(i.data, mime_type=i.mime_type,
                                                           description=i.alt or None))["id"]
            for image in images
        ]
        try:
            status = self.api.status_post(text, in_reply_to_id=reply_to,
                                          media_ids=media or None,
                                          idempotency_key=idempotency_key)
        except m.MastodonError as raw:
            error = map_error(raw, reset_epoch=self.api.ratelimit_reset)
            if isinstance(error, NetworkDown) and never_sent(raw):
                raise NetworkDown("cannot reach the Mastodon server; nothing was posted",
                                  network=NETWORK) from raw
            if not isinstance(error, NetworkDown):
                raise error from raw
            found = self._reconcile(idempotency_key, text)
            if found is not None:
                return found
            raise Unknown("the Mastodon server did not confirm the post; look it up before "
                          "trying again", network=NETWORK,
                          idempotency_key=idempotency_key) from raw
        return self._result(status, idempotency_key)

    def _reconcile(self, key: str, text: str) -> PublishResult | None:
        try:
            return self.lookup(key, text=text)
        except NetworkDown:
            return None

    def lookup(self, idempotency_key: str, *, text: str | None = None) -> PublishResult | None:
        """The account's newest post with this text (the API keeps no client reference).

        Two identical texts among the last posts cannot be told apart: the newest wins.
        """
        if text is None:
            raise Rejected("Mastodon lookups need the post's text", network=NETWORK,
                           reason="text required")
        me = self.me()
        recent = self._call(lambda: self.api.account_statuses(me["id"], limit=LOOKUP_DEPTH))
        wanted = _fingerprint(text)
        for status in recent:
            if _fingerprint(status.get("content") or "") == wanted:
                return self._result(status, idempotency_key)
        return None

    def _result(self, status: dict[str, Any], key: str = "") -> PublishResult:
        return PublishResult(network_id=str(status["id"]), url=status.get("url") or "",
                             idempotency_key=key, created_at=_utc(status.get("created_at")),
                             raw={"uri": status.get("uri"), "id": str(status["id"])})

    # -- deleting, favouriting, reblogging ------------------------------------------------
    def delete(self, network_id: str) -> DeleteResult:
        try:
            self._call(lambda: self.api.status_delete(network_id))
        except NotFound:
            return DeleteResult(network_id, already_gone=True)
        return DeleteResult(network_id)

    def like(self, target_id: str) -> ActionResult:
        # Favouriting is idempotent on the server: safe to retry.
        status = self._call(lambda: self.api.status_favourite(target_id))
        return ActionResult(str(status["id"]), target_id, status.get("url") or "")

    def unlike(self, target_id: str) -> None:
        self._call(lambda: self.api.status_unfavourite(target_id))

    def repost(self, target_id: str) -> ActionResult:
        # Reblogging twice keeps one reblog on Mastodon and snac: safe to retry.
        status = self._call(lambda: self.api.status_reblog(target_id))
        return ActionResult(str(status["id"]), target_id, status.get("url") or "")

    def unrepost(self, target_id: str) -> None:
        self._call(lambda: self.api.status_unreblog(target_id))

    # -- listening ------------------------------------------------------------------
    def mentions(self, *, since: datetime | None = None, limit: int = 50) -> list[Mention]:
        """Mentions and replies at or after ``since``, from the account's notifications
        (newest first; times have whole seconds on some servers)."""
        notes = self._call(lambda: self.api.notifications(types=["mention"], limit=limit))
        found = []
        for note in notes:
            status = note.get("status")
            if not status:
                continue
            created = _utc(status.get("created_at"))
            if since is not None and created is not None and created < since:
                continue
            found.append(Mention(
                network_id=str(status["id"]), url=status.get("url") or "",
                author=(status.get("account") or {}).get("acct", ""),
                text=_plain(status.get("content") or ""), created_at=created,
                reply_to=(str(status["in_reply_to_id"]) if status.get("in_reply_to_id")
                          else None)))
        return found[:limit]


def _plain(content: str) -> str:
    """Text of a status's HTML content, whitespace collapsed (for comparing texts)."""
    return " ".join(html.unescape(_TAG.sub("", _BREAK.sub(" ", content))).split())


def _fingerprint(content: str) -> str:
    """The text without any whitespace: servers re-wrap links and paragraphs."""
    return "".join(_plain(content).split())


def _utc(value: Any) -> datetime | None:
    if not isinstance(value, datetime):
        return None
    return value.astimezone(timezone.utc) if value.tzinfo else value.replace(tzinfo=timezone.utc)
