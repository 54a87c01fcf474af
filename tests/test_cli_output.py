"""`--format` for pipelines and `--output FILE` through the real CLI: exit codes, files, refusals."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.conftest import AMBER_NL, CLEAN_NL, RED_NL
from tests.test_cli import tree_fingerprint

FORMATS = ["terminal", "json", "sarif", "github", "junit", "jsonl", "html"]


@pytest.mark.parametrize("output_format", FORMATS)
@pytest.mark.parametrize(
    ("text", "fail_on", "code"),
    [
        (CLEAN_NL, "amber", 0),
        (AMBER_NL, "amber", 1),
        (AMBER_NL, "red", 0),
        (RED_NL, "red", 1),
    ],
    ids=["green passes", "amber fails by default", "amber passes with --fail-on red", "red always fails"],
)
def test_every_format_has_the_same_exit_codes(cli, write, output_format, text, fail_on, code):
    result = cli("check", write("post.md", text), "--format", output_format, "--fail-on", fail_on)
    assert result.exit_code == code
    assert result.stdout.strip()


@pytest.mark.parametrize("output_format", FORMATS)
def test_output_writes_the_report_to_the_file_and_nothing_to_stdout(cli, write, tmp_path, output_format):
    draft = write("post.md", RED_NL)
    report = tmp_path / "uit" / "rapport.out"
    report.parent.mkdir()
    on_stdout = cli("check", draft, "--format", output_format, "--lang", "en")
    to_file = cli("check", draft, "--format", output_format, "--lang", "en", "--output", report)
    assert to_file.exit_code == on_stdout.exit_code == 1
    assert to_file.stdout == ""
    written = report.read_text(encoding="utf-8")
    if output_format == "terminal":
        assert "RED — Do not post" in written
        assert "\x1b[" not in written  # no colour codes in a file
    else:
        assert written == on_stdout.stdout


def test_output_dash_is_stdout(cli, write):
    result = cli("check", write("post.md", RED_NL), "--format", "json", "--output", "-")
    assert json.loads(result.stdout)["drafts"][0]["verdict"] == "red"


def test_output_overwrites_an_old_report(cli, write, tmp_path):
    report = write("rapport.xml", "oud rapport " * 1000)
    cli("check", write("post.md", CLEAN_NL), "--format", "junit", "--output", report)
    assert ET.fromstring(report.read_bytes()).tag == "testsuites"


def test_an_unwritable_output_is_one_line_and_exit_2(cli, write, tmp_path):
    result = cli(
        "check",
        write("post.md", RED_NL),
        "--format",
        "sarif",
        "--output",
        tmp_path / "weg" / "r.sarif",
        "--lang",
        "en",
    )
    assert result.exit_code == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("clusius-check: error: ") and "r.sarif: cannot write (" in lines[0]
    assert "Traceback" not in result.stderr


def test_an_output_that_is_a_folder_is_one_line_and_exit_2(cli, write, tmp_path):
    result = cli("check", write("post.md", RED_NL), "--output", tmp_path, "--lang", "en")
    assert result.exit_code == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "cannot write" in result.stderr


def test_output_never_overwrites_the_draft(cli, write, tmp_path):
    draft = write("post.md", RED_NL)
    before = tree_fingerprint(tmp_path)
    result = cli("check", draft, "--format", "json", "--output", draft, "--lang", "en")
    assert result.exit_code == 2
    assert f"{draft}: is an input (a draft or an image) and is never overwritten" in result.stderr
    assert tree_fingerprint(tmp_path) == before


def test_output_never_overwrites_a_draft_found_in_a_folder(cli, write, tmp_path):
    write("concepten/a.md", CLEAN_NL)
    other = write("concepten/sub/b.md", RED_NL)
    before = tree_fingerprint(tmp_path)
    # the same file by another spelling of its path
    result = cli(
        "check", tmp_path / "concepten", "--output", tmp_path / "concepten" / "sub" / ".." / "sub" / "b.md"
    )
    assert result.exit_code == 2
    assert "never overwritten" in result.stderr or "nooit overschreven" in result.stderr
    assert other.read_text(encoding="utf-8") == RED_NL
    assert tree_fingerprint(tmp_path) == before


def test_output_never_overwrites_a_draft_through_a_symlink(cli, write, tmp_path):
    draft = write("post.md", RED_NL)
    link = tmp_path / "rapport.txt"
    link.symlink_to(draft)
    result = cli("check", draft, "--output", link)
    assert result.exit_code == 2
    assert draft.read_text(encoding="utf-8") == RED_NL


def test_output_never_overwrites_a_draft_through_a_hard_link(cli, write, tmp_path):
    draft = write("post.md", RED_NL)
    link = tmp_path / "rapport.txt"
    link.hardlink_to(draft)
    result = cli("check", draft, "--format", "junit", "--output", link)
    assert result.exit_code == 2
    assert draft.read_text(encoding="utf-8") == RED_NL


@pytest.mark.parametrize("option", ["--image", "--profile-picture"])
def test_output_never_overwrites_an_image(cli, write, png, tmp_path, option):
    draft = write("post.md", CLEAN_NL)
    image = png("foto.png")
    before = tree_fingerprint(tmp_path)
    result = cli("check", draft, option, image, "--output", image, "--lang", "en")
    assert result.exit_code == 2
    assert tree_fingerprint(tmp_path) == before


def test_output_never_writes_an_image_file(cli, write, tmp_path):
    """A front-matter image is only known once the draft is read; no report ever goes into an image name."""
    write("post.md", "---\nimages: [foto.jpg]\n---\n" + CLEAN_NL)
    result = cli("check", tmp_path / "post.md", "--output", tmp_path / "foto.jpg", "--lang", "en")
    assert result.exit_code == 2
    assert "is an image file" in result.stderr
    assert not (tmp_path / "foto.jpg").exists()


def test_input_errors_still_go_to_stderr_with_output(cli, write, tmp_path):
    report = tmp_path / "r.jsonl"
    result = cli(
        "check", write("post.md", CLEAN_NL), tmp_path / "weg.md", "--format", "jsonl", "--output", report
    )
    assert result.exit_code == 2
    assert "weg.md" in result.stderr
    assert len(report.read_text(encoding="utf-8").splitlines()) == 2


def test_rules_accepts_only_terminal_and_json(cli):
    assert cli("rules", "--format", "json").exit_code == 0
    result = cli("rules", "--format", "sarif")
    assert result.exit_code == 2
    assert "Traceback" not in result.stderr


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full to fill the disk")
@pytest.mark.parametrize("output_format", ["json", "jsonl", "terminal"])
def test_a_full_disk_while_writing_is_one_line_and_exit_2(cli, write, output_format):
    result = cli("check", write("post.md", RED_NL), "--format", output_format, "--output", "/dev/full")
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("clusius-check: error: /dev/full: ")
    assert "Traceback" not in result.stderr
