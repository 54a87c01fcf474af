"""`--format jsonl`: one JSON object per draft per line, the JSON report's draft entry, written as it finishes."""

from __future__ import annotations

import json
from importlib import resources

import jsonschema

from clusius_check.reporters import jsonl
from clusius_check.reporters.json_report import draft_to_dict
from tests.conftest import AMBER_NL, CLEAN_NL, RED_NL
from tests.reporters.samples import broken_draft, red_draft

REPORT_SCHEMA = json.loads(
    (resources.files("clusius_check") / "report.schema.json").read_text(encoding="utf-8")
)
# One draft entry of the report, with the report's own definitions in reach: its "$ref"s point from the root.
DRAFT_SCHEMA = {**REPORT_SCHEMA, "$ref": "#/properties/drafts/items"}
DRAFT_SCHEMA.pop("required", None)
DRAFT_SCHEMA.pop("type", None)


def test_a_line_is_the_json_reports_draft_entry():
    for result in (red_draft(), broken_draft()):
        line = jsonl.line(result)
        assert "\n" not in line
        assert json.loads(line) == draft_to_dict(result)
        jsonschema.validate(json.loads(line), DRAFT_SCHEMA)


def test_a_line_keeps_dutch_and_emoji_readable():
    draft = red_draft("concepten/één 🍏.md")
    assert '"path":"concepten/één 🍏.md"' in jsonl.line(draft)


def test_cli_jsonl_is_one_line_per_draft_equal_to_the_json_report(cli, write, tmp_path):
    write("concepten/a-rood.md", RED_NL)
    write("concepten/b-oranje.md", AMBER_NL)
    write("concepten/c-groen.md", CLEAN_NL)
    write("concepten/d-kapot.md", b"\x00\x01\x02binary")
    as_jsonl = cli("check", tmp_path / "concepten", "--format", "jsonl")
    as_json = cli("check", tmp_path / "concepten", "--format", "json")
    assert as_jsonl.exit_code == as_json.exit_code == 2
    lines = as_jsonl.stdout.splitlines()
    assert len(lines) == 4  # no summary line: every line is a draft
    drafts = [json.loads(line) for line in lines]
    for draft in drafts:
        jsonschema.validate(draft, DRAFT_SCHEMA)
    assert drafts == as_json.json()["drafts"]
    assert [draft["verdict"] for draft in drafts] == ["red", "amber", "green", None]


def test_cli_jsonl_writes_each_line_before_the_next_draft_is_checked(cli, write, tmp_path, monkeypatch):
    """Streaming: while the engine works on draft 2, draft 1's line is already in the report file."""
    import clusius_check.engine as engine

    real_check_all = engine.check_all
    report = tmp_path / "report.jsonl"
    seen_before_each: list[list[str]] = []

    def watching_check_all(tasks, options, workers=None):
        for result in real_check_all(tasks, options, workers):
            seen_before_each.append(report.read_text(encoding="utf-8").splitlines())
            yield result

    monkeypatch.setattr(engine, "check_all", watching_check_all)
    for name, text in (("a.md", RED_NL), ("b.md", AMBER_NL), ("c.md", CLEAN_NL)):
        write(f"concepten/{name}", text)
    result = cli("check", tmp_path / "concepten", "--format", "jsonl", "--output", report)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert [len(lines) for lines in seen_before_each] == [0, 1, 2]
    assert [json.loads(line)["path"].rsplit("/", 1)[-1] for line in seen_before_each[-1]] == ["a.md", "b.md"]
    assert len(report.read_text(encoding="utf-8").splitlines()) == 3


def test_cli_jsonl_keeps_draft_order_with_worker_processes(cli, write, tmp_path):
    names = [f"concept-{number:03}.md" for number in range(70)]
    for number, name in enumerate(names):
        write(f"veel/{name}", RED_NL if number % 7 == 0 else CLEAN_NL)
    result = cli("check", tmp_path / "veel", "--format", "jsonl", "--workers", "2")
    paths = [json.loads(line)["path"].rsplit("/", 1)[-1] for line in result.stdout.splitlines()]
    assert paths == names
