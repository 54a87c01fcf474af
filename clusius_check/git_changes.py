"""`check --changed-since REV`: which files git says changed since a revision, so CI checks only those drafts.

"Changed" is what a person reviewing a pull request would call changed: every file `git diff --name-only REV`
lists (committed since REV, staged or not), plus untracked files that are not ignored (a draft written but
not yet added). Deleted files are gone, so there is nothing to check. A draft also counts as changed when an
image named after it changed (`kalfjes.jpg` for `kalfjes.md`).

git is asked, never written to: every command here only reads the repository.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterable
from pathlib import Path

from clusius_check.catalogue import NoticeError

OPTION = "--changed-since"
# A repository of drafts answers in milliseconds; a hung git (a credential prompt, a network file system)
# must not hang CI for hours.
GIT_TIMEOUT_SECONDS = 60


class ChangedSinceError(NoticeError):
    """--changed-since cannot be answered: no git, not a repository, or an unknown revision."""


def changed_files(paths: Iterable[Path], revision: str) -> set[Path]:
    """Resolved paths of every file changed since `revision` in the repositories holding `paths`."""
    git = shutil.which("git")
    if git is None:
        raise ChangedSinceError(OPTION, "usage.changed_since_no_git")
    # A revision that starts with "-" would be read by git as an option.
    if not revision.strip() or revision.startswith("-"):
        raise ChangedSinceError(OPTION, "usage.changed_since_unknown", revision=revision)
    changed: set[Path] = set()
    for top in dict.fromkeys(_repository_top(git, path) for path in paths):
        commit = _git(git, top, "rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}")
        if commit is None:
            raise ChangedSinceError(OPTION, "usage.changed_since_unknown", revision=revision)
        for listing in (
            _git(git, top, "diff", "--name-only", "--no-renames", "-z", commit.strip(), "--"),
            _git(git, top, "ls-files", "--others", "--exclude-standard", "-z"),
        ):
            changed.update((top / name).resolve() for name in (listing or "").split("\0") if name)
    return changed


def _repository_top(git: str, path: Path) -> Path:
    folder = path if path.is_dir() else path.parent
    while not folder.exists() and folder != folder.parent:  # a path still to be reported as missing
        folder = folder.parent
    result = _run(git, folder, "rev-parse", "--show-toplevel")
    if result.returncode != 0:
        last_line = (result.stderr.strip().splitlines() or [""])[-1]
        raise ChangedSinceError(str(path), "usage.changed_since_not_repository", reason=last_line)
    return Path(result.stdout.strip()).resolve()


def _git(git: str, folder: Path, *arguments: str) -> str | None:
    result = _run(git, folder, *arguments)
    return result.stdout if result.returncode == 0 else None


def _run(git: str, folder: Path, *arguments: str) -> subprocess.CompletedProcess:
    try:
        return subprocess.run(
            [git, "-c", "core.quotepath=off", *arguments],
            cwd=folder,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="surrogateescape",
            timeout=GIT_TIMEOUT_SECONDS,
            check=False,
            stdin=subprocess.DEVNULL,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise ChangedSinceError(OPTION, "usage.changed_since_git_failed", reason=str(exc)) from None


def is_changed(task, changed: set[Path]) -> bool:
    """Whether a check task survives --changed-since: its draft or an image named after it changed. Tasks that
    carry an error, stdin, and paths that are not files are kept, so a typo is still reported, never skipped."""
    if task.path is None or task.error is not None or not task.path.is_file():
        return True
    related = (task.path, *task.sibling_images, *task.extra_images)
    return any(path.resolve() in changed for path in related)
