"""image-metadata: GPS is red, names and serial numbers amber, harmless metadata green; never spread, never written."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image, PngImagePlugin

from clusius_check.config import Config, config_from_mapping
from clusius_check.drafts import ImageRef
from clusius_check.engine import RuleContext
from clusius_check.findings import Severity
from clusius_check.images.metadata import ImageMetadata
from clusius_check.rules import IMPLEMENTED, PLANNED, image_metadata
from clusius_check.rules.image_metadata import (
    gps_position,
    identifying_names,
    mask_name,
    mask_serial,
    serial_numbers,
    tag_text,
    xmp_values,
)
from tests.images.image_files import exif_with, gps_ifd, jpeg_bytes, photo, save, with_iptc, xmp_packet

# Alkmaar, as a phone writes it: 52.6323 N, 4.7534 E.
HOME = (52.632345, 4.753412)


def findings(*paths: Path, profile: Path | None = None, config: Config | None = None, language: str = "en"):
    refs = [ImageRef(path, path.name) for path in paths]
    if profile is not None:
        refs.append(ImageRef(profile, profile.name, is_profile_picture=True))
    analysed = SimpleNamespace(draft=SimpleNamespace(path="post.md", images=tuple(refs)), shared={})
    context = RuleContext(config=config or Config(), ui_language=language)
    return list(image_metadata.check(analysed, context))


def jpeg_with(tmp_path: Path, name: str = "foto.jpg", **exif: dict) -> Path:
    return save(tmp_path / name, photo(), "JPEG", exif=exif_with(**exif))


def test_registered_as_available_and_no_longer_planned():
    assert IMPLEMENTED["image-metadata"] is image_metadata
    assert "image-metadata" not in PLANNED
    assert image_metadata.INFO.article == "1"


# --- GPS --------------------------------------------------------------------------------------------


def test_gps_position_is_red_and_shown_only_to_two_decimals(tmp_path):
    path = jpeg_with(tmp_path, gps=gps_ifd(*HOME))
    [finding] = findings(path)
    assert finding.severity is Severity.RED
    assert finding.rule == "image-metadata" and finding.article == "1"
    assert finding.file == "foto.jpg" and finding.line is None
    assert "foto.jpg contains the GPS location" in finding.message
    assert "52.63, 4.75" in finding.message and finding.match == "52.63, 4.75"
    assert "52.632" not in finding.message + finding.match and "4.753" not in finding.message + finding.match
    assert "exiftool -all= foto.jpg" in finding.suggestion
    assert "turn location off in the camera app" in finding.suggestion


def test_southern_and_western_hemispheres_are_negative(tmp_path):
    [finding] = findings(jpeg_with(tmp_path, gps=gps_ifd(-33.8688, -70.6693)))
    assert finding.match == "-33.87, -70.67"


@pytest.mark.parametrize(
    "gps",
    [
        {1: "N", 2: (0.0, 0.0, 0.0), 3: "E", 4: (0.0, 0.0, 0.0)},
        {6: 12.5},  # altitude only
        {1: "N", 2: (52.0, 37.0, 56.0)},  # latitude without longitude
        {1: "N", 2: (152.0, 0.0, 0.0), 3: "E", 4: (4.0, 0.0, 0.0)},  # out of range
    ],
    ids=["0,0 written without a fix", "altitude only", "half a position", "impossible latitude"],
)
def test_gps_without_a_usable_position_is_silent(tmp_path, gps):
    assert findings(jpeg_with(tmp_path, gps=gps)) == []


def test_gps_in_xmp_counts_too(tmp_path):
    xmp = xmp_packet(
        "<exif:GPSLatitude>52,37.94N</exif:GPSLatitude><exif:GPSLongitude>4,45.2E</exif:GPSLongitude>"
    )
    path = save(tmp_path / "foto.jpg", photo(), "JPEG", xmp=xmp)
    [finding] = findings(path)
    assert finding.severity is Severity.RED and finding.match == "52.63, 4.75"


def test_gps_of_a_truncated_photo_is_still_reported(tmp_path):
    data = jpeg_bytes(photo((200, 150)), exif=exif_with(gps=gps_ifd(*HOME)))
    path = tmp_path / "half.jpg"
    path.write_bytes(data[: len(data) * 2 // 3])
    assert [finding.severity for finding in findings(path)] == [Severity.RED]


def test_gps_of_a_photo_too_large_to_open_is_still_reported(tmp_path):
    """A 200-megapixel phone photo is refused as a decompression bomb; its header still says where it was taken."""
    data = bytearray(jpeg_bytes(photo(), exif=exif_with(gps=gps_ifd(*HOME))))
    frame = data.index(b"\xff\xc0")  # the frame header: height and width at offsets 5 and 7
    data[frame + 5 : frame + 9] = (15_000).to_bytes(2, "big") + (15_000).to_bytes(2, "big")
    path = tmp_path / "200mp.jpg"
    path.write_bytes(bytes(data))
    [finding] = findings(path)
    assert finding.severity is Severity.RED and finding.match == "52.63, 4.75"


# --- names ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("exif", "field"),
    [
        ({"base": {0x013B: "Jan de Vries"}}, "Artist: J** d* V****"),
        ({"base": {0x8298: "(c) 2025 Sanne Bakker"}}, "Copyright: (c) 2*** S**** B*****"),
        ({"exif": {0xA430: "Mo El Amrani"}}, "CameraOwnerName: M* E* A*****"),
        ({"base": {0x9C9D: "Daan Visser".encode("utf-16-le") + b"\x00\x00"}}, "XPAuthor: D*** V*****"),
        (
            {"exif": {0x9286: b"ASCII\x00\x00\x00Foto van Lotte de Boer"}},
            "UserComment: F*** v** L**** d* B***",
        ),
        (
            {"base": {0x010E: "mail me: jan.jansen@gmail.com"}},
            "ImageDescription: m*** m*: j**.j*****@g****.c**",
        ),
    ],
    ids=[
        "EXIF Artist",
        "EXIF Copyright with a name",
        "the camera's owner",
        "Windows XPAuthor in UTF-16",
        "a user comment with a first and last name",
        "a description with an e-mail address",
    ],
)
def test_names_and_contact_details_are_amber_and_masked(tmp_path, exif, field):
    [finding] = findings(jpeg_with(tmp_path, **exif))
    assert finding.severity is Severity.AMBER
    assert field in finding.message and finding.match == field
    assert "exiftool -all= foto.jpg" in finding.suggestion


def test_xmp_creator_and_people_tagged_in_the_photo(tmp_path):
    xmp = xmp_packet(
        "<dc:creator><rdf:Seq><rdf:li>Fleur Jansen</rdf:li></rdf:Seq></dc:creator>"
        '<mwg-rs:Regions><rdf:Bag><rdf:li mwg-rs:Name="Bram Smit" mwg-rs:Type="Face"/></rdf:Bag></mwg-rs:Regions>'
    )
    path = save(tmp_path / "foto.jpg", photo(), "JPEG", xmp=xmp)
    [finding] = findings(path)
    assert finding.match == "XMP dc:creator: F**** J*****; XMP mwg-rs:Name: B*** S***"


def test_xmp_in_a_png_is_read(tmp_path):
    info = PngImagePlugin.PngInfo()
    info.add_itxt("XML:com.adobe.xmp", xmp_packet('<rdf:li aux:OwnerName="Noor Hendriks"/>').decode())
    path = save(tmp_path / "scan.png", photo(), "PNG", pnginfo=info)
    [finding] = findings(path)
    assert finding.match == "XMP aux:OwnerName: N*** H*******"


def test_iptc_byline_and_copyright_notice(tmp_path):
    path = tmp_path / "pers.jpg"
    path.write_bytes(
        with_iptc(jpeg_bytes(), {(2, 80): "Fleur Jansen", (2, 116): "(c) Bram Smit", (2, 25): "kas"})
    )
    [finding] = findings(path)
    assert finding.match == "IPTC By-line: F**** J*****; IPTC Copyright Notice: (c) B*** S***"


@pytest.mark.parametrize(
    "exif",
    [
        {"base": {0x013B: "Unknown"}},
        {"base": {0x8298: "Copyright 2024. All rights reserved."}},
        {"base": {0x8298: "©"}},
        {"base": {0x013B: "   "}},
        {"base": {0x8298: "© Clusius College"}},
        {"base": {0x010E: "OLYMPUS DIGITAL CAMERA"}},
        {"base": {0x9C9E: "Roos;Iris;bloemschikken".encode("utf-16-le")}},
        {"exif": {0x9286: b"\x00" * 8 + b"          "}},
    ],
    ids=[
        "a placeholder artist",
        "a copyright line without a name",
        "a copyright sign alone",
        "blanks",
        "the school's own name",
        "a camera's boilerplate description",
        "first names alone in keywords (flowers)",
        "an empty user comment",
    ],
)
def test_fields_that_name_no_one_are_silent(tmp_path, exif):
    assert findings(jpeg_with(tmp_path, **exif)) == []


def test_the_schools_name_next_to_a_person_still_names_the_person(tmp_path):
    [finding] = findings(jpeg_with(tmp_path, base={0x8298: "(c) Clusius College / foto Jan de Vries"}))
    assert finding.match == "Copyright: (c) C****** C****** / f*** J** d* V****"


def test_allowed_names_keep_the_schools_photographer_green(tmp_path):
    path = jpeg_with(tmp_path, base={0x013B: "Piet Fotograaf"})
    assert findings(path)
    raw = {"rules": {"image-metadata": {"allowed_names": ["piet fotograaf"]}}}
    allowed = config_from_mapping(raw, "clusius-check.yaml", tmp_path)
    assert findings(path, config=allowed) == []


# --- serial numbers ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("exif", "field"),
    [
        ({"exif": {0xA431: "SN12345678"}}, "BodySerialNumber: ******5678"),
        ({"exif": {0xA435: "0000451277"}}, "LensSerialNumber: ******1277"),
        ({"base": {0xC62F: "A1B2"}}, "CameraSerialNumber: ****"),
    ],
    ids=["the camera body", "the lens", "a DNG camera serial (short, fully masked)"],
)
def test_serial_numbers_are_amber_with_only_the_last_four_shown(tmp_path, exif, field):
    [finding] = findings(jpeg_with(tmp_path, **exif))
    assert finding.severity is Severity.AMBER and finding.match == field
    assert "serial number of the camera or lens" in finding.message


def test_a_serial_of_zeros_is_no_serial(tmp_path):
    assert findings(jpeg_with(tmp_path, exif={0xA431: "000000000"})) == []


# --- harmless metadata ------------------------------------------------------------------------------


def test_camera_exposure_and_date_are_silent(tmp_path):
    path = jpeg_with(
        tmp_path,
        base={0x010F: "Apple", 0x0110: "iPhone 15", 0x0131: "17.1", 0x0132: "2026:05:01 10:00:00", 0x0112: 1},
        exif={0x9003: "2026:05:01 10:00:00", 0x829A: 0.01, 0x8827: 100, 0xA434: "iPhone 15 back camera"},
    )
    assert findings(path) == []


def test_an_image_without_metadata_is_silent(tmp_path):
    assert findings(save(tmp_path / "schoon.png", photo(), "PNG")) == []


# --- everything together ----------------------------------------------------------------------------


def test_one_finding_per_kind_per_image_and_the_profile_picture_is_checked_too(tmp_path):
    photo_path = jpeg_with(
        tmp_path, base={0x013B: "Jan de Vries"}, exif={0xA431: "SN12345678"}, gps=gps_ifd(*HOME)
    )
    avatar = jpeg_with(tmp_path, "avatar.jpg", gps=gps_ifd(51.9, 4.5))
    found = findings(photo_path, profile=avatar)
    assert [(finding.file, finding.severity.value) for finding in found] == [
        ("foto.jpg", "red"),
        ("foto.jpg", "amber"),
        ("foto.jpg", "amber"),
        ("avatar.jpg", "red"),
    ]


def test_messages_are_dutch_by_default(tmp_path):
    [finding] = findings(jpeg_with(tmp_path, gps=gps_ifd(*HOME)), language="nl")
    assert finding.message.startswith(
        "foto.jpg bevat de GPS-locatie waar de foto gemaakt is (ongeveer 52.63, 4.75)"
    )
    assert "exiftool -all= foto.jpg" in finding.suggestion


def test_the_rule_never_changes_the_file(tmp_path):
    path = jpeg_with(tmp_path, base={0x013B: "Jan de Vries"}, gps=gps_ifd(*HOME))
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    assert findings(path)
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before
    assert Image.open(path).getexif().get_ifd(0x8825)  # the GPS is still there: we report, we do not strip


# --- helpers ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "text"),
    [
        ("  Jan  ", "Jan"),
        (b"UNICODE\x00" + "Zoë".encode("utf-16-le"), "Zoë"),
        (b"ASCII\x00\x00\x00hallo\x00", "hallo"),
        (b"AB", "AB"),
        (None, ""),
    ],
    ids=[
        "ASCII",
        "UserComment in Unicode",
        "UserComment in ASCII",
        "short bytes stay bytes of text",
        "missing",
    ],
)
def test_tag_text(value, text):
    assert tag_text(value) == text


def test_windows_xp_tags_are_utf16_also_as_a_tuple_of_bytes():
    assert tag_text(tuple("Eva".encode("utf-16-le")), utf16=True) == "Eva"
    assert tag_text("Zoë".encode("utf-16-le") + b"\x00\x00", utf16=True) == "Zoë"


def test_a_hostile_xmp_packet_is_read_quickly():
    import time

    hostile = "<dc:creator>" * 20_000 + 'aux:SerialNumber="' * 10_000
    started = time.perf_counter()
    assert xmp_values(hostile, "dc:creator") == []
    xmp_values(hostile, "aux:SerialNumber")
    assert time.perf_counter() - started < 2.0  # 0.4 s on the shared 2-core machine under load


def test_masks():
    assert mask_name("Jan de Vries") == "J** d* V****"
    assert mask_serial("SN12345678") == "******5678"
    assert mask_serial("1234") == "****"


# --- any metadata at all ----------------------------------------------------------------------------

_VALUES = st.one_of(
    st.none(),
    st.text(max_size=40),
    st.binary(max_size=40),
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.tuples(st.integers(), st.integers()),
    st.lists(st.one_of(st.floats(), st.integers(), st.text(max_size=5)), max_size=4).map(tuple),
    st.dictionaries(st.integers(0, 5), st.integers(), max_size=2),
)
_TAGS = st.dictionaries(
    st.sampled_from([0x013B, 0x8298, 0x9C9D, 0x9C9C, 0x010E, 0x013C, 0xA430, 0xA431, 0xA435, 0x9286, 0xC62F]),
    _VALUES,
    max_size=6,
)


@settings(max_examples=200, deadline=None)
@given(
    base=_TAGS,
    exif=_TAGS,
    gps=st.dictionaries(st.integers(0, 6), _VALUES, max_size=5),
    xmp=st.text(alphabet="<>/=\"' dc:creatorrdf:liaux:SerialNumberexif:GPSLatitude52,1N", max_size=200),
    iptc=st.dictionaries(
        st.sampled_from([(2, 80), (2, 116), (2, 118), (2, 120), (2, 122)]),
        st.one_of(st.binary(max_size=20), st.lists(st.binary(max_size=10), max_size=3)),
        max_size=3,
    ),
)
def test_whatever_a_file_holds_the_rule_reads_it_without_raising(base, exif, gps, xmp, iptc):
    metadata = ImageMetadata(base=base, exif=exif, gps=gps, xmp=xmp, iptc=iptc)
    position = gps_position(metadata)
    assert position is None or (abs(position[0]) <= 90 and abs(position[1]) <= 180)
    for label, value in [*identifying_names(metadata), *serial_numbers(metadata)]:
        assert label and value
