"""`check --changed-since REV` on a real temporary git repository: which drafts are checked, and the one-line
errors when git cannot answer."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from tests.conftest import AMBER_NL, CLEAN_NL, PNG_BYTES


def git(repo: Path, *args: str) -> str:
    return subprocess.run(
        [
            "git",
            "-c",
            "user.name=Test",
            "-c",
            "user.email=test@example.org",
            "-c",
            "commit.gpgsign=false",
            *args,
        ],
        cwd=repo,
        check=True,
        capture_output=True,
        text=True,
    ).stdout


@pytest.fixture
def repo(tmp_path, monkeypatch) -> Path:
    """A repository of drafts with a tag `base`; git never looks above tmp_path for another repository."""
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", "/dev/null")
    root = tmp_path / "drafts-repo"
    (root / "drafts").mkdir(parents=True)
    git(root, "init", "-q")
    for name in ("ongewijzigd.md", "gewijzigd.md", "verwijderd.md", "kalfjes.md"):
        (root / "drafts" / name).write_text(CLEAN_NL, encoding="utf-8")
    (root / "drafts" / "kalfjes.png").write_bytes(PNG_BYTES)
    (root / ".gitignore").write_text("drafts/genegeerd.md\n", encoding="utf-8")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "base")
    git(root, "tag", "base")
    return root


def checked_paths(result) -> list[str]:
    return sorted(Path(draft["path"]).name for draft in json.loads(result.stdout)["drafts"])


def test_only_drafts_changed_since_the_revision_are_checked(cli, repo):
    drafts = repo / "drafts"
    (drafts / "gewijzigd.md").write_text(AMBER_NL, encoding="utf-8")  # modified, not staged
    (drafts / "nieuw.md").write_text(CLEAN_NL, encoding="utf-8")  # untracked
    (drafts / "gestaged.md").write_text(CLEAN_NL, encoding="utf-8")
    git(repo, "add", "drafts/gestaged.md")  # new and staged
    (drafts / "verwijderd.md").unlink()  # deleted: nothing to check
    (drafts / "genegeerd.md").write_text(CLEAN_NL, encoding="utf-8")  # ignored by .gitignore
    (drafts / "gecommit.md").write_text(CLEAN_NL, encoding="utf-8")
    git(repo, "add", "drafts/gecommit.md")
    git(repo, "commit", "-q", "-m", "later")  # committed after base
    result = cli("check", drafts, "--changed-since", "base", "--format", "json")
    assert checked_paths(result) == ["gecommit.md", "gestaged.md", "gewijzigd.md", "nieuw.md"]
    assert result.exit_code == 1  # gewijzigd.md is amber


def test_a_changed_image_brings_its_draft_along(cli, repo):
    (repo / "drafts" / "kalfjes.png").write_bytes(PNG_BYTES + b"\x00")
    result = cli("check", repo / "drafts", "--changed-since", "base", "--format", "json")
    assert checked_paths(result) == ["kalfjes.md"]


def test_nothing_changed_means_nothing_checked_and_exit_0(cli, repo):
    result = cli("check", repo / "drafts", "--changed-since", "HEAD", "--format", "json")
    assert json.loads(result.stdout)["drafts"] == []
    assert result.exit_code == 0
    terminal = cli("check", repo / "drafts", "--changed-since", "HEAD")
    assert terminal.exit_code == 0 and "0 concept(en)" in terminal.stdout


def test_named_files_are_filtered_too_and_relative_paths_work(cli, repo, monkeypatch):
    (repo / "drafts" / "gewijzigd.md").write_text(AMBER_NL, encoding="utf-8")
    monkeypatch.chdir(repo / "drafts")
    result = cli("check", "gewijzigd.md", "ongewijzigd.md", "--changed-since", "base", "--format", "json")
    assert checked_paths(result) == ["gewijzigd.md"]


def test_names_with_spaces_and_accents(cli, repo):
    (repo / "drafts" / "Café post.md").write_text(CLEAN_NL, encoding="utf-8")
    result = cli("check", repo / "drafts", "--changed-since", "base", "--format", "json")
    assert checked_paths(result) == ["Café post.md"]


def test_a_missing_file_is_still_reported(cli, repo):
    result = cli("check", repo / "drafts" / "bestaat-niet.md", "--changed-since", "base")
    assert result.exit_code == 2
    assert "bestand niet gevonden" in result.stderr


def test_an_unknown_revision_is_a_one_line_usage_error(cli, repo):
    result = cli("check", repo / "drafts", "--changed-since", "v9.9-bestaat-niet")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        "clusius-check: error: --changed-since: onbekende git-revisie 'v9.9-bestaat-niet' "
        "(een commit, tak of tag, zoals origin/main)"
    ]


def test_a_revision_that_looks_like_an_option_is_refused(cli, repo):
    result = cli("check", repo / "drafts", "--changed-since=--output=/tmp/x", "--lang", "en")
    assert result.exit_code == 2
    assert "unknown git revision '--output=/tmp/x'" in result.stderr


def test_outside_a_repository_is_a_one_line_error_naming_the_folder(cli, tmp_path, monkeypatch, write):
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    folder = write("los/post.md").parent
    result = cli("check", folder, "--changed-since", "HEAD", "--lang", "en")
    assert result.exit_code == 2 and result.stdout == ""
    [line] = result.stderr.splitlines()
    assert line.startswith(f"clusius-check: error: {folder}: is not inside a git repository")


def test_without_git_it_says_so(cli, repo, monkeypatch):
    monkeypatch.setattr("clusius_check.git_changes.shutil.which", lambda name: None)
    result = cli("check", repo / "drafts", "--changed-since", "base")
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.splitlines() == [
        "clusius-check: error: --changed-since: git is niet gevonden; installeer git of laat --changed-since weg"
    ]


def test_git_is_only_read(cli, repo):
    (repo / "drafts" / "nieuw.md").write_text(CLEAN_NL, encoding="utf-8")
    before = git(repo, "status", "--porcelain", "--untracked-files=all"), git(repo, "rev-parse", "HEAD")
    cli("check", repo / "drafts", "--changed-since", "base")
    assert (
        git(repo, "status", "--porcelain", "--untracked-files=all"),
        git(repo, "rev-parse", "HEAD"),
    ) == before
