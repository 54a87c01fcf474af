"""`--format json`: exactly one JSON document on stdout, the machine-readable contract.

The shape is documented in the README and pinned by `clusius_check/report.schema.json`; fields are
added, never renamed.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from clusius_check import __version__
from clusius_check.findings import DraftResult, Finding, SuppressedFinding


def finding_to_dict(finding: Finding) -> dict:
    return {
        "rule": finding.rule,
        "severity": finding.severity.value,
        "line": finding.line,
        "column": finding.column,
        "end_line": finding.end_line,
        "end_column": finding.end_column,
        "file": finding.file,
        "match": finding.match,
        "message": finding.message,
        "article": finding.article,
        "suggestion": finding.suggestion,
    }


def suppressed_to_dict(item: SuppressedFinding) -> dict:
    """A suppressed finding is the finding as the rule reported it, plus the reason from the marker."""
    return finding_to_dict(item.finding) | {"reason": item.reason}


def draft_to_dict(result: DraftResult) -> dict:
    return {
        "path": result.path,
        "verdict": result.verdict.value if result.verdict else None,
        "language": result.language,
        "findings": [finding_to_dict(finding) for finding in result.findings],
        "errors": list(result.errors),
        "warnings": list(result.warnings),
        "rules_disabled": list(result.disabled_rules),
        "rules_checked": list(result.checked_rules),
        "images": list(result.images),
        "suppressed": [suppressed_to_dict(item) for item in result.suppressed],
    }


def summarise(results: Iterable[DraftResult]) -> dict[str, int]:
    summary = {"green": 0, "amber": 0, "red": 0, "errors": 0}
    for result in results:
        if result.verdict is not None:
            summary[result.verdict.value] += 1
        if result.errors:
            summary["errors"] += 1
    return summary


def render(results: list[DraftResult], not_available: list[str]) -> str:
    document = {
        "tool": "clusius-check",
        "version": __version__,
        "drafts": [draft_to_dict(result) for result in results],
        "summary": summarise(results),
        "rules_not_available": not_available,
    }
    return json.dumps(document, ensure_ascii=False, indent=2)
