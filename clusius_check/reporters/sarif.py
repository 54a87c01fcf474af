"""`--format sarif`: one SARIF 2.1.0 log, so code-scanning UIs show each finding on the draft's lines.

One run; `tool.driver.rules` lists every rule id the tool knows (also the ones not built yet), with its
English summary, its documentation as help, the protocol article in `properties` and its default level
(red -> error, amber -> warning, info -> note). Each result carries the level of the finding as reported
(a config may change a rule's severity). Text findings point at the draft with a region; image findings
point at the image, without a region. Findings a marker in the draft silenced are results too, with an
`inSource` suppression whose justification is the marker's reason, so they stay visible. Drafts that
could not be read are `toolExecutionNotifications` of the one invocation, which is then not successful.

Columns count Unicode code points, as the rest of the tool does (an emoji is one column), and the run says
so (`columnKind`), because SARIF's default is UTF-16 code units. A result never carries a snippet of the
draft: a redacted finding's raw text must not leave the tool, and the message already quotes the match.
"""

from __future__ import annotations

import inspect
import json
from pathlib import Path

from clusius_check import __version__
from clusius_check.findings import DraftResult, Finding, Severity
from clusius_check.reporters.locations import artifact_uri

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
# Relative URIs are relative to the directory the check ran in; `originalUriBaseIds` says where that was,
# so a local SARIF viewer finds the drafts too (GitHub maps them onto the repository itself).
SOURCE_ROOT = "SRCROOT"
LEVEL = {Severity.RED: "error", Severity.AMBER: "warning", Severity.INFO: "note"}


def rule_descriptors() -> list[dict]:
    """Every rule, and last the `suppression` check of markers, so a code-scanning UI can describe each result."""
    from clusius_check import suppressions
    from clusius_check.rules import IMPLEMENTED, all_rules

    descriptors = []
    modules = {**IMPLEMENTED, suppressions.INFO.id: suppressions}
    for info in [*all_rules(), suppressions.INFO]:
        module = modules.get(info.id)
        documentation = inspect.getdoc(module) if module is not None else None
        descriptors.append(
            {
                "id": info.id,
                "shortDescription": {"text": info.summary["en"]},
                "help": {
                    "text": documentation
                    or f"{info.summary['en']} (protocol article {info.article}; not available yet)"
                },
                "defaultConfiguration": {"level": LEVEL[info.default_severity]},
                "properties": {"article": info.article, "available": info.available},
            }
        )
    return descriptors


def _location(path: str | None, finding: Finding | None = None) -> dict:
    uri = artifact_uri(path)
    # stdin has no file to point at; the location still says what was read and, for text, where.
    if uri is None:
        artifact: dict = {"description": {"text": path or "<stdin>"}}
    elif uri.startswith("file:"):
        artifact = {"uri": uri}
    else:
        artifact = {"uri": uri, "uriBaseId": SOURCE_ROOT}
    physical: dict = {"artifactLocation": artifact}
    if finding is not None and finding.file is None and finding.line is not None:
        region = {"startLine": finding.line}
        if finding.column is not None:
            region["startColumn"] = finding.column
        if finding.end_line is not None:
            region["endLine"] = finding.end_line
        if finding.end_column is not None:
            region["endColumn"] = finding.end_column
        physical["region"] = region
    return {"physicalLocation": physical}


def _result(result: DraftResult, finding: Finding, rule_index: dict[str, int]) -> dict:
    text = finding.message if not finding.suggestion else f"{finding.message}\n{finding.suggestion}"
    document: dict = {"ruleId": finding.rule}
    if finding.rule in rule_index:
        document["ruleIndex"] = rule_index[finding.rule]
    document.update(
        {
            "level": LEVEL[finding.severity],
            "message": {"text": text},
            "locations": [_location(finding.file or result.path, finding)],
            "properties": {
                "severity": finding.severity.value,
                "article": finding.article,
                "draft": result.path,
            },
        }
    )
    return document


def _notifications(results: list[DraftResult]) -> list[dict]:
    notes = []
    for result in results:
        for level, lines in (("error", result.errors), ("warning", result.warnings)):
            for line in lines:
                notes.append(
                    {"level": level, "message": {"text": line}, "locations": [_location(result.path)]}
                )
    return notes


def document(results: list[DraftResult], not_available: list[str]) -> dict:
    rules = rule_descriptors()
    rule_index = {rule["id"]: index for index, rule in enumerate(rules)}
    sarif_results = []
    for result in results:
        sarif_results.extend(_result(result, finding, rule_index) for finding in result.findings)
        for suppressed in result.suppressed:
            entry = _result(result, suppressed.finding, rule_index)
            entry["suppressions"] = [{"kind": "inSource", "justification": suppressed.reason}]
            sarif_results.append(entry)
    return {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "clusius-check",
                        "version": __version__,
                        "semanticVersion": __version__,
                        "rules": rules,
                    }
                },
                "invocations": [
                    {
                        "executionSuccessful": not any(result.errors for result in results),
                        "toolExecutionNotifications": _notifications(results),
                    }
                ],
                "originalUriBaseIds": {SOURCE_ROOT: {"uri": Path.cwd().as_uri().rstrip("/") + "/"}},
                "columnKind": "unicodeCodePoints",
                "results": sarif_results,
                "properties": {
                    "drafts": [
                        {"path": result.path, "verdict": result.verdict.value if result.verdict else None}
                        for result in results
                    ],
                    "rulesNotAvailable": list(not_available),
                },
            }
        ],
    }


def render(results: list[DraftResult], not_available: list[str]) -> str:
    return json.dumps(document(results, not_available), ensure_ascii=False, indent=2)
