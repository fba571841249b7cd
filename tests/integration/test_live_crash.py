"""SIGKILL the desk's worker while it publishes to each real server: never a double post.
(bench/connector_crash.py runs more kills and prints the figures.)"""

from __future__ import annotations

import pytest
from tests.integration.live_crash import run


@pytest.mark.parametrize("network", ["bluesky", "mastodon"])
def test_killed_worker_never_double_posts(network, request, tmp_path, run_id):
    server = request.getfixturevalue("bluesky_server" if network == "bluesky"
                                     else "snac_server")
    report = run(network=network, server=server, work=tmp_path, tag=f"{run_id}{network[0]}",
                 kills=3, posts=4, max_delay=0.6 if network == "bluesky" else 0.3)
    assert report.duplicates == 0, report
    assert report.missing == 0, report
    assert report.on_server == report.posts, report
