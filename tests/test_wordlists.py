"""Every shipped word list is valid data; a school's broken edit fails loudly with file and entry."""

from __future__ import annotations

import pytest
import yaml

from clusius_check.config import ConfigError
from clusius_check.rules import rule_info
from clusius_check.wordlists import load_wordlist, shipped_wordlist_files, terms_for


def test_there_are_shipped_lists_for_both_languages():
    languages = {path.parent.name for path in shipped_wordlist_files()}
    assert {"nl", "en"} <= languages


@pytest.mark.parametrize("path", shipped_wordlist_files(), ids=lambda path: f"{path.parent.name}/{path.name}")
def test_every_shipped_list_is_valid(path):
    terms = load_wordlist(path)
    assert terms, "a shipped list has entries"
    assert all(term.language == path.parent.name for term in terms), (
        "a list lives in the folder of its language"
    )
    categories = rule_info(terms[0].rule).categories
    assert all(term.category in categories for term in terms)
    # A word may play two parts for one rule (`drown` is a threat and a harm wished on someone), but
    # never the same part twice.
    listed = [(term.term.lower(), term.category) for term in terms]
    assert len(listed) == len(set(listed)), "no term is listed twice in the same category"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "rule: confidentail\nlanguage: nl\nentries: [{term: a, severity: red, category: marker}]\n",
            "key 'rule'",
        ),
        (
            "rule: confidential\nlanguage: fr\nentries: [{term: a, severity: red, category: marker}]\n",
            "key 'language'",
        ),
        ("rule: confidential\nlanguage: nl\nentries: []\n", "key 'entries'"),
        (
            "rule: confidential\nlanguage: nl\nentries: [{term: a, severity: rood, category: marker}]\n",
            "entry 1 ('a'): 'severity'",
        ),
        (
            "rule: confidential\nlanguage: nl\nentries: [{term: a, severity: red, category: geheim}]\n",
            "entry 1 ('a'): 'category'",
        ),
        (
            "rule: confidential\nlanguage: nl\nentries: [{term: a, severity: red, category: marker, toelichting: x}]\n",
            "unknown key 'toelichting'",
        ),
        (
            "rule: confidential\nlanguage: nl\nentries: [{severity: red, category: marker}]\n",
            "entry 1: 'term'",
        ),
        (
            "rule: confidential\nlanguage: nl\nentries:\n  - {term: a, severity: red, category: marker\n",
            "not valid YAML",
        ),
    ],
    ids=[
        "misspelt rule",
        "unknown language",
        "no entries",
        "dutch severity",
        "unknown category",
        "unknown entry key",
        "entry without term",
        "broken yaml",
    ],
)
def test_a_broken_list_names_the_file_and_the_entry(tmp_path, text, message):
    path = tmp_path / "eigen.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=message.replace("(", r"\(").replace(")", r"\)")) as caught:
        load_wordlist(path)
    assert str(caught.value).startswith(str(path))


def test_extra_lists_add_to_the_shipped_terms(tmp_path):
    path = tmp_path / "eigen.yaml"
    path.write_text(
        "rule: confidential\nlanguage: nl\nentries: [{term: fusieplannen, severity: red, category: marker}]\n"
    )
    shipped = terms_for("confidential", "nl")
    combined = terms_for("confidential", "nl", (path,))
    assert len(combined) == len(shipped) + 1
    assert combined[-1].term == "fusieplannen"
    assert terms_for("confidential", "en", (path,)) == terms_for("confidential", "en")


def test_a_parsed_list_is_cached_by_its_content_and_an_edit_is_parsed_anew(tmp_path, monkeypatch):
    from clusius_check import wordlists

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    calls = []

    def counting_load(text):
        calls.append(text)
        return yaml.safe_load(text)

    first = b"rule: bullying\nlanguage: nl\nentries:\n  - {term: sukkel, severity: amber, category: insult}\n"
    assert wordlists._parsed(first, counting_load)["entries"][0]["term"] == "sukkel"
    assert wordlists._parsed(first, counting_load)["entries"][0]["term"] == "sukkel"
    assert len(calls) == 1, "the second read comes from the cache"
    edited = first.replace(b"sukkel", b"oen")
    assert wordlists._parsed(edited, counting_load)["entries"][0]["term"] == "oen"
    assert len(calls) == 2


def test_an_unwritable_cache_is_not_used(tmp_path, monkeypatch):
    from clusius_check import wordlists

    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    text = b"rule: bullying\nlanguage: nl\nentries:\n  - {term: oen, severity: amber, category: insult}\n"
    assert wordlists._parsed(text, yaml.safe_load)["entries"][0]["term"] == "oen"
