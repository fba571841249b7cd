"""Connectors by network name: ``get("bluesky")`` is the class, ``connect`` builds one.

Connector modules are imported lazily, so ``fauxpas`` without the ``connectors`` extra
still imports; asking for a connector whose library is missing raises ``BadConfig``
that says which extra to install.
"""

from __future__ import annotations

import importlib
from typing import Any

from fauxpas.connectors.base import Connector
from fauxpas.connectors.errors import BadConfig

_MODULES = {
    "bluesky": ("fauxpas.connectors.bluesky.connector", "BlueskyConnector"),
    "mastodon": ("fauxpas.connectors.mastodon.connector", "MastodonConnector"),
    "webhook": ("fauxpas.connectors.webhook.connector", "WebhookConnector"),
}


def names() -> tuple[str, ...]:
    return tuple(sorted(_MODULES))


def get(network: str) -> type[Connector]:
    try:
        module_name, class_name = _MODULES[network]
    except KeyError:
        known = ", ".join(names())
        raise BadConfig(f"no connector for {network!r}; known: {known}") from None
    try:
        module = importlib.import_module(module_name)
    except ImportError as error:
        raise BadConfig(
            f"the {network} connector needs the 'connectors' extra "
            f"(pip install 'fauxpas[connectors]'): {error}",
            network=network,
        ) from error
    return getattr(module, class_name)


def connect(network: str, credentials: dict[str, Any]) -> Connector:
    """A ready connector for one account."""
    return get(network)(credentials)
