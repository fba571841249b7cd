"""Fixtures shared across test folders: the real test servers on loopback (Bluesky's PDS
and snac, a Mastodon-API server), started once per session and used by both the connector
tests (tests/connectors) and the desk's end-to-end tests (tests/integration)."""

from __future__ import annotations

import secrets

import pytest


@pytest.fixture(scope="session")
def bluesky_server(tmp_path_factory):
    from fauxpas.connectors.testservers import BlueskyServer

    reason = BlueskyServer.missing()
    if reason:
        pytest.skip(reason)
    with BlueskyServer(tmp_path_factory.mktemp("bluesky")) as server:
        yield server


@pytest.fixture(scope="session")
def snac_server(tmp_path_factory):
    from fauxpas.connectors.testservers import SnacServer

    reason = SnacServer.missing()
    if reason:
        pytest.skip(reason)
    with SnacServer(tmp_path_factory.mktemp("snac")) as server:
        yield server


@pytest.fixture(scope="session")
def run_id() -> str:
    """Makes handles and texts unique to this session."""
    return secrets.token_hex(3)
