"""examples/ci/: the GitHub Actions workflow's check step, run exactly as written (the same shell GitHub uses)
on a folder of drafts, so the example cannot drift from the tool; and the folder adds nothing to `make demo`."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from clusius_check.drafts import drafts_with_images
from tests.conftest import AMBER_NL, CLEAN_EN, CLEAN_NL, RED_NL

ROOT = Path(__file__).resolve().parent.parent
CI = ROOT / "examples" / "ci"
WORKFLOW = yaml.safe_load((CI / "clusius-check.yml").read_text(encoding="utf-8"))
HOOK_IDS = {
    hook["id"] for hook in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
}


def steps() -> list[dict]:
    [job] = WORKFLOW["jobs"].values()
    return job["steps"]


def check_step() -> dict:
    [step] = [step for step in steps() if "clusius-check check" in step.get("run", "")]
    return step


def run_step(step: dict, workspace: Path) -> subprocess.CompletedProcess:
    """As GitHub Actions runs a `run:` step on ubuntu: `bash --noprofile --norc -eo pipefail` in the checkout,
    with the installed tool on PATH (here: this test environment's)."""
    folder = workspace / step.get("working-directory", ".")
    env = dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}")
    env.update(step.get("env", {}))
    return subprocess.run(
        ["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", step["run"]],
        cwd=folder,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.fixture
def workspace(tmp_path) -> Path:
    """A checkout of a repository of drafts, as the workflow's `paths` filter describes it."""
    (tmp_path / "drafts" / "leerlingen").mkdir(parents=True)
    (tmp_path / "drafts" / "open-dag.md").write_text(CLEAN_NL, encoding="utf-8")
    (tmp_path / "drafts" / "leerlingen" / "floristry.txt").write_text(CLEAN_EN, encoding="utf-8")
    (tmp_path / "README.md").write_text("# Drafts\n", encoding="utf-8")
    return tmp_path


def test_the_workflow_runs_on_changes_to_the_drafts_it_checks():
    triggers = WORKFLOW.get("on", WORKFLOW.get(True))  # YAML 1.1 reads a bare `on` as true
    assert set(triggers) == {"push", "pull_request"}
    for trigger in triggers.values():
        assert trigger["paths"] == ["drafts/**"]
    assert "drafts/" in check_step()["run"]


def test_the_workflow_installs_the_tool_before_checking():
    names = [step.get("name", step.get("uses", "")) for step in steps()]
    install = next(step for step in steps() if step.get("name") == "Install clusius-check")
    assert "pip install" in install["run"]
    assert names.index("Install clusius-check") < names.index(check_step()["name"])
    python = next(step for step in steps() if step.get("uses", "").startswith("actions/setup-python"))
    major, minor = (int(part) for part in python["with"]["python-version"].split("."))
    assert (major, minor) >= (3, 10)  # pyproject's requires-python


def test_the_check_step_passes_on_green_drafts(workspace):
    result = run_step(check_step(), workspace)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "drafts/open-dag.md" in result.stdout and "drafts/leerlingen/floristry.txt" in result.stdout
    assert "README.md" not in result.stdout


@pytest.mark.parametrize(
    ("text", "code"),
    [(AMBER_NL, 1), (RED_NL, 1), (b"\x00binary", 2)],
    ids=["an amber draft fails the job", "a red draft fails the job", "an unreadable draft fails the job"],
)
def test_the_check_step_fails_the_job(workspace, text, code):
    target = workspace / "drafts" / "probleem.md"
    target.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    result = run_step(check_step(), workspace)
    assert result.returncode == code, result.stdout + result.stderr
    assert "drafts/probleem.md" in result.stdout + result.stderr


def test_the_pre_commit_example_uses_the_hook_this_repository_declares():
    config = yaml.safe_load((CI / "pre-commit-config.yaml").read_text(encoding="utf-8"))
    used = {hook["id"] for repo in config["repos"] for hook in repo["hooks"]}
    assert used and used <= HOOK_IDS


def test_the_ci_folder_adds_no_drafts_to_make_demo():
    assert list(drafts_with_images(CI)) == []
