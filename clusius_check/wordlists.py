"""Word lists: YAML data a school can edit without touching Python.

Each file names the rule it feeds and the language of its terms, then lists entries:

    rule: confidential
    language: nl
    entries:
      - term: niet doorsturen
        severity: red
        category: marker
        note: why this term is here (optional)

A rule may declare extra entry keys with the values they allow (`compound: modifier`) and extra
top-level lists of words (`harmless_heads:`); see the rule's `INFO.entry_fields` and `INFO.sections`.

A list that breaks this shape fails loudly with the file and the entry, never silently.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from clusius_check.catalogue import message
from clusius_check.config import ConfigError
from clusius_check.findings import Severity
from clusius_check.safe_yaml import short_repr

LANGUAGES = ("nl", "en")
ENTRY_KEYS = ("term", "severity", "category", "note")
FILE_KEYS = ("rule", "language", "entries")


@dataclass(frozen=True)
class Term:
    term: str
    severity: Severity
    category: str
    rule: str
    language: str
    note: str = ""
    source: str = ""
    # The rule's extra entry keys (see RuleInfo.entry_fields), as (key, value) pairs.
    fields: tuple[tuple[str, str], ...] = ()

    def field(self, name: str, default: str = "") -> str:
        return next((value for key, value in self.fields if key == name), default)


@dataclass(frozen=True)
class WordList:
    rule: str
    language: str
    terms: tuple[Term, ...]
    sections: tuple[tuple[str, tuple[str, ...]], ...] = ()


def shipped_wordlists_dir() -> Path:
    """The word lists that come with the tool: inside the package once installed, at the top of a checkout."""
    package_dir = Path(__file__).resolve().parent
    installed = package_dir / "wordlists"
    return installed if installed.is_dir() else package_dir.parent / "wordlists"


@lru_cache(maxsize=1)
def shipped_wordlist_files() -> tuple[Path, ...]:
    return tuple(sorted(shipped_wordlists_dir().glob("*/*.yaml")))


def load_wordlist(path: Path) -> tuple[Term, ...]:
    return read_wordlist(path).terms


def _parsed(data: bytes, load_yaml) -> object:
    """The YAML in `data`, parsed once per content: parsing the shipped lists costs a quarter second at
    every start, reading the same data back as JSON a hundredth. The cache is keyed by the file's hash,
    so an edited list is parsed anew; a cache that cannot be read or written is simply not used."""
    key = hashlib.sha256(data).hexdigest()
    cached = _cache_dir() / f"{key}.json"
    try:
        return json.loads(cached.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        pass
    raw = load_yaml(data.decode("utf-8-sig"))
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        partial = cached.with_suffix(f".{os.getpid()}.tmp")
        partial.write_text(json.dumps(raw), encoding="utf-8")
        partial.replace(cached)
    except (OSError, TypeError, ValueError):
        pass  # a read-only home, or a value JSON cannot hold: parse every time
    return raw


def _cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "clusius-check" / "wordlists"


@lru_cache(maxsize=256)
def read_wordlist(path: Path) -> WordList:
    import yaml

    from clusius_check.rules import RULE_IDS, rule_info
    from clusius_check.safe_yaml import load_yaml

    shown = str(path)
    try:
        raw = _parsed(path.read_bytes(), load_yaml)
    except OSError as exc:
        raise ConfigError(shown, "wordlist.unreadable", reason=exc.strerror) from None
    except UnicodeDecodeError:
        raise ConfigError(shown, "wordlist.not_utf8") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        if mark is None:
            raise ConfigError(shown, "wordlist.invalid_yaml") from None
        raise ConfigError(shown, "wordlist.invalid_yaml_at", line=mark.line + 1) from None
    if not isinstance(raw, dict):
        raise ConfigError(shown, "wordlist.shape")
    rule = raw.get("rule")
    if rule not in RULE_IDS:
        raise ConfigError(shown, "wordlist.rule", value=short_repr(rule))
    language = raw.get("language")
    if language not in LANGUAGES:
        raise ConfigError(
            shown, "wordlist.language", allowed=", ".join(LANGUAGES), value=short_repr(language)
        )
    entries = raw.get("entries")
    if not isinstance(entries, list) or not entries:
        raise ConfigError(shown, "wordlist.entries")
    info = rule_info(rule)
    categories = info.categories
    entry_fields = dict(info.entry_fields)
    known_keys = (*ENTRY_KEYS, *entry_fields)
    sections = []
    for key, value in raw.items():
        if key in FILE_KEYS:
            continue
        if key not in info.sections:
            raise ConfigError(
                shown, "wordlist.unknown_section", key=key, known=", ".join((*FILE_KEYS, *info.sections))
            )
        if not isinstance(value, list) or not all(isinstance(item, str) and item.strip() for item in value):
            raise ConfigError(shown, "wordlist.section", key=key)
        sections.append((key, tuple(item.strip() for item in value)))
    terms = []
    for number, entry in enumerate(entries, start=1):
        where = message("wordlist.entry", number=number)
        if not isinstance(entry, dict):
            raise ConfigError(shown, "wordlist.entry_shape", entry=where)
        term = entry.get("term")
        if not isinstance(term, str) or not term.strip():
            raise ConfigError(shown, "wordlist.term", entry=where)
        where = message("wordlist.entry_term", number=number, term=term)
        for key in entry:
            if key not in known_keys:
                raise ConfigError(
                    shown, "wordlist.unknown_key", entry=where, key=key, known=", ".join(known_keys)
                )
        try:
            severity = Severity(str(entry.get("severity", "")).lower())
        except ValueError:
            raise ConfigError(shown, "wordlist.severity", entry=where) from None
        category = entry.get("category")
        if categories and category not in categories:
            raise ConfigError(
                shown,
                "wordlist.category",
                entry=where,
                allowed=", ".join(categories),
                value=short_repr(category),
            )
        note = entry.get("note") or ""
        if not isinstance(note, str):
            raise ConfigError(shown, "wordlist.note", entry=where)
        fields = []
        for key, allowed in entry_fields.items():
            if key not in entry:
                continue
            value = entry[key]
            if not isinstance(value, str) or not value.strip():
                raise ConfigError(shown, "wordlist.field_text", entry=where, key=key)
            if allowed and value not in allowed:
                raise ConfigError(shown, "wordlist.field", entry=where, key=key, allowed=", ".join(allowed))
            fields.append((key, value.strip()))
        terms.append(Term(term.strip(), severity, str(category), rule, language, note, shown, tuple(fields)))
    return WordList(rule, language, tuple(terms), tuple(sections))


@lru_cache(maxsize=256)
def terms_for(rule_id: str, language: str, extra_files: tuple[Path, ...] = ()) -> tuple[Term, ...]:
    """All terms for one rule and language: the shipped lists first, then the school's extra lists."""
    found: list[Term] = []
    for path in (*shipped_wordlist_files(), *extra_files):
        found.extend(
            term for term in load_wordlist(path) if term.rule == rule_id and term.language == language
        )
    return tuple(found)


@lru_cache(maxsize=256)
def section_for_post(rule_id: str, section: str, extra_files: tuple[Path, ...] = ()) -> tuple[str, ...]:
    """One extra list in every language: a post may mix them, so the rules read both."""
    return tuple(
        item for language in LANGUAGES for item in section_for(rule_id, language, section, extra_files)
    )


def section_for(
    rule_id: str, language: str, section: str, extra_files: tuple[Path, ...] = ()
) -> tuple[str, ...]:
    """One extra list (e.g. `harmless_heads`) for a rule and language, from every word-list file."""
    found: list[str] = []
    for path in (*shipped_wordlist_files(), *extra_files):
        wordlist = read_wordlist(path)
        if wordlist.rule == rule_id and wordlist.language == language:
            found.extend(dict(wordlist.sections).get(section, ()))
    return tuple(found)
