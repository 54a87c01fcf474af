"""The logo rules through the real CLI: a school's own --logos folder, folders that cannot be used, JSON output."""

from __future__ import annotations

import json
import shutil
from importlib import resources

import jsonschema

from tests.images import generate

SCHEMA = json.loads((resources.files("clusius_check") / "report.schema.json").read_text(encoding="utf-8"))
SECOND = generate.SECOND_SCHOOL / "heideveld-lyceum.png"


def draft_with_profile_picture(write, tmp_path, logo=SECOND):
    shutil.copy(logo, tmp_path / "avatar.png")
    return write("post.md", "---\nprofile_picture: avatar.png\n---\nOpen dag op zaterdag, kom langs!\n")


def logo_findings(result) -> list[tuple[str, str, str]]:
    document = json.loads(result.stdout)
    jsonschema.validate(document, SCHEMA)
    return [
        (finding["rule"], finding["severity"], finding["file"])
        for draft in document["drafts"]
        for finding in draft["findings"]
        if finding["rule"].startswith("logo-")
    ]


def test_another_schools_logo_is_not_ours(cli, write, tmp_path):
    result = cli("check", "--format", "json", draft_with_profile_picture(write, tmp_path))
    assert logo_findings(result) == []


def test_a_custom_logos_folder_is_used(cli, write, tmp_path):
    post = draft_with_profile_picture(write, tmp_path)
    result = cli("check", "--format", "json", "--logos", generate.SECOND_SCHOOL, post)
    assert result.exit_code == 1
    assert logo_findings(result) == [("logo-profile-picture", "red", str(tmp_path / "avatar.png"))]


def test_an_image_finding_in_json_names_the_image_and_no_line(cli, write, tmp_path):
    post = draft_with_profile_picture(write, tmp_path, generate.SHIPPED / "standin-emblem.png")
    document = json.loads(cli("check", "--format", "json", post).stdout)
    (finding,) = [f for f in document["drafts"][0]["findings"] if f["rule"] == "logo-profile-picture"]
    assert finding["file"].endswith("avatar.png") and finding["line"] is None and finding["article"] == "8"
    assert finding["match"] == "standin-emblem.png" and finding["suggestion"]


def test_an_empty_logos_folder_is_one_clear_error(cli, write, tmp_path):
    empty = tmp_path / "leeg"
    empty.mkdir()
    result = cli("check", "--logos", empty, "--lang", "en", draft_with_profile_picture(write, tmp_path))
    lines = [line for line in result.stderr.splitlines() if str(empty) in line]
    assert len(lines) == 1 and "no logos in this folder" in lines[0]
    assert result.exit_code != 0


def test_an_unreadable_logo_is_one_clear_error_naming_it(cli, write, tmp_path):
    folder = tmp_path / "logos"
    folder.mkdir()
    (folder / "kapot.png").write_bytes(b"\x89PNG\r\n\x1a\ntruncated")
    result = cli("check", "--logos", folder, "--lang", "en", draft_with_profile_picture(write, tmp_path))
    lines = [line for line in result.stderr.splitlines() if "kapot.png" in line]
    assert len(lines) == 1 and "cannot read this logo" in lines[0]


def test_a_draft_without_images_never_reads_the_logos(cli, write, tmp_path):
    empty = tmp_path / "leeg"
    empty.mkdir()
    result = cli("check", "--logos", empty, write("post.md"))
    assert result.exit_code == 0 and result.stderr.strip() == ""
