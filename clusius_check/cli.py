"""The command line: `check`, `rules`, `init`. The only module that prints errors and sets exit codes.

Exit codes: 0 every draft green; 1 a draft is amber or red (only red with `--fail-on red`);
2 a usage or input error (a draft or image that could not be read, a broken config).
Data (the report) goes to stdout, or to the file given with `--output`; errors, warnings and progress go to stderr.
spaCy and Pillow are imported only inside `check`, so `--help`, `--version` and `rules` stay instant.
"""

from __future__ import annotations

import contextlib
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from clusius_check import __version__

EXIT_GREEN, EXIT_FINDINGS, EXIT_INPUT_ERROR = 0, 1, 2
PROGRESS_MIN_DRAFTS = 20

app = typer.Typer(
    name="clusius-check",
    help="Check a draft social-media post against the Clusius College social-media protocol before you post it. "
    "Green: post. Amber: in doubt, so do not post yet. Red: do not post.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    # Plain click-style usage errors: "Error: <what is wrong>" on one line, not a drawn box that a CI
    # log or a pipe garbles.
    rich_markup_mode=None,
)


class OutputFormat(str, Enum):
    terminal = "terminal"
    json = "json"
    # Pipeline formats (issue 8): code scanning, workflow annotations, CI test reports, streaming, the board.
    sarif = "sarif"
    github = "github"
    junit = "junit"
    jsonl = "jsonl"
    html = "html"


class RulesFormat(str, Enum):
    terminal = "terminal"
    json = "json"


class FailOn(str, Enum):
    amber = "amber"
    red = "red"


class UiLanguage(str, Enum):
    nl = "nl"
    en = "en"


class Account(str, Enum):
    personal = "personal"
    school = "school"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"clusius-check {__version__}")
        raise typer.Exit()


@app.callback()
def main_callback(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """Check a draft social-media post against the Clusius College protocol before you post it."""


# The "error:" and "warning:" prefixes stay English whatever the report's language: they are stable
# tokens for CI logs to grep. The sentence after them is in the report's language.
def _error(message: str) -> None:
    from clusius_check.catalogue import visible

    typer.echo(f"clusius-check: error: {visible(message)}", err=True)


def _warning(message: str) -> None:
    from clusius_check.catalogue import visible

    typer.echo(f"clusius-check: warning: {visible(message)}", err=True)


def _usage_error(message: str) -> typer.Exit:
    _error(message)
    return typer.Exit(EXIT_INPUT_ERROR)


def build_tasks(paths: list[str], images: list[Path], profile_picture: Path | None, language: str) -> list:
    """Turn command-line paths into check tasks: files, folders (recursively) and `-` for stdin."""
    from clusius_check.catalogue import Notice, message, say
    from clusius_check.drafts import MAX_DRAFT_BYTES, STDIN_NAME, drafts_with_images, is_folder
    from clusius_check.engine import CheckTask

    tasks: list[CheckTask] = []
    for raw in paths:
        if raw == "-":
            data = sys.stdin.buffer.read(MAX_DRAFT_BYTES + 1)
            if len(data) > MAX_DRAFT_BYTES:
                problem = message("error.stdin_too_large", limit=MAX_DRAFT_BYTES // 1000)
                tasks.append(CheckTask(None, error=Notice(STDIN_NAME, problem)))
            else:
                tasks.append(CheckTask(None, data=data))
            continue
        path = Path(raw)
        if is_folder(path):
            unreadable: list[tuple[Path, str]] = []
            found = [
                CheckTask(draft, sibling_images=images)
                for draft, images in drafts_with_images(path, unreadable)
            ]
            for folder, reason in unreadable:
                problem = message("error.folder_unreadable", reason=reason)
                found.append(CheckTask(folder, error=Notice(str(folder), problem)))
            tasks.extend(found or [CheckTask(path, error=Notice(str(path), message("error.no_drafts")))])
        else:
            tasks.append(CheckTask(path))
    if images or profile_picture:
        if len(tasks) != 1 or (paths[0] != "-" and is_folder(Path(paths[0]))):
            raise _usage_error(say(language, "usage.images_single"))
        from dataclasses import replace

        tasks[0] = replace(tasks[0], extra_images=tuple(images), profile_picture=profile_picture)
    return tasks


@app.command()
def check(
    paths: Annotated[
        list[str],
        typer.Argument(help="Draft files (.md, .txt), folders to check recursively, or - for stdin."),
    ],
    image: Annotated[
        Optional[list[Path]],  # noqa: UP045 - typer needs Optional on older Pythons
        typer.Option("--image", "-i", help="An image attached to the post (repeatable; single draft only)."),
    ] = None,
    profile_picture: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option("--profile-picture", "-p", help="The profile picture of the account that posts."),
    ] = None,
    output_format: Annotated[
        OutputFormat,
        typer.Option(
            "--format",
            "-f",
            help="terminal (colour report), json, or for pipelines: sarif (code scanning), github (workflow "
            "annotations), junit (test report), jsonl (one line per draft, streamed), html (a page for the board).",
        ),
    ] = OutputFormat.terminal,
    output: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option(
            "--output",
            "-o",
            help="Write the report to this file instead of stdout (any format). Never a draft or image "
            "being checked.",
        ),
    ] = None,
    lang: Annotated[
        Optional[UiLanguage],  # noqa: UP045
        typer.Option(
            "--lang", help="Language of the messages: nl (default) or en. The post's language is detected."
        ),
    ] = None,
    config: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option(
            "--config", "-c", help="Use this config file instead of the nearest clusius-check.yaml."
        ),
    ] = None,
    logos: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option("--logos", help="Folder with the school's logo files (overrides the config)."),
    ] = None,
    account: Annotated[
        Optional[Account],  # noqa: UP045
        typer.Option(
            "--account",
            help="The account the drafts are posted from: personal (default) or school. "
            "A draft's front matter (account: ...) comes first.",
        ),
    ] = None,
    fail_on: Annotated[
        FailOn, typer.Option("--fail-on", help="Exit 1 on amber or red (default), or only on red.")
    ] = FailOn.amber,
    workers: Annotated[
        Optional[int],  # noqa: UP045
        typer.Option(
            "--workers",
            min=1,
            max=64,
            help="Worker processes (default: one per core, at most 8, for 64 drafts or more; else 1).",
        ),
    ] = None,
    changed_since: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            "--changed-since",
            metavar="REV",
            help="Only drafts that git says changed since REV (a commit, branch or tag), or that are new "
            "and untracked, within the given paths. Needs git.",
        ),
    ] = None,
    explain: Annotated[
        bool,
        typer.Option(
            "--explain",
            help="Under each finding: the protocol article, why it matters, and a rewrite where one is "
            "possible (terminal format).",
        ),
    ] = False,
) -> None:
    """Check drafts and show a verdict per draft: GREEN post, AMBER in doubt (do not post yet), RED do not post."""
    from clusius_check.catalogue import say
    from clusius_check.config import ConfigError, load_config
    from clusius_check.engine import RunOptions
    from clusius_check.rules import PLANNED

    ui_language = lang.value if lang else report_language(paths, config)
    if paths.count("-") > 1:
        raise _usage_error(say(ui_language, "usage.stdin_once"))
    if logos is not None and not logos.is_dir():
        raise _usage_error(f"{logos}: {say(ui_language, 'usage.logos_folder')}")
    if config is not None:
        try:
            load_config(config)
        except ConfigError as exc:
            raise _usage_error(exc.render(ui_language)) from None

    if explain:
        _explanation_texts(ui_language)  # a school's broken explanation file stops here, in one line
        if output_format is not OutputFormat.terminal:
            _warning(say(ui_language, "explain.terminal_only"))
    tasks = build_tasks(paths, list(image or []), profile_picture, ui_language)
    if changed_since is not None:
        tasks = only_changed(tasks, paths, changed_since, ui_language)
    options = RunOptions(
        config_file=config,
        ui_language=ui_language,
        logos_dir=logos,
        account=account.value if account else None,
    )
    not_available = list(PLANNED)
    report = _open_output(output, tasks, ui_language)
    try:
        if output_format is OutputFormat.jsonl:
            results = _stream_jsonl(tasks, options, workers, report)
        else:
            results = _run_with_progress(tasks, options, workers, output_format, ui_language)

        _print_problems(results)
        try:
            _write_report(report, output_format, results, not_available, ui_language, paths, explain)
            report.flush()
        except OSError as exc:
            raise ReportNotWritten(exc) from exc
    except ReportNotWritten as exc:  # the disk filled up or the pipe closed while writing the report
        raise _usage_error(_cannot_write(output, exc.error, ui_language)) from None
    finally:
        if report is not sys.stdout:
            with contextlib.suppress(OSError):  # flushed above: a failure to write is already reported
                report.close()

    raise typer.Exit(exit_code(results, fail_on))


def _write_report(report, output_format, results, not_available, ui_language, paths, explain=False) -> None:
    if output_format is OutputFormat.json:
        from clusius_check.reporters import json_report

        report.write(json_report.render(results, not_available) + "\n")
    elif output_format is OutputFormat.sarif:
        from clusius_check.reporters import sarif

        report.write(sarif.render(results, not_available) + "\n")
    elif output_format is OutputFormat.github:
        from clusius_check.reporters import github

        report.write(github.render(results, ui_language) + "\n")
    elif output_format is OutputFormat.junit:
        from clusius_check.reporters import junit

        report.write(junit.render(results, ui_language) + "\n")
    elif output_format is OutputFormat.html:
        from clusius_check.reporters import html

        report.write(html.render(results, ui_language, not_available))
    elif output_format is OutputFormat.terminal:
        from clusius_check.drafts import is_folder
        from clusius_check.reporters import terminal

        folder_run = any(raw != "-" and is_folder(Path(raw)) for raw in paths)
        console = _console() if report is sys.stdout else _console(file=report)
        explainer = _explainer(ui_language) if explain else None
        terminal.render(console, results, ui_language, not_available, folder_run, explainer)
    # jsonl: every line was written as its draft finished


def _stream_jsonl(tasks, options, workers, report) -> list:
    """Each draft's line as soon as it is checked (the engine yields in draft order), flushed so a reader
    at the other end of a pipe sees it at once."""
    from clusius_check.engine import check_all
    from clusius_check.reporters import jsonl

    results = []
    for result in check_all(tasks, options, workers):
        try:
            report.write(jsonl.line(result) + "\n")
            report.flush()
        except OSError as exc:
            raise ReportNotWritten(exc) from exc
        results.append(result)
    return results


class ReportNotWritten(Exception):
    """Writing the report failed. Only errors of the writing itself: an OSError in checking the drafts is
    something else and must not be told as "cannot write"."""

    def __init__(self, error: OSError):
        super().__init__(str(error))
        self.error = error


def _cannot_write(output: Path | None, exc: OSError, language: str) -> str:
    from clusius_check.catalogue import say

    shown = output if output is not None and str(output) != "-" else "<stdout>"
    return f"{shown}: {say(language, 'usage.cannot_write', reason=exc.strerror or exc)}"


def _same_file(a: Path, b: Path) -> bool:
    try:
        if a.exists() and b.exists():
            return a.samefile(b)  # also a hard link or a symlink to the input
        return a.resolve() == b.resolve()
    except OSError:
        return False


def _open_output(output: Path | None, tasks: list, language: str):
    """The stream the report goes to: stdout, or `output` opened for writing before the run, so a file
    that cannot be written fails in a second and not after checking 10,000 drafts. A draft or image of
    this run is never overwritten, nor any image file (a front-matter image is only known once read)."""
    from clusius_check.catalogue import say
    from clusius_check.drafts import IMAGE_SUFFIXES

    if output is None or str(output) == "-":
        return sys.stdout
    if output.suffix.lower() in IMAGE_SUFFIXES:
        raise _usage_error(f"{output}: {say(language, 'usage.output_is_image')}")
    inputs = [
        path
        for task in tasks
        for path in (task.path, task.profile_picture, *task.sibling_images, *task.extra_images)
        if path is not None
    ]
    if any(_same_file(output, path) for path in inputs):
        raise _usage_error(f"{output}: {say(language, 'usage.output_is_input')}")
    try:
        return open(output, "w", encoding="utf-8")  # noqa: SIM115 - closed by `check` after the report
    except OSError as exc:
        raise _usage_error(_cannot_write(output, exc, language)) from None


def only_changed(tasks: list, paths: list[str], revision: str, language: str) -> list:
    """--changed-since: the tasks whose draft git says changed; git's problems are usage errors, before checking."""
    from clusius_check.git_changes import ChangedSinceError, changed_files, is_changed

    try:
        changed = changed_files([Path(raw) for raw in paths if raw != "-"], revision)
    except ChangedSinceError as exc:
        raise _usage_error(exc.render(language)) from None
    return [task for task in tasks if is_changed(task, changed)]


def report_language(paths: list[str], config_file: Path | None) -> str:
    """One language for the whole report: the --config file's, else that of the config nearest the
    first path, else Dutch. Per-draft configs could disagree; a report that switches language halfway
    reads worse than one that ignores a minority setting."""
    from clusius_check.config import ConfigError, find_config, load_config

    if config_file is None:
        first = Path(paths[0]) if paths and paths[0] != "-" else Path.cwd()
        from clusius_check.drafts import is_folder

        config_file = find_config(first if is_folder(first) else first.parent)
    if config_file is None:
        return "nl"
    try:
        return load_config(config_file).language
    except ConfigError:
        return "nl"  # the broken config is reported for each draft it applies to


def _print_problems(results: list) -> None:
    """Each distinct error and warning once, in order: a broken config shared by 10,000 drafts is one
    line with a count, not 10,000 lines. The JSON report still lists them per draft."""
    from collections import Counter

    for lines, show in ((_lines(results, "errors"), _error), (_lines(results, "warnings"), _warning)):
        for line, count in Counter(lines).items():
            show(line if count == 1 else f"{line} (×{count})")


def _lines(results: list, kind: str) -> list[str]:
    return [line for result in results for line in getattr(result, kind)]


def exit_code(results: list, fail_on: FailOn) -> int:
    from clusius_check.findings import Verdict

    if any(result.errors for result in results):
        return EXIT_INPUT_ERROR
    failing = {Verdict.RED} if fail_on is FailOn.red else {Verdict.RED, Verdict.AMBER}
    return EXIT_FINDINGS if any(result.verdict in failing for result in results) else EXIT_GREEN


def _console(stderr: bool = False, file=None):
    from rich.console import Console

    return Console(stderr=stderr, file=file, highlight=False, soft_wrap=False)


def shows_progress(
    output_format: OutputFormat, draft_count: int, stdout_is_tty: bool, stderr_is_tty: bool
) -> bool:
    """A progress bar only helps a person watching a long terminal run; it must never end up in JSON,
    a pipe or a log file."""
    return (
        output_format is OutputFormat.terminal
        and draft_count >= PROGRESS_MIN_DRAFTS
        and stdout_is_tty
        and stderr_is_tty
    )


def _run_with_progress(tasks, options, workers, output_format, ui_language) -> list:
    from clusius_check.catalogue import say
    from clusius_check.engine import check_all

    if not shows_progress(output_format, len(tasks), sys.stdout.isatty(), sys.stderr.isatty()):
        return list(check_all(tasks, options, workers))
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    results = []
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=_console(stderr=True),
        transient=True,
    ) as progress:
        bar = progress.add_task(say(ui_language, "report.progress"), total=len(tasks))
        for result in check_all(tasks, options, workers):
            results.append(result)
            progress.advance(bar)
    return results


@app.command()
def rules(
    lang: Annotated[
        Optional[UiLanguage], typer.Option("--lang", help="Language of the summaries: nl or en.")  # noqa: UP045
    ] = None,
    output_format: Annotated[
        RulesFormat, typer.Option("--format", "-f", help="terminal (table) or json.")
    ] = RulesFormat.terminal,
) -> None:
    """List every rule: id, default severity, protocol article, what it checks, and whether it is available."""
    import json

    from clusius_check.catalogue import say
    from clusius_check.rules import all_rules

    language = lang.value if lang else "nl"
    infos = all_rules()
    if output_format is RulesFormat.json:
        document = [
            {
                "id": info.id,
                "severity": info.default_severity.value,
                "article": info.article,
                "summary": info.summary[language],
                "available": info.available,
            }
            for info in infos
        ]
        sys.stdout.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")
        return
    from rich.table import Table
    from rich.text import Text

    table = Table(title=say(language, "rules.title"), expand=True)
    table.add_column(say(language, "rules.column.id"), no_wrap=True)
    table.add_column(say(language, "rules.column.severity"), no_wrap=True)
    table.add_column(say(language, "rules.column.article"), no_wrap=True)
    table.add_column(say(language, "rules.column.summary"), ratio=1)
    for info in infos:
        status = "" if info.available else f" ({say(language, 'rules.planned')})"
        table.add_row(
            info.id,
            say(language, f"severity.{info.default_severity.value}"),
            say(language, "report.article", article=info.article),
            Text.assemble(info.summary[language], (status, "dim")),
        )
    _console().print(table)


@app.command()
def init(
    path: Annotated[Path, typer.Argument(help="Where to write the config.")] = Path("clusius-check.yaml"),
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing file.")] = False,
    lang: Annotated[
        Optional[UiLanguage], typer.Option("--lang", help="Language of the messages: nl or en.")  # noqa: UP045
    ] = None,
) -> None:
    """Write a commented default clusius-check.yaml to start from."""
    from clusius_check.catalogue import say
    from clusius_check.config import DEFAULT_CONFIG_TEXT

    language = lang.value if lang else "nl"

    if path.is_dir():
        path = path / "clusius-check.yaml"
    if path.exists() and not force:
        raise _usage_error(f"{path}: {say(language, 'usage.exists')}")
    try:
        path.write_text(DEFAULT_CONFIG_TEXT, encoding="utf-8")
    except OSError as exc:
        raise _usage_error(f"{path}: {say(language, 'usage.cannot_write', reason=exc.strerror)}") from None
    typer.echo(f"{path}: {say(language, 'init.written')}", err=True)


def _explainer(language: str):
    """What `check --explain` prints under each draft: see clusius_check/explain.py."""
    from clusius_check.explain import findings_renderables

    return lambda result: findings_renderables(result, language)


def _explanation_texts(language: str):
    """The explanation file for `language`, or the one-line error a school's broken edit deserves."""
    from clusius_check.explain import ExplanationError, texts

    try:
        return texts(language)
    except ExplanationError as exc:
        raise _usage_error(exc.render(language)) from None


def _check_rule_id(rule: str | None, language: str) -> None:
    """`explain RULE` and `les --rule RULE`: an unknown id is a usage error that lists the known ones."""
    from clusius_check.catalogue import say
    from clusius_check.rules import RULE_IDS

    if rule is not None and rule not in RULE_IDS:
        raise _usage_error(say(language, "explain.unknown_rule", rule=rule, known=", ".join(RULE_IDS)))


@app.command()
def explain(
    rule: Annotated[
        Optional[str],  # noqa: UP045
        typer.Argument(help="A rule id (see `clusius-check rules`); without one, every rule."),
    ] = None,
    lang: Annotated[
        Optional[UiLanguage], typer.Option("--lang", help="Language of the explanation: nl or en.")  # noqa: UP045
    ] = None,
) -> None:
    """Explain a rule for pupils and teachers: the protocol article, why it matters, an example and what to do instead."""
    from rich.rule import Rule

    from clusius_check.explain import rule_renderables
    from clusius_check.rules import RULE_IDS

    language = lang.value if lang else "nl"
    _check_rule_id(rule, language)
    _explanation_texts(language)
    console = _console()
    for number, rule_id in enumerate([rule] if rule else RULE_IDS):
        if number:
            console.print(Rule())
        for part in rule_renderables(rule_id, language):
            console.print(part)


@app.command("les")
def lesson(
    count: Annotated[
        Optional[int],  # noqa: UP045
        typer.Option(
            "--count", "-n", min=1, help="How many drafts (default: 10; all with --non-interactive)."
        ),
    ] = None,
    seed: Annotated[
        Optional[int],  # noqa: UP045
        typer.Option("--seed", help="Shuffle the drafts in this order, so a class can redo the same lesson."),
    ] = None,
    rule: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--rule", help="Only drafts that teach this rule."),
    ] = None,
    non_interactive: Annotated[
        bool,
        typer.Option(
            "--non-interactive",
            help="Print every draft with its question, verdict and explanation (projector, handout).",
        ),
    ] = False,
    drafts: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option(
            "--drafts",
            help="A folder with the school's own lesson drafts (*.yaml) instead of the shipped ones.",
        ),
    ] = None,
    config: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option(
            "--config", "-c", help="Check the drafts with this config (default: the tool's own defaults)."
        ),
    ] = None,
    lang: Annotated[
        Optional[UiLanguage], typer.Option("--lang", help="Language of the lesson: nl (default) or en.")  # noqa: UP045
    ] = None,
) -> None:
    """Classroom mode: show example drafts, ask "plaatsen of niet?" (p/j, n, t, q), reveal the tool's verdict, keep a score."""
    from clusius_check.catalogue import say
    from clusius_check.config import ConfigError, load_config
    from clusius_check.lesson import Lesson, LessonError, load_drafts, select, stdin_line

    language = lang.value if lang else "nl"
    _check_rule_id(rule, language)
    if config is not None:
        try:
            load_config(config)
        except ConfigError as exc:
            raise _usage_error(exc.render(language)) from None
    _explanation_texts(language)
    try:
        available = load_drafts(drafts)
    except LessonError as exc:
        raise _usage_error(exc.render(language)) from None
    chosen = select(
        available,
        count if count is not None else (None if non_interactive else 10),
        seed,
        rule,
        shuffle=not non_interactive,
    )
    if not chosen:
        raise _usage_error(say(language, "lesson.no_drafts_for_rule", rule=rule))
    run = Lesson(_console(), language, config)
    if non_interactive:
        run.run_non_interactive(chosen)
    else:
        run.run_interactive(chosen, stdin_line)


app.command("lesson", help="The same as `les`: the classroom mode, under its English name.")(lesson)


EXIT_INTERNAL_ERROR = 3


def main() -> None:
    """Run the app. A bug must not exit 1, which CI reads as "a draft is amber or red": it exits 3."""
    try:
        app()
    except KeyboardInterrupt:
        typer.echo("clusius-check: interrupted", err=True)
        sys.exit(130)
    except Exception:
        import traceback

        traceback.print_exc()
        typer.echo(
            "clusius-check: internal error: this is a bug in clusius-check, not in your draft", err=True
        )
        sys.exit(EXIT_INTERNAL_ERROR)
