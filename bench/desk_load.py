"""Load on POST /v1/check: 50 concurrent clients (this process) against the desk served by
uvicorn in a second process, on SQLite and on a throwaway PostgreSQL.

    .venv/bin/python bench/desk_load.py [--clients 50] [--seconds 10] [--db sqlite|postgresql|both]

Prints requests/s, latency percentiles and error counts per database.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.desk.pg import PostgresServer, free_port, pg_bin  # noqa: E402

CASES = [
    {"id": "a", "text": "Our autumn range is in stores now. Come and see!",
     "account": {"handle": "@shop", "kind": "brand", "brand": "Shop", "markets": ["GB"]}},
    {"id": "b", "text": "Good morning everyone, weekend plans? #friday",
     "account": {"handle": "@shop", "kind": "brand", "brand": "Shop"}},
    {"id": "c", "text": "Thanks for waiting, your order ships tomorrow.", "action": "reply",
     "target": {"text": "Where is my order??", "author": "@customer"}},
]


def _prepare(url: str, data: Path) -> str:
    os.environ.update(FAUXPAS_DATABASE_URL=url, FAUXPAS_SECRET_KEY="load", XDG_DATA_HOME=str(data))
    from fauxpas.desk.runtime import Desk
    from fauxpas.desk.settings import Settings
    from fauxpas.desk.users.service import create_api_token, create_user

    desk = Desk.open(Settings.from_env())
    with desk.sessions() as db:
        user = create_user(db, email="load@bench.test", name="Load", password="x" * 12,
                           role="viewer")
        _, token = create_api_token(db, user=user, name="load")
    desk.close()
    return token


async def _client(http: httpx.AsyncClient, token: str, until: float, latencies: list,
                  errors: dict, n: int) -> None:
    headers = {"Authorization": f"Bearer {token}"}
    i = n
    while time.perf_counter() < until:
        case = CASES[i % len(CASES)]
        i += 1
        start = time.perf_counter()
        try:
            response = await http.post("/v1/check", json=case, headers=headers)
            key = str(response.status_code)
        except httpx.HTTPError as exc:
            key = type(exc).__name__
        latencies.append(time.perf_counter() - start)
        if key != "200":
            errors[key] = errors.get(key, 0) + 1


async def _load(base: str, token: str, clients: int, seconds: float) -> dict:
    latencies: list[float] = []
    errors: dict[str, int] = {}
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=30) as http:
        await http.post("/v1/check", json=CASES[0], headers={"Authorization": f"Bearer {token}"})
        started = time.perf_counter()
        until = started + seconds
        await asyncio.gather(*(_client(http, token, until, latencies, errors, n)
                               for n in range(clients)))
        elapsed = time.perf_counter() - started
    latencies.sort()

    def pct(p: float) -> float:
        return round(1000 * latencies[min(len(latencies) - 1, int(p * len(latencies)))], 1)

    return {"requests": len(latencies), "rps": round(len(latencies) / elapsed, 1),
            "p50_ms": pct(0.50), "p90_ms": pct(0.90), "p99_ms": pct(0.99),
            "max_ms": round(1000 * latencies[-1], 1),
            "mean_ms": round(1000 * statistics.fmean(latencies), 1), "errors": errors}


def run_one(kind: str, clients: int, seconds: float) -> dict:
    work = Path(tempfile.mkdtemp(prefix="fauxpas-load-"))
    server = None
    if kind == "postgresql":
        server = PostgresServer().start()
        url = server.create_database("load")
    else:
        url = f"sqlite:///{work / 'desk.db'}"
    try:
        token = _prepare(url, work)
        port = free_port()
        desk = subprocess.Popen([sys.executable, "-m", "fauxpas.cli", "serve", "--port",
                                 str(port)], env=dict(os.environ), stdout=subprocess.DEVNULL)
        try:
            base = f"http://127.0.0.1:{port}"
            for _ in range(200):
                try:
                    httpx.get(f"{base}/openapi.json", timeout=1)
                    break
                except httpx.HTTPError:
                    time.sleep(0.1)
            return asyncio.run(_load(base, token, clients, seconds))
        finally:
            desk.send_signal(signal.SIGTERM)
            desk.wait(timeout=30)
    finally:
        if server:
            server.stop()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--db", choices=["sqlite", "postgresql", "both"], default="both")
    args = parser.parse_args()
    kinds = ["sqlite", "postgresql"] if args.db == "both" else [args.db]
    for kind in kinds:
        if kind == "postgresql" and pg_bin() is None:
            print("postgresql: skipped, binaries missing")
            continue
        result = run_one(kind, args.clients, args.seconds)
        print(f"{kind}: {args.clients} clients, {args.seconds:g}s: {result}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
