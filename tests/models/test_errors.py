from fauxpas.models.errors import ModelSettingError, ModelUnavailable
from fauxpas.models.threads import configured_threads


def test_a_wrong_setting_is_both_a_value_error_and_an_unavailable_model():
    assert issubclass(ModelSettingError, ValueError)
    assert issubclass(ModelSettingError, ModelUnavailable)
    try:
        configured_threads({"FAUXPAS_MODEL_THREADS": "many"})
    except ModelUnavailable as exc:
        assert "whole number" in str(exc)
    else:
        raise AssertionError("a bad thread count was accepted")
