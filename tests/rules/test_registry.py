"""The registry: every rule id is either implemented or planned, once, and the JSON schema agrees."""

import json
from importlib import resources

from clusius_check import suppressions
from clusius_check.rules import IMPLEMENTED, PLANNED, RULE_IDS, all_rules


def test_every_rule_id_is_implemented_or_planned_exactly_once():
    assert set(IMPLEMENTED).isdisjoint(PLANNED)
    assert sorted([*IMPLEMENTED, *PLANNED]) == sorted(RULE_IDS)
    assert len(set(RULE_IDS)) == len(RULE_IDS) == 10


def test_the_json_schema_lists_the_same_rule_ids():
    """Plus `suppression`, the findings about suppression markers: not a protocol rule, so not in the registry
    (a config cannot switch it off), but it is reported like one."""
    schema = json.loads((resources.files("clusius_check") / "report.schema.json").read_text(encoding="utf-8"))
    finding = schema["properties"]["drafts"]["items"]["properties"]["findings"]["items"]
    assert finding["properties"]["rule"]["enum"] == [*RULE_IDS, suppressions.INFO.id]


def test_every_rule_cites_an_article_and_says_what_it_checks_in_both_languages():
    for info in all_rules():
        assert info.article.isdigit() and 1 <= int(info.article) <= 10
        assert info.summary["nl"] and info.summary["en"]


def test_implemented_rules_have_a_check_and_a_docstring_in_the_ruff_shape():
    for module in IMPLEMENTED.values():
        assert callable(module.check)
        for heading in ("What it does", "Why is this bad?", "Example", "Use instead"):
            assert heading in module.__doc__
