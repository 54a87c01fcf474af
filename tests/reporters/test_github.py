"""`--format github`: workflow annotation lines, parsed back the way the GitHub runner reads them."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from clusius_check.reporters import github
from tests.conftest import AMBER_NL, CLEAN_NL, RED_NL
from tests.reporters.samples import PHONE, PHONE_MASK, REASON, broken_draft, red_draft

# The runner's grammar: ::name key=value,key=value::message (properties and message escaped).
COMMAND = re.compile(r"^::(?P<name>[a-z]+)(?: (?P<properties>[^:]*))?::(?P<message>.*)$")


def unescape(text: str) -> str:
    for escaped, plain in (("%0D", "\r"), ("%0A", "\n"), ("%3A", ":"), ("%2C", ","), ("%25", "%")):
        text = text.replace(escaped, plain)
    return text


def parse(line: str) -> tuple[str, dict[str, str], str]:
    match = COMMAND.match(line)
    assert match, line
    properties = {}
    if match["properties"]:
        for pair in match["properties"].split(","):
            key, value = pair.split("=", 1)
            properties[key] = unescape(value)
    return match["name"], properties, unescape(match["message"])


def commands(text: str) -> list[tuple[str, dict[str, str], str]]:
    return [parse(line) for line in text.splitlines() if line.startswith("::")]


@pytest.fixture(autouse=True)
def in_repo(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)


@pytest.mark.parametrize(
    ("plain", "data", "prop"),
    [
        ("100%", "100%25", "100%25"),
        ("a\nb", "a%0Ab", "a%0Ab"),
        ("a\rb", "a%0Db", "a%0Db"),
        ("a, b: c", "a, b: c", "a%2C b%3A c"),
        ("%0A", "%250A", "%250A"),
    ],
    ids=["percent", "newline", "carriage return", "comma and colon only in properties", "no double unescape"],
)
def test_escaping_as_github_documents(plain, data, prop):
    assert github.escape_data(plain) == data
    assert github.escape_property(plain) == prop


def test_a_red_text_finding_is_an_error_on_its_line():
    [first, *_] = github.lines([red_draft()], "nl")
    assert first == (
        "::error file=drafts/week 1/post.md,line=4,col=5,endLine=4,endColumn=29,"
        "title=confidential (art. 6)::'wachtwoord is Welkom2024!': bericht van confidential%0A"
        "Wat dan wel (confidential)."
    )


def test_severities_become_error_warning_notice():
    found = {
        props["title"].split(" ")[0]: name for name, props, _ in commands(github.render([red_draft()], "nl"))
    }
    assert found["confidential"] == "error"
    assert found["personal-data"] == "warning"
    assert found["speaking-for-school"] == "notice"


def test_end_column_is_the_last_character_of_the_span():
    """GitHub's annotation covers col..endColumn; SARIF's endColumn is one past the end."""
    draft = red_draft()
    phone = next(f for f in draft.findings if f.rule == "personal-data")
    _, props, _ = next(c for c in commands(github.render([draft], "nl")) if "personal-data" in c[1]["title"])
    assert (int(props["col"]), int(props["endColumn"])) == (phone.column, phone.end_column - 1)
    assert int(props["endColumn"]) - int(props["col"]) + 1 == len(PHONE)


def test_a_finding_over_two_lines_has_no_columns():
    draft = red_draft()
    spread = replace(draft.findings[0], end_line=5, end_column=3)
    _, props, _ = commands(github.render([replace(draft, findings=(spread,), suppressed=())], "nl"))[0]
    assert props["line"] == "4" and props["endLine"] == "5"
    assert "col" not in props and "endColumn" not in props


def test_an_image_finding_names_the_image_and_no_line():
    name, props, message = next(
        c for c in commands(github.render([red_draft()], "nl")) if "logo-in-image" in c[1]["title"]
    )
    assert name == "warning"
    assert props == {"file": "drafts/week 1/foto.png", "title": "logo-in-image (art. 8)"}
    assert message.startswith("Het schoollogo")


def test_a_suppressed_finding_is_a_notice_with_its_reason():
    name, props, message = next(
        c for c in commands(github.render([red_draft()], "nl")) if "missing-source" in c[1]["title"]
    )
    assert name == "notice"
    assert props["title"] == "missing-source (art. 7), genegeerd"
    assert message.splitlines()[0] == f"reden: {REASON}"


def test_an_unreadable_draft_is_an_error_on_the_file():
    [(name, props, message)] = commands(github.render([broken_draft()], "en"))
    assert (name, props) == ("error", {"file": "drafts/kapot.md"})
    assert message == "drafts/kapot.md: binair bestand, geen tekstconcept"


def test_properties_and_messages_survive_awkward_characters():
    draft = red_draft("drafts/a,b:c%.md")
    tricky = replace(draft.findings[0], message="50% van de klas:\nniet, echt", suggestion="")
    [(_, props, message)] = commands(github.render([replace(draft, findings=(tricky,), suppressed=())], "en"))
    assert props["file"] == "drafts/a,b:c%.md"
    assert message == "50% van de klas:\nniet, echt"


def test_control_characters_never_reach_the_log():
    draft = red_draft()
    sneaky = replace(draft.findings[0], message="kijk \x1b[31mrood\x07")
    text = github.render([replace(draft, findings=(sneaky,), suppressed=())], "en")
    assert "\x1b" not in text and "\x07" not in text


def test_redacted_data_never_appears():
    text = github.render([red_draft()], "nl")
    assert PHONE not in text and PHONE_MASK in text


def test_the_last_line_is_the_plain_summary():
    last = github.render([red_draft(), broken_draft()], "en").splitlines()[-1]
    assert not last.startswith("::")
    assert last == "2 draft(s): 0 green, 0 amber, 1 red, 1 with errors"


# --- through the real command line ------------------------------------------------------------------


def test_cli_github_annotates_each_draft(cli, write, tmp_path):
    write("concepten/rood.md", RED_NL)
    write("concepten/oranje.md", AMBER_NL)
    write("concepten/groen.md", CLEAN_NL)
    result = cli("check", "concepten", "--format", "github", "--lang", "en")
    assert result.exit_code == 1
    found = commands(result.stdout)
    files = {props["file"] for _, props, _ in found}
    assert files == {"concepten/rood.md", "concepten/oranje.md"}  # a clean green draft says nothing
    assert {name for name, _, _ in found} >= {"error", "warning"}
    for _, props, _ in found:
        assert int(props["line"]) >= 1 and int(props["col"]) >= 1
    assert result.stdout.splitlines()[-1].startswith("3 draft(s)")


def test_cli_github_unreadable_draft(cli, write, tmp_path):
    write("kapot.md", b"\x00\x01\x02binary")
    result = cli("check", tmp_path / "kapot.md", "--format", "github", "--lang", "en")
    assert result.exit_code == 2
    name, props, message = commands(result.stdout)[0]
    assert (name, props) == ("error", {"file": "kapot.md"})
    assert "binary" in message
