"""bench/model_eval.py: --skip keeps the sections of the last run."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _module():
    sys.path.insert(0, str(ROOT / "bench"))
    sys.path.insert(0, str(ROOT / "tools"))
    spec = importlib.util.spec_from_file_location("model_eval", ROOT / "bench" / "model_eval.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_sections_split_the_results_file_by_title():
    text = "# Title\n\nintro\n\n## Speed and memory\n\n- p50 1 ms\n\n## Cross-lingual transfer\n\n| a |\n"
    sections = _module()._sections(text)
    assert list(sections) == ["## Speed and memory", "## Cross-lingual transfer"]
    assert sections["## Speed and memory"] == "## Speed and memory\n\n- p50 1 ms\n"


def test_every_step_names_its_sections():
    module = _module()
    assert set(module.STEP_TITLES) == {"heldout", "peers", "hatecheck", "transfer", "alarms",
                                       "speed"}
