"""logo-profile-picture: every transformation family of the shipped logos and of a logo that is not shipped
is still the logo; photos, plain and initials avatars and other logos are not. Small images, so it stays fast;
the full set runs in `make eval`."""

from __future__ import annotations

import io
import random

import pytest
from PIL import Image

from clusius_check.images import logo_match
from clusius_check.images.logos import logo_index
from clusius_check.rules import logo_in_image, logo_profile_picture
from tests.images import generate
from tests.images.logo_fixtures import check_images_fixture  # noqa: F401 - the check_images fixture

SHIPPED_LOGOS = sorted(path.name for path in generate.logo_files(generate.SHIPPED))


def picture(data: bytes) -> Image.Image:
    with Image.open(io.BytesIO(data)) as opened:
        opened.load()
        has_alpha = opened.mode in ("RGBA", "LA", "PA") or "transparency" in opened.info
        return opened.convert("RGBA" if has_alpha else "RGB")


def transformed(folder, name: str, family: str, seed: int = 7) -> Image.Image:
    logo = generate.load_logo(folder / name)
    data, _ = generate.transform(logo, family, random.Random(f"{name}-{family}-{seed}"))
    return picture(data)


@pytest.mark.parametrize("family", generate.PROFILE_FAMILIES)
@pytest.mark.parametrize("name", SHIPPED_LOGOS)
def test_the_shipped_logo_is_recognised_after(family, name):
    match = logo_match.profile_match(
        transformed(generate.SHIPPED, name, family), logo_index(generate.SHIPPED)
    )
    assert match is not None and match.logo == name


@pytest.mark.parametrize("family", generate.PROFILE_FAMILIES)
def test_a_logo_that_is_not_shipped_is_recognised_with_its_own_folder_after(family):
    index = logo_index(generate.SECOND_SCHOOL)
    assert logo_match.profile_match(
        transformed(generate.SECOND_SCHOOL, "heideveld-lyceum.png", family), index
    )
    # ... and it is not the shipped school's logo.
    assert (
        logo_match.profile_match(
            transformed(generate.SECOND_SCHOOL, "heideveld-lyceum.png", family), logo_index()
        )
        is None
    )


@pytest.mark.parametrize("side", [48, 2000])
def test_the_extremes_of_size_are_recognised(side):
    logo = generate.load_logo(generate.SHIPPED / "standin-emblem.png")
    assert logo_match.profile_match(generate.resized(logo, side), logo_index(generate.SHIPPED)) is not None


def negatives(kind: str) -> list[Image.Image]:
    if kind == "photos":
        cases = list(generate.photo_negatives("calibration", 1))[::6]
    elif kind == "avatars":
        cases = list(generate.avatar_negatives(1, count=12))
    else:
        cases = list(generate.other_logo_negatives("evaluation", 2, per_logo=1))
    return [picture(case.data) for case in cases]


@pytest.mark.parametrize("kind", ["photos", "avatars", "other organisations' logos"])
def test_no_false_alarm_on(kind):
    pictures = negatives(kind)
    assert pictures
    index = logo_index(generate.SHIPPED)
    found = [logo_match.profile_distance(image, index) for image in pictures]
    assert [match for match in found if match.distance <= logo_match.PROFILE_MAX_DISTANCE] == []


def test_the_option_default_is_the_calibrated_distance():
    assert logo_profile_picture.INFO.options[0].default == logo_match.PROFILE_MAX_DISTANCE
    assert logo_in_image.INFO.options[0].default == logo_match.IN_IMAGE_MIN_CORRELATION


def test_the_rule_reports_the_profile_picture_only(check_images, tmp_path):
    emblem = generate.SHIPPED / "standin-emblem.png"
    findings = check_images(profile=emblem, attached=[])
    assert [(f.rule, f.severity.value, f.file) for f in findings] == [
        ("logo-profile-picture", "red", str(emblem))
    ]
    assert "standin-emblem.png" in findings[0].message and findings[0].article == "8"
    assert findings[0].line is None


def test_an_attached_logo_is_not_a_profile_picture(check_images):
    findings = check_images(profile=None, attached=[generate.SHIPPED / "standin-emblem.png"])
    assert "logo-profile-picture" not in {f.rule for f in findings}
