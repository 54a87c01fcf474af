"""Images through the real CLI: image findings in every output, bad images as one line, files untouched."""

from __future__ import annotations

import json

import pytest

from clusius_check.cli import OutputFormat
from clusius_check.rules import IMAGE_RULE_IDS
from tests.conftest import CLEAN_NL, RED_NL
from tests.images.image_files import exif_with, gps_ifd, jpeg_bytes, photo, save
from tests.test_cli import tree_fingerprint, valid_report

HOME = (52.632345, 4.753412)


def gps_photo(tmp_path, name: str = "klas.jpg"):
    return save(
        tmp_path / name, photo(), "JPEG", exif=exif_with(base={0x013B: "Jan de Vries"}, gps=gps_ifd(*HOME))
    )


def test_a_photo_with_gps_makes_a_clean_draft_red_and_json_names_the_file(cli, write, tmp_path):
    post = write("post.md", CLEAN_NL)
    image = gps_photo(tmp_path)
    result = cli("check", post, "--image", image, "--format", "json", "--lang", "en")
    assert result.exit_code == 1
    document = valid_report(result.stdout)
    [draft] = document["drafts"]
    assert draft["verdict"] == "red"
    assert "image-metadata" in draft["rules_checked"]
    assert "image-metadata" not in document["rules_not_available"]
    found = [(f["rule"], f["severity"], f["file"], f["line"]) for f in draft["findings"]]
    assert found == [
        ("image-metadata", "red", str(image), None),
        ("image-metadata", "amber", str(image), None),
    ]
    assert draft["findings"][0]["message"].startswith("klas.jpg contains the GPS location")
    assert "52.63, 4.75" in draft["findings"][0]["message"]
    assert "52.632" not in result.stdout and "Jan de Vries" not in result.stdout


def test_a_long_image_path_does_not_squeeze_the_message_in_the_terminal(cli, write, tmp_path):
    image = gps_photo(tmp_path / "fotos" / "schoolreis-texel-2026" / "dag-3", "klas-op-het-strand.jpg")
    result = cli("check", write("post.md", CLEAN_NL), "-i", image, env={"COLUMNS": "80"})
    assert "klas-op-het-strand.jpg bevat" in result.stdout  # the name whole, not cut to "klas-op…"


def test_terminal_report_shows_the_image_finding_with_its_file(cli, write, tmp_path):
    post = write("post.md", CLEAN_NL)
    image = gps_photo(tmp_path)
    result = cli("check", post, "-i", image, "--lang", "en", env={"COLUMNS": "400"})
    assert result.exit_code == 1
    flat = " ".join(result.stdout.split())
    assert "RED — Do not post" in flat
    assert "image-metadata" in flat and "klas.jpg contains the GPS location" in flat
    assert str(image) in flat  # where: the whole path, beside the rule
    assert "exiftool" in flat


def test_fail_on_red_still_fails_on_gps(cli, write, tmp_path):
    assert (
        cli("check", write("post.md", CLEAN_NL), "-i", gps_photo(tmp_path), "--fail-on", "red").exit_code == 1
    )


def test_profile_picture_and_folder_siblings_are_checked(cli, write, tmp_path):
    write("kalf.md", CLEAN_NL)
    gps_photo(tmp_path, "kalf-1.jpg")
    result = cli("check", tmp_path, "--format", "json")
    assert result.exit_code == 1
    [draft] = result.json()["drafts"]
    assert {f["file"] for f in draft["findings"]} == {str(tmp_path / "kalf-1.jpg")}

    avatar = gps_photo(tmp_path / "elders", "avatar.jpg")
    result = cli("check", write("los.md", CLEAN_NL), "--profile-picture", avatar, "--format", "json")
    assert {f["file"] for f in result.json()["drafts"][0]["findings"]} == {str(avatar)}


def test_a_broken_image_is_one_error_line_and_the_text_is_still_checked(cli, write, tmp_path):
    data = jpeg_bytes(photo((200, 150)))
    broken = tmp_path / "kapot.jpg"
    broken.write_bytes(data[: len(data) // 2])
    post = write("post.md", RED_NL)
    result = cli("check", post, "-i", broken, "--format", "json", "--lang", "en")
    assert result.exit_code == 2
    assert "Traceback" not in result.stderr
    error_lines = [line for line in result.stderr.splitlines() if "kapot.jpg" in line]
    assert error_lines == [
        f"clusius-check: error: {post}: {broken}: image is cut off (incomplete file); copy or download it again"
    ]
    [draft] = valid_report(result.stdout)["drafts"]
    assert draft["verdict"] == "red"  # the text's own findings are there
    assert {f["rule"] for f in draft["findings"]} >= {"confidential"}


def test_a_clean_draft_with_a_broken_image_is_not_called_green(cli, write, tmp_path):
    (tmp_path / "kapot.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(300))
    result = cli("check", write("post.md", CLEAN_NL), "-i", tmp_path / "kapot.png", "--format", "json")
    assert result.exit_code == 2
    assert result.json()["drafts"][0]["verdict"] is None


def test_heic_is_named_as_not_supported(cli, write, tmp_path):
    heic = tmp_path / "foto.heic"
    heic.write_bytes(b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + bytes(40))
    result = cli("check", write("post.md", CLEAN_NL), "-i", heic)
    assert result.exit_code == 2
    assert "foto.heic: HEIC wordt niet ondersteund; exporteer de foto als JPEG of PNG" in result.stderr


def test_an_animation_is_checked_by_its_first_frame_with_a_warning(cli, write, tmp_path):
    frames = [photo((20, 20), seed) for seed in range(3)]
    gif = tmp_path / "dans.gif"
    frames[0].save(gif, save_all=True, append_images=frames[1:], duration=80)
    result = cli("check", write("post.md", CLEAN_NL), "-i", gif, "--lang", "en")
    assert result.exit_code == 0
    assert "dans.gif: animated image; only the first frame was checked" in result.stderr


def test_a_run_never_changes_any_image(cli, write, tmp_path):
    write("post.md", CLEAN_NL)
    gps_photo(tmp_path, "post.jpg")
    save(tmp_path / "post-2.png", photo().convert("RGBA"), "PNG")
    save(tmp_path / "post-3.jpg", photo((600, 400)), "JPEG", exif=exif_with({0x0112: 6}))
    (tmp_path / "post-4.jpg").write_bytes(jpeg_bytes()[:100])
    (tmp_path / "post-5.heic").write_bytes(b"\x00\x00\x00\x18ftypheic" + bytes(20))
    before = tree_fingerprint(tmp_path)
    for output in ("json", "terminal"):
        cli("check", tmp_path, "--format", output)
    assert tree_fingerprint(tmp_path) == before


def test_rules_lists_image_metadata_as_available(cli):
    document = json.loads(cli("rules", "--format", "json", "--lang", "en").stdout)
    [rule] = [rule for rule in document if rule["id"] == "image-metadata"]
    assert rule["available"] is True and rule["severity"] == "amber" and rule["article"] == "1"


def test_images_are_not_decoded_when_every_image_rule_is_off(cli, write, tmp_path):
    rules_off = "".join(f"  {rule_id}: off\n" for rule_id in IMAGE_RULE_IDS)
    (tmp_path / "clusius-check.yaml").write_text("rules:\n" + rules_off, encoding="utf-8")
    (tmp_path / "kapot.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(300))
    gps_photo(tmp_path)
    post = write("post.md", "---\nimages: [kapot.png, klas.jpg]\n---\n" + CLEAN_NL)
    result = cli("check", post, "--format", "json")
    [draft] = result.json()["drafts"]
    assert result.exit_code == 0 and draft["verdict"] == "green"
    assert draft["errors"] == [] and draft["findings"] == []
    assert sorted(draft["rules_disabled"]) == sorted(IMAGE_RULE_IDS)


@pytest.mark.parametrize("output", [output.value for output in OutputFormat])
def test_image_findings_name_the_image_in_every_output_format(cli, write, tmp_path, monkeypatch, output):
    monkeypatch.chdir(tmp_path)  # pipeline formats write paths relative to the current folder
    write("post.md", CLEAN_NL)
    gps_photo(tmp_path)
    result = cli("check", "post.md", "--image", "klas.jpg", "--format", output, "--lang", "en")
    assert result.exit_code == 1
    assert "Traceback" not in result.stderr
    assert "klas.jpg" in result.stdout
    assert "image-metadata" in result.stdout
    assert "52.63, 4.75" in result.stdout and "52.632" not in result.stdout
