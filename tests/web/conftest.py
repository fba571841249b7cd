"""A real desk served by uvicorn on loopback (in a thread) and real Chromium via Playwright."""

from __future__ import annotations

import os
import threading
import time

import pytest

CHROMIUM = "/usr/bin/chromium"

pytest.importorskip("fastapi", reason="the desk extra is not installed")

from tests.desk.conftest import desk, make_team, postgres  # noqa: E402,F401
from tests.desk.pg import free_port  # noqa: E402


@pytest.fixture
def team(desk, tmp_path):  # noqa: F811
    return make_team(desk, log_path=tmp_path / "published.jsonl")


@pytest.fixture
def server(desk, team):  # noqa: F811
    import uvicorn

    from fauxpas.desk.app import create_app

    port = free_port()
    config = uvicorn.Config(create_app(desk), host="127.0.0.1", port=port, log_level="warning")
    uv = uvicorn.Server(config)
    thread = threading.Thread(target=uv.run, daemon=True)
    thread.start()
    for _ in range(200):
        if uv.started:
            break
        time.sleep(0.02)
    yield f"http://127.0.0.1:{port}"
    uv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="session")
def browser():
    if not os.path.exists(CHROMIUM):
        pytest.skip(f"{CHROMIUM} is missing (scripts/system-deps installs Debian's chromium)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright not installed")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--no-first-run"])
        yield browser
        browser.close()


@pytest.fixture
def shots(tmp_path_factory):
    folder = tmp_path_factory.mktemp("screenshots")
    print(f"\nscreenshots in {folder}")
    return folder
