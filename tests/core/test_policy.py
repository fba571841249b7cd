import pytest

from fauxpas.core.policy import DEFAULT_POLICY, Policy, PolicyError, Thresholds, parse_policy
from fauxpas.core.verdict import Category, Decision, Finding, Severity


def finding(severity, confidence, code="FPX"):
    return Finding(code=code, category=Category.DRAFT, severity=severity,
                   confidence=confidence, message="m")


@pytest.mark.parametrize("findings,decision", [
    ([], Decision.PASS),
    ([finding(Severity.INFO, 0.99)], Decision.PASS),
    ([finding(Severity.WARN, 0.6)], Decision.REVIEW),
    ([finding(Severity.WARN, 0.4)], Decision.PASS),
    ([finding(Severity.BLOCK, 0.9)], Decision.BLOCK),
    ([finding(Severity.BLOCK, 0.6)], Decision.REVIEW),
    ([finding(Severity.BLOCK, 0.9), finding(Severity.WARN, 0.9)], Decision.BLOCK),
])
def test_default_decisions(findings, decision):
    assert DEFAULT_POLICY.apply(findings, "post")[1] is decision


def test_findings_below_report_threshold_are_dropped_and_risk_is_weighted():
    kept, _, risk = DEFAULT_POLICY.apply([finding(Severity.BLOCK, 0.2),
                                          finding(Severity.WARN, 0.5)], "post")
    assert [f.confidence for f in kept] == [0.5]
    assert risk == pytest.approx(0.3)


def test_bot_replies_use_strict_thresholds():
    assert DEFAULT_POLICY.apply([finding(Severity.BLOCK, 0.55)], "post")[1] is Decision.REVIEW
    assert DEFAULT_POLICY.apply([finding(Severity.BLOCK, 0.55)], "bot_reply")[1] is Decision.BLOCK


def test_policy_file_overrides(tmp_path):
    from fauxpas.checks.registry import all_checks

    checks = all_checks()
    if not checks:
        pytest.skip("no checks registered")
    code, name = checks[0].code, checks[0].name
    policy = parse_policy(f"""
thresholds: {{report: 0.2, review: 0.4, block: 0.8}}
allow: [Scunthorpe, "#AcmeLife"]
checks:
  {name}: {{severity: info, min_confidence: 0.9, options: {{x: 1}}}}
""")
    assert policy.thresholds == Thresholds(0.2, 0.4, 0.8)
    assert policy.allow == {"scunthorpe", "acmelife"}
    assert policy.settings(code).severity is Severity.INFO
    assert policy.settings(code).options == {"x": 1}
    kept, decision, _ = policy.apply([finding(Severity.BLOCK, 0.95, code)], "post")
    assert kept[0].severity is Severity.INFO and decision is Decision.PASS


@pytest.mark.parametrize("source,message", [
    ("thresholds: {report: 2}", ":1: thresholds.report must be a number between 0 and 1"),
    ("foo: 1", ":1: unknown setting 'foo'"),
    ("allow: Scunthorpe", ":1: allow must be a list"),
    ("checks:\n  nosuchcheck: {enabled: false}", ":2: unknown check 'nosuchcheck'"),
    ("thresholds:\n  report: 0.9\n  review: 0.5", ":2: thresholds must satisfy"),
    ("thresholds: [1, 2", ":1: not valid YAML"),
    ("strict:\n  blokc: 0.4", ":2: unknown threshold 'blokc'"),
])
def test_bad_policy_names_line_and_problem(source, message):
    with pytest.raises(PolicyError) as err:
        parse_policy(source, name="brand.yaml")
    assert f"brand.yaml{message}" in str(err.value)


def test_bad_check_settings_name_their_line():
    from fauxpas.checks.registry import all_checks

    if not all_checks():
        pytest.skip("no checks registered")
    name = all_checks()[0].name
    with pytest.raises(PolicyError, match=r"p:3: severity must be info, warn or block"):
        parse_policy(f"checks:\n  {name}:\n    severity: loud", name="p")
    with pytest.raises(PolicyError, match=r"p:3: enabled must be true or false"):
        parse_policy(f"checks:\n  {name}:\n    enabled: maybe", name="p")


def test_empty_policy_is_default():
    assert parse_policy("") == Policy()
