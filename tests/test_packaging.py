"""The wheel is a working tool on its own: word lists, logos and the schema travel inside it.

Builds the wheel from this checkout, installs it into a new virtual environment that borrows the
test environment's dependencies (so the test needs no network), and runs the console script from a
folder far away from the source tree.
"""

from __future__ import annotations

import json
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "--quiet",
            "-w",
            str(out),
            str(REPO),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (built,) = out.glob("clusius_check-*.whl")
    return built


@pytest.mark.slow
def test_wheel_contains_the_data_a_school_edits(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    shipped_lists = sorted(p.relative_to(REPO).as_posix() for p in (REPO / "wordlists").glob("*/*.yaml"))
    for name in shipped_lists:
        assert f"clusius_check/{name}" in names
    assert "clusius_check/logos/README.md" in names
    assert "clusius_check/report.schema.json" in names
    for label in ("bullying", "discrimination"):  # the learned second opinion travels with the package
        assert f"clusius_check/models/resemblance/{label}/textcat_multilabel/model" in names
        assert f"clusius_check/models/resemblance/{label}/config.cfg" in names


@pytest.mark.slow
def test_installed_wheel_checks_a_draft_from_any_folder(wheel, tmp_path):
    environment = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False).create(environment)
    python = environment / "bin" / "python"
    # Borrow the dependencies of the environment running the tests. A path added by a .pth file comes
    # after the venv's own site-packages, and the .pth files inside it (our editable install) are not
    # processed, so the wheel's copy of clusius_check is the one that runs.
    own_site = Path(
        subprocess.run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    )
    (own_site / "borrowed-dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n")
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "--quiet", str(wheel)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    elsewhere = tmp_path / "ergens"
    elsewhere.mkdir()
    (elsewhere / "post.md").write_text("De toetsvragen liggen al klaar, niet doorsturen!\n", encoding="utf-8")
    completed = subprocess.run(
        [str(environment / "bin" / "clusius-check"), "check", "post.md", "--format", "json"],
        cwd=elsewhere,
        capture_output=True,
        timeout=120,
    )
    assert completed.returncode == 1, completed.stderr.decode()
    document = json.loads(completed.stdout)
    assert document["drafts"][0]["verdict"] == "red"
    located = subprocess.run(
        [
            str(python),
            "-c",
            "import clusius_check, pathlib; print(pathlib.Path(clusius_check.__file__).parent)",
        ],
        cwd=elsewhere,
        capture_output=True,
        text=True,
        check=True,
    )
    assert Path(located.stdout.strip()).is_relative_to(environment), (
        "the installed copy ran, not the checkout"
    )


@pytest.mark.slow
def test_wheel_carries_the_protocol_explanations_and_lesson(wheel):
    """`explain` and `les` read these at run time; an installed tool without them cannot teach."""
    names = zipfile.ZipFile(wheel).namelist()
    data = REPO / "clusius_check" / "data"
    shipped = sorted(p.relative_to(REPO).as_posix() for p in data.rglob("*") if p.is_file())
    assert "clusius_check/data/protocol-sociale-media.txt" in shipped
    assert len([name for name in shipped if name.startswith("clusius_check/data/lesson/")]) >= 30
    assert sorted(set(shipped) - set(names)) == []
