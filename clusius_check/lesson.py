"""Lesson mode: example drafts for a media-literacy lesson, "plaatsen of niet?", and a score.

The drafts are data (`data/lesson/*.yaml`, one per draft, or a school's own folder). Each says which
verdict it is meant to teach, but that is never shown as the answer: the answer is what the checker
says when it runs on the draft, with the same explanations as `check --explain`. A test holds every
shipped draft to its intended verdict, so a rule change that breaks a lesson is noticed.

Input is plain lines from stdin (p/j, n, t, q), so the lesson works in any terminal and can be
driven by a test; output goes through one rich Console.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path

from clusius_check.catalogue import NoticeError, say
from clusius_check.findings import DraftResult, Verdict

LESSON_KEYS = ("title", "verdict", "text")
OPTIONAL_KEYS = ("rules", "account", "role", "lang", "note", "note_en")
ACCOUNTS = ("personal", "school")
ROLES = ("pupil", "student", "staff")

POST, DONT, DOUBT, QUIT = "post", "dont", "doubt", "quit"
# What a pupil may type; a whole word works too, so "nee" or "plaatsen" is not an invalid key.
KEYS = {
    POST: ("p", "j", "y", "ja", "yes", "plaatsen", "post"),
    DONT: ("n", "nee", "no", "niet", "niet plaatsen", "do not post", "don't post"),
    DOUBT: ("t", "d", "?", "twijfel", "doubt", "in doubt"),
    QUIT: ("q", "stop", "stoppen", "quit", "exit"),
}
EXPECTED = {Verdict.GREEN: POST, Verdict.AMBER: DOUBT, Verdict.RED: DONT}


class LessonError(NoticeError):
    """A lesson draft file a school wrote that does not have the shape a lesson needs."""


@dataclass(frozen=True)
class LessonDraft:
    """One example draft: what the pupil sees, and what it is meant to teach."""

    name: str
    title: str
    text: str
    verdict: Verdict
    rules: tuple[str, ...] = ()
    account: str = "personal"
    role: str = "pupil"
    lang: str | None = None
    note: str = ""
    note_en: str = ""  # the discussion point for a lesson in English, when the note is in Dutch

    def note_for(self, language: str) -> str:
        return self.note_en if language == "en" and self.note_en else self.note

    def as_draft(self) -> bytes:
        """The draft as the checker reads it: front matter with the account, role and language."""
        header = [f"account: {self.account}", f"role: {self.role}"]
        if self.lang:
            header.append(f"lang: {self.lang}")
        return ("---\n" + "\n".join(header) + "\n---\n" + self.text.rstrip("\n") + "\n").encode("utf-8")


def shipped_folder() -> Path:
    return Path(str(resources.files("clusius_check").joinpath("data", "lesson")))


def default_config() -> Path:
    return Path(str(resources.files("clusius_check").joinpath("data", "lesson-defaults.yaml")))


def load_drafts(folder: Path | None = None) -> list[LessonDraft]:
    """Every `*.yaml` draft in `folder` (default: the shipped lesson), sorted by file name."""
    folder = folder or shipped_folder()
    paths = sorted(folder.glob("*.yaml")) if folder.is_dir() else []
    if not paths:
        raise LessonError(str(folder), "lesson.no_drafts")
    return [load_draft(path) for path in paths]


def load_draft(path: Path) -> LessonDraft:

    from clusius_check.explain import read_school_yaml
    from clusius_check.rules import RULE_IDS

    shown = str(path)
    raw = read_school_yaml(path, LessonError)
    if not isinstance(raw, dict):
        raise LessonError(shown, "explain.missing", key="text")
    for key in raw:
        if key not in LESSON_KEYS and key not in OPTIONAL_KEYS:
            raise LessonError(
                shown, "explain.unknown_key", key=key, known=", ".join(LESSON_KEYS + OPTIONAL_KEYS)
            )
    for key in LESSON_KEYS:
        if key not in raw:
            raise LessonError(shown, "explain.missing", key=key)
    for key in ("title", "text", "note", "note_en"):
        if key in raw and (not isinstance(raw[key], str) or not raw[key].strip()):
            raise LessonError(shown, "explain.not_text", key=key)
    if raw["verdict"] not in [verdict.value for verdict in Verdict]:
        raise LessonError(shown, "lesson.invalid_verdict", value=repr(raw["verdict"]))
    rules = raw.get("rules") or []
    if not isinstance(rules, list) or any(rule not in RULE_IDS for rule in rules):
        raise LessonError(
            shown, "lesson.invalid_choice", key="rules", allowed=", ".join(RULE_IDS), value=repr(rules)
        )
    for key, allowed in (("account", ACCOUNTS), ("role", ROLES), ("lang", ("nl", "en"))):
        if key in raw and raw[key] not in allowed:
            raise LessonError(
                shown, "lesson.invalid_choice", key=key, allowed=", ".join(allowed), value=repr(raw[key])
            )
    return LessonDraft(
        name=path.stem,
        title=raw["title"].strip(),
        text=raw["text"],
        verdict=Verdict(raw["verdict"]),
        rules=tuple(rules),
        account=raw.get("account", "personal"),
        role=raw.get("role", "pupil"),
        lang=raw.get("lang"),
        note=(raw.get("note") or "").strip(),
        note_en=(raw.get("note_en") or "").strip(),
    )


def select(
    drafts: list[LessonDraft], count: int | None, seed: int | None, rule: str | None, shuffle: bool
) -> list[LessonDraft]:
    """The drafts for one lesson: those that teach `rule` (if given), shuffled, at most `count`."""
    chosen = [draft for draft in drafts if rule is None or rule in draft.rules]
    if shuffle or seed is not None:
        random.Random(seed).shuffle(chosen)
    return chosen[:count] if count else chosen


def check_drafts(
    drafts: list[LessonDraft], language: str, config_file: Path | None = None
) -> list[DraftResult]:
    """Run the checker on each draft, as `check` would on a file with this text and front matter."""
    from clusius_check.engine import CheckTask, RunOptions, check_all

    options = RunOptions(config_file=config_file or default_config(), ui_language=language)
    tasks = [CheckTask(None, data=draft.as_draft()) for draft in drafts]
    return [
        replace(result, path=draft.name)
        for draft, result in zip(drafts, check_all(tasks, options, 1), strict=True)
    ]


def read_answer(line: str) -> str | None:
    said = " ".join(line.strip().lower().split())
    return next((answer for answer, keys in KEYS.items() if said in keys), None)


@dataclass
class Score:
    answered: int = 0
    right: int = 0
    exact: int = 0
    misses: list[tuple[int, LessonDraft, str, Verdict]] = field(default_factory=list)


class Lesson:
    """One run of the lesson: shows drafts, asks, checks, explains and keeps the score."""

    def __init__(self, console, language: str, config_file: Path | None = None):
        from clusius_check.explain import texts

        self.console = console
        self.language = language
        self.config_file = config_file
        self.texts = texts(language)

    def say(self, key: str, **params: object) -> str:
        return self.texts.lesson_text(key, **params)

    def show_draft(self, number: int, count: int, draft: LessonDraft) -> None:
        from rich.panel import Panel
        from rich.text import Text

        from clusius_check.catalogue import visible

        role = self.say(f"role_{draft.role}")
        account = self.say(f"account_{draft.account}")
        self.console.print(Text(""))
        self.console.print(
            Panel(
                Text(visible(draft.text.rstrip("\n"))),
                title=Text(f"{self.say('draft', number=number, count=count)}: {draft.title}", style="bold"),
                subtitle=self.say("posted_by", role=role, account=account),
                expand=True,
            )
        )

    def verdict_line(self, result: DraftResult) -> None:
        from rich.text import Text

        from clusius_check.reporters.terminal import VERDICT_STYLE, verdict_words

        self.console.print(
            Text.assemble(
                self.say("tool_says", verdict="").rstrip(),
                " ",
                (verdict_words(result, self.language), VERDICT_STYLE[result.verdict]),
            )
        )

    def details(self, result: DraftResult, draft: LessonDraft) -> None:
        """The draft with its findings marked and explained, then the teacher's discussion point."""
        from rich.text import Text

        from clusius_check.explain import findings_renderables
        from clusius_check.reporters.terminal import marked_text

        if result.findings:
            self.console.print(Text(""))
            self.console.print(marked_text(result))
            self.console.print(Text(""))
            for part in findings_renderables(result, self.language, title=False, remember=False):
                self.console.print(part)
        else:
            self.console.print(Text(say(self.language, "report.no_findings")))
        for error in result.errors:
            self.console.print(Text(error, style="magenta"))
        if draft.note_for(self.language):
            self.console.print(Text(""))
            self.console.print(
                Text.assemble((self.say("discuss") + ": ", "bold"), draft.note_for(self.language))
            )

    def remember(self) -> None:
        from rich.text import Text

        from clusius_check.explain import remember_renderables

        self.console.print(Text(""))
        for part in remember_renderables(self.language):
            self.console.print(part)

    def answer_words(self, answer: str) -> str:
        return self.say({POST: "answer_post", DONT: "answer_dont", DOUBT: "answer_doubt"}[answer])

    def run_non_interactive(self, drafts: list[LessonDraft]) -> None:
        """The whole sequence for a projector or a handout: draft, question, answer, explanation."""
        from rich.rule import Rule
        from rich.text import Text

        self.console.print(Text(self.say("title"), style="bold"))
        results = check_drafts(drafts, self.language, self.config_file)
        for number, (draft, result) in enumerate(zip(drafts, results, strict=True), start=1):
            self.show_draft(number, len(drafts), draft)
            self.console.print(Text(self.say("question")))
            self.console.print(Text(""))
            if result.verdict is not None:
                expected = self.answer_words(EXPECTED[result.verdict])
                self.console.print(Text(self.say("answer_expected", answer=expected), style="bold"))
            self.verdict_line(result)
            self.details(result, draft)
            self.console.print(Rule())
        self.remember()

    def run_interactive(self, drafts: list[LessonDraft], read_line: Callable[[], str]) -> Score:
        from rich.text import Text

        score = Score()
        self.console.print(Text(self.say("title"), style="bold"))
        self.console.print(Text(self.say("intro", count=len(drafts))))
        for number, draft in enumerate(drafts, start=1):
            self.show_draft(number, len(drafts), draft)
            answer = self.ask(read_line)
            if answer == QUIT:
                break
            (result,) = check_drafts([draft], self.language, self.config_file)
            self.console.print(Text(self.say("your_answer", answer=self.answer_words(answer))))
            self.verdict_line(result)
            self.mark(score, number, draft, answer, result)
            self.details(result, draft)
            self.console.print(
                Text(self.say("score", score=score.right, answered=score.answered), style="bold")
            )
        self.summary(score, len(drafts))
        return score

    def ask(self, read_line: Callable[[], str]) -> str:
        from rich.text import Text

        while True:
            self.console.print(Text(self.say("question"), style="bold"))
            line = read_line()
            if line == "":  # end of input: the class has gone home
                return QUIT
            answer = read_answer(line)
            if answer is not None:
                return answer
            self.console.print(Text(self.say("invalid"), style="dark_orange"))

    def mark(self, score: Score, number: int, draft: LessonDraft, answer: str, result: DraftResult) -> None:
        from rich.text import Text

        if result.verdict is None:  # the checker could not check it: no point either way
            return
        score.answered += 1
        expected = EXPECTED[result.verdict]
        right = (answer == POST) == (expected == POST)
        if right:
            score.right += 1
        if answer == expected:
            score.exact += 1
            feedback, style = self.say("right_exact"), "bold green"
        elif right:
            verdict = say(self.language, f"verdict.{result.verdict.value}")
            feedback, style = self.say("right_safe", verdict=verdict), "green"
        else:
            score.misses.append((number, draft, answer, result.verdict))
            feedback = self.say("wrong_posted" if answer == POST else "wrong_held")
            style = "bold red"
        self.console.print(Text(feedback, style=style))

    def summary(self, score: Score, count: int) -> None:
        from rich.text import Text

        self.console.print(Text(""))
        self.console.print(Text(self.say("summary_title"), style="bold underline"))
        if score.answered < count:
            self.console.print(Text(self.say("stopped", answered=score.answered, count=count)))
        if not score.answered:
            self.console.print(Text(self.say("none_answered")))
            return
        self.remember()
        self.console.print(Text(""))
        self.console.print(
            Text(
                self.say("summary", score=score.right, answered=score.answered, exact=score.exact),
                style="bold",
            )
        )
        if score.misses:
            self.console.print(Text(self.say("look_again")))
            for number, draft, answer, verdict in score.misses:
                line = self.say(
                    "look_again_item",
                    number=number,
                    title=draft.title,
                    answer=self.answer_words(answer),
                    verdict=say(self.language, f"verdict.{verdict.value}"),
                )
                self.console.print(Text("  • " + line))


def stdin_line() -> str:
    return sys.stdin.readline()
