"""The CLI through its real entry point: commands, exit codes, every bad-input case, JSON against its schema."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from importlib import resources
from pathlib import Path

import jsonschema
import pytest

from clusius_check import __version__
from clusius_check.rules import IMPLEMENTED, PLANNED, RULE_IDS
from tests.conftest import AMBER_NL, CLEAN_EN, CLEAN_NL, RED_NL

SCHEMA = json.loads((resources.files("clusius_check") / "report.schema.json").read_text(encoding="utf-8"))


def valid_report(stdout: str) -> dict:
    document = json.loads(stdout)  # exactly one JSON document, nothing else on stdout
    jsonschema.validate(document, SCHEMA)
    return document


def tree_fingerprint(folder: Path) -> dict:
    return {
        str(path.relative_to(folder)): (
            hashlib.sha256(path.read_bytes()).hexdigest(),
            path.stat().st_mtime_ns,
        )
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    } | {"__names__": sorted(str(path.relative_to(folder)) for path in folder.rglob("*"))}


# --- exit codes and verdicts ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code", "words"),
    [
        (CLEAN_NL, 0, "Klaar om te plaatsen"),
        (AMBER_NL, 1, "bij twijfel niet plaatsen"),
        (RED_NL, 1, "Niet plaatsen"),
    ],
    ids=["green draft exits 0", "amber draft exits 1", "red draft exits 1"],
)
def test_one_draft_verdict_and_exit_code(cli, write, text, code, words):
    result = cli("check", write("post.md", text))
    assert result.exit_code == code
    assert words in result.stdout


def test_fail_on_red_lets_amber_pass(cli, write):
    assert cli("check", write("post.md", AMBER_NL), "--fail-on", "red").exit_code == 0
    assert cli("check", write("rood.md", RED_NL), "--fail-on", "red").exit_code == 1


def test_an_input_error_wins_over_findings(cli, write, tmp_path):
    result = cli("check", write("rood.md", RED_NL), tmp_path / "weg.md")
    assert result.exit_code == 2


# --- input forms ------------------------------------------------------------------------------------


def test_stdin(cli):
    result = cli("check", "-", "--format", "json", input=RED_NL.encode("utf-8"))
    document = valid_report(result.stdout)
    assert document["drafts"][0]["path"] == "<stdin>"
    assert document["drafts"][0]["verdict"] == "red"
    assert result.exit_code == 1


def test_stdin_twice_is_a_usage_error(cli):
    result = cli("check", "-", "-", input=b"tekst")
    assert result.exit_code == 2
    assert "mag maar één keer" in result.stderr


def test_folder_is_checked_recursively_with_a_summary(cli, write, tmp_path):
    write("a.md", CLEAN_NL)
    write("klas/b.txt", RED_NL)
    write("klas/3b/c.md", AMBER_NL)
    write("klas/foto.jpg", b"\xff\xd8\xff")
    result = cli("check", tmp_path, "--format", "json")
    document = valid_report(result.stdout)
    assert [Path(d["path"]).name for d in document["drafts"]] == ["a.md", "b.txt", "c.md"]
    assert document["summary"] == {"green": 1, "amber": 1, "red": 1, "errors": 0}
    terminal = cli("check", tmp_path)
    assert "3 concept(en): 1 groen, 1 oranje, 1 rood, 0 met fouten" in terminal.stdout


def test_folder_mode_attaches_same_stem_images(cli, write, png, tmp_path):
    write("kalf.md", CLEAN_NL)
    png("kalf-1.png")
    png("kalf10.png")
    result = cli("check", tmp_path, "--format", "json")
    assert result.exit_code == 0
    assert valid_report(result.stdout)["drafts"][0]["errors"] == []


def test_image_and_profile_picture_options(cli, write, png):
    foto, avatar = png("foto.png"), png("avatar.png")
    result = cli(
        "check", write("post.md", CLEAN_NL), "--image", foto, "--profile-picture", avatar, "-f", "json"
    )
    assert result.exit_code == 0
    assert valid_report(result.stdout)["drafts"][0]["images"] == [str(foto), str(avatar)]


def test_image_option_with_a_folder_is_a_usage_error(cli, write, png, tmp_path):
    write("a.md")
    result = cli("check", tmp_path, "--image", png("foto.png"), "--lang", "en")
    assert result.exit_code == 2
    assert "single draft" in result.stderr


# --- bad input: one line naming the file, the run goes on ------------------------------------------

BAD_INPUTS = {
    "missing file": (None, "file not found"),
    "binary file": (b"\x00\x01\x02PK\x03\x04" * 20, "binary file"),
    "not utf-8 and not cp1252": (b"Hallo \x81\x8d\x8f wereld", "not UTF-8"),
    "empty draft": (b"", "empty draft"),
    "malformed front matter": (b"---\naccount: [x\n---\nTekst\n", "malformed front matter"),
    "front matter not closed": (b"---\naccount: school\nTekst\n", "no closing"),
    "oversized front matter": (b"---\n" + b"x: " + b"y" * 9000 + b"\n---\nTekst\n", "front matter is larger"),
    "missing image": (b"---\nimages: [weg.jpg]\n---\nTekst\n", "image not found"),
    "image outside the folder": (
        b"---\nimages: [../../etc/passwd]\n---\nTekst\n",
        "outside the draft's folder",
    ),
}


@pytest.mark.parametrize("case", BAD_INPUTS, ids=list(BAD_INPUTS))
def test_bad_input_is_one_line_naming_the_file_and_the_run_goes_on(cli, write, tmp_path, case):
    content, problem = BAD_INPUTS[case]
    bad = tmp_path / "slecht.md" if content is None else write("slecht.md", content)
    good = write("goed.md", RED_NL)
    result = cli("check", bad, good, "--format", "json", "--lang", "en")
    assert result.exit_code == 2
    error_lines = [line for line in result.stderr.splitlines() if line.startswith("clusius-check: error:")]
    assert len(error_lines) == 1
    assert str(bad) in error_lines[0] and problem in error_lines[0]
    assert "Traceback" not in result.stderr
    document = valid_report(result.stdout)
    assert document["drafts"][1]["verdict"] == "red", "the other draft was still checked"
    assert document["drafts"][0]["errors"]
    assert document["summary"]["errors"] == 1


def test_folder_without_drafts_is_an_error(cli, tmp_path):
    (tmp_path / "leeg").mkdir()
    result = cli("check", tmp_path / "leeg")
    assert result.exit_code == 2
    assert f"{tmp_path / 'leeg'}: map bevat geen .md- of .txt-concepten" in result.stderr
    assert "Traceback" not in result.stderr


def test_cp1252_draft_is_checked_with_a_warning(cli, write):
    result = cli(
        "check", write("oud.txt", "Café-overleg: de toetsvragen zijn vertrouwelijk.\n".encode("cp1252"))
    )
    assert result.exit_code == 1
    assert "gelezen als Windows-1252" in result.stderr


def test_unknown_front_matter_key_warns_but_checks(cli, write):
    result = cli(
        "check", write("post.md", "---\nkanaal: tiktok\n---\n" + CLEAN_NL), "--format", "json", "--lang", "en"
    )
    assert result.exit_code == 0
    assert "unknown front-matter key 'kanaal'" in result.stderr
    assert valid_report(result.stdout)["drafts"][0]["warnings"]


def test_a_broken_config_is_an_error_naming_the_key(cli, write, tmp_path):
    write("clusius-check.yaml", "rules:\n  confidential:\n    severty: red\n")
    result = cli("check", write("post.md"))
    assert result.exit_code == 2
    assert "'rules.confidential.severty'" in result.stderr


def test_a_broken_config_given_explicitly_is_a_usage_error(cli, write):
    result = cli("check", write("post.md"), "--config", write("mijn.yaml", "language: fr\n"))
    assert result.exit_code == 2
    assert "mijn.yaml" in result.stderr and "'language'" in result.stderr


def test_missing_logos_folder_is_a_usage_error(cli, write, tmp_path):
    result = cli("check", write("post.md"), "--logos", tmp_path / "geen")
    assert result.exit_code == 2


def test_checking_never_writes_or_changes_anything_in_the_drafts_folder(cli, write, png, tmp_path):
    write("a.md", "---\nimages: [a.png]\nfoo: 1\n---\n" + RED_NL)
    png("a.png")
    write("sub/b.txt", CLEAN_EN.encode("cp1252"))
    write("sub/c.md", b"")
    before = tree_fingerprint(tmp_path)
    cli("check", tmp_path)
    cli("check", tmp_path, "--format", "json")
    assert tree_fingerprint(tmp_path) == before


# --- the reports ------------------------------------------------------------------------------------


def test_json_shape(cli, write):
    result = cli(
        "check", write("post.md", "---\nlang: nl\n---\nDe toetsvragen liggen klaar.\n"), "--format", "json"
    )
    document = valid_report(result.stdout)
    assert document["tool"] == "clusius-check"
    assert document["version"] == __version__
    (draft,) = document["drafts"]
    assert draft["verdict"] == "red"
    assert draft["language"] == "nl"
    assert draft["rules_checked"] == list(IMPLEMENTED)
    assert draft["images"] == []
    (finding,) = draft["findings"]
    assert finding == {
        "rule": "confidential",
        "severity": "red",
        "line": 4,
        "column": 4,
        "end_line": 4,
        "end_column": 15,
        "file": None,
        "match": "toetsvragen",
        "message": finding["message"],
        "article": "6",
        "suggestion": finding["suggestion"],
    }
    assert set(document["rules_not_available"]) == set(RULE_IDS) - set(IMPLEMENTED)


def test_terminal_report_marks_spans_and_lists_findings_in_english(cli, write):
    result = cli("check", write("post.md", RED_NL), "--lang", "en")
    assert "RED — Do not post" in result.stdout
    assert "toetsvragen[" in result.stdout, "each marked span is numbered, so it reads without colour"
    assert "art. 6" in result.stdout
    assert "Checked for: confidential" in result.stdout, "the panel says what green or red is based on"
    # Every rule is available now; a rule announced but not built would be listed as not checked yet.
    assert ("Not checked yet" in result.stdout) == bool(PLANNED)


def run_module(
    *args: str, env_extra: dict | None = None, stdin: bytes | None = None
) -> subprocess.CompletedProcess:
    env = {key: value for key, value in os.environ.items() if key not in ("FORCE_COLOR", "NO_COLOR")}
    env.update(env_extra or {})
    return subprocess.run(
        [sys.executable, "-m", "clusius_check", *args], input=stdin, capture_output=True, env=env, timeout=120
    )


def test_python_dash_m_and_piped_output_has_no_colour_codes_but_keeps_the_verdict(write):
    completed = run_module("check", str(write("post.md", RED_NL)))
    assert completed.returncode == 1
    stdout = completed.stdout.decode("utf-8")
    assert "\x1b[" not in stdout
    assert "ROOD — Niet plaatsen" in stdout


def test_no_color_on_a_forced_terminal_keeps_the_words(write):
    completed = run_module(
        "check", str(write("post.md", AMBER_NL)), env_extra={"NO_COLOR": "1", "TTY_COMPATIBLE": "1"}
    )
    stdout = completed.stdout.decode("utf-8")
    assert "\x1b[31m" not in stdout and "\x1b[38;5" not in stdout
    assert "ORANJE — Twijfel" in stdout


def test_colour_on_a_terminal(write):
    completed = run_module("check", str(write("post.md", RED_NL)), env_extra={"FORCE_COLOR": "1"})
    assert "\x1b[" in completed.stdout.decode("utf-8")


# --- the other commands -----------------------------------------------------------------------------


def test_version(cli):
    result = cli("--version")
    assert result.exit_code == 0
    assert result.stdout.strip() == f"clusius-check {__version__}"


def test_help_lists_the_commands(cli):
    result = cli("--help")
    assert result.exit_code == 0
    for command in ("check", "rules", "init"):
        assert command in result.stdout


def test_no_arguments_shows_help_and_is_a_usage_error(cli):
    assert cli("check").exit_code == 2


def test_rules_lists_every_rule_and_which_are_not_available(cli):
    document = json.loads(cli("rules", "--format", "json", "--lang", "en").stdout)
    assert [rule["id"] for rule in document] == list(RULE_IDS)
    assert all(
        rule["article"] and rule["summary"] and rule["severity"] in ("red", "amber") for rule in document
    )
    assert {rule["id"] for rule in document if rule["available"]} == set(IMPLEMENTED)
    table = cli("rules").stdout
    assert all(rule_id in table for rule_id in RULE_IDS)
    if PLANNED:
        assert "beschikbaar" in table  # "(nog niet beschikbaar)", wrapped as the terminal needs


def test_init_writes_a_config_that_the_checker_accepts(cli, write, tmp_path):
    target = tmp_path / "clusius-check.yaml"
    assert cli("init", target).exit_code == 0
    assert target.read_text(encoding="utf-8").startswith("# clusius-check.yaml")
    assert cli("check", write("post.md")).exit_code == 0
    again = cli("init", target)
    assert again.exit_code == 2
    assert "bestaat al" in again.stderr
    assert "already exists" in cli("init", target, "--lang", "en").stderr


def test_a_discovered_config_in_english_gives_a_wholly_english_report(cli, write):
    write("clusius-check.yaml", "language: en\n")
    result = cli("check", write("post.md", RED_NL))
    assert "RED — Do not post" in result.stdout
    assert "Niet plaatsen" not in result.stdout
    messages = [
        f["message"]
        for f in valid_report(cli("check", write("p2.md", RED_NL), "-f", "json").stdout)["drafts"][0][
            "findings"
        ]
    ]
    assert any("is about exam or test material" in message for message in messages)


def test_a_rule_switched_off_is_reported_as_not_checked(cli, write):
    write("clusius-check.yaml", "rules:\n  confidential: off\n")
    result = cli("check", write("post.md", RED_NL), "--format", "json")
    draft = valid_report(result.stdout)["drafts"][0]
    assert draft["verdict"] == "green"
    assert draft["rules_disabled"] == ["confidential"]
    assert "uitgezet in de config): confidential" in cli("check", write("post2.md", RED_NL)).stdout


def test_errors_are_printed_once_on_stderr_not_repeated_in_the_report(cli, write):
    result = cli("check", write("post.md", "---\nimages: [weg.jpg]\n---\n" + CLEAN_NL))
    assert result.exit_code == 2
    assert result.stderr.count("afbeelding niet gevonden") == 1
    assert "afbeelding niet gevonden" not in result.stdout
    assert "FOUT — niet (volledig) gecontroleerd" in result.stdout


def test_input_errors_are_in_dutch_by_default_with_stable_prefixes(cli, tmp_path):
    result = cli("check", tmp_path / "weg.md")
    assert result.stderr.strip() == f"clusius-check: error: {tmp_path / 'weg.md'}: bestand niet gevonden"


def test_a_config_found_for_the_draft_sets_the_language_of_its_errors(cli, write):
    write("clusius-check.yaml", "language: en\n")
    result = cli("check", write("post.md", "---\nimages: [weg.jpg]\n---\n" + CLEAN_NL))
    assert "image not found" in result.stderr


@pytest.mark.parametrize(
    ("output_format", "count", "stdout_tty", "stderr_tty", "expected"),
    [
        ("terminal", 500, True, True, True),
        ("terminal", 5, True, True, False),
        ("json", 500, True, True, False),
        ("terminal", 500, False, True, False),
        ("terminal", 500, True, False, False),
    ],
    ids=[
        "a long run on a terminal shows progress",
        "a short run does not",
        "never with json",
        "never when the report is piped",
        "never when stderr goes to a log",
    ],
)
def test_progress_bar_only_for_a_person_watching(output_format, count, stdout_tty, stderr_tty, expected):
    from clusius_check.cli import OutputFormat, shows_progress

    assert shows_progress(OutputFormat(output_format), count, stdout_tty, stderr_tty) is expected


def test_a_fifo_in_a_folder_does_not_hang_the_run(cli, write, tmp_path):
    write("goed.md", RED_NL)
    os.mkfifo(tmp_path / "pijp.md")
    result = cli("check", tmp_path, "--format", "json", "--lang", "en")
    assert result.exit_code == 2
    assert "pijp.md: not a regular file" in result.stderr
    assert valid_report(result.stdout)["summary"]["red"] == 1


def test_an_unreadable_folder_makes_the_run_fail_not_green(cli, write, tmp_path, locked_folder):
    write("ok.md", CLEAN_NL)
    write("dicht/rood.md", RED_NL)
    result = cli("check", tmp_path)
    assert result.exit_code == 2
    assert "dicht: map kan niet gelezen worden (Permission denied)" in result.stderr


def test_stdin_larger_than_a_post_is_refused(cli):
    result = cli("check", "-", input=b"a" * 1_000_001)
    assert result.exit_code == 2
    assert "<stdin>: te groot voor een bericht" in result.stderr


def test_escape_sequences_in_a_draft_cannot_drive_the_terminal(write):
    path = write("esc.md", "Hoi \x1b[31mROOD\x1b[0m en \x1b]0;titel\x07 de toetsvragen\n")
    completed = run_module("check", str(path), env_extra={"FORCE_COLOR": "1"})
    stdout = completed.stdout.decode("utf-8")
    assert "\x1b[31mROOD" not in stdout and "\x1b]0;" not in stdout
    assert "␛[31mROOD" in stdout


def test_one_broken_config_shared_by_many_drafts_is_one_line(cli, write, tmp_path):
    write("clusius-check.yaml", "rules:\n  confidential:\n    severty: red\n")
    for number in range(3):
        write(f"post{number}.md")
    result = cli("check", tmp_path)
    lines = [line for line in result.stderr.splitlines() if "severty" in line]
    assert len(lines) == 1 and lines[0].endswith("(×3)")


def test_a_folder_with_one_draft_still_gets_its_summary(cli, write, tmp_path):
    write("map/alleen.md", CLEAN_NL)
    assert "1 concept(en): 1 groen" in cli("check", tmp_path / "map").stdout


def test_a_bug_exits_3_not_1_so_ci_does_not_read_it_as_a_verdict(write, monkeypatch, capsys):
    from clusius_check import cli as cli_module

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr("clusius_check.engine.check_task", broken)
    monkeypatch.setattr(sys, "argv", ["clusius-check", "check", str(write("post.md"))])
    with pytest.raises(SystemExit) as caught:
        cli_module.main()
    assert caught.value.code == 3
    assert "internal error" in capsys.readouterr().err


@pytest.mark.parametrize(
    "args",
    [
        ("check", "--format", "xml", "post.md"),
        ("chek", "post.md"),
        ("check",),
        ("check", "--workers", "0", "x.md"),
    ],
    ids=["unknown format", "misspelt command", "no draft given", "workers out of range"],
)
def test_a_usage_error_is_exit_2_and_one_error_line(args):
    completed = run_module(*args)
    assert completed.returncode == 2
    stderr = completed.stderr.decode("utf-8")
    assert len([line for line in stderr.splitlines() if line.startswith("Error: ")]) == 1
    assert "╭" not in stderr and "Traceback" not in stderr
