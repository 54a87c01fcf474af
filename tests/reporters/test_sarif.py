"""`--format sarif`: valid SARIF 2.1.0 that puts each finding on the draft's lines.

`sarif-2.1.0.json` next to this file is the SARIF 2.1.0 (rtm.5) schema from the npm package
`@microsoft/jest-sarif` 1.0.0-beta.0 (MIT), copied from the project's shared schemas.
"""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from clusius_check import suppressions
from clusius_check.findings import result_for
from clusius_check.reporters import sarif
from clusius_check.rules import all_rules
from tests.conftest import AMBER_NL, CLEAN_NL, RED_NL
from tests.reporters.samples import PHONE, PHONE_MASK, REASON, broken_draft, red_draft

SCHEMA = json.loads((Path(__file__).parent / "sarif-2.1.0.json").read_text(encoding="utf-8"))


def valid_sarif(text: str) -> dict:
    document = json.loads(text)
    jsonschema.Draft4Validator(SCHEMA).validate(document)
    return document


@pytest.fixture
def in_repo(tmp_path, monkeypatch):
    """Run from a repository root: report paths are relative to it."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_the_log_is_valid_sarif_with_one_run(in_repo):
    document = valid_sarif(sarif.render([red_draft(), broken_draft()], ["image-metadata"]))
    assert document["version"] == "2.1.0"
    assert len(document["runs"]) == 1
    assert document["runs"][0]["columnKind"] == "unicodeCodePoints"


def test_the_schema_catches_a_broken_log():
    """The validation above must be able to fail: a result without a message is not SARIF."""
    document = json.loads(sarif.render([red_draft()], []))
    del document["runs"][0]["results"][0]["message"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft4Validator(SCHEMA).validate(document)


def test_the_driver_lists_every_rule_with_level_article_and_help():
    driver = valid_sarif(sarif.render([], []))["runs"][0]["tool"]["driver"]
    assert driver["name"] == "clusius-check"
    infos = [*all_rules(), suppressions.INFO]  # the marker check last, so its results have a rule to point at
    assert [rule["id"] for rule in driver["rules"]] == [info.id for info in infos]
    level = {"red": "error", "amber": "warning", "info": "note"}
    for rule, info in zip(driver["rules"], infos, strict=True):
        assert rule["shortDescription"]["text"] == info.summary["en"]
        assert rule["defaultConfiguration"]["level"] == level[info.default_severity.value]
        assert rule["properties"]["article"] == info.article
        assert rule["help"]["text"].strip()
    assert "What it does" in driver["rules"][0]["help"]["text"]  # a built rule's documentation


def test_a_text_finding_points_at_the_drafts_lines(in_repo):
    document = valid_sarif(sarif.render([red_draft()], []))
    results = document["runs"][0]["results"]
    rules = document["runs"][0]["tool"]["driver"]["rules"]
    confidential = next(result for result in results if result["ruleId"] == "confidential")
    assert confidential["level"] == "error"
    assert rules[confidential["ruleIndex"]]["id"] == "confidential"
    location = confidential["locations"][0]["physicalLocation"]
    # relative to the current directory, forward slashes, the space escaped as a URI needs
    assert location["artifactLocation"] == {"uri": "drafts/week%201/post.md", "uriBaseId": "SRCROOT"}
    assert location["region"] == {"startLine": 4, "startColumn": 5, "endLine": 4, "endColumn": 30}
    assert confidential["message"]["text"].startswith("'wachtwoord is Welkom2024!'")


@pytest.mark.parametrize(
    ("rule", "level"),
    [("confidential", "error"), ("personal-data", "warning"), ("speaking-for-school", "note")],
    ids=["red is an error", "amber is a warning", "a tip is a note"],
)
def test_levels_follow_the_findings_severity(in_repo, rule, level):
    results = valid_sarif(sarif.render([red_draft()], []))["runs"][0]["results"]
    assert next(result for result in results if result["ruleId"] == rule)["level"] == level


def test_an_image_finding_points_at_the_image_without_a_region(in_repo):
    results = valid_sarif(sarif.render([red_draft()], []))["runs"][0]["results"]
    image = next(result for result in results if result["ruleId"] == "logo-in-image")
    location = image["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "drafts/week%201/foto.png"
    assert "region" not in location


def test_a_suppressed_finding_is_a_result_with_its_reason(in_repo):
    results = valid_sarif(sarif.render([red_draft()], []))["runs"][0]["results"]
    suppressed = [result for result in results if "suppressions" in result]
    assert [result["ruleId"] for result in suppressed] == ["missing-source"]
    assert suppressed[0]["suppressions"] == [{"kind": "inSource", "justification": REASON}]
    assert all("suppressions" not in result for result in results if result["ruleId"] != "missing-source")


def test_input_errors_are_notifications_and_the_run_did_not_succeed(in_repo):
    invocation = valid_sarif(sarif.render([red_draft(), broken_draft()], []))["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    [note] = invocation["toolExecutionNotifications"]
    assert note["level"] == "error"
    assert "binair bestand" in note["message"]["text"]
    assert note["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "drafts/kapot.md"


def test_a_run_without_input_errors_succeeded(in_repo):
    invocation = valid_sarif(sarif.render([red_draft()], []))["runs"][0]["invocations"][0]
    assert invocation == {"executionSuccessful": True, "toolExecutionNotifications": []}


def test_redacted_data_never_appears(in_repo):
    text = sarif.render([red_draft()], [])
    assert PHONE not in text
    assert PHONE_MASK in text


def test_relative_uris_say_what_they_are_relative_to(in_repo):
    run = valid_sarif(sarif.render([red_draft()], []))["runs"][0]
    assert run["originalUriBaseIds"] == {"SRCROOT": {"uri": in_repo.as_uri() + "/"}}


def test_a_path_outside_the_current_directory_is_a_file_uri(in_repo, tmp_path_factory):
    elsewhere = tmp_path_factory.mktemp("elders") / "post.md"
    results = valid_sarif(sarif.render([red_draft(str(elsewhere))], []))["runs"][0]["results"]
    confidential = next(result for result in results if result["ruleId"] == "confidential")
    assert confidential["locations"][0]["physicalLocation"]["artifactLocation"] == {"uri": elsewhere.as_uri()}


def test_stdin_has_no_uri_but_keeps_its_region(in_repo):
    results = valid_sarif(sarif.render([red_draft("<stdin>")], []))["runs"][0]["results"]
    location = next(r for r in results if r["ruleId"] == "confidential")["locations"][0]["physicalLocation"]
    assert location["artifactLocation"] == {"description": {"text": "<stdin>"}}
    assert location["region"]["startLine"] == 4


def test_an_unknown_rule_id_still_makes_a_valid_result(in_repo):
    from dataclasses import replace

    draft = red_draft()
    odd = replace(draft, findings=tuple(replace(f, rule="future-rule") for f in draft.findings))
    results = valid_sarif(sarif.render([odd], []))["runs"][0]["results"]
    assert all("ruleIndex" not in result for result in results if not result.get("suppressions"))


# --- through the real command line ------------------------------------------------------------------


def test_cli_sarif_regions_match_the_json_report(cli, write, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write("concepten/rood.md", "---\naccount: personal\n---\n" + RED_NL)
    write("concepten/oranje.md", AMBER_NL)
    write("concepten/groen.md", CLEAN_NL)
    as_sarif = cli("check", "concepten", "--format", "sarif")
    as_json = cli("check", "concepten", "--format", "json")
    assert as_sarif.exit_code == as_json.exit_code == 1
    run = valid_sarif(as_sarif.stdout)["runs"][0]
    expected = sorted(
        (
            draft["path"].replace("\\", "/"),
            finding["rule"],
            finding["line"],
            finding["column"],
            finding["end_line"],
            finding["end_column"],
        )
        for draft in as_json.json()["drafts"]
        for finding in draft["findings"]
    )
    found = sorted(
        (
            result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
            result["ruleId"],
            *(
                result["locations"][0]["physicalLocation"]["region"][key]
                for key in ("startLine", "startColumn", "endLine", "endColumn")
            ),
        )
        for result in run["results"]
    )
    assert found == expected
    assert any(uri == "concepten/rood.md" for uri, *_ in found)
    assert {draft["verdict"] for draft in run["properties"]["drafts"]} == {"green", "amber", "red"}


def test_cli_sarif_reports_an_unreadable_draft_as_a_notification(cli, write, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write("kapot.md", b"\x00\x01\x02binary")
    result = cli("check", "kapot.md", "--format", "sarif", "--lang", "en")
    assert result.exit_code == 2
    invocation = valid_sarif(result.stdout)["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    assert invocation["toolExecutionNotifications"][0]["message"]["text"].startswith("kapot.md: ")


def test_sarif_of_a_green_draft_has_no_results(in_repo):
    green = result_for("groen.md", [], [], [], text=CLEAN_NL, language="nl")
    assert valid_sarif(sarif.render([green], []))["runs"][0]["results"] == []


# --- the exact shape ---------------------------------------------------------------------------------

GOLDEN = Path(__file__).parent / "golden" / "sample.sarif.json"


def shape_of(text: str) -> dict:
    """The log without the driver's rules: they are the registry's (`test_the_driver_lists_every_rule…`
    checks them against it), and their texts are the rules' documentation, which changes with every rule."""
    document = json.loads(text)
    del document["runs"][0]["tool"]["driver"]["rules"]
    document["runs"][0]["originalUriBaseIds"]["SRCROOT"]["uri"] = "file:///…/"
    document["runs"][0]["tool"]["driver"]["version"] = "…"
    document["runs"][0]["tool"]["driver"]["semanticVersion"] = "…"
    return document


def test_the_log_matches_the_golden_file(in_repo):
    """SARIF's exact shape is the contract with code-scanning services. After an intended change, rewrite
    the file with CLUSIUS_UPDATE_GOLDEN=1 and read the diff before committing it."""
    import os

    found = shape_of(sarif.render([red_draft(), broken_draft()], ["image-metadata"]))
    if os.environ.get("CLUSIUS_UPDATE_GOLDEN"):
        GOLDEN.parent.mkdir(exist_ok=True)
        GOLDEN.write_text(json.dumps(found, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    assert found == json.loads(GOLDEN.read_text(encoding="utf-8"))
