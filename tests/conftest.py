"""Shared fixtures: realistic drafts written into a temporary folder, and a way to run the real CLI."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from clusius_check.cli import app

CLEAN_NL = (
    "Wat een mooie open dag op het Clusius College in Hoorn! Bedankt aan alle leerlingen die hielpen.\n"
)
CLEAN_EN = "Our floristry class won second prize at the regional contest today. So proud of them!\n"
RED_NL = "Uit het personeelsoverleg, strikt vertrouwelijk: de toetsvragen voor biologie liggen al klaar.\n"
AMBER_NL = "Gisteren in het personeelsoverleg ging het over de nieuwe kantine.\n"

# Smallest valid files of each image kind the tool accepts (headers only matter before decoding).
PNG_BYTES = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00\x90wS\xde"
    b"\x00\x00\x00\x0cIDATx\x9cc\xf8\xcf\xc0\x00\x00\x03\x01\x01\x00\xc9\xfe\x92\xef\x00\x00\x00\x00IEND\xaeB`\x82"
)


@pytest.fixture(scope="session", autouse=True)
def word_list_cache(tmp_path_factory):
    """Tests keep the parsed-word-list cache out of the developer's home."""
    folder = tmp_path_factory.mktemp("cache")
    previous = os.environ.get("XDG_CACHE_HOME")
    os.environ["XDG_CACHE_HOME"] = str(folder)
    yield folder
    if previous is None:
        os.environ.pop("XDG_CACHE_HOME", None)
    else:
        os.environ["XDG_CACHE_HOME"] = previous


@pytest.fixture
def write(tmp_path: Path):
    """write("post.md", text) -> Path; bytes are written as they are."""

    def _write(name: str, content: str | bytes = CLEAN_NL) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return path

    return _write


@pytest.fixture
def png(write):
    def _png(name: str) -> Path:
        return write(name, PNG_BYTES)

    return _png


class CliResult:
    def __init__(self, exit_code: int, stdout: str, stderr: str):
        self.exit_code = exit_code
        self.stdout = stdout
        self.stderr = stderr

    def json(self) -> dict:
        return json.loads(self.stdout)


@pytest.fixture
def cli():
    """Run the real typer app in-process; returns exit code, stdout and stderr separately."""

    def _cli(*args: str, input: str | bytes | None = None, env: dict | None = None) -> CliResult:
        runner = CliRunner()
        result = runner.invoke(app, [str(arg) for arg in args], input=input, env=env, catch_exceptions=False)
        return CliResult(result.exit_code, result.stdout, result.stderr)

    return _cli


@pytest.fixture
def locked_folder(monkeypatch):
    """Make folders named "dicht" unreadable to the folder walk, as a folder without read permission is.

    Tests run as root in CI, where chmod 000 does not lock anything, so the walk's onerror is called the
    way os.walk calls it for a folder it may not list.
    """
    real_walk = os.walk

    def walk_with_a_locked_folder(top, onerror=None, **kwargs):
        for root, dirs, files in real_walk(top, onerror=onerror, **kwargs):
            if Path(root).name == "dicht":
                onerror(PermissionError(13, "Permission denied", root))
                continue
            yield root, dirs, files

    monkeypatch.setattr("clusius_check.drafts.os.walk", walk_with_a_locked_folder)
