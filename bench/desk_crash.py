"""Crash safety of the desk's worker: SIGKILL it at random points N times while it publishes
to a local test receiver, then count deliveries per idempotency key.

    .venv/bin/python bench/desk_crash.py [--kills 100] [--posts 400] [--postgres]

Prints the figures; exits 1 if any post arrived twice or never.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.desk.crash_harness import run  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--kills", type=int, default=100)
    parser.add_argument("--posts", type=int, default=400)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--postgres", action="store_true", help="on a throwaway PostgreSQL")
    args = parser.parse_args()
    server = None
    url = None
    if args.postgres:
        from tests.desk.pg import PostgresServer

        server = PostgresServer().start()
        url = server.create_database("crash")
    try:
        report = run(kills=args.kills, posts=args.posts, seed=args.seed, url=url)
    finally:
        if server:
            server.stop()
    print(json.dumps(dataclasses.asdict(report), indent=2))
    ok = report.duplicates == 0 and report.missing == 0 and report.delivered == report.posts
    print("exactly once: " + ("yes" if ok else "NO"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
