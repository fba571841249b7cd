"""Connectors by name (usually the network's name).

``register_connector(name, factory)`` where ``factory(credentials) -> Connector``.
Built in: ``log`` (a JSON-lines file, for the demo) and ``test-receiver`` (an HTTP
receiver on loopback, for the crash-safety harness). A name not registered here is
looked up in ``fauxpas.connectors.desk`` if that module exists and has
``connector_for(name, credentials)``, so the real-network connectors plug in without
the desk knowing them.
"""

from __future__ import annotations

import importlib
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
    try:
        plugin = importlib.import_module("fauxpas.connectors.desk")
    except ImportError:
        plugin = None
    if plugin is not None and hasattr(plugin, "connector_for"):
        connector = plugin.connector_for(name, credentials)
        if connector is not None:
            return connector
    raise UnknownConnector(f"no connector for {name!r}; known: {', '.join(sorted(_FACTORIES))}")


def _builtins() -> None:
    if "log" in _FACTORIES:
        return
    from fauxpas.desk.publish.local import LogConnector, ReceiverConnector

    register_connector("log", LogConnector.from_credentials)
    register_connector("test-receiver", ReceiverConnector.from_credentials)
