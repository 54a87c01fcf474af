"""What every rule declares about itself, next to its logic (the yamllint model).

Kept free of heavy imports: `clusius-check rules` and `--help` read this metadata without loading spaCy.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from clusius_check.findings import Severity


@dataclass(frozen=True)
class Option:
    """A setting a school may give a rule in clusius-check.yaml, with the check its value must pass."""

    name: str
    description: str
    default: object
    # Returns None when the value is fine, else the catalogue key of what is wrong with it.
    validate: Callable[[object], str | None]


def list_of_strings(value: object) -> str | None:
    if isinstance(value, list) and all(isinstance(item, str) and item.strip() for item in value):
        return None
    return "config.words_list"


def threshold_or_off(value: object) -> str | None:
    """A score from 0 to 1 (exclusive of 0), or `false` to switch the check off."""
    if value is False or (isinstance(value, (int, float)) and not isinstance(value, bool) and 0 < value <= 1):
        return None
    return "config.threshold"


def resemblance_option(default: float) -> Option:
    return Option(
        "resemblance",
        "how much a draft must resemble the corpus's drafts this rule flags before the learned second "
        "opinion reports it as doubt (0-1), or false to switch it off",
        default,
        threshold_or_off,
    )


@dataclass(frozen=True)
class RuleInfo:
    id: str
    article: str
    default_severity: Severity
    summary: dict[str, str]
    available: bool = True
    options: tuple[Option, ...] = field(default=())
    # Word-list categories this rule understands; a list entry with another category is an error.
    categories: tuple[str, ...] = field(default=())
    # Extra keys a word-list entry may carry for this rule, each with the values it allows.
    entry_fields: tuple[tuple[str, tuple[str, ...]], ...] = field(default=())
    # Extra top-level lists of words a word-list file may carry for this rule (e.g. harmless heads).
    sections: tuple[str, ...] = field(default=())
