"""Findings and verdicts: the plain data that flows from rules to reporters.

Nothing here decides what is wrong with a post; it only records it and orders it, so that the
verdict follows the protocol's own rule "Bij twijfel: niet plaatsen" in one place.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class Severity(str, Enum):
    """How bad a finding is. `info` never changes the verdict; it teaches."""

    INFO = "info"
    AMBER = "amber"
    RED = "red"

    @property
    def rank(self) -> int:
        return _SEVERITY_RANK[self]


_SEVERITY_RANK = {Severity.INFO: 0, Severity.AMBER: 1, Severity.RED: 2}


class Verdict(str, Enum):
    """The draft's verdict: the worst severity among its findings."""

    GREEN = "green"
    AMBER = "amber"
    RED = "red"


@dataclass(frozen=True)
class Finding:
    """One thing a rule found, complete enough to act on without reading the rule.

    Text positions are 1-based lines and columns in the draft file (front matter included), with
    `end_column` pointing just past the last character, as SARIF does. Image findings carry the
    image path in `file` and no text position.
    """

    rule: str
    severity: Severity
    message: str
    article: str
    suggestion: str
    match: str = ""
    line: int | None = None
    column: int | None = None
    end_line: int | None = None
    end_column: int | None = None
    file: str | None = None
    # Character offsets in the draft body, for reporters that highlight the span. Not part of the
    # JSON contract: positions for people are line/column above.
    start: int | None = field(default=None, compare=False)
    end: int | None = field(default=None, compare=False)
    # True when `match` is a masked form of the span (`06-****4182`), as long as the span itself: a
    # reporter that shows the draft shows `match` in its place, so no output spreads the data.
    redacted: bool = field(default=False, compare=False)

    @property
    def sort_key(self) -> tuple:
        return (self.file or "", self.line or 0, self.column or 0, -self.severity.rank, self.rule)


@dataclass(frozen=True)
class SuppressedFinding:
    """A finding a marker in the draft silenced: it does not count for the verdict, but every report shows it."""

    finding: Finding  # the finding as the rule reported it
    reason: str  # the reason written in the marker


def verdict_for(findings: list[Finding]) -> Verdict:
    worst = max((f.severity.rank for f in findings), default=0)
    if worst >= Severity.RED.rank:
        return Verdict.RED
    if worst >= Severity.AMBER.rank:
        return Verdict.AMBER
    return Verdict.GREEN


@dataclass(frozen=True)
class DraftResult:
    """Everything known about one checked input: findings, input errors and warnings.

    `verdict` is None when the draft could not be read, or when it would be green but something it
    refers to could not be checked: green is a promise we only make for what we actually checked.
    """

    path: str
    verdict: Verdict | None
    findings: tuple[Finding, ...] = ()
    errors: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    text: str = ""
    body_offset: int = 0
    language: str | None = None
    # Rules the config switched off for this draft: reported, so a green verdict is not over-read.
    disabled_rules: tuple[str, ...] = ()
    # Images attached to the draft (paths as shown) and the rules that actually looked at it.
    images: tuple[str, ...] = ()
    checked_rules: tuple[str, ...] = ()
    # Findings silenced by a marker with a reason (see suppressions.py); never part of the verdict.
    suppressed: tuple[SuppressedFinding, ...] = ()


def result_for(
    path: str,
    findings: list[Finding],
    errors: list[str],
    warnings: list[str],
    text: str = "",
    body_offset: int = 0,
    language: str | None = None,
    disabled_rules: tuple[str, ...] = (),
    images: tuple[str, ...] = (),
    checked_rules: tuple[str, ...] = (),
    suppressed: tuple[SuppressedFinding, ...] = (),
) -> DraftResult:
    verdict: Verdict | None = verdict_for(findings)
    if errors and verdict is Verdict.GREEN:
        verdict = None
    return DraftResult(
        path=path,
        verdict=verdict,
        findings=tuple(sorted(findings, key=lambda f: f.sort_key)),
        errors=tuple(errors),
        warnings=tuple(warnings),
        text=text,
        body_offset=body_offset,
        language=language,
        disabled_rules=disabled_rules,
        images=images,
        checked_rules=checked_rules,
        suppressed=tuple(sorted(suppressed, key=lambda item: item.finding.sort_key)),
    )
