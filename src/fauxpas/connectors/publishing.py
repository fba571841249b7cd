"""The one safe way to publish from a queue whose workers can die.

The desk stores the post's idempotency key before the first attempt and marks the
attempt as started. If a worker dies, or a publish ends in ``Unknown``, the next worker
calls :func:`publish_once` with ``maybe_sent=True``: the post is looked up first and only
published when the network does not have it. With the same key, Bluesky cannot make a
second copy, Mastodon de-duplicates for an hour (snac does not: the lookup covers it),
and webhook receivers drop keys they have seen.
"""

from __future__ import annotations

from collections.abc import Sequence

from fauxpas.connectors.base import ImageUpload, Publisher, PublishResult


def publish_once(connector: Publisher, text: str, *, idempotency_key: str,
                 maybe_sent: bool, reply_to: str | None = None,
                 images: Sequence[ImageUpload] = ()) -> PublishResult:
    """Publishes ``text`` unless an earlier attempt with this key already landed."""
    if maybe_sent:
        found = connector.lookup(idempotency_key, text=text)
        if found is not None:
            return found
    return connector.publish(text, idempotency_key=idempotency_key, reply_to=reply_to,
                             images=images)
