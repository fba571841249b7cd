"""Build the trimmed language-identification model that fauxpas ships.

Source: the py3langid package's own model (``py3langid/data/model.npz.xz``, BSD licence,
trained by Marco Lui and Adrien Barbaresi). That model knows 142 classes and ~100,000
byte n-gram features held in a 40 MB byte automaton, which takes about a second to
load. fauxpas only needs its 12 languages (plus Nynorsk, folded into ``no``), so this
script keeps those classes and the features that tell them apart, and stores the
features as plain byte strings. ``fauxpas.core.text.langid_model`` walks them with a
dictionary, which is exactly the automaton's behaviour restricted to the kept features.

Run: ``.venv/bin/python tools/build_langid_model.py [--features 30000]``; writes
``src/fauxpas/knowledge/langid/model.npz``.
"""

from __future__ import annotations

import argparse
import collections
import io
import lzma
from pathlib import Path

import numpy as np

CLASSES = ("en", "fr", "de", "es", "it", "pt", "nl", "no", "nn", "da", "sv", "hu", "pl")
OUT = Path(__file__).resolve().parents[1] / "src/fauxpas/knowledge/langid/model.npz"


def load_source():
    from py3langid.langid import MODEL_DIR, MODEL_FILE

    with lzma.open(MODEL_DIR / MODEL_FILE) as fh, np.load(io.BytesIO(fh.read())) as data:
        return {k: data[k] for k in data.files}


def state_labels(rows: np.ndarray, row_index: np.ndarray) -> list[bytes]:
    """The byte string each automaton state stands for: its shortest path from the root
    (in an Aho-Corasick automaton that is the trie path, i.e. the state's own string)."""
    table = rows.reshape(-1, 256)
    labels: list[bytes | None] = [None] * len(row_index)
    labels[0] = b""
    queue = collections.deque([0])
    while queue:
        state = queue.popleft()
        for byte, nxt in enumerate(table[row_index[state]].tolist()):
            if labels[nxt] is None:
                labels[nxt] = labels[state] + bytes((byte,))
                queue.append(nxt)
    return labels


def build(n_features: int) -> dict[str, np.ndarray]:
    src = load_source()
    classes = src["classes"].tolist()
    columns = [classes.index(c) for c in CLASSES]
    ptc = src["ptc"].astype(np.float32)[:, columns]
    pc = src["pc"].astype(np.float32)[columns]
    # A feature that is equally likely in every kept language shifts all scores alike.
    centred = ptc - ptc.mean(axis=1, keepdims=True)
    spread = centred.max(axis=1) - centred.min(axis=1)
    keep = np.argsort(-spread, kind="stable")[:n_features]
    new_index = np.full(len(ptc), -1, dtype=np.int32)
    new_index[keep] = np.arange(len(keep), dtype=np.int32)

    labels = state_labels(src["nextmove"], src["nextmove_row"])
    out_feat = src["out_feat"]
    # Several states may emit one feature (whitespace variants); keep every such state.
    emitting = {labels[s]: int(new_index[f]) for s, f in enumerate(out_feat.tolist())
                if f >= 0 and new_index[f] >= 0}
    # The walk needs every prefix of an emitting state, so it ends in the same state the
    # full automaton would have reached (restricted to these strings).
    nodes: dict[bytes, int] = {}
    for label in emitting:
        for n in range(1, len(label)):
            nodes.setdefault(label[:n], -1)
    nodes.update(emitting)
    ordered = sorted(nodes)
    blob = b"".join(ordered)
    return {
        "classes": np.array(CLASSES),
        "ptc": centred[keep].astype(np.float16),
        "pc": pc,
        "node_bytes": np.frombuffer(blob, dtype=np.uint8),
        "node_len": np.array([len(n) for n in ordered], dtype=np.uint8),
        "node_feature": np.array([nodes[n] for n in ordered], dtype=np.int32),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--features", type=int, default=30000)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    arrays = build(args.features)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(args.out, **arrays)
    print(f"wrote {args.out} ({args.out.stat().st_size / 1e6:.2f} MB, "
          f"{len(arrays['ptc'])} features, {len(arrays['node_len'])} nodes)")


if __name__ == "__main__":
    main()
