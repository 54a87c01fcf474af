"""logo-in-image: a logo at 15-30 % of the width anywhere in a photo or a graphic, recompressed, is found; the
same photos without it, or with another organisation's logo, are not. A small sample of `make eval`."""

from __future__ import annotations

import io
import random

import pytest
from PIL import Image

from clusius_check.images import logo_match
from clusius_check.images.logos import logo_index
from tests.images import generate
from tests.images.logo_fixtures import check_images_fixture  # noqa: F401 - the check_images fixture


def jpeg(image: Image.Image, quality: int = 70) -> Image.Image:
    buffer = io.BytesIO()
    image.convert("RGB").save(buffer, "JPEG", quality=quality)
    with Image.open(io.BytesIO(buffer.getvalue())) as opened:
        return opened.convert("RGB")


def photo(number: int = 0, width: int = 800) -> Image.Image:
    with Image.open(generate.photo_paths()[number]) as opened:
        return generate.resized(opened.convert("RGB"), width)


def with_logo(background: Image.Image, logo_path, share: float, where: tuple[float, float]) -> Image.Image:
    logo = generate.load_logo(logo_path)
    width = round(background.width * share)
    small = logo.resize((width, round(width * logo.height / logo.width)), Image.Resampling.LANCZOS)
    image = background.copy()
    left = round((image.width - small.width) * where[0])
    top = round((image.height - small.height) * where[1])
    image.paste(small, (left, top), small)
    return jpeg(image)


CASES = [
    ("emblem, 15 %, top left, on a photo", generate.SHIPPED / "standin-emblem.png", 0.15, (0.05, 0.05), 0),
    ("emblem, 30 %, bottom right, on a photo", generate.SHIPPED / "standin-emblem.png", 0.30, (0.95, 0.9), 6),
    ("wordmark, 30 %, centre, on a photo", generate.SHIPPED / "standin-wordmark.png", 0.30, (0.5, 0.5), 4),
    ("wordmark, 22 %, top right, on a photo", generate.SHIPPED / "standin-wordmark.png", 0.22, (0.9, 0.1), 2),
]


@pytest.mark.parametrize(
    ("logo", "share", "where", "number"), [case[1:] for case in CASES], ids=[case[0] for case in CASES]
)
def test_the_logo_is_found_inside_a_photo(logo, share, where, number):
    match = logo_match.find_in_image(
        with_logo(photo(number), logo, share, where), logo_index(generate.SHIPPED)
    )
    assert match is not None and match.logo == logo.name


def test_a_logo_that_is_not_shipped_is_found_with_its_own_folder():
    image = with_logo(photo(8), generate.SECOND_SCHOOL / "heideveld-lyceum.png", 0.2, (0.3, 0.7))
    assert logo_match.find_in_image(image, logo_index(generate.SECOND_SCHOOL)) is not None
    assert logo_match.find_in_image(image, logo_index(generate.SHIPPED)) is None


def test_the_logo_is_found_on_a_poster():
    poster = generate.graphic_background(random.Random(3), 900, 600)
    image = with_logo(poster, generate.SHIPPED / "standin-emblem.png", 0.2, (0.8, 0.2))
    assert logo_match.find_in_image(image, logo_index(generate.SHIPPED)) is not None


@pytest.mark.parametrize("number", [0, 3, 6, 9, 12, 15, 18, 21])
def test_no_false_alarm_on_a_photo_without_the_logo(number):
    assert logo_match.find_in_image(jpeg(photo(number)), logo_index(generate.SHIPPED)) is None


@pytest.mark.parametrize(
    "other", ["sportclub-vvc.png", "westland-college.png", "tulpfeest.png", "groenrijk.png"]
)
def test_no_false_alarm_on_another_organisations_logo(other):
    image = with_logo(photo(5), generate.OTHER_LOGOS / other, 0.25, (0.4, 0.4))
    assert logo_match.find_in_image(image, logo_index(generate.SHIPPED)) is None


def test_work_is_bounded():
    """At most 3 windows per logo get the close look, whatever the picture."""
    candidates = logo_match.search_candidates(photo(1), logo_index(generate.SHIPPED))
    assert len(candidates) <= logo_match.VERIFY_PER_LOGO * len(logo_index(generate.SHIPPED).files)


def test_a_profile_picture_that_is_the_logo_is_reported_once(check_images):
    findings = check_images(profile=generate.SHIPPED / "standin-emblem.png", attached=[])
    assert [f.rule for f in findings] == ["logo-profile-picture"]


def test_a_profile_picture_with_the_logo_inside_is_reported_by_logo_in_image(check_images, tmp_path):
    path = tmp_path / "me.jpg"
    with_logo(photo(4), generate.SHIPPED / "standin-emblem.png", 0.2, (0.5, 0.5)).save(path)
    findings = check_images(profile=path, attached=[])
    assert [(f.rule, f.severity.value, f.file) for f in findings] == [("logo-in-image", "amber", str(path))]


def test_an_attached_logo_file_is_the_logo_in_an_image(check_images):
    findings = check_images(profile=None, attached=[generate.SHIPPED / "standin-wordmark.png"])
    assert [f.rule for f in findings] == ["logo-in-image"]


def test_a_photo_gives_no_finding(check_images, tmp_path):
    path = tmp_path / "cat.jpg"
    jpeg(photo(4)).save(path)
    assert check_images(profile=path, attached=[path]) == []
