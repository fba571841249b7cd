"""Connectors that publish to real networks: Bluesky, Mastodon-API servers, webhooks.

See README.md in this folder for what each supports, how it is tested, and which
networks have no connector (and why).
"""

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
    capabilities,
    new_idempotency_key,
)
from fauxpas.connectors.errors import (
    AuthExpired,
    BadConfig,
    ConnectorError,
    NetworkDown,
    NotFound,
    RateLimited,
    Rejected,
    Unknown,
)
from fauxpas.connectors.publishing import publish_once
from fauxpas.connectors.registry import connect, get, names

__all__ = [
    "AccountInfo", "ActionResult", "AuthExpired", "BadConfig", "Connector", "ConnectorError",
    "CredentialVerifier", "DeleteResult", "Deleter", "ImageUpload", "Liker", "Mention",
    "MentionReader", "NetworkDown", "NotFound", "PublishResult", "Publisher", "RateLimited",
    "Rejected", "Reposter", "Unknown", "capabilities", "connect", "get", "names",
    "new_idempotency_key", "publish_once",
]
