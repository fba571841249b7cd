"""Connector test fixtures: accounts and logins on the real servers (the servers
themselves, ``bluesky_server`` and ``snac_server``, are in tests/conftest.py)."""

from __future__ import annotations

import struct
import zlib

import pytest

from fauxpas import connectors


@pytest.fixture(scope="session")
def tiny_png() -> bytes:
    """A valid 1x1 PNG image."""
    rgb = (0, 160, 80)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data)))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00" + bytes(rgb))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels)
            + chunk(b"IEND", b""))


# -- Bluesky -------------------------------------------------------------------------------
@pytest.fixture(scope="session")
def bsky_accounts(bluesky_server, run_id):
    """Accounts on the PDS: the brand, a fan who talks to it."""
    names = {"brand": f"brand{run_id}.test", "fan": f"fan{run_id}.test"}
    return {role: bluesky_server.create_account(handle, f"pw-{role}-{run_id}")
            for role, handle in names.items()}


def bsky_credentials(server, account, **extra):
    return {"handle": account["handle"], "password": account["password"],
            "service": server.url, **extra}


@pytest.fixture()
def bsky_login(bluesky_server):
    """Builds a connector for an account (or a variant of one) on the test PDS."""
    return lambda account, **extra: connectors.connect(
        "bluesky", bsky_credentials(bluesky_server, account, **extra))


@pytest.fixture()
def bsky_brand(bluesky_server, bsky_accounts):
    return connectors.connect("bluesky", bsky_credentials(
        bluesky_server, bsky_accounts["brand"], watch=[bsky_accounts["fan"]["handle"]]))


@pytest.fixture()
def bsky_fan(bluesky_server, bsky_accounts):
    return connectors.connect("bluesky", bsky_credentials(bluesky_server, bsky_accounts["fan"]))


# -- Mastodon API (snac) ------------------------------------------------------------------------
@pytest.fixture(scope="session")
def snac_tokens(snac_server, run_id):
    """Access tokens of two snac users: the brand and a fan who follows it."""
    from fauxpas.connectors.mastodon.login import snac_login

    users = {"brand": f"brand{run_id}", "fan": f"fan{run_id}"}
    passwords = {role: snac_server.add_user(name) for role, name in users.items()}
    return {role: {"username": users[role], "password": passwords[role],
                   "token": snac_login(snac_server.url, users[role], passwords[role])}
            for role in users}


@pytest.fixture()
def snac_login_as(snac_server, snac_tokens):
    return lambda role, **extra: connectors.connect("mastodon", {
        "api_base_url": snac_server.url, "access_token": snac_tokens[role]["token"], **extra})


def wait_for(probe, timeout: float = 15.0, every: float = 0.25):
    """Polls ``probe`` until it returns something truthy (snac delivers in the background)."""
    import time

    deadline = time.monotonic() + timeout
    while True:
        value = probe()
        if value or time.monotonic() > deadline:
            return value
        time.sleep(every)


@pytest.fixture(scope="session")
def waiter():
    return wait_for


_PUBLISH_CHILD = """
import json, sys
from fauxpas import connectors
network, credentials, key, text = sys.argv[1], json.loads(sys.argv[2]), sys.argv[3], sys.argv[4]
connector = connectors.connect(network, credentials)
connector.verify()
print("SENDING", flush=True)
connector.publish(text, idempotency_key=key)
print("DONE", flush=True)
"""


def kill_during_publish(network: str, credentials: dict, key: str, text: str,
                        delay: float) -> str:
    """Runs a publish in a child process and kills it ``delay`` s after it starts sending.

    Returns the child's last line ("SENDING" if killed in flight, "DONE" if it finished).
    """
    import json
    import subprocess
    import sys
    import time

    child = subprocess.Popen([sys.executable, "-c", _PUBLISH_CHILD, network,
                              json.dumps(credentials), key, text],
                             stdout=subprocess.PIPE, text=True)
    last = child.stdout.readline().strip()
    time.sleep(delay)
    child.kill()
    rest = child.stdout.read().strip()
    child.wait()
    return rest.splitlines()[-1] if rest else last


@pytest.fixture(scope="session")
def killer():
    return kill_during_publish
