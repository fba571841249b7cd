"""The desk's command line: demo, feed, worker --once."""

from __future__ import annotations

import json

import pytest

from fauxpas.cli import main


@pytest.fixture
def env(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("FAUXPAS_DATABASE_URL", f"sqlite:///{tmp_path / 'cli.db'}")
    monkeypatch.setenv("FAUXPAS_SECRET_KEY", "cli")
    return tmp_path


def test_demo_then_feed_then_worker(env, capsys):
    from fauxpas.desk.security import use_cheap_password_hashing

    use_cheap_password_hashing()
    assert main(["demo"]) == 0
    assert "sam@demo.test" in capsys.readouterr().out
    assert main(["demo"]) == 0
    assert "nothing changed" in capsys.readouterr().out
    feed = env / "news.json"
    feed.write_text(json.dumps([{"headline": "Storm closes the airport", "place": "Oslo"},
                                {"headline": ""}]))
    assert main(["feed", str(feed)]) == 1  # the second event has no headline
    out = capsys.readouterr()
    assert "1 event(s) added" in out.out and "event 1 skipped" in out.err
    assert main(["worker", "--once"]) == 0
    assert "reconciled" in capsys.readouterr().out


def test_feed_with_a_bad_file(env, capsys):
    (env / "bad.json").write_text("{not json")
    assert main(["feed", str(env / "bad.json")]) == 1
    assert "cannot read" in capsys.readouterr().err
    assert main(["feed", str(env / "missing.json")]) == 1
