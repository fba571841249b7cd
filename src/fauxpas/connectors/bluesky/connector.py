"""Bluesky connector (``atproto``), tested against Bluesky's own PDS on loopback.

Credentials: ``handle``, ``password`` (an app password), optional ``service`` (the
PDS, default ``https://bsky.social``), ``web_url`` (for links, default
``https://bsky.app``) and ``watch`` (handles or DIDs whose posts are scanned for
mentions: see ``mentions``).

Idempotent publishing: the record key of a post is derived from the idempotency key,
so the same post can never be created twice; after an unclear failure the connector
looks the key up and returns the post if it landed. Likes and reposts get a key derived
from the target, so repeating them is harmless too.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from datetime import datetime, timezone
from typing import Any

from atproto import Client, models

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
from fauxpas.connectors.bluesky import records as rec
from fauxpas.connectors.bluesky.errors import NETWORK, map_error, never_sent
from fauxpas.connectors.errors import (
    BadConfig,
    ConnectorError,
    NetworkDown,
    NotFound,
    Rejected,
    Unknown,
)
from fauxpas.connectors.retry import retry_safe

MAX_IMAGES = 4
PUBLISH_ATTEMPTS = 3


class BlueskyConnector(
    Connector, Publisher, Deleter, Liker, Reposter, MentionReader, CredentialVerifier
):
    network = "bluesky"
    required_credentials = ("handle", "password")

    def __init__(self, credentials: dict[str, Any], *, sleep=time.sleep) -> None:
        super().__init__(credentials)
        self.service = str(credentials.get("service") or "https://bsky.social").rstrip("/")
        self.web_base = str(credentials.get("web_url") or "https://bsky.app")
        watch = credentials.get("watch") or []
        if isinstance(watch, str) or not all(isinstance(w, str) for w in watch):
            raise BadConfig("'watch' must be a list of handles or DIDs", network=NETWORK)
        self.watch = tuple(watch)
        self._sleep = sleep
        self._client: Client | None = None
        self.did = ""
        self.handle = ""

    # -- session ------------------------------------------------------------------
    def _call(self, fn, *, retry: bool = True):
        def once():
            try:
                return fn()
            except Exception as error:  # noqa: BLE001 - mapped, or re-raised by map_error
                raise map_error(error) from error

        return retry_safe(once, sleep=self._sleep) if retry else once()

    def client(self) -> Client:
        if self._client is None:
            client = Client(base_url=self.service)
            self._call(lambda: client.login(self.credentials["handle"],
                                            self.credentials["password"],
                                            fetch_bsky_profile=False))
            session = self._call(lambda: client.com.atproto.server.get_session())
            self.did, self.handle = session.did, session.handle
            self._client = client
        return self._client

    def verify(self) -> AccountInfo:
        self._client = None
        self.client()
        return AccountInfo(self.did, self.handle, f"{self.web_base.rstrip('/')}/profile/"
                           f"{self.handle}")

    # -- reading records -------------------------------------------------------------
    def _get_record(self, uri: rec.AtUri):
        client = self.client()
        return self._call(lambda: client.com.atproto.repo.get_record(
            params={"repo": uri.repo, "collection": uri.collection, "rkey": uri.rkey}))

    def _strong_ref(self, target_id: str) -> models.ComAtprotoRepoStrongRef.Main:
        uri = rec.parse_uri(target_id)
        if uri is None:
            raise NotFound(f"not a Bluesky post id: {target_id!r}", network=NETWORK)
        found = self._get_record(uri)
        return models.ComAtprotoRepoStrongRef.Main(uri=found.uri, cid=found.cid)

    def _result(self, uri: str, cid: str, key: str = "", created_at: str = "") -> PublishResult:
        parsed = rec.parse_uri(uri)
        return PublishResult(
            network_id=uri,
            url=rec.web_url(self.web_base, self.handle or self.did, parsed) if parsed else "",
            idempotency_key=key,
            created_at=_parse_time(created_at),
            raw={"uri": uri, "cid": cid},
        )

    # -- publishing -------------------------------------------------------------------
    def publish(self, text: str, *, idempotency_key: str, reply_to: str | None = None,
                images: Sequence[ImageUpload] = ()) -> PublishResult:
        if not idempotency_key:
            raise BadConfig("publish needs an idempotency_key", network=NETWORK)
        if len(images) > MAX_IMAGES:
            raise Rejected(f"Bluesky takes at most {MAX_IMAGES} images", network=NETWORK,
                           reason="too many images")
        client = self.client()
        record = self._build_post(text, reply_to, images)
        rkey = rec.record_key(idempotency_key)
        data = models.ComAtprotoRepoCreateRecord.Data(
            repo=self.did, collection=rec.POST, rkey=rkey, record=record)
        maybe_sent = False
        for attempt in range(PUBLISH_ATTEMPTS):
            try:
                made = client.com.atproto.repo.create_record(data)
                return self._result(made.uri, made.cid, idempotency_key, record.created_at)
            except Exception as raw:  # noqa: BLE001
                error = map_error(raw)
                if not isinstance(error, NetworkDown):
                    raise error from raw
                maybe_sent = maybe_sent or not never_sent(raw)
            # The request may have landed (or hit the key of an earlier attempt): look.
            try:
                found = self.lookup(idempotency_key)
            except ConnectorError:
                found = None
            if found is not None:
                return found
            if attempt < PUBLISH_ATTEMPTS - 1:
                self._sleep(0.5 * 2**attempt)
        if not maybe_sent:
            raise NetworkDown("cannot reach the Bluesky server; nothing was posted",
                              network=NETWORK)
        raise Unknown("Bluesky did not confirm the post; look it up before trying again",
                      network=NETWORK, idempotency_key=idempotency_key)

    def lookup(self, idempotency_key: str, *, text: str | None = None) -> PublishResult | None:
        self.client()
        uri = rec.AtUri(self.did, rec.POST, rec.record_key(idempotency_key))
        try:
            found = self._get_record(uri)
        except NotFound:
            return None
        value = _as_dict(found.value)
        return self._result(found.uri, found.cid, idempotency_key, value.get("createdAt", ""))

    def _build_post(self, text: str, reply_to: str | None,
                    images: Sequence[ImageUpload]) -> models.AppBskyFeedPost.Record:
        client = self.client()
        reply = None
        if reply_to:
            parent = self._strong_ref(reply_to)
            parent_value = _as_dict(self._get_record(rec.parse_uri(reply_to)).value)
            root_ref = (parent_value.get("reply") or {}).get("root")
            root = (models.ComAtprotoRepoStrongRef.Main(uri=root_ref["uri"], cid=root_ref["cid"])
                    if root_ref else parent)
            reply = models.AppBskyFeedPost.ReplyRef(parent=parent, root=root)
        embed = None
        if images:
            uploaded = [
                models.AppBskyEmbedImages.Image(
                    alt=image.alt,
                    image=self._call(lambda i=image: client.upload_blob(i.data)).blob)
                for image in images
            ]
            embed = models.AppBskyEmbedImages.Main(images=uploaded)
        return models.AppBskyFeedPost.Record(
            text=text, created_at=client.get_current_time_iso(), reply=reply, embed=embed,
            facets=self._facets(text) or None)

    def _facets(self, text: str) -> list[models.AppBskyRichtextFacet.Main]:
        client = self.client()
        facets = []
        for span in rec.find_facets(text):
            if span.kind == "mention":
                try:
                    did = self._call(lambda s=span: client.com.atproto.identity.resolve_handle(
                        params={"handle": s.value})).did
                except (NotFound, Rejected):
                    continue  # not a known handle: leave it as plain text
                feature = models.AppBskyRichtextFacet.Mention(did=did)
            else:
                feature = models.AppBskyRichtextFacet.Link(uri=span.value)
            facets.append(models.AppBskyRichtextFacet.Main(
                index=models.AppBskyRichtextFacet.ByteSlice(byte_start=span.start,
                                                            byte_end=span.end),
                features=[feature]))
        return facets

    # -- deleting, liking, reposting -------------------------------------------------
    def delete(self, network_id: str) -> DeleteResult:
        uri = rec.parse_uri(network_id)
        client = self.client()
        if uri is None or uri.collection != rec.POST:
            raise NotFound(f"not a Bluesky post id: {network_id!r}", network=NETWORK)
        if uri.repo not in (self.did, self.handle):
            raise Rejected("that post belongs to another account", network=NETWORK,
                           reason="not own post")
        try:
            self._get_record(uri)
        except NotFound:
            return DeleteResult(network_id, already_gone=True)
        self._call(lambda: client.com.atproto.repo.delete_record(
            models.ComAtprotoRepoDeleteRecord.Data(repo=self.did, collection=rec.POST,
                                                   rkey=uri.rkey)))
        return DeleteResult(network_id)

    def _act(self, collection: str, target_id: str) -> ActionResult:
        client = self.client()
        subject = self._strong_ref(target_id)
        rkey = rec.record_key(target_id, salt=collection)
        existing = rec.AtUri(self.did, collection, rkey)
        try:
            self._get_record(existing)
            return ActionResult(str(existing), target_id)
        except NotFound:
            pass
        record = {"$type": collection, "subject": subject.model_dump(by_alias=True),
                  "createdAt": client.get_current_time_iso()}
        data = models.ComAtprotoRepoCreateRecord.Data(repo=self.did, collection=collection,
                                                      rkey=rkey, record=record)

        def create() -> ActionResult:
            # A fixed record key makes this safe to retry: a second create cannot duplicate
            # (the PDS answers it with a server error, so look before trying again).
            try:
                return ActionResult(self._call(
                    lambda: client.com.atproto.repo.create_record(data), retry=False).uri,
                    target_id)
            except NetworkDown as error:
                try:
                    self._get_record(existing)
                except NotFound:
                    raise error from None
                return ActionResult(str(existing), target_id)

        return retry_safe(create, sleep=self._sleep)

    def _undo(self, collection: str, target_id: str) -> None:
        client = self.client()
        keys = {rec.record_key(target_id, salt=collection)}
        listed = self._call(lambda: client.com.atproto.repo.list_records(
            params={"repo": self.did, "collection": collection, "limit": 100}))
        for item in listed.records:  # also undo likes made outside fauxpas
            if (_as_dict(item.value).get("subject") or {}).get("uri") == target_id:
                keys.add(rec.parse_uri(item.uri).rkey)
        for rkey in keys:
            self._call(lambda k=rkey: client.com.atproto.repo.delete_record(
                models.ComAtprotoRepoDeleteRecord.Data(repo=self.did, collection=collection,
                                                       rkey=k)))

    def like(self, target_id: str) -> ActionResult:
        return self._act(rec.LIKE, target_id)

    def unlike(self, target_id: str) -> None:
        self._undo(rec.LIKE, target_id)

    def repost(self, target_id: str) -> ActionResult:
        return self._act(rec.REPOST, target_id)

    def unrepost(self, target_id: str) -> None:
        self._undo(rec.REPOST, target_id)

    # -- listening ------------------------------------------------------------------
    def mentions(self, *, since: datetime | None = None, limit: int = 50) -> list[Mention]:
        """Posts by the ``watch`` accounts that mention or reply to this account.

        Bluesky's notifications come from the App View, which a PDS alone does not
        have; this reads the watched accounts' repositories on the account's own PDS
        instead (so it sees accounts hosted there, and the posts they still have).
        """
        client = self.client()
        found: list[Mention] = []
        for author in self.watch:
            listed = self._call(lambda a=author: client.com.atproto.repo.list_records(
                params={"repo": a, "collection": rec.POST, "limit": min(limit, 100)}))
            for item in listed.records:
                mention = self._as_mention(author, item)
                if mention and (since is None or (mention.created_at or since) >= since):
                    found.append(mention)
        epoch = datetime.min.replace(tzinfo=timezone.utc)
        found.sort(key=lambda m: m.created_at or epoch, reverse=True)
        return found[:limit]

    def _as_mention(self, author: str, item: Any) -> Mention | None:
        value = _as_dict(item.value)
        parent = ((value.get("reply") or {}).get("parent") or {}).get("uri")
        mentioned = any(
            feature.get("did") == self.did
            for facet in value.get("facets") or []
            for feature in facet.get("features") or []
        )
        replied = bool(parent) and parent.startswith(f"at://{self.did}/")
        if not (mentioned or replied):
            return None
        uri = rec.parse_uri(item.uri)
        return Mention(network_id=item.uri, url=rec.web_url(self.web_base, author, uri),
                       author=author, text=value.get("text", ""),
                       created_at=_parse_time(value.get("createdAt", "")), reply_to=parent)


def _as_dict(value: Any) -> dict[str, Any]:
    if isinstance(value, dict):
        return value
    if hasattr(value, "model_dump"):
        return value.model_dump(by_alias=True, exclude_none=True)
    return dict(value)


def _parse_time(value: str) -> datetime | None:
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except (ValueError, AttributeError):
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)
