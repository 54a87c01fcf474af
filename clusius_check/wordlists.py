"""Word lists: YAML data a school can edit without touching Python.

Each file names the rule it feeds and the language of its terms, then lists entries:

    rule: confidential
    language: nl
    entries:
      - term: niet doorsturen
        severity: red
        category: marker
        note: why this term is here (optional)

A list that breaks this shape fails loudly with the file and the entry, never silently.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from clusius_check.config import ConfigError
from clusius_check.findings import Severity

LANGUAGES = ("nl", "en")
ENTRY_KEYS = ("term", "severity", "category", "note")


@dataclass(frozen=True)
class Term:
    term: str
    severity: Severity
    category: str
    rule: str
    language: str
    note: str = ""
    source: str = ""


def shipped_wordlists_dir() -> Path:
    """The word lists that come with the tool: inside the package once installed, at the top of a checkout."""
    package_dir = Path(__file__).resolve().parent
    installed = package_dir / "wordlists"
    return installed if installed.is_dir() else package_dir.parent / "wordlists"


@lru_cache(maxsize=1)
def shipped_wordlist_files() -> tuple[Path, ...]:
    return tuple(sorted(shipped_wordlists_dir().glob("*/*.yaml")))


@lru_cache(maxsize=256)
def load_wordlist(path: Path) -> tuple[Term, ...]:
    import yaml

    from clusius_check.rules import RULE_IDS, rule_info

    shown = str(path)
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8-sig"))
    except OSError as exc:
        raise ConfigError(shown, f"cannot read word list ({exc.strerror})") from None
    except UnicodeDecodeError:
        raise ConfigError(shown, "word list is not UTF-8 text") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        raise ConfigError(shown, f"word list is not valid YAML{where}") from None
    if not isinstance(raw, dict):
        raise ConfigError(shown, "a word list needs the keys 'rule', 'language' and 'entries'")
    rule = raw.get("rule")
    if rule not in RULE_IDS:
        raise ConfigError(shown, f"key 'rule': {rule!r} is not a rule id (see `clusius-check rules`)")
    language = raw.get("language")
    if language not in LANGUAGES:
        raise ConfigError(shown, f"key 'language': must be one of {', '.join(LANGUAGES)}, not {language!r}")
    entries = raw.get("entries")
    if not isinstance(entries, list) or not entries:
        raise ConfigError(shown, "key 'entries': must be a non-empty list of terms")
    categories = rule_info(rule).categories
    terms = []
    for number, entry in enumerate(entries, start=1):
        where = f"entry {number}"
        if not isinstance(entry, dict):
            raise ConfigError(shown, f"{where}: must be a mapping with 'term', 'severity' and 'category'")
        term = entry.get("term")
        if not isinstance(term, str) or not term.strip():
            raise ConfigError(shown, f"{where}: 'term' must be a word or phrase")
        where = f"{where} ({term!r})"
        for key in entry:
            if key not in ENTRY_KEYS:
                raise ConfigError(shown, f"{where}: unknown key '{key}' (known: {', '.join(ENTRY_KEYS)})")
        try:
            severity = Severity(str(entry.get("severity", "")).lower())
        except ValueError:
            raise ConfigError(shown, f"{where}: 'severity' must be one of red, amber, info") from None
        category = entry.get("category")
        if categories and category not in categories:
            raise ConfigError(
                shown, f"{where}: 'category' must be one of {', '.join(categories)}, not {category!r}"
            )
        note = entry.get("note") or ""
        if not isinstance(note, str):
            raise ConfigError(shown, f"{where}: 'note' must be text")
        terms.append(Term(term.strip(), severity, str(category), rule, language, note, shown))
    return tuple(terms)


@lru_cache(maxsize=256)
def terms_for(rule_id: str, language: str, extra_files: tuple[Path, ...] = ()) -> tuple[Term, ...]:
    """All terms for one rule and language: the shipped lists first, then the school's extra lists."""
    found: list[Term] = []
    for path in (*shipped_wordlist_files(), *extra_files):
        found.extend(
            term for term in load_wordlist(path) if term.rule == rule_id and term.language == language
        )
    return tuple(found)
