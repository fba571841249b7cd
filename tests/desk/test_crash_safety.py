"""A worker killed (SIGKILL) at random points still publishes every post exactly once."""

from __future__ import annotations

from tests.desk.crash_harness import run


def test_exactly_once_through_random_kills():
    report = run(kills=12, posts=60, seed=11)
    assert report.duplicates == 0, report
    assert report.missing == 0, report
    assert report.delivered == report.posts, report
