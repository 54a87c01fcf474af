"""`--format junit`: JUnit XML, the test report every CI service can show.

One `<testsuite name="clusius-check">` for the run (inside `<testsuites>`, the shape pytest and most tools
write), one `<testcase name="<draft path>" classname="clusius-check">` per draft. An amber or red draft has a
`<failure>` whose `message` is the verdict in words and whose `type` is the verdict (`amber`, `red`); its
body lists the findings, one per line. A draft with an input error (it could not be read, or an image of it
could not) has an `<error>` instead, whose body lists the errors and whatever was still found: an error
is what the exit code reports first (2). Nothing is ever `<skipped>`. A passing draft lists its tips and
suppressed findings in `<system-out>`, warnings go to `<system-err>`.

The XML is built with ElementTree, so every text and attribute is escaped; characters XML 1.0 cannot
carry at all (control characters from a draft) are shown as symbols first.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from clusius_check.catalogue import say, visible
from clusius_check.findings import DraftResult, Finding, Verdict
from clusius_check.reporters.json_report import summarise

# U+FFFE and U+FFFF are no characters in XML 1.0 either; `visible` handles C0, DEL and C1.
_NOT_XML = {0xFFFE: "\ufffd", 0xFFFF: "\ufffd"}


def xml_text(text: str) -> str:
    return visible(text).translate(_NOT_XML)


def finding_line(finding: Finding, language: str) -> str:
    where = finding.file or say(language, "report.line", line=finding.line, column=finding.column)
    severity = say(language, f"severity.{finding.severity.value}")
    article = say(language, "report.article", article=finding.article)
    return f"{where}: {severity}: {finding.rule} ({article}): {finding.message} → {finding.suggestion}"


def suppressed_lines(result: DraftResult, language: str) -> list[str]:
    label = say(language, "report.format.suppressed")
    return [
        f"{label}: {finding_line(item.finding, language)} "
        f"({say(language, 'report.format.reason', reason=item.reason)})"
        for item in result.suppressed
    ]


def testcase(result: DraftResult, language: str) -> ET.Element:
    case = ET.Element("testcase", {"name": xml_text(result.path), "classname": "clusius-check"})
    findings = [finding_line(finding, language) for finding in result.findings]
    suppressed = suppressed_lines(result, language)
    if result.errors:
        problem = ET.SubElement(case, "error", {"message": xml_text(result.errors[0]), "type": "input-error"})
        problem.text = xml_text("\n".join([*result.errors, *findings, *suppressed]))
    elif result.verdict in (Verdict.AMBER, Verdict.RED):
        failure = ET.SubElement(
            case,
            "failure",
            {"message": say(language, f"verdict.{result.verdict.value}"), "type": result.verdict.value},
        )
        failure.text = xml_text("\n".join([*findings, *suppressed]))
    elif findings or suppressed:
        ET.SubElement(case, "system-out").text = xml_text("\n".join([*findings, *suppressed]))
    if result.warnings:
        ET.SubElement(case, "system-err").text = xml_text("\n".join(result.warnings))
    return case


def render(results: list[DraftResult], language: str) -> str:
    counts = summarise(results)
    failures = sum(
        1 for result in results if not result.errors and result.verdict in (Verdict.AMBER, Verdict.RED)
    )
    totals = {
        "tests": str(len(results)),
        "failures": str(failures),
        "errors": str(counts["errors"]),
        "skipped": "0",
    }
    root = ET.Element("testsuites", {"name": "clusius-check", **totals})
    suite = ET.SubElement(root, "testsuite", {"name": "clusius-check", **totals})
    for result in results:
        suite.append(testcase(result, language))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode")
