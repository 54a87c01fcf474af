"""The message catalogue: both languages say everything, and every key the code names exists."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from clusius_check.catalogue import MESSAGES, NoticeError, message, say

PACKAGE = Path(__file__).resolve().parent.parent / "clusius_check"
# A literal catalogue key in the code: "error.file_not_found", "config.key", ...
# A message key in the code: "error.x", "config.y"; not spaCy's "config.cfg" file name.
KEY_IN_CODE = re.compile(
    r"""["'](?!config\.cfg)((?:error|warning|usage|init|config|wordlist|report|verdict|rules)\.[a-z_.]+)["']"""
)


def keys_named_in_code() -> set[str]:
    found = set()
    for path in PACKAGE.rglob("*.py"):
        if path.name != "catalogue.py":
            found.update(KEY_IN_CODE.findall(path.read_text(encoding="utf-8")))
    return found


def test_both_languages_have_the_same_keys():
    assert set(MESSAGES["nl"]) == set(MESSAGES["en"])


def test_the_code_names_keys_and_every_one_exists():
    named = keys_named_in_code()
    assert len(named) > 50, "the scan finds the keys the code uses"
    assert sorted(named - set(MESSAGES["nl"])) == []


@pytest.mark.parametrize("language", ["nl", "en"])
def test_translations_use_the_same_placeholders(language):
    def fields(template: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(template) if name}

    for key, template in MESSAGES["nl"].items():
        assert fields(MESSAGES[language][key]) == fields(template), key


def test_nested_messages_are_said_in_the_same_language():
    error = NoticeError(
        "c.yaml",
        "config.key",
        key="language",
        problem=message("config.one_of", allowed="nl, en", value="'fr'"),
    )
    assert error.render("nl") == "c.yaml: sleutel 'language': moet een van nl, en zijn, niet 'fr'"
    assert error.render("en") == "c.yaml: key 'language': must be one of nl, en, not 'fr'"
    assert str(error) == error.render("en")


def test_unknown_language_falls_back_to_dutch():
    assert say("fr", "error.file_not_found") == "bestand niet gevonden"
