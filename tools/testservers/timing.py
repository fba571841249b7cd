"""Prints how long the connector test servers take to start, and a few operations.

Usage: .venv/bin/python tools/testservers/timing.py   (after 30-connectors.sh as root)
"""

from __future__ import annotations

import tempfile
import time
from contextlib import contextmanager

from fauxpas import connectors
from fauxpas.connectors.mastodon.login import snac_login
from fauxpas.connectors.testservers import BlueskyServer, SnacServer


@contextmanager
def timed(label: str):
    start = time.perf_counter()
    yield
    print(f"{label:<34} {time.perf_counter() - start:7.3f} s")


def operations(connector, label: str, runs: int = 10) -> None:
    with timed(f"{label}: verify"):
        connector.verify()
    start = time.perf_counter()
    posts = [connector.publish(f"timing {label} {i}", idempotency_key=connectors.new_idempotency_key())
             for i in range(runs)]
    print(f"{label + ': publish (mean of ' + str(runs) + ')':<34} "
          f"{(time.perf_counter() - start) / runs:7.3f} s")
    start = time.perf_counter()
    for post in posts:
        connector.delete(post.network_id)
    print(f"{label + ': delete (mean)':<34} {(time.perf_counter() - start) / runs:7.3f} s")


def main() -> None:
    for cls in (BlueskyServer, SnacServer):
        reason = cls.missing()
        if reason:
            raise SystemExit(reason)
    with tempfile.TemporaryDirectory() as scratch:
        with timed("bluesky PDS + PLC: start"):
            bsky = BlueskyServer(f"{scratch}/bsky")
            bsky.start()
        try:
            account = bsky.create_account("timing.test", "timing-password")
            operations(connectors.connect("bluesky", {
                "handle": account["handle"], "password": "timing-password",
                "service": bsky.url}), "bluesky")
        finally:
            with timed("bluesky: stop"):
                bsky.stop()
        with timed("snac: start"):
            snac = SnacServer(f"{scratch}/snac")
            snac.start()
        try:
            password = snac.add_user("timing")
            token = snac_login(snac.url, "timing", password)
            operations(connectors.connect("mastodon", {"api_base_url": snac.url,
                                                       "access_token": token}), "mastodon")
        finally:
            with timed("snac: stop"):
                snac.stop()


if __name__ == "__main__":
    main()
