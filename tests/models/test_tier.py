import pytest

from fauxpas.core.tier import resolve_tier


def test_explicit_tiers_are_kept():
    assert resolve_tier("rules") == "rules"
    assert resolve_tier("full") == "full"


def test_auto_follows_the_environment(monkeypatch):
    monkeypatch.setenv("FAUXPAS_TIER", "rules")
    assert resolve_tier("auto") == "rules"
    monkeypatch.setenv("FAUXPAS_TIER", "full")
    assert resolve_tier("auto") == "full"


def test_auto_uses_the_model_when_installed(monkeypatch):
    monkeypatch.delenv("FAUXPAS_TIER", raising=False)
    monkeypatch.setattr("fauxpas.core.tier.model_installed", lambda: False)
    assert resolve_tier("auto") == "rules"
    monkeypatch.setattr("fauxpas.core.tier.model_installed", lambda: True)
    assert resolve_tier("auto") == "full"


def test_unknown_tier_is_a_clear_error():
    with pytest.raises(ValueError, match="tier must be one of"):
        resolve_tier("turbo")
