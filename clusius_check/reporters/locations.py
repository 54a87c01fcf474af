"""Where a pipeline report says a finding is: the draft or image path as a CI service expects it.

Code-scanning UIs and workflow annotations match a path against the files of the checked-out repository,
and CI jobs run from its root, so a path is written relative to the current directory with forward slashes
(`drafts/week1/post.md`, also on Windows). A path outside the current directory cannot be matched to a
repository file; it stays absolute rather than becoming a `../../` chain nobody can follow.
"""

from __future__ import annotations

import os
from pathlib import Path, PurePosixPath
from urllib.parse import quote

from clusius_check.drafts import STDIN_NAME


def report_path(path: str | None) -> str | None:
    """`path` relative to the current directory with forward slashes; None for stdin (no file to point at)."""
    if not path or path == STDIN_NAME:
        return None
    absolute = Path(os.path.abspath(path))
    try:
        relative = absolute.relative_to(Path.cwd())
    except ValueError:
        return absolute.as_posix()
    return PurePosixPath(*relative.parts).as_posix() if relative.parts else "."


def artifact_uri(path: str | None) -> str | None:
    """The SARIF `artifactLocation.uri`: a relative URI reference (`drafts/open%20dag.md`) for a path
    inside the current directory, a `file://` URI for one outside it, None for stdin."""
    shown = report_path(path)
    if shown is None:
        return None
    if shown.startswith("/") or Path(shown).is_absolute():
        return Path(shown).as_uri()
    return quote(shown, safe="/")
