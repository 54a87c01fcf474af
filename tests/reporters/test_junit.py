"""`--format junit`: JUnit XML, parsed back with xml.etree as a CI service reads it."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import replace

from clusius_check.findings import Verdict, result_for
from clusius_check.reporters import junit
from tests.conftest import AMBER_NL, CLEAN_NL, RED_NL
from tests.reporters.samples import PHONE, PHONE_MASK, REASON, broken_draft, green_script_draft, red_draft


def parse(text: str) -> ET.Element:
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>')
    root = ET.fromstring(text.encode("utf-8"))
    assert root.tag == "testsuites"
    [suite] = root.findall("testsuite")
    return suite


def cases(suite: ET.Element) -> dict[str, ET.Element]:
    return {case.get("name"): case for case in suite.findall("testcase")}


def test_one_suite_one_case_per_draft_with_counts():
    suite = parse(junit.render([red_draft(), broken_draft(), green_script_draft()], "nl"))
    assert suite.get("name") == "clusius-check"
    assert (suite.get("tests"), suite.get("failures"), suite.get("errors"), suite.get("skipped")) == (
        "3",
        "1",
        "1",
        "0",
    )
    found = cases(suite)
    assert list(found) == ["drafts/week 1/post.md", "drafts/kapot.md", "drafts/script.md"]
    assert {case.get("classname") for case in found.values()} == {"clusius-check"}
    assert suite.findall(".//skipped") == []


def test_a_red_draft_fails_with_its_verdict_and_lists_its_findings():
    case = cases(parse(junit.render([red_draft()], "en")))["drafts/week 1/post.md"]
    [failure] = case.findall("failure")
    assert failure.get("message") == "RED — Do not post"
    assert failure.get("type") == "red"
    lines = failure.text.splitlines()
    assert lines[0].startswith("line 4, col. 5: red: confidential (art. 6): 'wachtwoord is Welkom2024!'")
    assert any(line.startswith("drafts/week 1/foto.png: amber: logo-in-image") for line in lines)
    assert any("→ Wat dan wel (confidential)." in line for line in lines)


def test_an_amber_draft_fails_too():
    draft = red_draft()
    amber = replace(
        draft,
        verdict=Verdict.AMBER,
        findings=tuple(f for f in draft.findings if f.severity.value != "red"),
    )
    [failure] = cases(parse(junit.render([amber], "nl")))["drafts/week 1/post.md"].findall("failure")
    assert failure.get("type") == "amber"
    assert failure.get("message") == "ORANJE — Twijfel: bij twijfel niet plaatsen"


def test_a_suppressed_finding_is_listed_with_its_reason():
    failure = parse(junit.render([red_draft()], "en")).find("testcase/failure")
    suppressed = [line for line in failure.text.splitlines() if line.startswith("suppressed: ")]
    assert len(suppressed) == 1
    assert "missing-source" in suppressed[0] and f"(reason: {REASON})" in suppressed[0]


def test_an_unreadable_draft_is_an_error_not_a_failure():
    case = cases(parse(junit.render([broken_draft()], "nl")))["drafts/kapot.md"]
    assert case.findall("failure") == []
    [error] = case.findall("error")
    assert error.get("message") == "drafts/kapot.md: binair bestand, geen tekstconcept"


def test_a_green_draft_passes_and_keeps_its_tips_in_system_out():
    draft = red_draft()
    tip_only = result_for(
        "tip.md",
        [f for f in draft.findings if f.severity.value == "info"],
        [],
        ["tip.md: gelezen als Windows-1252"],
        text=draft.text,
        body_offset=draft.body_offset,
    )
    case = cases(parse(junit.render([tip_only], "nl")))["tip.md"]
    assert case.findall("failure") == [] and case.findall("error") == []
    assert "speaking-for-school" in case.find("system-out").text
    assert "Windows-1252" in case.find("system-err").text


def test_a_clean_green_draft_is_an_empty_passing_case():
    case = cases(parse(junit.render([green_script_draft()], "nl")))["drafts/script.md"]
    assert list(case) == []


def test_characters_xml_cannot_carry_do_not_break_the_report():
    draft = red_draft("drafts/<raar> & \x1b[31m.md")
    sneaky = replace(draft.findings[0], message="bel\x07 \x00 <b>& \ufffe")
    text = junit.render([replace(draft, findings=(sneaky,))], "nl")
    case = parse(text).find("testcase")
    assert case.get("name") == "drafts/<raar> & \u241b[31m.md"
    assert "bel\u2407 \u2400 <b>& \ufffd" in case.find("failure").text


def test_redacted_data_never_appears():
    text = junit.render([red_draft()], "nl")
    assert PHONE not in text and PHONE_MASK in text


# --- through the real command line ------------------------------------------------------------------


def test_cli_junit_for_a_folder(cli, write, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write("concepten/rood.md", RED_NL)
    write("concepten/oranje.md", AMBER_NL)
    write("concepten/groen.md", CLEAN_NL)
    write("concepten/kapot.md", b"\x00\x01\x02binary")
    result = cli("check", "concepten", "--format", "junit", "--lang", "en")
    assert result.exit_code == 2
    suite = parse(result.stdout)
    found = cases(suite)
    assert sorted(found) == [f"concepten/{name}.md" for name in ("groen", "kapot", "oranje", "rood")]
    assert found["concepten/rood.md"].find("failure").get("type") == "red"
    assert found["concepten/oranje.md"].find("failure").get("type") == "amber"
    assert found["concepten/kapot.md"].find("error") is not None
    assert list(found["concepten/groen.md"]) == []
    assert (suite.get("tests"), suite.get("failures"), suite.get("errors")) == ("4", "2", "1")
