"""Suppressions that stay visible: a marker in the draft that silences a rule for that draft, with a reason.

A staff member who knows better than the rule (the quotation is from their own interview) writes, anywhere in
the text of the draft, after the front matter:

    <!-- clusius-check: negeer missing-source — citaat uit eigen interview -->
    <!-- clusius-check: ignore missing-source, personal-data: the number is the school's switchboard -->

The grammar, case-insensitive, inside one HTML comment on one line:

    <!-- clusius-check[:] (negeer|ignore) RULE[, RULE ...] SEPARATOR REASON -->

- RULE is a rule id as `clusius-check rules` lists it; several are separated by commas.
- SEPARATOR is an em dash `—`, an en dash `–`, a colon `:`, or a hyphen `-` with a space before it (rule ids
  contain hyphens themselves, so `missing-source- reden` and `missing-source -reden` both work, but the
  space is what tells the hyphen apart).
- REASON is the rest of the comment; it must contain at least one letter or digit.

What a marker does, and why:
- With a reason it silences the rules it names for the whole draft (its text and its images). The
  findings are not dropped: the report lists them as suppressed, with the reason, so whoever reads the
  report sees what was waved through and why (protocol art. 2: you are responsible for what you post).
- Without a reason it silences nothing and is itself an amber finding: an unexplained exception is
  exactly the doubt the protocol means with "bij twijfel: niet plaatsen".
- A rule id the tool does not know is an amber finding too (a typo would otherwise silence nothing while
  looking as if it did); the known rules next to it in the same marker are still silenced.
- A comment that starts like a marker but cannot be read (`negeren`, no rule, no closing `-->` on its line)
  is an amber finding, for the same reason. It covers only its own line: a marker never hides the lines of
  the post below it from the rules.
- The reason is shown in every report but not checked by the rules: whoever reviews the report reads it.
- Findings about markers (rule id `suppression`) cannot themselves be suppressed.

The marker is tool syntax, not part of the post (an HTML comment is invisible once posted), so the rules never
read it: `strip_markers` takes the markers out of an in-memory copy of the body before it is analysed, and
`restore_position` puts every finding back on the line and column of the file as written. The file itself is
never changed.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from clusius_check.findings import Finding, Severity, SuppressedFinding
from clusius_check.rules.base import RuleInfo

INFO = RuleInfo(
    id="suppression",
    article="2",
    default_severity=Severity.AMBER,
    summary={
        "nl": "Een clusius-check-markering die een regel negeert zonder reden, of een onbekende regel noemt.",
        "en": "A clusius-check marker that ignores a rule without a reason, or names an unknown rule.",
    },
)

# The start of anything that means to be a marker; what follows decides whether it is a readable one.
_MARKER_START = re.compile(r"<!--\s*clusius-check(?![\w-])", re.IGNORECASE)
_COMMENT_END = "-->"
_RULE_ID = r"[a-z0-9]+(?:-[a-z0-9]+)*"
_MARKER_BODY = re.compile(
    rf"""
    \A\s*:?\s*
    (?:negeer|ignore)\s+
    (?P<rules>{_RULE_ID}(?:\s*,\s*{_RULE_ID})*)
    (?:\s*(?:—|–|:)|\s+-|-(?=\s))?   # the separator; absent when there is no reason at all
    (?P<reason>.*)
    \Z
    """,
    re.IGNORECASE | re.DOTALL | re.VERBOSE,
)
_SEPARATED = re.compile(r"\A\s*(?:—|–|:|-)|\A\s*\Z", re.DOTALL)


@dataclass(frozen=True)
class Marker:
    """One marker in the draft body: where it is (body offsets) and what it says.

    `rules` are the known rule ids it names, `unknown` the ids the tool does not know; `readable` is False
    when the comment could not be parsed at all.
    """

    start: int
    end: int
    text: str
    rules: tuple[str, ...] = ()
    unknown: tuple[str, ...] = ()
    reason: str = ""
    readable: bool = True

    @property
    def silences(self) -> tuple[str, ...]:
        """The rules this marker actually silences: only with a reason, and only known ones."""
        return self.rules if self.readable and self.reason else ()


def find_markers(body: str, known_rules: Iterable[str]) -> list[Marker]:
    """Every marker in the draft body, in order, parsed against the rule ids the tool knows."""
    known = tuple(known_rules)
    markers: list[Marker] = []
    position = 0
    while (found := _MARKER_START.search(body, position)) is not None:
        line_end = body.find("\n", found.end())
        line_end = len(body) if line_end == -1 else line_end
        close = body.find(_COMMENT_END, found.end(), line_end)
        # A marker that does not close on its own line is unreadable and ends with its line: it must never
        # swallow the lines of the post below it, which the rules would then not read.
        if close == -1:
            markers.append(Marker(found.start(), line_end, body[found.start() : line_end], readable=False))
            position = line_end
            continue
        end = close + len(_COMMENT_END)
        markers.append(
            _parse(found.start(), end, body[found.start() : end], body[found.end() : close], known)
        )
        position = end
    return markers


def _parse(start: int, end: int, text: str, inner: str, known: tuple[str, ...]) -> Marker:
    parsed = _MARKER_BODY.match(inner)
    if parsed is None:
        return Marker(start, end, text, readable=False)
    after_rules = inner[parsed.end("rules") :]
    if not _SEPARATED.match(after_rules):  # words after the rules without a separator: what is the reason?
        return Marker(start, end, text, readable=False)
    named = tuple(dict.fromkeys(rule.strip().lower() for rule in parsed["rules"].split(",")))
    reason = " ".join(parsed["reason"].split())
    return Marker(
        start,
        end,
        text,
        rules=tuple(rule for rule in named if rule in known),
        unknown=tuple(rule for rule in named if rule not in known),
        reason=reason if re.search(r"\w", reason) else "",
    )


@dataclass(frozen=True)
class StrippedBody:
    """The body as it would be published: markers (HTML comments, invisible once posted) taken out.

    `removed` holds the [start, end) ranges of the body as written that were taken out, in order, so an
    offset in `text` can be traced back to the file the person wrote.
    """

    text: str
    removed: tuple[tuple[int, int], ...] = ()

    def original_offset(self, offset: int, *, end: bool = False) -> int:
        """The body offset as written for offset `offset` of `text`. Where a removal sat, a start offset
        lands after it and an end offset before it, so a span never swallows a marker at its edge."""
        shift = 0
        for start, stop in self.removed:
            at = start - shift  # where this removal sits in `text`
            if offset > at or (offset == at and not end):
                shift += stop - start
            else:
                break
        return offset + shift


def strip_markers(body: str, markers: Iterable[Marker]) -> StrippedBody:
    """Take every marker out of the body, so the rules read exactly the post that would be published.

    Why take out rather than blank out: the rules would not read a blanked marker's words, but they do read
    whitespace (the learned second opinion scores a draft with a trailing blank line differently), so a
    marker that silences one rule could change what another rule finds. A marker on a line of its own goes
    with its line break; a marker at the start or end of a line goes with the spaces beside it; a marker
    between words leaves one space.
    """
    pieces: list[str] = []
    removed: list[tuple[int, int]] = []
    position = 0
    for marker in markers:
        left, right = marker.start, marker.end
        while left > position and body[left - 1] in " \t":
            left -= 1
        while right < len(body) and body[right] in " \t":
            right += 1
        starts_line = left == 0 or body[left - 1] == "\n"
        ends_line = right == len(body) or body[right] == "\n"
        if starts_line and ends_line and right < len(body):
            right += 1  # the line break of a line that held only the marker
        elif not starts_line and not ends_line:
            left = marker.start  # between words: keep the space before it
        pieces.append(body[position:left])
        removed.append((left, right))
        position = right
    pieces.append(body[position:])
    return StrippedBody("".join(pieces), tuple(removed))


def restore_position(finding: Finding, stripped: StrippedBody, position) -> Finding:
    """A finding a rule made on the stripped body, with its offsets and line/column in the draft as written
    (`position` turns body offsets into (line, column, end_line, end_column) for the file)."""
    if finding.start is None or finding.end is None:
        return finding
    start = stripped.original_offset(finding.start)
    end = max(stripped.original_offset(finding.end, end=True), start)
    line, column, end_line, end_column = position(start, end)
    return replace(
        finding, start=start, end=end, line=line, column=column, end_line=end_line, end_column=end_column
    )


@dataclass(frozen=True)
class MarkerProblem:
    """A marker that silences nothing (or not everything it names), as the catalogue key and its parameters."""

    marker: Marker
    key: str  # "no_reason", "unknown_rule" or "unreadable"
    rule: str = ""
    hint: str = ""


def marker_problems(markers: Iterable[Marker], known_rules: Iterable[str]) -> list[MarkerProblem]:
    known = tuple(known_rules)
    problems: list[MarkerProblem] = []
    for marker in markers:
        if not marker.readable:
            problems.append(MarkerProblem(marker, "unreadable"))
            continue
        for rule in marker.unknown:
            close = difflib.get_close_matches(rule, known, n=1)
            problems.append(MarkerProblem(marker, "unknown_rule", rule=rule, hint=close[0] if close else ""))
        if not marker.reason:
            problems.append(MarkerProblem(marker, "no_reason"))
    return problems


def apply_suppressions(
    findings: Iterable[Finding], markers: Iterable[Marker]
) -> tuple[list[Finding], list[SuppressedFinding]]:
    """Split findings into those that still count and those a marker with a reason silenced.

    When several markers silence the same rule, the first one's reason is given. Findings about the markers
    themselves always count.
    """
    reasons: dict[str, str] = {}
    for marker in markers:
        for rule in marker.silences:
            reasons.setdefault(rule, marker.reason)
    kept: list[Finding] = []
    suppressed: list[SuppressedFinding] = []
    for finding in findings:
        if finding.rule in reasons and finding.rule != INFO.id:
            suppressed.append(SuppressedFinding(finding=finding, reason=reasons[finding.rule]))
        else:
            kept.append(finding)
    return kept, suppressed


def marker_findings(markers: Iterable[Marker], as_written, context) -> list[Finding]:
    """An amber finding over each marker that silences nothing, or not everything it names. `as_written` is
    the analysed draft with the markers still in it; the message names the marker's line, so it can be found
    in a long draft."""
    from clusius_check.rules import RULE_IDS

    findings: list[Finding] = []
    for problem in marker_problems(markers, RULE_IDS):
        marker = problem.marker
        line = as_written.position(marker.start, marker.end)[0]
        hint = context.say("suppression.unknown_rule.hint", rule=problem.hint) if problem.hint else ""
        findings.append(
            context.text_finding(
                INFO,
                as_written,
                marker.start,
                marker.end,
                INFO.default_severity,
                context.say(f"suppression.{problem.key}.message", line=line, rule=problem.rule, hint=hint),
                context.say(f"suppression.{problem.key}.suggestion"),
            )
        )
    return findings
