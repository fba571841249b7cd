import pytest


@pytest.fixture(autouse=True)
def own_graph_cache(tmp_path_factory, monkeypatch):
    """Each test of the encoder starts without a cached graph, away from ~/.cache."""
    monkeypatch.setenv("FAUXPAS_CACHE_DIR", str(tmp_path_factory.mktemp("graph-cache")))
