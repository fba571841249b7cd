"""Crash safety of the desk's worker against the REAL test servers (Bluesky's PDS, snac):
SIGKILL it N times while it publishes, restart it, then count each post on the server.

    .venv/bin/python bench/connector_crash.py [--kills 20] [--posts 30] [--network bluesky]
        [--max-delay SECONDS]

Needs the servers (scripts/system-deps.d/30-connectors.sh). Prints the figures per
network; exits 1 if any post is on the server twice, or missing.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import secrets
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.integration.live_crash import run  # noqa: E402

from fauxpas.connectors.testservers import BlueskyServer, SnacServer  # noqa: E402

SERVERS = {"bluesky": BlueskyServer, "mastodon": SnacServer}
# One send (log in, then publish) takes about 0.4 s on the PDS, a few ms on snac.
MAX_DELAY = {"bluesky": 0.6, "mastodon": 0.3}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--posts", type=int, default=30)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--max-delay", type=float, default=None,
                        help="longest wait between a claim and the kill (default: per network, "
                             "covering its log-in and publish time)")
    parser.add_argument("--network", choices=sorted(SERVERS), action="append")
    args = parser.parse_args()
    bad = False
    for network in args.network or sorted(SERVERS):
        server_class = SERVERS[network]
        reason = server_class.missing()
        if reason:
            print(json.dumps({"network": network, "skipped": reason}))
            continue
        work = Path(tempfile.mkdtemp(prefix=f"fauxpas-live-crash-{network}-"))
        with server_class(work / "server") as server:
            report = run(network=network, server=server, work=work / "desk",
                         tag=secrets.token_hex(3), kills=args.kills, posts=args.posts,
                         seed=args.seed, max_delay=args.max_delay or MAX_DELAY[network])
        print(json.dumps(dataclasses.asdict(report)), flush=True)
        bad = bad or report.duplicates > 0 or report.missing > 0
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
