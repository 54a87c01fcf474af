"""`--format github`: GitHub Actions workflow commands, one annotation line per finding.

    ::error file=drafts/post.md,line=3,col=12,endLine=3,endColumn=21,title=confidential (art. 6)::'wachtwoord' …

red -> `error`, amber -> `warning`, info -> `notice`. GitHub shows them on the draft's lines in the pull
request and in the run summary. A finding that a marker in the draft silenced is a `notice` with the
marker's reason, so a suppression stays visible. A draft that could not be read (or an image that could not
be) is `::error file=…::…`, a warning `::warning file=…::…`. The last line is the plain summary of the run,
which the log shows as it is.

Escaping follows GitHub's toolkit (`@actions/core` command.ts): in the message `%`, CR and LF become
`%25`, `%0D`, `%0A`; in a property also `:` and `,` become `%3A` and `%2C`. Columns are only given when a
finding starts and ends on one line (GitHub refuses them otherwise), and `endColumn` is the column of the
finding's last character: the annotation covers `col` to `endColumn` inclusive, where SARIF and the JSON
report give the column just past the end. Control characters of the draft are shown as symbols, never
passed to the log.
"""

from __future__ import annotations

from clusius_check.catalogue import say, visible
from clusius_check.findings import DraftResult, Finding, Severity
from clusius_check.reporters.json_report import summarise
from clusius_check.reporters.locations import report_path

COMMAND = {Severity.RED: "error", Severity.AMBER: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    escaped = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return visible(escaped)  # the other control characters (escape sequences, bells) as symbols


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(name: str, properties: list[tuple[str, object]], text: str) -> str:
    shown = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties if value is not None)
    return f"::{name} {shown}::{escape_data(text)}" if shown else f"::{name}::{escape_data(text)}"


def _position(result: DraftResult, finding: Finding) -> list[tuple[str, object]]:
    properties: list[tuple[str, object]] = [("file", report_path(finding.file or result.path))]
    if finding.file is not None or finding.line is None or properties[0][1] is None:
        return properties  # an image, or stdin: no lines to point at
    properties.append(("line", finding.line))
    one_line = finding.end_line in (None, finding.line)
    if one_line and finding.column is not None:
        properties.append(("col", finding.column))
    if finding.end_line is not None:
        properties.append(("endLine", finding.end_line))
    if one_line and finding.column is not None and finding.end_column is not None:
        properties.append(("endColumn", max(finding.column, finding.end_column - 1)))
    return properties


def _title(finding: Finding, language: str) -> str:
    return f"{finding.rule} ({say(language, 'report.article', article=finding.article)})"


def lines(results: list[DraftResult], language: str) -> list[str]:
    out: list[str] = []
    for result in results:
        where = [("file", report_path(result.path))]
        out.extend(command("error", where, error) for error in result.errors)
        out.extend(command("warning", where, warning) for warning in result.warnings)
        for finding in result.findings:
            text = f"{finding.message}\n{finding.suggestion}" if finding.suggestion else finding.message
            out.append(
                command(
                    COMMAND[finding.severity],
                    [*_position(result, finding), ("title", _title(finding, language))],
                    text,
                )
            )
        for suppressed in result.suppressed:
            finding = suppressed.finding
            title = f"{_title(finding, language)}, {say(language, 'report.format.suppressed')}"
            text = f"{say(language, 'report.format.reason', reason=suppressed.reason)}\n{finding.message}"
            out.append(command("notice", [*_position(result, finding), ("title", title)], text))
    counts = summarise(results)
    out.append(say(language, "report.summary", total=len(results), **counts))
    return out


def render(results: list[DraftResult], language: str) -> str:
    return "\n".join(lines(results, language))
