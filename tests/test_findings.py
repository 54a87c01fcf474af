import pytest

from clusius_check.findings import Finding, Severity, Verdict, result_for, verdict_for


def finding(severity: Severity) -> Finding:
    return Finding(rule="confidential", severity=severity, message="m", article="6", suggestion="s")


@pytest.mark.parametrize(
    ("severities", "expected"),
    [
        ([], Verdict.GREEN),
        ([Severity.INFO], Verdict.GREEN),
        ([Severity.INFO, Severity.AMBER], Verdict.AMBER),
        ([Severity.AMBER, Severity.RED, Severity.INFO], Verdict.RED),
        ([Severity.RED], Verdict.RED),
    ],
    ids=[
        "nothing found is green",
        "a tip alone stays green",
        "amber beats a tip",
        "red beats all",
        "red alone",
    ],
)
def test_verdict_is_the_worst_severity(severities, expected):
    assert verdict_for([finding(s) for s in severities]) is expected


def test_a_draft_with_an_error_is_never_called_green():
    assert result_for("post.md", [], ["post.md: image not found"], []).verdict is None


def test_an_error_does_not_hide_a_red_finding():
    result = result_for("post.md", [finding(Severity.RED)], ["post.md: image not found"], [])
    assert result.verdict is Verdict.RED


def test_findings_are_ordered_by_position():
    late = Finding("confidential", Severity.AMBER, "m", "6", "s", line=3, column=1)
    early = Finding("confidential", Severity.RED, "m", "6", "s", line=1, column=5)
    assert result_for("p", [late, early], [], []).findings == (early, late)
