"""Real servers on loopback for tests: Bluesky's PDS (+ PLC) and snac (Mastodon API).

``scripts/system-deps.d/30-connectors.sh`` installs them into :func:`cache_dir`; these
classes start them on free ports in a scratch folder, create accounts, and stop them.
Used by ``tests/connectors`` and by anything else that needs a real server (the desk's
end-to-end tests). ``BlueskyServer.missing()`` / ``SnacServer.missing()`` say why a
server cannot run (nothing installed, no Node), for a clear ``pytest.skip``.
"""

from __future__ import annotations

import ctypes
import json
import os
import queue
import re
import secrets
import shutil
import signal
import socket
import subprocess
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
INSTALL_HINT = "run scripts/system-deps.d/30-connectors.sh as root (about 3 minutes once)"


def cache_dir() -> Path:
    explicit = os.environ.get("FAUXPAS_TESTSERVERS")
    if explicit:
        return Path(explicit)
    base = os.environ.get("FAUXPAS_CACHE") or Path.home() / ".cache" / "fauxpas"
    return Path(base) / "testservers"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _die_with_parent() -> None:  # pragma: no cover - runs in the child
    """Ask Linux to stop the server if the test process dies without cleaning up."""
    try:
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except OSError:
        pass


def _post_json(url: str, body: dict, timeout: float = 30) -> dict:
    request = urllib.request.Request(url, data=json.dumps(body).encode(), method="POST",
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=timeout) as answer:
        return json.loads(answer.read())


class _Server:
    process: subprocess.Popen | None = None

    def __enter__(self):
        self.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    def stop(self) -> None:
        process, self.process = self.process, None
        if process is None or process.poll() is not None:
            return
        if process.stdin:
            process.stdin.close()
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


class BlueskyServer(_Server):
    """Bluesky's PDS with an in-memory PLC directory, in one Node 22 process."""

    def __init__(self, workdir: Path) -> None:
        self.workdir = Path(workdir)
        self.home = cache_dir() / "bluesky"
        self.node = self.home / "node22" / "node_modules" / "node" / "bin" / "node"
        self.url = ""

    @classmethod
    def missing(cls) -> str | None:
        home = cache_dir() / "bluesky"
        node = home / "node22" / "node_modules" / "node" / "bin" / "node"
        if not (home / ".stamp").is_file() or not (home / "node_modules" / "@atproto").is_dir():
            return f"Bluesky test server not installed in {home}: {INSTALL_HINT}"
        if not node.is_file():
            return f"Node 22 for the Bluesky test server is missing ({node}): {INSTALL_HINT}"
        return None

    def _script(self) -> Path:
        source = REPO / "tools" / "testservers" / "bluesky" / "pds.mjs"
        target = self.home / "pds.mjs"
        if source.is_file() and (not target.is_file() or
                                 source.read_bytes() != target.read_bytes()):
            try:
                shutil.copyfile(source, target)  # the repo's copy wins over the installed one
            except OSError:
                pass  # a read-only cache: run the installed copy
        return target

    def start(self, timeout: float = 90) -> None:
        pds_port, plc_port = free_port(), free_port()
        self.workdir.mkdir(parents=True, exist_ok=True)
        self.log = self.workdir / "pds.log"
        self.process = subprocess.Popen(
            [str(self.node), str(self._script()), "--pds-port", str(pds_port),
             "--plc-port", str(plc_port), "--data-dir", str(self.workdir / "data"),
             "--admin-password", secrets.token_hex(8)],
            cwd=self.home, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=self.log.open("wb"), text=True, preexec_fn=_die_with_parent)
        line = _first_line(self.process, timeout)
        if not line.startswith("READY"):
            self.stop()
            raise RuntimeError(f"the Bluesky PDS did not start: {line!r}; log: {self.log}")
        self.url = f"http://127.0.0.1:{pds_port}"

    def create_account(self, handle: str, password: str) -> dict:
        """A new account (handle like ``alice.test``); returns its ``did`` and ``handle``."""
        answer = _post_json(f"{self.url}/xrpc/com.atproto.server.createAccount",
                            {"handle": handle, "password": password,
                             "email": f"{handle}@example.invalid"})
        return {"did": answer["did"], "handle": answer["handle"], "password": password}


class SnacServer(_Server):
    """snac2 (Mastodon client API) over plain http on 127.0.0.1."""

    def __init__(self, workdir: Path) -> None:
        self.workdir = Path(workdir)
        self.binary = cache_dir() / "snac" / "usr" / "bin" / "snac"
        self.data = self.workdir / "snac-data"
        self.url = ""

    @classmethod
    def missing(cls) -> str | None:
        binary = cache_dir() / "snac" / "usr" / "bin" / "snac"
        if not binary.is_file():
            return f"snac test server not installed at {binary}: {INSTALL_HINT}"
        check = subprocess.run(["ldd", str(binary)], capture_output=True, text=True)
        if "not found" in check.stdout:
            return f"snac lacks shared libraries (libcurl4, libssl3): {INSTALL_HINT}"
        return None

    def start(self, timeout: float = 30) -> None:
        port = free_port()
        self.workdir.mkdir(parents=True, exist_ok=True)
        host = f"127.0.0.1:{port}"
        # snac init asks: address, port, host name, URL prefix, admin e-mail.
        subprocess.run([str(self.binary), "init", str(self.data)], check=True,
                       input=f"127.0.0.1\n{port}\n{host}\n\n\n", text=True,
                       capture_output=True, timeout=30)
        config_path = self.data / "server.json"
        config = json.loads(config_path.read_text())
        config.update(protocol="http", num_threads=8)
        config_path.write_text(json.dumps(config, indent=4))
        self.log = self.workdir / "snac.log"
        self.process = subprocess.Popen(
            [str(self.binary), "httpd", str(self.data)], stdin=subprocess.DEVNULL,
            stdout=self.log.open("wb"), stderr=subprocess.STDOUT, preexec_fn=_die_with_parent)
        self.url = f"http://{host}"
        deadline = time.monotonic() + timeout
        while True:
            try:
                with urllib.request.urlopen(f"{self.url}/api/v1/instance", timeout=2):
                    return
            except (urllib.error.URLError, OSError):
                if self.process.poll() is not None or time.monotonic() > deadline:
                    self.stop()
                    raise RuntimeError(f"snac did not start; log: {self.log}") from None
                time.sleep(0.1)

    def add_user(self, name: str) -> str:
        """Creates a user; returns the password snac generated."""
        done = subprocess.run([str(self.binary), "adduser", str(self.data), name],
                              stdin=subprocess.DEVNULL, capture_output=True, text=True,
                              timeout=60, check=True)
        match = re.search(r"User password is (\S+)", done.stdout)
        if not match:
            raise RuntimeError(f"snac adduser printed no password: {done.stdout!r}")
        return match.group(1)


def _first_line(process: subprocess.Popen, timeout: float) -> str:
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: lines.put(process.stdout.readline()), daemon=True).start()
    try:
        return lines.get(timeout=timeout).strip()
    except queue.Empty:
        return f"(nothing after {timeout:.0f} s)"
