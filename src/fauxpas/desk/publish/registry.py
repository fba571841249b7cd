"""Connectors by name (usually the network's name).

``register_connector(name, factory)`` where ``factory(credentials) -> Connector``.
Built in: ``log`` (a JSON-lines file, for the demo) and ``test-receiver`` (an HTTP
receiver on loopback, for the crash-safety harness). Any other name is a network of
``fauxpas.connectors`` (bluesky, mastodon, webhook), wrapped by ``networks.NetworkConnector``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fauxpas.desk.publish.protocol import Connector

Factory = Callable[[dict[str, Any]], Connector]
_FACTORIES: dict[str, Factory] = {}


class UnknownConnector(LookupError):
    pass


def register_connector(name: str, factory: Factory) -> None:
    _FACTORIES[name] = factory


def connector_for(name: str, credentials: dict[str, Any]) -> Connector:
    _builtins()
    if name in _FACTORIES:
        return _FACTORIES[name](credentials)
    from fauxpas.desk.publish.networks import NetworkConnector

    network = NetworkConnector.for_network(name, credentials)
    if network is not None:
        return network
    raise UnknownConnector(f"no connector for {name!r}; known: {', '.join(sorted(_FACTORIES))}")


def _builtins() -> None:
    if "log" in _FACTORIES:
        return
    from fauxpas.desk.publish.local import LogConnector, ReceiverConnector

    register_connector("log", LogConnector.from_credentials)
    register_connector("test-receiver", ReceiverConnector.from_credentials)
