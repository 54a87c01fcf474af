"""Hand-built results for the reporter tests: every kind of thing a report must show, independent of what
the rules happen to find today (a reporter renders; it must not need a rule to fire to be tested).

- `red_draft()`: front matter, a red confidential finding, a redacted personal-data finding (a phone number
  shown as `06-****4182`), a tip, a suppressed missing-source finding with its reason, and an image finding.
- `broken_draft()`: a draft that could not be read.
- `green_script_draft()`: a green draft whose text is an HTML trap.
"""

from __future__ import annotations

from clusius_check.findings import DraftResult, Finding, Severity, SuppressedFinding, result_for

FRONT = "---\naccount: school\n---\n"
BODY = (
    "Het wachtwoord is Welkom2024! Bel Sanne op 06-12344182.\n"
    '"Een citaat zonder naam", zei iemand.\n'
    "Groeten, 100% trots & blij.\n"
)
PHONE = "06-12344182"
PHONE_MASK = "06-****4182"
PASSWORD_SPAN = "wachtwoord is Welkom2024!"
QUOTE = '"Een citaat zonder naam"'
REASON = "citaat uit eigen interview, met toestemming"


def text_finding(
    text: str,
    body_offset: int,
    needle: str,
    rule: str,
    severity: Severity,
    article: str,
    masked: str | None = None,
) -> Finding:
    """A finding over the first `needle` in the body, with line and column computed the way the engine does
    (1-based, end column just past the end)."""
    body = text[body_offset:]
    start = body.index(needle)
    end = start + len(needle)

    def place(offset: int) -> tuple[int, int]:
        before = text[: body_offset + offset]
        return before.count("\n") + 1, len(before) - (before.rfind("\n") + 1) + 1

    line, column = place(start)
    end_line, last_column = place(end - 1)
    end_column = last_column + 1
    return Finding(
        rule=rule,
        severity=severity,
        message=f"'{masked or needle}': bericht van {rule}",
        article=article,
        suggestion=f"Wat dan wel ({rule}).",
        match=masked or needle,
        line=line,
        column=column,
        end_line=end_line,
        end_column=end_column,
        start=start,
        end=end,
        redacted=masked is not None,
    )


def red_draft(path: str = "drafts/week 1/post.md") -> DraftResult:
    text = FRONT + BODY
    offset = len(FRONT)
    findings = [
        text_finding(text, offset, PASSWORD_SPAN, "confidential", Severity.RED, "6"),
        text_finding(text, offset, PHONE, "personal-data", Severity.AMBER, "1", masked=PHONE_MASK),
        text_finding(text, offset, "trots", "speaking-for-school", Severity.INFO, "4"),
        Finding(
            rule="logo-in-image",
            severity=Severity.AMBER,
            message="Het schoollogo staat in deze afbeelding.",
            article="8",
            suggestion="Gebruik een foto zonder logo.",
            file="drafts/week 1/foto.png",
        ),
    ]
    result = result_for(
        path,
        findings,
        [],
        [],
        text=text,
        body_offset=offset,
        language="nl",
        images=("drafts/week 1/foto.png",),
        checked_rules=("confidential", "personal-data", "speaking-for-school", "missing-source"),
    )
    quote = text_finding(text, offset, QUOTE, "missing-source", Severity.AMBER, "7")
    return _with_suppressed(result, SuppressedFinding(quote, REASON))


def _with_suppressed(result: DraftResult, *suppressed: SuppressedFinding) -> DraftResult:
    from dataclasses import replace

    return replace(result, suppressed=suppressed)


def broken_draft(path: str = "drafts/kapot.md") -> DraftResult:
    return result_for(path, [], [f"{path}: binair bestand, geen tekstconcept"], [])


SCRIPT_BODY = "Kijk <script>alert('x')</script> & <b>vet</b> op onze site!\n"


def green_script_draft(path: str = "drafts/script.md") -> DraftResult:
    return result_for(
        path, [], [], [], text=SCRIPT_BODY, body_offset=0, language="nl", checked_rules=("bullying",)
    )


def suppressed_personal_data_draft(path: str = "drafts/privacy.md") -> DraftResult:
    """A green draft whose only finding (personal data, redacted) a marker silenced."""
    text = BODY
    phone = text_finding(text, 0, PHONE, "personal-data", Severity.AMBER, "1", masked=PHONE_MASK)
    result = result_for(path, [], [], [], text=text, body_offset=0, language="nl")
    return _with_suppressed(result, SuppressedFinding(phone, "nummer van de schoolreceptie"))
