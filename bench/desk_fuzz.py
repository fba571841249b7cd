"""Fuzz the desk's OpenAPI spec with schemathesis: any 5xx is a failure.

    .venv/bin/pip install 'schemathesis>=4,<5'      # once; not a dependency of fauxpas
    .venv/bin/python bench/desk_fuzz.py [--max-examples 40] [--checks not_a_server_error]

Serves a demo desk (SQLite, admin API token) in a second process and runs `st run` on it.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.desk.pg import free_port  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--max-examples", type=int, default=40)
    parser.add_argument("--checks", default="not_a_server_error")
    args = parser.parse_args()
    st = shutil.which("st") or str(Path(sys.executable).parent / "st")
    if not Path(st).exists():
        print("schemathesis is not installed: .venv/bin/pip install 'schemathesis>=4,<5'")
        return 2
    work = Path(tempfile.mkdtemp(prefix="fauxpas-fuzz-"))
    os.environ.update(FAUXPAS_DATABASE_URL=f"sqlite:///{work / 'desk.db'}",
                      FAUXPAS_SECRET_KEY="fuzz", XDG_DATA_HOME=str(work))
    from sqlalchemy import select

    from fauxpas.desk.demo import seed
    from fauxpas.desk.runtime import Desk
    from fauxpas.desk.users.models import User
    from fauxpas.desk.users.service import create_api_token

    desk = Desk.open()
    seed(desk, log_path=work / "published.jsonl")
    with desk.sessions() as db:
        admin = db.scalar(select(User).where(User.role == "admin"))
        _, token = create_api_token(db, user=admin, name="fuzz")
    desk.close()
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "fauxpas.cli", "serve", "--port", str(port)],
                              stdout=subprocess.DEVNULL)
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(200):
            try:
                httpx.get(f"{base}/openapi.json", timeout=1)
                break
            except httpx.HTTPError:
                time.sleep(0.1)
        command = [st, "run", f"{base}/openapi.json", "-H", f"Authorization: Bearer {token}",
                   "--checks", args.checks, "--max-examples", str(args.max_examples),
                   "--exclude-path", "/v1/tokens/{token_id}",  # it would revoke its own token
                   "--workers", "1", "--report", "ndjson", "--report-dir", str(work / "report")]
        print("$ " + " ".join(c if "Bearer" not in c else "Authorization: Bearer ***"
                              for c in command), flush=True)
        return subprocess.call(command, cwd=work)  # its cache lands there, not in the repo
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)


if __name__ == "__main__":
    sys.exit(main())
