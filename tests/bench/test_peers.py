"""bench/peers.py: each peer loads, or says how to install it."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _peers():
    spec = importlib.util.spec_from_file_location("peers", ROOT / "bench" / "peers.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("loader, args", [("better_profanity", ()),
                                          ("alt_profanity_check", ()),
                                          ("glin_profanity", (["en", "de"],))])
def test_a_peer_loads_or_leaves_a_note(loader, args):
    peers = _peers()
    notes = []
    check = getattr(peers, loader)(notes, *args)
    if check is None:
        assert len(notes) == 1 and peers.INSTALL in notes[0]
        return
    assert notes == []
    if loader == "alt_profanity_check":
        assert check(["you are a fucking idiot", "what a lovely day"]) == [1, 0]
    else:
        assert check("you are a fucking idiot") and not check("what a lovely day")


def test_glin_names_cover_every_fauxpas_language():
    from fauxpas.core.text.lang import SUPPORTED

    assert set(_peers().GLIN_NAMES) == set(SUPPORTED)
