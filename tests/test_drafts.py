"""Reading drafts: every bad input is a DraftError naming the file, never a crash, never a change."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from clusius_check.drafts import (
    MAX_DRAFT_BYTES,
    MAX_FRONT_MATTER_BYTES,
    DraftError,
    decode_draft_bytes,
    drafts_with_images,
    find_drafts,
    is_folder,
    load_draft,
    sibling_images,
    split_front_matter,
)
from tests.conftest import CLEAN_NL

DUTCH = "Geweldige excursie naar de kaasboerderij in Wognum, met dank aan meneer Bakker. Één dag vol kaas!\n"


@pytest.mark.parametrize(
    ("data", "encoding", "warns"),
    [
        (DUTCH.encode("utf-8"), "utf-8", False),
        (b"\xef\xbb\xbf" + DUTCH.encode("utf-8"), "utf-8-sig", False),
        (DUTCH.encode("utf-16"), "utf-16", True),
        (DUTCH.encode("cp1252"), "cp1252", True),
    ],
    ids=[
        "plain utf-8",
        "utf-8 with a BOM from Word",
        "utf-16 from Notepad",
        "windows-1252 from old software",
    ],
)
def test_common_encodings_are_read_and_named(data, encoding, warns):
    text, used, warnings = decode_draft_bytes(data, "post.txt")
    assert text.lstrip("\ufeff") == DUTCH
    assert used == encoding
    assert bool(warnings) is warns
    if warns:
        assert warnings[0].render("en").startswith("post.txt: ")
        assert "read as" in warnings[0].render("en")


def test_bytes_that_are_neither_utf8_nor_cp1252_are_an_error_naming_the_file():
    with pytest.raises(DraftError, match=r"post\.txt.*not UTF-8"):
        decode_draft_bytes(b"Hallo \x81\x8d wereld", "post.txt")


def test_binary_file_is_refused(write):
    path = write("foto.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    with pytest.raises(DraftError, match="binary file"):
        load_draft(path)


@pytest.mark.parametrize(
    "content",
    ["", "   \n\n", "---\naccount: school\n---\n", "---\naccount: school\n---\n  \n"],
    ids=["empty file", "only blank lines", "front matter without text", "front matter and blank lines"],
)
def test_empty_draft_is_an_error(write, content):
    with pytest.raises(DraftError, match="empty draft"):
        load_draft(write("post.md", content))


def test_missing_file_is_an_error(tmp_path):
    with pytest.raises(DraftError, match="file not found") as caught:
        load_draft(tmp_path / "bestaat-niet.md")
    assert "bestaat-niet.md" in str(caught.value)


def test_oversized_draft_is_refused(write):
    with pytest.raises(DraftError, match="too large"):
        load_draft(write("boek.txt", "a" * (MAX_DRAFT_BYTES + 1)))


def test_front_matter_is_parsed_and_body_offset_points_after_it(write):
    draft = load_draft(
        write("post.md", "---\naccount: school\nrole: staff\nlang: en\nconsent: true\n---\nHello!\n")
    )
    assert draft.meta.account == "school"
    assert draft.meta.role == "staff"
    assert draft.meta.lang == "en"
    assert draft.meta.consent is True
    assert draft.body == "Hello!\n"


def test_defaults_without_front_matter(write):
    draft = load_draft(write("post.md"))
    assert (
        draft.meta.account is None
    )  # the command line or the config decides; the engine falls back to personal
    assert draft.meta.lang is None
    assert draft.body_offset == 0


def test_a_markdown_rule_later_in_the_text_is_not_front_matter(write):
    draft = load_draft(write("post.md", "Eerste alinea.\n---\nTweede alinea.\n"))
    assert draft.body_offset == 0


def test_unknown_key_is_a_warning_not_an_error(write):
    draft = load_draft(write("post.md", "---\nplatform: instagram\n---\nTekst.\n"))
    assert any("unknown front-matter key 'platform'" in warning.render("en") for warning in draft.warnings)
    assert any(
        "onbekende front-matter-sleutel 'platform'" in warning.render("nl") for warning in draft.warnings
    )


@pytest.mark.parametrize(
    ("header", "message"),
    [
        ("account: [unclosed\n", "malformed front matter"),
        ("- alleen\n- een lijst\n", "key: value"),
        ("account: iedereen\n", "'account' must be one of personal, school"),
        ("role: directeur\n", "'role' must be one of staff, pupil, student"),
        ("lang: de\n", "'lang' must be one of nl, en"),
        ("consent: misschien\n", "'consent' must be true or false"),
        ("images: 12\n", "'images' must be a list"),
        ("profile_picture: [a, b]\n", "'profile_picture' must be a file path"),
    ],
    ids=[
        "broken yaml",
        "a list instead of keys",
        "unknown account",
        "unknown role",
        "unsupported language",
        "consent not a boolean",
        "images not a list",
        "profile picture not a path",
    ],
)
def test_bad_front_matter_is_an_error_naming_the_problem(write, header, message):
    with pytest.raises(DraftError, match=message) as caught:
        load_draft(write("post.md", f"---\n{header}---\nTekst.\n"))
    assert "post.md" in str(caught.value)


def test_unclosed_front_matter_is_an_error(write):
    with pytest.raises(DraftError, match="no closing"):
        load_draft(write("post.md", "---\naccount: school\nTekst zonder einde van de kop.\n"))


def test_oversized_front_matter_is_refused_before_parsing(write):
    header = "".join(f"key{i}: {'x' * 60}\n" for i in range(MAX_FRONT_MATTER_BYTES // 50))
    with pytest.raises(DraftError, match="front matter is larger"):
        load_draft(write("post.md", f"---\n{header}---\nTekst.\n"))


def test_yaml_tags_that_would_run_code_are_refused(write):
    with pytest.raises(DraftError, match="malformed front matter"):
        load_draft(
            write("post.md", "---\naccount: !!python/object/apply:os.system ['echo hi']\n---\nTekst.\n")
        )


def test_front_matter_images_are_attached(write, png):
    png("fotos/kalf.png")
    draft = load_draft(
        write("post.md", "---\nimages: [fotos/kalf.png]\nprofile_picture: fotos/kalf.png\n---\nKalf!\n")
    )
    assert [(image.path.name, image.is_profile_picture) for image in draft.images] == [
        ("kalf.png", False),
        ("kalf.png", True),
    ]
    assert draft.image_errors == ()


def test_missing_referenced_image_is_an_image_error_but_the_text_is_still_read(write):
    draft = load_draft(write("post.md", "---\nimages: [weg.jpg]\n---\nTekst.\n"))
    assert draft.body == "Tekst.\n"
    assert len(draft.image_errors) == 1
    error = draft.image_errors[0].render("en")
    assert "weg.jpg" in error and "image not found" in error


def test_image_outside_the_drafts_folder_is_refused(write, png):
    png("elders/foto.png")
    draft = load_draft(write("concepten/post.md", "---\nimages: [../elders/foto.png]\n---\nTekst.\n"))
    assert draft.images == ()
    assert "outside the draft's folder" in draft.image_errors[0].render("en")


def test_a_text_file_named_jpg_is_not_an_image(write):
    write("foto.jpg", "geen plaatje")
    draft = load_draft(write("post.md", "---\nimages: [foto.jpg]\n---\nTekst.\n"))
    assert "not an image this tool can read" in draft.image_errors[0].render("en")


def test_sibling_images_belong_to_the_draft_with_that_stem_only(write, png):
    post = write("post1.md")
    for name in ("post1.jpg", "post1-2.png", "post1_3.png", "post10.jpg", "post2.png", "post1.txt.bak"):
        png(name)
    assert [path.name for path in sibling_images(post)] == ["post1-2.png", "post1.jpg", "post1_3.png"]
    folder_run = dict(drafts_with_images(post.parent))
    assert folder_run[post] == sibling_images(post)


def test_sibling_images_are_attached_only_when_given(write, png):
    post = write("post1.md")
    png("post1.png")
    assert load_draft(post).images == ()
    assert [image.path.name for image in load_draft(post, sibling_images=sibling_images(post)).images] == [
        "post1.png"
    ]


def test_command_line_images_may_live_anywhere(write, png, tmp_path):
    outside = png("elders/avatar.png")
    draft = load_draft(write("map/post.md"), extra_images=(outside,), profile_picture=outside)
    assert [image.is_profile_picture for image in draft.images] == [False, True]


def test_find_drafts_is_recursive_sorted_and_skips_hidden_files_and_readmes(write):
    for name in (
        "b.md",
        "a.txt",
        "sub/c.MD",
        ".git/d.md",
        "sub/.verborgen.md",
        "notities.docx",
        "README.md",
        "sub/readme.txt",
    ):
        write(name)
    root = next(iter(Path(write("x.jpg", b"")).parents))
    assert [path.relative_to(root).as_posix() for path in find_drafts(root)] == ["a.txt", "b.md", "sub/c.MD"]


def test_reading_never_changes_the_file(write):
    path = write("post.md", "---\nfoo: bar\n---\r\n" + CLEAN_NL.replace("\n", "\r\n"))
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    load_draft(path)
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


@given(st.binary(max_size=400))
def test_decoding_any_bytes_either_succeeds_or_raises_draft_error(data):
    try:
        text, _encoding, _warnings = decode_draft_bytes(data, "x.md")
    except DraftError as exc:
        assert str(exc).startswith("x.md: ")
    else:
        assert isinstance(text, str)


@given(st.text(max_size=300))
def test_front_matter_on_any_text_either_parses_or_raises_draft_error(text):
    try:
        raw, offset = split_front_matter("---\n" + text, "x.md")
    except DraftError as exc:
        assert str(exc).startswith("x.md: ")
    else:
        assert isinstance(raw, dict)
        assert 0 <= offset <= len(text) + 4


def test_yaml_aliases_are_refused_so_an_alias_bomb_costs_nothing(write):
    levels = ["a: &a [x, x, x, x, x, x, x, x, x, x]"]
    levels += [f"{chr(98 + n)}: &{chr(98 + n)} [{', '.join(['*' + chr(97 + n)] * 10)}]" for n in range(8)]
    header = "\n".join(levels) + "\naccount: *i\n"
    with pytest.raises(DraftError, match="aliases") as caught:
        load_draft(write("bom.md", f"---\n{header}---\nTekst.\n"))
    assert len(str(caught.value)) < 300


def test_a_long_wrong_value_is_quoted_short(write):
    with pytest.raises(DraftError) as caught:
        load_draft(write("post.md", f"---\naccount: {'x' * 5000}\n---\nTekst.\n"))
    assert len(str(caught.value)) < 200


def test_a_fifo_is_refused_instead_of_blocking_forever(tmp_path):
    fifo = tmp_path / "post.md"
    os.mkfifo(fifo)
    with pytest.raises(DraftError, match="not a regular file"):
        load_draft(fifo)


def test_a_device_is_refused(tmp_path):
    with pytest.raises(DraftError, match="not a regular file"):
        load_draft(Path("/dev/zero"))


def test_a_name_too_long_for_the_file_system_is_one_error(tmp_path):
    with pytest.raises(DraftError, match="cannot read the file"):
        load_draft(tmp_path / ("a" * 300 + ".md"))


def test_is_folder_never_raises(tmp_path):
    assert is_folder(tmp_path)
    assert not is_folder(tmp_path / ("a" * 300))


def test_an_unreadable_subfolder_is_reported_not_skipped(write, tmp_path, locked_folder):
    write("ok.md")
    (tmp_path / "dicht").mkdir()
    unreadable: list = []
    found = [path.name for path, _images in drafts_with_images(tmp_path, unreadable)]
    assert found == ["ok.md"]
    assert unreadable == [(tmp_path / "dicht", "Permission denied")]
