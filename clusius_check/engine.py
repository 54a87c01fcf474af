"""Running the rules: draft in, DraftResult out; one process for a few drafts, one worker per core for many.

The engine owns the order of work (read → analyse once → every enabled rule → severity overrides →
suppression markers → verdict) and nothing else: it does not print, and input problems become errors in
the result so that one bad draft never stops a folder run.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from clusius_check import catalogue
from clusius_check.catalogue import Notice
from clusius_check.config import Config, ConfigError, find_config, load_config
from clusius_check.drafts import DraftError, load_draft
from clusius_check.findings import DraftResult, Finding, Severity, result_for
from clusius_check.rules import IMAGE_RULE_IDS, IMPLEMENTED, RULE_IDS
from clusius_check.rules.base import RuleInfo
from clusius_check.suppressions import (
    apply_suppressions,
    find_markers,
    marker_findings,
    restore_position,
    strip_markers,
)
from clusius_check.wordlists import Term, terms_for

# Below this many drafts a worker pool costs more to start than it saves.
PARALLEL_THRESHOLD = 64
CHUNK_SIZE = 32


@dataclass(frozen=True)
class CheckTask:
    """One thing to check: a draft path (None for stdin) and what the command line added to it."""

    path: Path | None
    data: bytes | None = None
    extra_images: tuple[Path, ...] = ()
    profile_picture: Path | None = None
    sibling_images: tuple[Path, ...] = ()  # in folder mode: images named after the draft
    error: Notice | None = None  # an input problem found before reading, e.g. a folder with no drafts


@dataclass(frozen=True)
class RunOptions:
    config_file: Path | None = None
    ui_language: str | None = None
    logos_dir: Path | None = None
    account: str | None = None  # --account: for drafts whose front matter does not say


@dataclass
class RuleContext:
    """What a rule may use besides the draft: the config, word lists, the pipeline, and the catalogue."""

    config: Config
    ui_language: str
    language: str = "nl"  # the post's language

    def say(self, key: str, **params: object) -> str:
        return catalogue.say(self.ui_language, key, **params)

    def nlp(self, language: str):
        from clusius_check.text.pipeline import get_nlp

        return get_nlp(language)

    def terms(self, rule_id: str, languages: tuple[str, ...] | None = None) -> tuple[Term, ...]:
        """Word-list terms for a rule: those of the post's language, or of the `languages` the rule asks for."""
        found: list[Term] = []
        for language in languages or (self.language,):
            found.extend(terms_for(rule_id, language, self.config.extra_wordlists))
        return tuple(found)

    def option(self, info: RuleInfo, name: str):
        settings = self.config.settings_for(info.id)
        if name in settings.options:
            return settings.options[name]
        return next(option.default for option in info.options if option.name == name)

    def catalogue_finding(
        self,
        info: RuleInfo,
        analysed,
        start: int,
        end: int,
        severity: Severity,
        key: str,
        match: str,
        masked: str | None = None,
    ) -> Finding:
        """A text finding whose message and suggestion come from the catalogue's `<rule>.<key>.message` (with
        the quoted `match`) and `<rule>.<key>.suggestion`: the shape every text rule reports in. `masked`
        stands in for the span wherever it is shown (personal data)."""
        return self.text_finding(
            info,
            analysed,
            start,
            end,
            severity,
            self.say(f"{info.id}.{key}.message", match=match),
            self.say(f"{info.id}.{key}.suggestion"),
            masked=masked,
        )

    def text_finding(
        self,
        info: RuleInfo,
        analysed,
        start: int,
        end: int,
        severity: Severity,
        message: str,
        suggestion: str,
        masked: str | None = None,
    ) -> Finding:
        """A finding over body offsets [start, end); `masked`, as long as the span, replaces the text of
        the span wherever it is shown (personal data)."""
        line, column, end_line, end_column = analysed.position(start, end)
        return Finding(
            rule=info.id,
            severity=severity,
            message=message,
            article=info.article,
            suggestion=suggestion,
            match=analysed.body[start:end] if masked is None else masked,
            line=line,
            column=column,
            end_line=end_line,
            end_column=end_column,
            start=start,
            end=end,
            redacted=masked is not None,
        )


def config_for(task: CheckTask, options: RunOptions) -> Config:
    if options.config_file is not None:
        config = load_config(options.config_file)
    else:
        folder = task.path.parent if task.path is not None else Path.cwd()
        found = find_config(folder)
        config = load_config(found) if found else Config()
    return config.with_overrides(language=options.ui_language, logos_dir=options.logos_dir)


def check_task(task: CheckTask, options: RunOptions) -> DraftResult:
    shown = "<stdin>" if task.path is None else str(task.path)
    # Until the draft's config is read, problems are told in the language the run asked for.
    language = options.ui_language or "nl"
    if task.error:
        return result_for(shown, [], [task.error.render(language)], [])
    try:
        config = config_for(task, options)
        draft = load_draft(
            task.path,
            data=task.data,
            extra_images=task.extra_images,
            profile_picture=task.profile_picture,
            sibling_images=task.sibling_images,
        )
    except (DraftError, ConfigError) as exc:
        return result_for(shown, [], [exc.render(language)], [])
    language = config.language
    account = draft.meta.account or options.account or config.account
    draft = replace(draft, meta=replace(draft.meta, account=account))
    from clusius_check.text.analysis import AnalysedDraft, analyse

    # Suppression markers are read from the draft as written, then taken out of what the rules read.
    markers = find_markers(draft.body, RULE_IDS)
    stripped = strip_markers(draft.body, markers)
    analysed = analyse(
        replace(draft, text=draft.text[: draft.body_offset] + stripped.text) if markers else draft
    )
    findings: list[Finding] = []
    errors = [notice.render(language) for notice in draft.image_errors]
    disabled = tuple(rule_id for rule_id in RULE_IDS if not config.settings_for(rule_id).enabled)
    checked = tuple(rule_id for rule_id in IMPLEMENTED if rule_id not in disabled)
    context = RuleContext(config=config, ui_language=config.language, language=analysed.language)
    warnings = [notice.render(language) for notice in draft.warnings]
    if draft.images and any(rule_id in IMAGE_RULE_IDS for rule_id in checked):
        from clusius_check.images.loading import draft_images

        # Decoded here, once, for every image rule; an image that cannot be decoded is an error naming
        # the file (the draft is not green for what was not checked), and its text is checked all the same.
        decoded = draft_images(analysed)
        errors += [image.problem.render(language) for image in decoded.images if image.problem is not None]
        warnings += [notice.render(language) for notice in decoded.warnings]
    for rule_id in checked:
        settings = config.settings_for(rule_id)
        try:
            rule_findings = list(IMPLEMENTED[rule_id].check(analysed, context))
        except ConfigError as exc:
            if exc.render(language) not in errors:  # both logo rules meet the same empty logo folder
                errors.append(exc.render(language))
            continue
        if settings.severity is not None:
            rule_findings = [replace(finding, severity=settings.severity) for finding in rule_findings]
        findings.extend(rule_findings)
    if markers:
        as_written = AnalysedDraft(draft=draft, language=analysed.language, doc=None)
        findings = [restore_position(finding, stripped, as_written.position) for finding in findings]
        findings.extend(marker_findings(markers, as_written, context))
    findings, suppressed = apply_suppressions(findings, markers)
    return result_for(
        draft.path,
        findings,
        errors,
        warnings,
        draft.text,
        draft.body_offset,
        analysed.language,
        disabled,
        images=tuple(image.display for image in draft.images),
        checked_rules=checked,
        suppressed=tuple(suppressed),
    )


def _warm_up() -> None:
    """Build both pipelines before forking so workers share them instead of each loading its own."""
    from clusius_check.text.pipeline import get_nlp

    for language in ("nl", "en"):
        get_nlp(language)


_worker_options: RunOptions | None = None


def _init_worker(options: RunOptions) -> None:
    global _worker_options
    _worker_options = options


def _check_in_worker(task: CheckTask) -> DraftResult:
    assert _worker_options is not None
    return check_task(task, _worker_options)


def worker_count(task_count: int) -> int:
    if task_count < PARALLEL_THRESHOLD:
        return 1
    return max(1, min(os.cpu_count() or 1, 8))


def check_all(
    tasks: Iterable[CheckTask], options: RunOptions, workers: int | None = None
) -> Iterator[DraftResult]:
    """Results in the order of `tasks`; in parallel when there are enough of them to pay for workers."""
    tasks = list(tasks)
    workers = worker_count(len(tasks)) if workers is None else workers
    if workers <= 1:
        for task in tasks:
            yield check_task(task, options)
        return
    import multiprocessing

    start_method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    if start_method == "fork":
        _warm_up()
    context = multiprocessing.get_context(start_method)
    with context.Pool(workers, initializer=_init_worker, initargs=(options,)) as pool:
        yield from pool.imap(_check_in_worker, tasks, chunksize=CHUNK_SIZE)
