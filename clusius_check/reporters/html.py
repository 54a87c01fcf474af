"""`--format html`: one self-contained HTML page a teacher can open on the digital board.

Inline CSS only: no scripts, fonts, images or links to anything outside the file, so it opens the same
from a USB stick, an e-mail or a school network without internet. Per draft: the verdict as a coloured
banner that also says it in words, the draft text with every finding's span highlighted and numbered
(`wachtwoord[1]`, so the page reads right in black and white or on a projector that washes colours out),
and per finding its rule, protocol article, message and what to do instead. Findings a marker in the
draft silenced are marked and listed with their reason.

Every piece of text is HTML-escaped. A redacted finding's span (personal data) shows its mask, never the
data: the mask replaces the span in the text before anything is highlighted, for suppressed findings too.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from itertools import pairwise

from clusius_check.catalogue import say, visible
from clusius_check.findings import DraftResult, Finding, Verdict
from clusius_check.reporters.json_report import summarise

VERDICT_CLASS = {Verdict.GREEN: "green", Verdict.AMBER: "amber", Verdict.RED: "red", None: "none"}

# Large type and strong contrast for a board at the back of a classroom; the colours are those of the
# terminal report. Severity is never told by colour alone: each label says it in words.
STYLE = """
body { font-family: system-ui, "Segoe UI", Arial, sans-serif; font-size: 1.25rem; line-height: 1.5;
  margin: 0 auto; max-width: 60rem; padding: 1rem 1.5rem; color: #111; background: #fff; }
h1 { font-size: 1.6rem; margin-bottom: 0.25rem; }
.summary { font-weight: bold; }
.draft { border: 3px solid #888; border-radius: 0.75rem; margin: 1.5rem 0; padding: 0 1.25rem 1rem; }
.draft h2 { font-size: 1.2rem; font-family: ui-monospace, Consolas, monospace; word-break: break-all; }
.verdict { font-size: 1.5rem; font-weight: bold; padding: 0.4rem 0.8rem; border-radius: 0.5rem; }
.verdict-green { background: #1b7f3b; color: #fff; } .draft-green { border-color: #1b7f3b; }
.verdict-amber { background: #f4a300; color: #000; } .draft-amber { border-color: #f4a300; }
.verdict-red { background: #c62828; color: #fff; } .draft-red { border-color: #c62828; }
.verdict-none { background: #6a1b9a; color: #fff; } .draft-none { border-color: #6a1b9a; }
.meta { color: #555; font-size: 1rem; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; font-family: inherit; background: #f6f6f6;
  border-radius: 0.5rem; padding: 0.75rem 1rem; }
mark { border-radius: 0.2rem; padding: 0 0.1rem; color: inherit; }
mark.sev-red { background: #ffcdd2; border-bottom: 3px solid #c62828; }
mark.sev-amber { background: #ffe082; border-bottom: 3px solid #f4a300; }
mark.sev-info { background: #e0f7fa; border-bottom: 3px dotted #00838f; }
mark.suppressed { background: transparent; border-bottom: 3px dashed #777; }
sup.ref { font-weight: bold; font-size: 0.75em; }
.findings li { margin-bottom: 0.75rem; }
.severity { font-weight: bold; padding: 0 0.4rem; border-radius: 0.3rem; }
.severity-red { background: #c62828; color: #fff; } .severity-amber { background: #f4a300; color: #000; }
.severity-info { background: #00838f; color: #fff; }
.rule { font-family: ui-monospace, Consolas, monospace; }
.suggestion { font-style: italic; }
.errors li { color: #6a1b9a; }
.explanation { margin: 0.5rem 0; } .explanation summary { font-weight: bold; cursor: pointer; }
blockquote { border-left: 4px solid #1b7f3b; margin: 0.5rem 0; padding: 0.25rem 0.75rem; background: #f1f8f3; }
.rewrite q { font-style: italic; }
"""


@dataclass(frozen=True)
class _Span:
    number: int
    finding: Finding
    suppressed: bool


def shown_body(result: DraftResult) -> str:
    """The draft body as a page may show it: each redacted span replaced by its mask (a mask that does not
    fit the span hides it whole), control characters as symbols; offsets are unchanged."""
    body = result.text[result.body_offset :]
    findings = [*result.findings, *(item.finding for item in result.suppressed)]
    for finding in findings:
        if finding.redacted and finding.start is not None and finding.end is not None:
            width = finding.end - finding.start
            mask = finding.match if len(finding.match) == width else "*" * width
            body = body[: finding.start] + mask + body[finding.end :]
    return visible(body).rstrip("\n")


def _spans(result: DraftResult) -> list[_Span]:
    spans = [_Span(number, finding, False) for number, finding in enumerate(result.findings, start=1)]
    first = len(spans) + 1
    spans += [_Span(first + i, item.finding, True) for i, item in enumerate(result.suppressed)]
    return spans


def _mark_class(covering: list[_Span]) -> str:
    live = [span for span in covering if not span.suppressed]
    if not live:
        return "suppressed"
    worst = max(live, key=lambda span: span.finding.severity.rank)
    return f"sev-{worst.finding.severity.value}"


def highlighted_text(result: DraftResult, draft_id: str) -> str:
    """The body as HTML: each finding's span in a <mark>, its number after its end. Spans may overlap:
    the text is cut at every span edge, and each piece is marked with the worst finding over it."""
    body = shown_body(result)
    spans = [
        span
        for span in _spans(result)
        if span.finding.start is not None and span.finding.end is not None and span.finding.file is None
    ]

    def clip(offset: int) -> int:
        return max(0, min(offset, len(body)))

    edges = sorted(
        {0, len(body)} | {clip(s.finding.start) for s in spans} | {clip(s.finding.end) for s in spans}
    )
    parts: list[str] = _refs(spans, 0, clip, draft_id)
    for left, right in pairwise(edges):
        piece = escape(body[left:right])
        covering = [s for s in spans if clip(s.finding.start) <= left and clip(s.finding.end) >= right]
        if covering:
            rules = ", ".join(dict.fromkeys(s.finding.rule for s in covering))
            parts.append(f'<mark class="{_mark_class(covering)}" title="{escape(rules)}">{piece}</mark>')
        else:
            parts.append(piece)
        parts.extend(_refs(spans, right, clip, draft_id))
    return "".join(parts)


def _refs(spans: list[_Span], offset: int, clip, draft_id: str) -> list[str]:
    """The numbers of the findings that end at `offset`, linked to their explanation."""
    return [
        f'<sup class="ref"><a href="#{draft_id}-f{span.number}">[{span.number}]</a></sup>'
        for span in spans
        if clip(span.finding.end) == offset
    ]


def _finding_item(span: _Span, draft_id: str, language: str, reason: str | None) -> str:
    finding = span.finding
    where = finding.file or say(language, "report.line", line=finding.line, column=finding.column)
    severity = finding.severity.value
    parts = [
        f'<li id="{draft_id}-f{span.number}" value="{span.number}">',
        f'<span class="severity severity-{severity}">{escape(say(language, f"severity.{severity}"))}</span> ',
        f'<span class="rule">{escape(finding.rule)}</span>, ',
        f"<strong>{escape(say(language, 'report.article', article=finding.article))}</strong>, ",
        f'<span class="meta">{escape(visible(where))}</span>',
    ]
    if reason is not None:
        parts.append(
            f"<br><strong>{escape(say(language, 'report.format.reason', reason=visible(reason)))}</strong>"
        )
    parts.append(f"<br>{escape(visible(finding.message))}")
    if finding.suggestion:
        parts.append(f'<br><span class="suggestion">→ {escape(visible(finding.suggestion))}</span>')
    parts.append("</li>")
    return "".join(parts)


def draft_section(result: DraftResult, number: int, language: str) -> str:
    draft_id = f"d{number}"
    kind = VERDICT_CLASS[result.verdict]
    verdict = say(language, f"verdict.{result.verdict.value}" if result.verdict else "verdict.none")
    out = [
        f'<section class="draft draft-{kind}" id="{draft_id}">',
        f"<h2>{escape(visible(result.path))}</h2>",
        f'<p class="verdict verdict-{kind}">{escape(verdict)}</p>',
    ]
    if result.text:
        checked = ", ".join(result.checked_rules) or "—"
        out.append(f'<p class="meta">{escape(say(language, "report.checked", rules=checked))}</p>')
    if result.images:
        images = ", ".join(visible(image) for image in result.images)
        out.append(f'<p class="meta">{escape(say(language, "report.images", images=images))}</p>')
    if result.disabled_rules:
        disabled = ", ".join(result.disabled_rules)
        out.append(f'<p class="meta">{escape(say(language, "report.disabled", rules=disabled))}</p>')
    if result.errors or result.warnings:
        out.append('<ul class="errors">')
        out.extend(f"<li>{escape(visible(line))}</li>" for line in [*result.errors, *result.warnings])
        out.append("</ul>")
    if result.text:
        # The post's own language (the page's is the report's), for screen readers and hyphenation.
        lang = f' lang="{escape(result.language)}"' if result.language else ""
        out.append(f'<div class="text"{lang}>{highlighted_text(result, draft_id)}</div>')
    spans = _spans(result)
    live = [span for span in spans if not span.suppressed]
    if live:
        out.append(f"<h3>{escape(say(language, 'report.findings'))}</h3>")
        out.append('<ol class="findings">')
        out.extend(_finding_item(span, draft_id, language, None) for span in live)
        out.append("</ol>")
    elif result.text:
        out.append(f"<p>{escape(say(language, 'report.no_findings'))}</p>")
    if live:
        out.append(_explanations(result, live, language))
    if result.suppressed:
        out.append(f"<h3>{escape(say(language, 'report.format.suppressed_heading'))}</h3>")
        out.append('<ol class="findings suppressed">')
        for span, item in zip(spans[len(live) :], result.suppressed, strict=True):
            out.append(_finding_item(span, draft_id, language, item.reason))
        out.append("</ol>")
    out.append("</section>")
    return "\n".join(out)


def _explanations(result: DraftResult, live: list[_Span], language: str) -> str:
    """Per rule found in the draft, once: the protocol's words, why it matters, and per finding the sentence with
    a rewrite where an honest one exists (the same texts as `check --explain`). For the digital board in a lesson:
    plain HTML, no script; a `<details>` element folds each rule's part open on a click."""
    from clusius_check.explain import rewrite, texts

    shown = texts(language if language in ("nl", "en") else "nl")
    out = [f'<div class="explanations"><h3>{escape(shown.label("why"))}</h3>']
    seen: list[str] = []
    for span in live:
        rule = span.finding.rule
        if rule in seen or rule not in shown.rules:
            continue
        seen.append(rule)
        explanation = shown.rules[rule]
        out.append(f'<details class="explanation" open><summary>{escape(rule)}</summary>')
        out.append(f"<p><strong>{escape(shown.label('protocol'))}</strong></p>")
        for citation in explanation.citations:
            quote = escape(citation.quote()).replace("\n", "<br>")
            out.append(f"<blockquote><strong>{escape(citation.heading)}</strong><br>{quote}</blockquote>")
        out.append(f"<p>{escape(explanation.why)}</p>")
        for other in live:
            if other.finding.rule != rule:
                continue
            found = rewrite(other.finding, result)
            if found is None:
                continue
            if found.after is not None:
                after = f"{escape(shown.label('after'))}: <q>{escape(visible(found.after))}</q>"
            else:
                after = f"{escape(shown.label('no_rewrite'))}: {escape(explanation.no_rewrite)}"
            out.append(
                f'<p class="rewrite">{escape(shown.label("before"))}: <q>{escape(visible(found.before))}</q><br>{after}</p>'
            )
        out.append("</details>")
    out.append("</div>")
    return "\n".join(out)


def render(results: list[DraftResult], language: str, not_available: list[str]) -> str:
    counts = summarise(results)
    summary = say(language, "report.summary", total=len(results), **counts)
    title = say(language, "report.format.html_title")
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{escape(language)}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(title)}: {escape(summary)}</title>",
        f"<style>{STYLE}</style>",
        "</head>",
        "<body>",
        f"<h1>{escape(title)}</h1>",
        f'<p class="summary">{escape(summary)}</p>',
    ]
    if not_available:
        rules = ", ".join(not_available)
        out.append(f'<p class="meta">{escape(say(language, "report.not_checked", rules=rules))}</p>')
    out.extend(draft_section(result, number, language) for number, result in enumerate(results, start=1))
    out += ["</body>", "</html>"]
    return "\n".join(out) + "\n"
