"""The terminal report: a panel per draft with the verdict in words and colour, the text with each
finding marked, and a table of findings; a summary line for a folder. Errors and warnings are not
repeated here: the CLI prints them on stderr, one line each.

Colour is never the only carrier of meaning: the verdict is spelled out, and every marked span is
followed by its finding number (`wachtwoord[1]`), so the report reads the same with NO_COLOR set or
when piped to a file.
"""

from __future__ import annotations

from collections.abc import Callable

from rich import box
from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from clusius_check.catalogue import say, visible
from clusius_check.findings import DraftResult, Severity, Verdict
from clusius_check.reporters.json_report import summarise

VERDICT_STYLE = {
    Verdict.GREEN: "bold green",
    Verdict.AMBER: "bold dark_orange",
    Verdict.RED: "bold red",
    None: "bold magenta",
}
SEVERITY_STYLE = {Severity.RED: "red", Severity.AMBER: "dark_orange", Severity.INFO: "cyan"}
SPAN_STYLE = {
    Severity.RED: "bold white on red",
    Severity.AMBER: "bold black on yellow",
    Severity.INFO: "underline",
}


def verdict_words(result: DraftResult, language: str) -> str:
    return say(language, f"verdict.{result.verdict.value}" if result.verdict else "verdict.none")


def marked_text(result: DraftResult) -> Text:
    """The draft body with each text finding styled and numbered where it ends; a redacted finding's span
    shows its masked match instead of the data."""
    body = result.text[result.body_offset :].rstrip("\n")
    # A suppressed finding is not marked, but its data stays masked: suppressing a rule never reveals a span.
    for finding in (*result.findings, *(item.finding for item in result.suppressed)):
        if finding.redacted and finding.start is not None and finding.end is not None:
            if len(finding.match) == finding.end - finding.start:
                body = body[: finding.start] + finding.match + body[finding.end :]
            else:  # a mask that does not fit the span hides the span whole
                body = body[: finding.start] + "*" * (finding.end - finding.start) + body[finding.end :]
    body = visible(body)
    text = Text(body)
    markers: list[tuple[int, str, str]] = []
    for number, finding in enumerate(result.findings, start=1):
        if finding.start is None or finding.end is None:
            continue
        text.stylize(SPAN_STYLE[finding.severity], finding.start, min(finding.end, len(body)))
        markers.append((min(finding.end, len(body)), f"[{number}]", SEVERITY_STYLE[finding.severity]))
    # Insert from the back so earlier offsets stay valid.
    for offset, label, style in sorted(markers, key=lambda marker: marker[0], reverse=True):
        text = Text.assemble(text[:offset], (label, style), text[offset:])
    return text


def findings_table(result: DraftResult, language: str) -> Table:
    """Number, severity, rule with article and position stacked, then why and what to do instead."""
    table = Table(box=box.SIMPLE_HEAD, expand=True, pad_edge=False)
    table.add_column(say(language, "report.column.number"), no_wrap=True)
    table.add_column(say(language, "report.column.severity"), no_wrap=True)
    table.add_column(say(language, "report.column.rule"), overflow="fold", max_width=28)
    table.add_column(say(language, "report.column.why"), ratio=1)
    for number, finding in enumerate(result.findings, start=1):
        where = finding.file or say(language, "report.line", line=finding.line, column=finding.column)
        table.add_row(
            str(number),
            Text(say(language, f"severity.{finding.severity.value}"), style=SEVERITY_STYLE[finding.severity]),
            Text.assemble(
                finding.rule,
                "\n",
                (say(language, "report.article", article=finding.article), "bold"),
                "\n",
                (where, "dim"),
            ),
            Text.assemble(visible(finding.message), "\n→ ", (visible(finding.suggestion), "italic")),
        )
    return table


def suppressed_table(result: DraftResult, language: str) -> Table:
    """What a marker silenced: the finding as the rule reported it, dimmed, with the marker's reason."""
    table = Table(box=box.SIMPLE_HEAD, expand=True, pad_edge=False, show_header=False)
    table.add_column(say(language, "report.column.severity"), no_wrap=True)
    table.add_column(say(language, "report.column.rule"), no_wrap=True)
    table.add_column(say(language, "report.column.why"), ratio=1)
    for item in result.suppressed:
        finding = item.finding
        where = finding.file or say(language, "report.line", line=finding.line, column=finding.column)
        table.add_row(
            Text(say(language, f"severity.{finding.severity.value}"), style="dim"),
            Text.assemble(
                finding.rule,
                "\n",
                say(language, "report.article", article=finding.article),
                "\n",
                where,
                style="dim",
            ),
            Text.assemble(
                (visible(finding.message), "dim"),
                "\n",
                (say(language, "report.suppressed.reason", reason=visible(item.reason)), "bold"),
            ),
        )
    return table


def draft_panel(result: DraftResult, language: str) -> Panel:
    style = VERDICT_STYLE[result.verdict]
    parts: list = [Text(verdict_words(result, language), style=style)]
    if result.text:
        # Right under the verdict, so GREEN is read as "green for what was checked", never more.
        parts.append(
            Text(say(language, "report.checked", rules=", ".join(result.checked_rules) or "—"), style="dim")
        )
    if result.images:
        parts.append(Text(say(language, "report.images", images=", ".join(result.images)), style="dim"))
    if result.text:
        parts.append(Text(""))
        parts.append(marked_text(result))
    if result.findings:
        parts.append(Text(""))
        parts.append(Text(say(language, "report.findings"), style="bold"))
        parts.append(findings_table(result, language))
    elif result.text:
        parts.append(Text(""))
        parts.append(Text(say(language, "report.no_findings")))
    if result.suppressed:
        parts.append(Text(""))
        parts.append(Text(say(language, "report.suppressed"), style="bold"))
        parts.append(suppressed_table(result, language))
    if result.disabled_rules:
        parts.append(Text(""))
        parts.append(
            Text(say(language, "report.disabled", rules=", ".join(result.disabled_rules)), style="dim")
        )
    subtitle = say(language, "report.language", language=result.language) if result.language else None
    return Panel(
        Group(*parts),
        title=Text(visible(result.path), style="bold"),
        subtitle=subtitle,
        border_style=style.replace("bold ", ""),
        box=box.ROUNDED,
        expand=True,
    )


def compact_line(result: DraftResult, language: str) -> Text:
    return Text.assemble(
        (verdict_words(result, language), VERDICT_STYLE[result.verdict]), "  ", visible(result.path)
    )


def render(
    console: Console,
    results: list[DraftResult],
    language: str,
    not_available: list[str],
    folder_run: bool = False,
    explain: Callable[[DraftResult], list] | None = None,
) -> None:
    """Print the report. With several drafts, a clean green one takes one line so problems stand out;
    a folder always gets its summary line, even when it held one draft. `explain` (check --explain)
    gives what to print under a draft's panel."""
    single = len(results) == 1 and not folder_run
    for result in results:
        clean = (
            result.verdict is Verdict.GREEN
            and not result.findings
            and not result.warnings
            and not result.suppressed
        )
        if not result.text and not single or clean and not single:
            console.print(compact_line(result, language))
        else:
            console.print(draft_panel(result, language))
            for part in explain(result) if explain else ():
                console.print(part)
    if not_available:
        console.print(Text(say(language, "report.not_checked", rules=", ".join(not_available)), style="dim"))
    if not single:
        counts = summarise(results)
        console.print(Text(say(language, "report.summary", total=len(results), **counts), style="bold"))
