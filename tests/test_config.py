"""clusius-check.yaml: found by walking up, validated key by key, errors that name the key."""

from __future__ import annotations

import pytest
import yaml

from clusius_check.config import (
    DEFAULT_CONFIG_TEXT,
    Config,
    ConfigError,
    config_from_mapping,
    find_config,
    load_config,
)
from clusius_check.findings import Severity


def from_yaml(text: str, tmp_path) -> Config:
    return config_from_mapping(yaml.safe_load(text) or {}, "clusius-check.yaml", tmp_path)


def test_defaults_know_the_school_and_its_locations():
    config = Config()
    assert "Clusius College" in config.school_aliases
    assert "Clusius College Hoorn" in config.school_aliases
    assert "Clusius Alkmaar" in config.school_aliases
    assert config.language == "nl"


def test_the_init_template_loads_and_means_the_defaults(tmp_path):
    config = from_yaml(DEFAULT_CONFIG_TEXT, tmp_path)
    assert config.school_names == Config().school_names
    assert config.locations == Config().locations
    assert config.settings_for("confidential").enabled


def test_nearest_config_is_found_walking_up(tmp_path):
    (tmp_path / "clusius-check.yaml").write_text("language: en\n")
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    assert find_config(deep) == (tmp_path / "clusius-check.yaml").resolve()
    (tmp_path / "a" / "clusius-check.yaml").write_text("language: nl\n")
    # Discovery is cached for the length of a run; a new file mid-run is only seen after clearing.
    from clusius_check.config import _find_config_cached

    find_config.cache_clear()
    _find_config_cached.cache_clear()
    assert find_config(deep) == (tmp_path / "a" / "clusius-check.yaml").resolve()


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("scool:\n  names: [X]\n", "'scool'"),
        ("school:\n  nmes: [X]\n", "'school.nmes'"),
        ("school:\n  names: []\n", "'school.names'"),
        ("school:\n  names: 12\n", "'school.names'"),
        ("language: fr\n", "'language'"),
        ("logos: /bestaat/niet\n", "'logos'"),
        ("wordlists: [geen.yaml]\n", "'wordlists'"),
        ("rules:\n  vulgair: off\n", "'rules.vulgair'"),
        ("rules:\n  confidential:\n    severty: red\n", "'rules.confidential.severty'"),
        ("rules:\n  confidential:\n    severity: paars\n", "'rules.confidential.severity'"),
        ("rules:\n  confidential:\n    enabled: ja\n", "'rules.confidential.enabled'"),
        ("rules:\n  confidential:\n    terms: geheim\n", "'rules.confidential.terms'"),
        ("rules:\n  confidential: 3\n", "'rules.confidential'"),
        ("rules: [confidential]\n", "'rules'"),
    ],
    ids=[
        "misspelt top-level key",
        "misspelt school key",
        "no school names",
        "school names not a list",
        "unsupported ui language",
        "logos folder missing",
        "extra word list missing",
        "unknown rule id",
        "misspelt rule setting",
        "unknown severity",
        "enabled not a boolean",
        "option of the wrong type",
        "rule setting of the wrong type",
        "rules not a mapping",
    ],
)
def test_a_broken_config_names_the_key(tmp_path, text, key):
    with pytest.raises(ConfigError) as caught:
        from_yaml(text, tmp_path)
    assert key in str(caught.value)
    assert str(caught.value).startswith("clusius-check.yaml: ")


def test_invalid_yaml_names_the_file_and_line(tmp_path):
    path = tmp_path / "clusius-check.yaml"
    path.write_text("school:\n  names: [Clusius\nlanguage: nl\n")
    with pytest.raises(ConfigError, match=r"clusius-check\.yaml: invalid YAML at line \d"):
        load_config(path)


def test_rules_can_be_switched_off_and_relevelled(tmp_path):
    config = from_yaml(
        "rules:\n  confidential:\n    severity: info\n    terms: [fusie]\n  bullying: off\n  missing-source: false\n",
        tmp_path,
    )
    assert config.settings_for("confidential").severity is Severity.INFO
    assert config.settings_for("confidential").options == {"terms": ["fusie"]}
    assert not config.settings_for("bullying").enabled
    assert not config.settings_for("missing-source").enabled
    assert config.settings_for("personal-data").enabled


def test_relative_paths_are_relative_to_the_config_file(tmp_path):
    (tmp_path / "eigen-logos").mkdir()
    (tmp_path / "lijsten").mkdir()
    (tmp_path / "lijsten" / "extra.yaml").write_text(
        "rule: confidential\nlanguage: nl\nentries: [{term: fusie, severity: amber, category: marker}]\n"
    )
    config = from_yaml("logos: eigen-logos\nwordlists: [lijsten/extra.yaml]\n", tmp_path)
    assert config.logos_dir == (tmp_path / "eigen-logos").resolve()
    assert config.extra_wordlists == ((tmp_path / "lijsten" / "extra.yaml").resolve(),)


def test_an_empty_rule_section_keeps_the_rule_on(tmp_path):
    config = from_yaml("rules:\n  confidential:\n    # severity: amber\n", tmp_path)
    assert config.settings_for("confidential").enabled
