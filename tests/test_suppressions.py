"""Suppression markers: the grammar, what a marker silences (only with a reason), the amber findings about
markers that silence nothing, and how suppressed findings stay visible in every report without counting."""

from __future__ import annotations

import json
from importlib import resources

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

from clusius_check.engine import CheckTask, RunOptions, check_task
from clusius_check.findings import Verdict
from clusius_check.rules import RULE_IDS
from clusius_check.suppressions import find_markers, strip_markers
from tests.conftest import CLEAN_NL

SCHEMA = json.loads((resources.files("clusius_check") / "report.schema.json").read_text(encoding="utf-8"))

# A quotation without a source (missing-source, amber) and a private phone number (personal-data, amber).
QUOTE = 'Mooie quote gelezen deze week: "Onderwijs is het aansteken van een vuur." Zo waar.\n'
PHONE = "Vragen over de stage? App me even op 06-38694182.\n"
QUOTE_EN = 'Loved this line today: "Every garden begins with a single seed." So true.\n'


def check(text: str):
    result = check_task(CheckTask(None, data=text.encode("utf-8")), RunOptions())
    assert not result.errors, result.errors
    return result


def rules_of(findings) -> list[str]:
    return sorted(finding.rule for finding in findings)


# --- the grammar --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("marker", "rules", "reason"),
    [
        (
            "<!-- clusius-check: negeer missing-source — citaat uit eigen interview -->",
            ["missing-source"],
            "citaat uit eigen interview",
        ),
        (
            "<!-- clusius-check: negeer missing-source – citaat uit eigen interview -->",
            ["missing-source"],
            "citaat uit eigen interview",
        ),
        (
            "<!-- clusius-check: negeer missing-source - eigen interview -->",
            ["missing-source"],
            "eigen interview",
        ),
        (
            "<!-- clusius-check: negeer missing-source -eigen interview -->",
            ["missing-source"],
            "eigen interview",
        ),
        (
            "<!-- clusius-check: negeer missing-source- eigen interview -->",
            ["missing-source"],
            "eigen interview",
        ),
        (
            "<!-- clusius-check: negeer missing-source: eigen interview -->",
            ["missing-source"],
            "eigen interview",
        ),
        (
            "<!-- clusius-check: ignore missing-source — my own interview -->",
            ["missing-source"],
            "my own interview",
        ),
        (
            "<!--clusius-check:ignore missing-source—my own interview-->",
            ["missing-source"],
            "my own interview",
        ),
        (
            "<!-- Clusius-Check: NEGEER Missing-Source — eigen interview -->",
            ["missing-source"],
            "eigen interview",
        ),
        (
            "<!-- clusius-check negeer missing-source — eigen interview -->",
            ["missing-source"],
            "eigen interview",
        ),
        (
            "<!-- clusius-check: negeer missing-source,personal-data , confidential — zie mail van de directie -->",
            ["missing-source", "personal-data", "confidential"],
            "zie mail van de directie",
        ),
        (
            "<!-- clusius-check: negeer missing-source — reden — met — streepjes -->",
            ["missing-source"],
            "reden — met — streepjes",
        ),
    ],
    ids=[
        "Dutch, em dash",
        "en dash",
        "hyphen with spaces",
        "hyphen with a space before it",
        "hyphen with a space after it",
        "colon",
        "English ignore",
        "no spaces at all",
        "any case",
        "no colon after clusius-check",
        "several rules, loose commas",
        "dashes inside the reason",
    ],
)
def test_readable_markers(marker, rules, reason):
    [found] = find_markers(f"Tekst.\n{marker}\n", RULE_IDS)
    assert found.readable
    assert list(found.rules) == rules and found.unknown == ()
    assert found.reason == reason
    assert list(found.silences) == rules


@pytest.mark.parametrize(
    "marker",
    [
        "<!-- clusius-check: negeer missing-source -->",
        "<!-- clusius-check: negeer missing-source — -->",
        "<!-- clusius-check: negeer missing-source : ... -->",
        "<!-- clusius-check: ignore missing-source, personal-data -->",
    ],
    ids=["nothing after the rule", "a separator and nothing", "only dots", "several rules, no reason"],
)
def test_markers_without_a_reason_silence_nothing(marker):
    [found] = find_markers(marker, RULE_IDS)
    assert found.readable and found.rules
    assert found.reason == "" and found.silences == ()


@pytest.mark.parametrize(
    "text",
    [
        "<!-- clusius-check: negeren missing-source — reden -->",
        "<!-- clusius-check: negeer — reden -->",
        "<!-- clusius-check: negeer missing-source citaat uit eigen interview -->",
        "<!-- clusius-check: negeer missing-source — reden\nen de rest van het bericht",
        "<!-- clusius-check -->",
    ],
    ids=["a misspelt verb", "no rule", "a reason without a separator", "not closed", "nothing at all"],
)
def test_unreadable_markers_silence_nothing(text):
    [found] = find_markers(text, RULE_IDS)
    assert not found.readable and found.silences == ()


def test_a_marker_wrapped_over_lines_is_unreadable_and_hides_no_line_below_it():
    body = "<!-- clusius-check: negeer bullying — grap\nJe bent echt een loser\n<!-- clusius-check: negeer x — y -->\n"
    first, second = find_markers(body, RULE_IDS)
    assert not first.readable and first.text == "<!-- clusius-check: negeer bullying — grap"
    assert second.readable
    assert "Je bent echt een loser" in strip_markers(body, [first, second]).text


def test_an_unclosed_marker_ends_at_its_line():
    body = "<!-- clusius-check: negeer missing-source — reden\nDe rest van het bericht.\n"
    [found] = find_markers(body, RULE_IDS)
    assert found.text == "<!-- clusius-check: negeer missing-source — reden"


def test_unknown_rules_are_kept_apart_from_known_ones():
    [found] = find_markers("<!-- clusius-check: negeer mising-source, personal-data — reden -->", RULE_IDS)
    assert found.unknown == ("mising-source",) and found.silences == ("personal-data",)


@pytest.mark.parametrize(
    "text",
    [
        "<!-- een gewone opmerking over clusius-check -->",
        "<!-- clusius-checker: negeer missing-source — reden -->",
        "clusius-check: negeer missing-source — reden",
    ],
    ids=["an ordinary comment", "another tool's name", "not inside a comment"],
)
def test_other_text_is_not_a_marker(text):
    assert find_markers(text, RULE_IDS) == []


@pytest.mark.parametrize(
    ("body", "published"),
    [
        ("Tekst.\n<!-- clusius-check: negeer bullying — r -->\nMeer.\n", "Tekst.\nMeer.\n"),
        ("Tekst.\n  <!-- clusius-check: negeer bullying — r -->  \n", "Tekst.\n"),
        ("Tekst.\n<!-- clusius-check: negeer bullying — r -->", "Tekst.\n"),
        ("Tekst. <!-- clusius-check: negeer bullying — r -->\nMeer.", "Tekst.\nMeer."),
        ("<!-- clusius-check: negeer bullying — r --> Tekst.", "Tekst."),
        ("Tekst <!-- clusius-check: negeer bullying — r --> meer.", "Tekst meer."),
        (
            "Een <!-- clusius-check: negeer x --> twee <!-- clusius-check: negeer y — z -->\ndrie",
            "Een twee\ndrie",
        ),
        ("Tekst <!-- clusius-check: negeer bullying — r\nmeer.", "Tekst\nmeer."),
    ],
    ids=[
        "a line of its own goes with its line break",
        "with the spaces around it",
        "at the very end",
        "at the end of a line",
        "at the start of a line",
        "between words leaves one space",
        "two on a line",
        "unclosed, up to the end of its line",
    ],
)
def test_markers_are_taken_out_of_what_the_rules_read(body, published):
    assert strip_markers(body, find_markers(body, RULE_IDS)).text == published


marker_texts = st.sampled_from(
    [
        "<!-- clusius-check: negeer bullying — reden -->",
        "<!-- clusius-check: ignore x -->",
        "<!-- clusius-check: negeer a,\nb — c -->",
        "<!-- clusius-check: negeer x",
    ]
)
plain_text = st.text(alphabet=st.sampled_from("ab \t\n.<!-"), max_size=12)


@given(st.lists(st.tuples(plain_text, marker_texts), max_size=4), plain_text)
def test_every_character_the_rules_read_traces_back_to_the_same_character_as_written(parts, tail):
    body = "".join(text + marker for text, marker in parts) + tail
    stripped = strip_markers(body, find_markers(body, RULE_IDS))
    for offset, char in enumerate(stripped.text):
        assert body[stripped.original_offset(offset)] == char
        assert stripped.original_offset(offset + 1, end=True) == stripped.original_offset(offset) + 1
    assert "clusius-check" not in stripped.text


# --- what a marker does to a draft --------------------------------------------------------------------


def test_the_drafts_without_markers_are_amber():
    """The guard for the tests below: without a marker these drafts do get their findings."""
    assert rules_of(check(QUOTE).findings) == ["missing-source"]
    assert rules_of(check(QUOTE + PHONE).findings) == ["missing-source", "personal-data"]
    assert rules_of(check(QUOTE_EN).findings) == ["missing-source"]


def test_a_marker_with_a_reason_suppresses_the_rule_and_keeps_the_finding_visible():
    result = check(QUOTE + "<!-- clusius-check: negeer missing-source — citaat uit eigen interview -->\n")
    assert result.findings == ()
    assert result.verdict is Verdict.GREEN
    [item] = result.suppressed
    assert item.finding.rule == "missing-source"
    assert item.finding.line == 1 and item.finding.match.strip().startswith('"Onderwijs')
    assert item.reason == "citaat uit eigen interview"


def test_a_marker_silences_only_the_rules_it_names():
    result = check(QUOTE + PHONE + "<!-- clusius-check: negeer missing-source — eigen interview -->\n")
    assert rules_of(result.findings) == ["personal-data"]
    assert rules_of(item.finding for item in result.suppressed) == ["missing-source"]
    assert result.verdict is Verdict.AMBER


def test_one_marker_can_silence_several_rules():
    marker = (
        "<!-- clusius-check: negeer missing-source, personal-data — het is het nummer van de receptie -->\n"
    )
    result = check(QUOTE + PHONE + marker)
    assert result.findings == ()
    assert rules_of(item.finding for item in result.suppressed) == ["missing-source", "personal-data"]
    assert {item.reason for item in result.suppressed} == {"het is het nummer van de receptie"}
    assert result.verdict is Verdict.GREEN


def test_an_english_marker_in_an_english_post():
    result = check(QUOTE_EN + "<!-- clusius-check: ignore missing-source: I wrote this line myself -->\n")
    assert result.findings == () and result.verdict is Verdict.GREEN
    assert [item.reason for item in result.suppressed] == ["I wrote this line myself"]


def test_a_marker_without_a_reason_is_amber_names_its_line_and_suppresses_nothing():
    text = "---\naccount: personal\n---\n" + QUOTE + "\n<!-- clusius-check: negeer missing-source -->\n"
    result = check(text)
    assert result.suppressed == ()
    assert rules_of(result.findings) == ["missing-source", "suppression"]
    [marker] = [finding for finding in result.findings if finding.rule == "suppression"]
    assert marker.severity.value == "amber" and marker.article == "2"
    assert (marker.line, marker.column) == (6, 1)
    assert "regel 6" in marker.message
    assert marker.match == "<!-- clusius-check: negeer missing-source -->"
    assert result.verdict is Verdict.AMBER


def test_a_marker_without_a_reason_makes_a_clean_draft_amber():
    result = check(CLEAN_NL + "<!-- clusius-check: ignore missing-source -->\n")
    assert rules_of(result.findings) == ["suppression"]
    assert result.verdict is Verdict.AMBER


@pytest.mark.parametrize(
    "text",
    [CLEAN_NL, QUOTE + PHONE, "---\naccount: school\n---\n" + QUOTE_EN],
    ids=["a clean draft", "a Dutch draft with findings", "an English draft with front matter"],
)
@pytest.mark.parametrize(
    "place",
    ["own line after", "own line before", "end of the first line"],
)
def test_a_marker_changes_nothing_else_about_the_check(text, place):
    """Adding a marker for one rule must not make another rule find more or less, or move a finding.
    (A blank line alone changes what the learned second opinion says about CLEAN_NL: the marker must not
    leave one behind.)"""
    marker = "<!-- clusius-check: negeer vulgar-language — geen scheldwoord maar een plantennaam -->"
    body_start = text.index("---\n", 4) + 4 if text.startswith("---") else 0
    first_line_end = text.index("\n", body_start)
    marked = {
        "own line after": text + marker + "\n",
        "own line before": text[:body_start] + marker + "\n" + text[body_start:],
        "end of the first line": text[:first_line_end] + " " + marker + text[first_line_end:],
    }[place]
    plain, with_marker = check(text), check(marked)
    assert with_marker.suppressed == ()
    assert [(f.rule, f.severity, f.match) for f in with_marker.findings] == [
        (f.rule, f.severity, f.match) for f in plain.findings
    ]
    shift = 1 if place == "own line before" else 0
    assert [(f.line, f.column) for f in with_marker.findings] == [
        (f.line + shift, f.column) for f in plain.findings
    ]
    assert with_marker.verdict is plain.verdict


def test_an_unknown_rule_is_amber_and_suggests_the_close_one():
    result = check(QUOTE + "<!-- clusius-check: negeer mising-source — eigen interview -->\n")
    assert rules_of(result.findings) == ["missing-source", "suppression"]
    [marker] = [finding for finding in result.findings if finding.rule == "suppression"]
    assert "'mising-source'" in marker.message and "'missing-source'" in marker.message
    assert "regel 2" in marker.message
    assert result.suppressed == () and result.verdict is Verdict.AMBER


def test_an_unknown_rule_next_to_a_known_one_still_lets_the_known_one_be_silenced():
    result = check(QUOTE + "<!-- clusius-check: negeer missing-source, foto-regel — eigen interview -->\n")
    assert rules_of(result.findings) == ["suppression"]
    assert rules_of(item.finding for item in result.suppressed) == ["missing-source"]
    assert result.verdict is Verdict.AMBER  # the typo keeps the draft in doubt until it is fixed


def test_an_unreadable_marker_is_amber():
    result = check(QUOTE + "<!-- clusius-check: negeren missing-source — eigen interview -->\n")
    assert rules_of(result.findings) == ["missing-source", "suppression"]
    assert result.suppressed == ()


def test_findings_about_markers_cannot_be_suppressed():
    text = (
        CLEAN_NL
        + "<!-- clusius-check: negeer mising-source -->\n<!-- clusius-check: negeer suppression — stil -->\n"
    )
    result = check(text)
    assert rules_of(result.findings) == ["suppression"] * 3  # unknown + no reason, then unknown 'suppression'
    assert result.suppressed == ()


def test_the_markers_own_text_triggers_no_other_rule():
    """A reason that reads as an unsourced quotation (or a password) is tool syntax, not post content."""
    post = "Vandaag tomaten geplant in de kas.\n"
    reason = QUOTE.strip() + " Ons wachtwoord is Welkom2024!"
    assert rules_of(check(post + reason + "\n").findings) == ["confidential", "missing-source"]
    with_reason = check(post + f"<!-- clusius-check: negeer bullying — {reason} -->\n")
    assert with_reason.findings == () and with_reason.suppressed == ()
    assert with_reason.verdict is Verdict.GREEN
    without_reason = check(post + f"<!-- clusius-check: negeer {reason} -->\n")
    assert rules_of(without_reason.findings) == ["suppression"]


def test_positions_after_a_marker_on_the_same_line_stay_true():
    line = "<!-- clusius-check: negeer bullying — reden --> App me even op 06-38694182.\n"
    [finding] = check(line).findings
    assert finding.rule == "personal-data"
    assert finding.column == line.index("06-38694182") + 1


def test_the_report_text_still_shows_the_marker_as_written():
    text = QUOTE + "<!-- clusius-check: negeer missing-source — eigen interview -->\n"
    assert check(text).text == text


# --- through the command line -------------------------------------------------------------------------


def test_suppressed_findings_do_not_change_the_exit_code(cli, write):
    assert cli("check", write("zonder.md", QUOTE)).exit_code == 1
    marked = write("met.md", QUOTE + "<!-- clusius-check: negeer missing-source — eigen interview -->\n")
    result = cli("check", marked)
    assert result.exit_code == 0
    assert "GROEN" in result.stdout


def test_a_marker_without_a_reason_fails_the_run(cli, write):
    result = cli("check", write("post.md", CLEAN_NL + "<!-- clusius-check: negeer missing-source -->\n"))
    assert result.exit_code == 1
    assert "regel 2" in result.stdout


def test_json_lists_suppressed_findings_with_their_reason(cli, write):
    marker = "<!-- clusius-check: negeer missing-source, personal-data — nummer van de receptie -->\n"
    result = cli("check", write("post.md", QUOTE + PHONE + marker), "--format", "json")
    document = json.loads(result.stdout)
    jsonschema.validate(document, SCHEMA)
    [draft] = document["drafts"]
    assert draft["verdict"] == "green" and draft["findings"] == []
    assert [(item["rule"], item["reason"]) for item in draft["suppressed"]] == [
        ("missing-source", "nummer van de receptie"),
        ("personal-data", "nummer van de receptie"),
    ]
    assert document["summary"]["green"] == 1
    assert result.exit_code == 0


def test_json_has_an_empty_suppressed_list_without_markers(cli, write):
    document = json.loads(cli("check", write("post.md", QUOTE), "--format", "json").stdout)
    jsonschema.validate(document, SCHEMA)
    assert document["drafts"][0]["suppressed"] == []


def test_json_marker_findings_validate_against_the_schema(cli, write):
    result = cli(
        "check", write("post.md", CLEAN_NL + "<!-- clusius-check: negeer x -->\n"), "--format", "json"
    )
    document = json.loads(result.stdout)
    jsonschema.validate(document, SCHEMA)
    assert {finding["rule"] for finding in document["drafts"][0]["findings"]} == {"suppression"}


def test_the_terminal_report_lists_suppressed_findings_with_the_reason(cli, write):
    text = QUOTE + "<!-- clusius-check: negeer missing-source — citaat uit eigen interview -->\n"
    result = cli("check", write("post.md", text), env={"COLUMNS": "200"})
    assert "Genegeerd met een reden" in result.stdout
    assert "reden: citaat uit eigen interview" in result.stdout
    assert "missing-source" in result.stdout
    english = cli("check", write("post.md", text), "--lang", "en", env={"COLUMNS": "200"})
    assert (
        "Ignored with a reason" in english.stdout and "reason: citaat uit eigen interview" in english.stdout
    )


def test_a_green_draft_with_suppressed_findings_gets_its_panel_in_a_folder_run(cli, write, tmp_path):
    write("map/schoon.md", CLEAN_NL)
    write("map/stil.md", QUOTE + "<!-- clusius-check: negeer missing-source — eigen interview -->\n")
    result = cli("check", tmp_path / "map", env={"COLUMNS": "200"})
    assert result.exit_code == 0
    assert "reden: eigen interview" in result.stdout


def test_a_suppressed_personal_data_finding_stays_masked_everywhere(cli, write):
    text = (
        PHONE
        + "<!-- clusius-check: negeer personal-data — het nummer van de stagebegeleider, met toestemming -->\n"
    )
    path = write("post.md", text)
    terminal = cli("check", path, env={"COLUMNS": "200"})
    assert terminal.exit_code == 0
    assert "38694182" not in terminal.stdout and "06-****4182" in terminal.stdout
    document = json.loads(cli("check", path, "--format", "json").stdout)
    [item] = document["drafts"][0]["suppressed"]
    assert item["match"] == "06-****4182"
    assert "38694182" not in json.dumps(document)


def test_markers_never_change_the_draft(cli, write):
    text = (
        QUOTE
        + "<!-- clusius-check: negeer missing-source — eigen interview -->\n<!-- clusius-check: negeer x -->\n"
    )
    path = write("post.md", text)
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    cli("check", path)
    cli("check", path, "--format", "json")
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


def test_suppressed_findings_come_back_from_worker_processes(write):
    """Folder runs of 64 drafts or more check in worker processes: the suppressed findings must cross over."""
    from clusius_check.engine import check_all

    marked = QUOTE + "<!-- clusius-check: negeer missing-source — eigen interview -->\n"
    tasks = [CheckTask(write(f"post{number}.md", marked)) for number in range(2)]
    results = list(check_all(tasks, RunOptions(), workers=2))
    assert [[item.reason for item in result.suppressed] for result in results] == [["eigen interview"]] * 2
    assert {result.verdict for result in results} == {Verdict.GREEN}
