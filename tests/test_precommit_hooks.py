"""`.pre-commit-hooks.yaml`: the hook is what pre-commit expects, and its command, run the way pre-commit runs
it (the entry, then the staged files its `files`/`exclude` patterns select), checks a repository of drafts."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from importlib.metadata import entry_points
from pathlib import Path

import pytest
import yaml

from tests.conftest import AMBER_NL, CLEAN_EN, CLEAN_NL

ROOT = Path(__file__).resolve().parent.parent
HOOKS = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def hook() -> dict:
    [only] = HOOKS
    return only


def selected(hook: dict, path: str) -> bool:
    """pre-commit's own selection: `files` and `exclude` are Python regexes searched in the path from the root."""
    return bool(re.search(hook["files"], path)) and not re.search(hook.get("exclude", "^$"), path)


def test_the_hook_is_declared_as_pre_commit_expects(hook):
    assert hook["id"] == "clusius-check"
    assert hook["name"] and hook["description"]
    assert hook["entry"] == "clusius-check check"
    assert hook["language"] == "python"
    assert hook["pass_filenames"] is True


def test_the_entry_is_the_console_script_this_package_installs(hook):
    [script] = entry_points(group="console_scripts", name=shlex.split(hook["entry"])[0])
    assert script.value == "clusius_check.cli:main"


@pytest.mark.parametrize(
    ("path", "checked"),
    [
        ("post.md", True),
        ("drafts/open-dag.md", True),
        ("drafts/leerlingen/stage.txt", True),
        ("README.md", False),
        ("drafts/readme.txt", False),
        ("drafts/readme-tips.md", True),
        ("drafts/foto.jpg", False),
        ("scripts/check.py", False),
        ("drafts/post.md.orig", False),
    ],
    ids=lambda value: str(value),
)
def test_the_hook_selects_the_files_a_folder_run_would_check(hook, path, checked):
    assert selected(hook, path) is checked


def run_like_pre_commit(hook: dict, repo: Path, staged: list[str]) -> subprocess.CompletedProcess:
    command = [*shlex.split(hook["entry"]), *hook.get("args", []), *(p for p in staged if selected(hook, p))]
    bin_folder = Path(sys.executable).parent  # where the console script of this environment lives
    command[0] = str(bin_folder / command[0])
    return subprocess.run(command, cwd=repo, capture_output=True, text=True, timeout=300)


def test_the_hook_command_checks_a_repository_of_drafts(hook, tmp_path):
    repo = tmp_path / "drafts-repo"
    files = {
        "README.md": "# Onze concepten\nHier staan de berichten voor Instagram.\n",
        "drafts/open-dag.md": CLEAN_NL,
        "drafts/floristry.txt": CLEAN_EN,
        "drafts/kantine.md": AMBER_NL,
        "drafts/foto.jpg": "not looked at",
    }
    for name, text in files.items():
        (repo / name).parent.mkdir(parents=True, exist_ok=True)
        (repo / name).write_text(text, encoding="utf-8")

    amber = run_like_pre_commit(hook, repo, list(files))
    assert amber.returncode == 1, amber.stderr  # the amber draft stops the commit
    for name in ("drafts/open-dag.md", "drafts/floristry.txt", "drafts/kantine.md"):
        assert name in amber.stdout
    assert "README.md" not in amber.stdout
    assert "personeelsoverleg" in amber.stdout  # the finding that made it amber

    clean = run_like_pre_commit(hook, repo, ["README.md", "drafts/open-dag.md", "drafts/floristry.txt"])
    assert clean.returncode == 0, clean.stdout + clean.stderr
