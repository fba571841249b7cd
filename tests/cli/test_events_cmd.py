import json

from fauxpas.cli import main


def test_classify_prints_the_reading(capsys):
    assert main(["events", "classify", "Au moins 12 morts dans un séisme près de Lyon",
                 "--at", "2031-05-01T10:00:00Z"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["tragedy"] and out["deaths"] == 12 and out["countries"] == ["FR"]


def test_bad_time_is_a_clear_error(capsys):
    assert main(["events", "classify", "x", "--at", "yesterday"]) == 2
    assert "ISO 8601" in capsys.readouterr().err
