"""Why the model tier cannot run: raised on first use, caught by the command line."""

from fauxpas.core.errors import RunError


class ModelUnavailable(RunError, RuntimeError):
    """The embedding model could not be loaded (package missing or broken)."""


class ModelSettingError(ModelUnavailable, ValueError):
    """A setting of the model tier ($FAUXPAS_ENCODER, $FAUXPAS_MODEL_THREADS) is wrong."""
