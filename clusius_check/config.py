"""clusius-check.yaml: finding it, validating it, and the defaults when there is none.

Validation is against each rule's declared options (the yamllint model), so a typo names the key
it is in: `rules.confidential.severty: unknown setting`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from clusius_check.catalogue import NoticeError, message
from clusius_check.findings import Severity
from clusius_check.safe_yaml import short_repr

CONFIG_NAME = "clusius-check.yaml"
MAX_CONFIG_BYTES = 256_000
UI_LANGUAGES = ("nl", "en")

DEFAULT_SCHOOL_NAMES = ("Clusius College", "Clusius")
# Towns where the Clusius College has a location; "Clusius College Hoorn" and "Clusius Hoorn" count as
# the school too. A school edits this list in its config.
DEFAULT_LOCATIONS = (
    "Alkmaar",
    "Amsterdam",
    "Castricum",
    "Heerhugowaard",
    "Hoorn",
    "Purmerend",
    "Schagen",
    "Wognum",
    "Zaandam",
)

TOP_LEVEL_KEYS = ("school", "account", "language", "logos", "wordlists", "rules")
ACCOUNTS = ("personal", "school")
SCHOOL_KEYS = ("names", "locations")


class ConfigError(NoticeError):
    """A config file or word list a person must fix: `ConfigError(path, catalogue_key, **params)`."""


@dataclass(frozen=True)
class RuleSettings:
    enabled: bool = True
    severity: Severity | None = None
    options: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Config:
    school_names: tuple[str, ...] = DEFAULT_SCHOOL_NAMES
    locations: tuple[str, ...] = DEFAULT_LOCATIONS
    # The account drafts are posted from when neither the draft nor the command line says.
    account: str = "personal"
    language: str = "nl"
    logos_dir: Path | None = None
    extra_wordlists: tuple[Path, ...] = ()
    rules: dict[str, RuleSettings] = field(default_factory=dict)
    source: Path | None = None

    @property
    def school_aliases(self) -> tuple[str, ...]:
        """Every way of naming the school: its names, and each name followed by a location."""
        aliases = list(self.school_names)
        for name in self.school_names:
            aliases.extend(f"{name} {location}" for location in self.locations)
        return tuple(aliases)

    def settings_for(self, rule_id: str) -> RuleSettings:
        return self.rules.get(rule_id, RuleSettings())

    def with_overrides(self, *, language: str | None = None, logos_dir: Path | None = None) -> Config:
        from dataclasses import replace

        return replace(
            self,
            language=language or self.language,
            logos_dir=logos_dir if logos_dir is not None else self.logos_dir,
        )


@lru_cache(maxsize=1024)
def find_config(start: Path) -> Path | None:
    """The nearest clusius-check.yaml in `start` or any folder above it (cached: once per folder a run).

    A folder we may not look into is treated as having no config; the draft's own read error says more.
    """
    try:
        return _find_config_cached(start.resolve())
    except OSError:
        return None


@lru_cache(maxsize=1024)
def _find_config_cached(folder: Path) -> Path | None:
    candidate = folder / CONFIG_NAME
    if candidate.is_file():
        return candidate
    if folder.parent == folder:
        return None
    return _find_config_cached(folder.parent)


@lru_cache(maxsize=64)
def load_config(path: Path) -> Config:
    import yaml

    from clusius_check.safe_yaml import load_yaml

    shown = str(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ConfigError(shown, "config.not_found") from None
    except OSError as exc:
        raise ConfigError(shown, "config.unreadable", reason=exc.strerror) from None
    if len(data) > MAX_CONFIG_BYTES:
        raise ConfigError(shown, "config.too_large", limit=MAX_CONFIG_BYTES // 1000)
    try:
        raw = load_yaml(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise ConfigError(shown, "config.not_utf8") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc)
        if mark is None:
            raise ConfigError(shown, "config.invalid_yaml", problem=problem) from None
        raise ConfigError(shown, "config.invalid_yaml_at", line=mark.line + 1, problem=problem) from None
    return config_from_mapping(raw or {}, shown, path.parent)


def config_from_mapping(raw: object, shown: str, base_dir: Path, source: Path | None = None) -> Config:
    from clusius_check.rules import RULE_IDS, rule_info

    def fail(key: str, problem: str, **params: object) -> ConfigError:
        return ConfigError(shown, "config.key", key=key, problem=message(problem, **params))

    if not isinstance(raw, dict):
        raise ConfigError(shown, "config.not_mapping")
    for key in raw:
        if key not in TOP_LEVEL_KEYS:
            raise fail(str(key), "config.unknown_setting", known=", ".join(TOP_LEVEL_KEYS))

    school = raw.get("school") or {}
    if not isinstance(school, dict):
        raise fail("school", "config.school_shape")
    for key in school:
        if key not in SCHOOL_KEYS:
            raise fail(f"school.{key}", "config.unknown_setting", known=", ".join(SCHOOL_KEYS))
    names = _string_list(school.get("names", list(DEFAULT_SCHOOL_NAMES)), lambda p: fail("school.names", p))
    if not names:
        raise fail("school.names", "config.no_names")
    locations = _string_list(
        school.get("locations", list(DEFAULT_LOCATIONS)), lambda p: fail("school.locations", p)
    )

    account = raw.get("account", "personal")
    if account not in ACCOUNTS:
        raise fail("account", "config.one_of", allowed=", ".join(ACCOUNTS), value=short_repr(account))

    language = raw.get("language", "nl")
    if language not in UI_LANGUAGES:
        raise fail("language", "config.one_of", allowed=", ".join(UI_LANGUAGES), value=short_repr(language))

    logos_dir = None
    if raw.get("logos") is not None:
        if not isinstance(raw["logos"], str):
            raise fail("logos", "config.logos_not_path")
        logos_dir = (base_dir / raw["logos"]).resolve()
        if not logos_dir.is_dir():
            raise fail("logos", "config.logos_missing", path=short_repr(raw["logos"]))

    wordlists = []
    for item in _string_list(raw.get("wordlists", []), lambda p: fail("wordlists", p)):
        wordlist_path = (base_dir / item).resolve()
        if not wordlist_path.is_file():
            raise fail("wordlists", "config.wordlist_missing", path=short_repr(item))
        wordlists.append(wordlist_path)

    rules_raw = raw.get("rules") or {}
    if not isinstance(rules_raw, dict):
        raise fail("rules", "config.rules_shape")
    rules: dict[str, RuleSettings] = {}
    for rule_id, value in rules_raw.items():
        key = f"rules.{rule_id}"
        if rule_id not in RULE_IDS:
            raise fail(key, "config.unknown_rule", known=", ".join(RULE_IDS))
        info = rule_info(rule_id)
        if value is None:
            # An empty section (every line under it commented out) means the defaults, not "off".
            rules[rule_id] = RuleSettings()
            continue
        if isinstance(value, bool):
            rules[rule_id] = RuleSettings(enabled=value)
            continue
        if value in ("off", "on"):
            rules[rule_id] = RuleSettings(enabled=value == "on")
            continue
        if not isinstance(value, dict):
            raise fail(key, "config.rule_shape")
        option_names = {option.name: option for option in info.options}
        known = ("enabled", "severity", *option_names)
        enabled = value.get("enabled", True)
        if not isinstance(enabled, bool):
            raise fail(f"{key}.enabled", "config.boolean")
        severity = None
        if value.get("severity") is not None:
            try:
                severity = Severity(str(value["severity"]).lower())
            except ValueError:
                raise fail(f"{key}.severity", "config.severity") from None
        options = {}
        for option_key, option_value in value.items():
            if option_key in ("enabled", "severity"):
                continue
            if option_key not in option_names:
                raise fail(f"{key}.{option_key}", "config.unknown_setting", known=", ".join(known))
            problem = option_names[option_key].validate(option_value)
            if problem:
                raise fail(f"{key}.{option_key}", problem)
            options[option_key] = option_value
        rules[rule_id] = RuleSettings(enabled=enabled, severity=severity, options=options)

    return Config(
        school_names=tuple(names),
        locations=tuple(locations),
        account=account,
        language=language,
        logos_dir=logos_dir,
        extra_wordlists=tuple(wordlists),
        rules=rules,
        source=source or Path(shown),
    )


def _string_list(value: object, fail) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(item, str) and item.strip() for item in value):
        raise fail("config.text_list")
    return [item.strip() for item in value]


DEFAULT_CONFIG_TEXT = """\
# clusius-check.yaml — settings for clusius-check.
# The tool uses the nearest clusius-check.yaml in the draft's folder or any folder above it,
# or the file given with --config. Every key is optional; delete what you do not need.

# How the school is named. A post that speaks *as* the school is recognised by these names, and by
# each name followed by a location ("Clusius College Hoorn").
school:
  names:
    - Clusius College
    - Clusius
  locations: [Alkmaar, Amsterdam, Castricum, Heerhugowaard, Hoorn, Purmerend, Schagen, Wognum, Zaandam]

# The account the drafts here are posted from: personal (default) or school. On the school's own account
# speaking for the school is the point, so speaking-for-school does not check. A draft's front matter
# (account: school) and --account on the command line come first.
account: personal

# Language of the tool's messages: nl or en (the language of a post is detected separately).
language: nl

# Folder with the school's own logo files (PNG, or SVG exported to PNG), relative to this file.
# Without it the logos shipped with the tool are used.
# logos: logos/

# Extra word lists in the same YAML format as the ones in the tool's wordlists/ folder.
# wordlists:
#   - extra/vertrouwelijk-eigen.yaml

# Rules: switch one off (confidential: off) or give all its findings another severity
# (red, amber or info). `clusius-check rules` lists every rule id.
rules:
  confidential:
    enabled: true
    # severity: amber
    # The school's own confidential terms, on top of the shipped word list:
    terms: []
  personal-data:
    enabled: true
    # The school's own student-number format (a regular expression): red next to leerlingnummer.
    # student_number: '\\bS\\d{6}\\b'
    # E-mail domains (@...), addresses and phone numbers of the school that may be posted:
    public_contacts: ['@clusius.nl']
    # Extra first names, on top of the shipped list:
    names: []
  image-metadata:
    enabled: true
    # Names that may stay in a photo's metadata, such as the school's own photographer:
    allowed_names: []
"""
