"""`--format html`: a self-contained page for the digital board, parsed back with the stdlib html.parser."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from html.parser import HTMLParser

import pytest

from clusius_check.findings import Severity, SuppressedFinding, Verdict
from clusius_check.reporters import html
from tests.conftest import RED_NL
from tests.reporters.samples import (
    BODY,
    PASSWORD_SPAN,
    PHONE,
    PHONE_MASK,
    REASON,
    SCRIPT_BODY,
    broken_draft,
    green_script_draft,
    red_draft,
    suppressed_personal_data_draft,
    text_finding,
)

VOID = {"meta", "br", "link", "img", "hr", "input"}


@dataclass
class Node:
    tag: str
    attrs: dict[str, str | None] = field(default_factory=dict)
    children: list[Node | str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(child if isinstance(child, str) else child.text for child in self.children)

    def all(self, tag: str | None = None, cls: str | None = None) -> list[Node]:
        found = []
        for child in self.children:
            if isinstance(child, Node):
                if (tag is None or child.tag == tag) and (cls is None or cls in child.classes):
                    found.append(child)
                found.extend(child.all(tag, cls))
        return found

    @property
    def classes(self) -> list[str]:
        return (self.attrs.get("class") or "").split()


class TreeBuilder(HTMLParser):
    """Parses the page into nested Nodes and checks every tag is closed in order."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#document")
        self.stack = [self.root]
        self.doctype: str | None = None

    def handle_decl(self, decl):
        self.doctype = decl

    def handle_starttag(self, tag, attrs):
        node = Node(tag, dict(attrs))
        self.stack[-1].children.append(node)
        if tag not in VOID:
            self.stack.append(node)

    def handle_endtag(self, tag):
        assert self.stack[-1].tag == tag, f"</{tag}> closes <{self.stack[-1].tag}>"
        self.stack.pop()

    def handle_data(self, data):
        self.stack[-1].children.append(data)


def parse(page: str) -> Node:
    builder = TreeBuilder()
    builder.feed(page)
    builder.close()
    assert builder.stack == [builder.root], "every element is closed"
    assert builder.doctype == "DOCTYPE html"
    return builder.root


def sections(page: str) -> list[Node]:
    return parse(page).all("section", "draft")


def test_the_page_is_self_contained():
    document = parse(html.render([red_draft(), broken_draft()], "nl", ["image-metadata"]))
    [page] = document.all("html")
    assert page.attrs["lang"] == "nl"
    assert len(document.all("style")) == 1
    assert document.all("script") == [] and document.all("link") == [] and document.all("img") == []
    for node in document.all():
        assert "src" not in node.attrs and "style" not in node.attrs
        assert (node.attrs.get("href") or "#").startswith("#"), "only links within the page"
    assert "@import" not in document.all("style")[0].text and "url(" not in document.all("style")[0].text
    assert document.all("meta")[0].attrs == {"charset": "utf-8"}


def test_one_section_per_draft_with_the_verdict_in_words_and_colour():
    found = sections(html.render([red_draft(), broken_draft(), green_script_draft()], "nl", []))
    assert [section.all("h2")[0].text for section in found] == [
        "drafts/week 1/post.md",
        "drafts/kapot.md",
        "drafts/script.md",
    ]
    verdicts = [section.all("p", "verdict")[0] for section in found]
    assert [v.text for v in verdicts] == [
        "ROOD — Niet plaatsen",
        "FOUT — niet (volledig) gecontroleerd",
        "GROEN — Klaar om te plaatsen",
    ]
    assert [v.classes[1] for v in verdicts] == ["verdict-red", "verdict-none", "verdict-green"]


def test_the_summary_is_on_top():
    document = parse(html.render([red_draft(), green_script_draft()], "en", []))
    assert document.all("p", "summary")[0].text == "2 draft(s): 1 green, 0 amber, 1 red, 0 with errors"


def test_a_drafts_script_is_shown_as_text_not_run():
    page = html.render([green_script_draft()], "nl", [])
    assert "<script>" not in page and "<b>" not in page
    [text] = parse(page).all("div", "text")
    assert text.text == SCRIPT_BODY.rstrip("\n")
    assert text.all() == []  # no element came out of the draft


def test_a_finding_span_is_highlighted_and_numbered():
    [section] = sections(html.render([red_draft()], "en", []))
    [text] = section.all("div", "text")
    marks = text.all("mark")
    assert [mark.text for mark in marks] == [PASSWORD_SPAN, PHONE_MASK, '"Een citaat zonder naam"', "trots"]
    assert [mark.classes for mark in marks] == [["sev-red"], ["sev-amber"], ["suppressed"], ["sev-info"]]
    refs = [ref.text for ref in text.all("sup", "ref")]
    assert refs == ["[1]", "[2]", "[5]", "[3]"]  # in text order; the suppressed one numbered after the rest
    # the number follows the span and links to the finding's explanation
    assert text.all("a")[0].attrs["href"] == "#d1-f1"
    [item] = [li for li in section.all("li") if li.attrs.get("id") == "d1-f1"]
    assert (
        "confidential" in item.text and "art. 6" in item.text and "Wat dan wel (confidential)." in item.text
    )


def test_the_text_reads_the_same_as_the_draft_apart_from_masks_and_numbers():
    [text] = parse(html.render([red_draft()], "nl", [])).all("div", "text")
    without_numbers = "".join(
        child if isinstance(child, str) else ("" if child.tag == "sup" else child.text)
        for child in text.children
    )
    assert without_numbers == BODY.replace(PHONE, PHONE_MASK).rstrip("\n")


def test_each_finding_has_rule_article_message_and_suggestion():
    [section] = sections(html.render([red_draft()], "nl", []))
    [findings] = [ol for ol in section.all("ol") if ol.classes == ["findings"]]
    items = findings.all("li")
    assert len(items) == 4
    for item, finding in zip(items, red_draft().findings, strict=True):
        assert item.all("span", "rule")[0].text == finding.rule
        assert f"art. {finding.article}" in item.text
        assert finding.message in item.text
        assert item.all("span", "suggestion")[0].text == f"→ {finding.suggestion}"
    assert "drafts/week 1/foto.png" in items[3].text  # the image finding says which image


def test_a_redacted_span_does_not_leak():
    page = html.render([red_draft()], "nl", [])
    assert PHONE not in page
    assert PHONE_MASK in page


def test_a_suppressed_redacted_span_does_not_leak_either():
    page = html.render([suppressed_personal_data_draft()], "nl", [])
    assert PHONE not in page
    [mark] = parse(page).all("mark")
    assert mark.text == PHONE_MASK and mark.classes == ["suppressed"]


def test_a_redacted_mask_that_does_not_fit_hides_the_span_whole():
    draft = red_draft()
    findings = tuple(replace(f, match="06-***") if f.rule == "personal-data" else f for f in draft.findings)
    page = html.render([replace(draft, findings=findings)], "nl", [])
    assert PHONE not in page
    assert "*" * len(PHONE) in page


def test_suppressed_findings_are_listed_with_their_reason():
    [section] = sections(html.render([red_draft()], "en", []))
    [suppressed] = section.all("ol", "suppressed")
    [item] = suppressed.all("li")
    assert "missing-source" in item.text and f"reason: {REASON}" in item.text
    assert item.attrs["id"] == "d1-f5"
    quote_mark = [mark for mark in section.all("mark") if mark.classes == ["suppressed"]]
    assert [mark.text for mark in quote_mark] == ['"Een citaat zonder naam"']
    assert "Suppressed, with a reason" in section.all("h3")[-1].text


def test_overlapping_spans_are_cut_and_marked_with_the_worst():
    draft = red_draft()
    wider = text_finding(
        draft.text, draft.body_offset, "Welkom2024! Bel", "personal-data", Severity.AMBER, "1"
    )
    overlapping = replace(draft, findings=(draft.findings[0], wider), suppressed=())
    [text] = parse(html.render([overlapping], "nl", [])).all("div", "text")
    marks = [(mark.text, mark.classes[0]) for mark in text.all("mark")]
    assert marks == [
        ("wachtwoord is ", "sev-red"),
        ("Welkom2024!", "sev-red"),
        (" Bel", "sev-amber"),
    ]
    assert [ref.text for ref in text.all("sup")] == ["[1]", "[2]"]


def test_an_unreadable_draft_shows_its_error():
    [section] = sections(html.render([broken_draft()], "nl", []))
    assert "binair bestand" in section.all("ul", "errors")[0].text
    assert section.all("div", "text") == []


@pytest.mark.parametrize("language", ["nl", "en"])
def test_labels_follow_the_report_language(language):
    document = parse(html.render([red_draft()], language, []))
    heading = document.all("h3")[0].text
    assert heading == {"nl": "Bevindingen", "en": "Findings"}[language]
    assert document.all("html")[0].attrs["lang"] == language
    assert document.all("div", "text")[0].attrs["lang"] == "nl"  # the post's own language


def test_path_and_messages_are_escaped():
    draft = red_draft('drafts/"><i>x</i>.md')
    sneaky = replace(draft.findings[0], message="<img src=x onerror=alert(1)>", rule="confidential")
    page = html.render([replace(draft, findings=(sneaky,), verdict=Verdict.RED)], "nl", [])
    document = parse(page)
    assert document.all("img") == [] and document.all("i") == []
    assert document.all("h2")[0].text == 'drafts/"><i>x</i>.md'


def test_reason_is_escaped():
    draft = red_draft()
    item = SuppressedFinding(draft.suppressed[0].finding, "<script>alert(1)</script>")
    page = html.render([replace(draft, suppressed=(item,))], "nl", [])
    assert parse(page).all("script") == []


# --- through the real command line ------------------------------------------------------------------


def test_cli_html_to_a_file(cli, write, tmp_path):
    draft = write("post.md", "<script>alert('hoi')</script>\n" + RED_NL)
    report = tmp_path / "rapport.html"
    result = cli("check", draft, "--format", "html", "--output", report, "--lang", "en")
    assert result.exit_code == 1
    assert result.stdout == ""
    document = parse(report.read_text(encoding="utf-8"))
    assert document.all("script") == []
    [section] = document.all("section", "draft")
    assert section.all("p", "verdict")[0].text == "RED — Do not post"
    assert "<script>alert('hoi')</script>" in section.all("div", "text")[0].text
    assert section.all("mark"), "the findings are highlighted"


def test_each_rule_found_is_explained_once_with_the_protocol_and_a_rewrite():
    from clusius_check.engine import CheckTask, RunOptions, check_task

    draft = "Wat een kutweer vandaag, echt kut.\nIk blijf lekker binnen met thee."
    result = check_task(CheckTask(None, data=draft.encode()), RunOptions())
    assert {finding.rule for finding in result.findings} == {"vulgar-language"}
    [section] = sections(html.render([result], "nl", []))
    [block] = section.all("div", "explanations")
    [details] = block.all("details", "explanation")  # one rule, explained once
    assert details.all("summary")[0].text == "vulgar-language"
    assert "art. 1" in block.text or "art. 8" in block.text  # the protocol's own words are quoted
    assert block.all("blockquote")
    rewrites = block.all("p", "rewrite")
    assert rewrites and "kutweer" in rewrites[0].text and "rotweer" in rewrites[0].text


def test_the_explanation_of_personal_data_shows_the_sentence_masked():
    page = html.render([red_draft()], "nl", [])
    [section] = sections(page)
    [block] = section.all("div", "explanations")
    assert PHONE not in block.text
