"""Decoding attached images: every kind of file a person can attach gives pixels or one line naming it.

The files are made with Pillow in tmp_path: truncated, corrupt, empty, misnamed, animated, CMYK, 16-bit,
palette with transparency, huge, a decompression bomb (with a lowered limit), HEIC, AVIF and SVG.
"""

from __future__ import annotations

import io
from pathlib import Path
from types import SimpleNamespace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from clusius_check.drafts import ImageRef, check_image_file, load_draft
from clusius_check.images import loading
from clusius_check.images.loading import (
    MAX_SIDE,
    MIN_DRAFT_SIDE,
    decode_image,
    draft_scale,
    load_image,
    loaded_images,
)
from tests.images.image_files import exif_with, jpeg_bytes, photo, png_header_only, save


def loaded(path: Path):
    return load_image(ImageRef(path, path.name), "post.md")


def problem_of(path: Path) -> str | None:
    image = loaded(path)
    return None if image.problem is None else image.problem.render("en")


def analysed_with(*paths: Path, profile: Path | None = None):
    """The part of an analysed draft the loading layer uses: the draft and its shared results."""
    images = [ImageRef(path, path.name) for path in paths]
    if profile is not None:
        images.append(ImageRef(profile, profile.name, is_profile_picture=True))
    return SimpleNamespace(draft=SimpleNamespace(path="post.md", images=tuple(images)), shared={})


# --- images that decode -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "image_format", "mode"),
    [
        ("foto.jpg", "JPEG", "RGB"),
        ("foto.png", "PNG", "RGB"),
        ("foto.webp", "WEBP", "RGB"),
        ("foto.gif", "GIF", "P"),
        ("foto.bmp", "BMP", "RGB"),
        ("foto.tif", "TIFF", "RGB"),
        ("grijs.png", "PNG", "L"),
        ("zwartwit.png", "PNG", "1"),
    ],
    ids=lambda value: str(value),
)
def test_every_supported_format_decodes_to_rgb(tmp_path, name, image_format, mode):
    path = save(tmp_path / name, photo((40, 30)).convert(mode), image_format)
    image = loaded(path)
    assert image.problem is None
    assert image.pixels.mode == "RGB"
    assert image.pixels.size == image.original_size == (40, 30)


def test_a_png_named_jpg_is_read_by_its_content_without_a_word(tmp_path):
    path = save(tmp_path / "foto.jpg", photo((40, 30)), "PNG")
    assert check_image_file(path, "foto.jpg") is None
    image, _metadata, note = decode_image(ImageRef(path, "foto.jpg"), "post.md")
    assert image.problem is None and note is None
    assert image.pixels.size == (40, 30)


def test_decoded_pixels_live_in_memory_after_the_file_is_closed(tmp_path):
    path = save(tmp_path / "foto.png", photo((20, 20)), "PNG")
    image = loaded(path)
    path.unlink()
    assert image.pixels.getpixel((0, 0)) == photo((20, 20)).getpixel((0, 0))


# --- modes that need care ---------------------------------------------------------------------------


def test_cmyk_jpeg_becomes_rgb_with_its_colours(tmp_path):
    red = Image.new("RGB", (32, 32), (220, 20, 20))
    path = save(tmp_path / "drukwerk.jpg", red.convert("CMYK"), "JPEG", quality=95)
    image = loaded(path)
    assert image.pixels.mode == "RGB"
    r, g, b = image.pixels.getpixel((16, 16))
    assert r > 180 and g < 70 and b < 70


def test_sixteen_bit_png_keeps_its_greys_instead_of_clipping_to_white(tmp_path):
    gradient = Image.new("I;16", (256, 4))
    gradient.putdata([x * 256 for _ in range(4) for x in range(256)])
    path = save(tmp_path / "scan16.png", gradient, "PNG")
    assert Image.open(path).mode.startswith("I")
    image = loaded(path)
    assert image.pixels.mode == "RGB"
    assert image.pixels.getpixel((0, 0))[0] < 5
    assert 120 < image.pixels.getpixel((128, 0))[0] < 136
    assert image.pixels.getpixel((255, 0))[0] > 250


def test_thirty_two_bit_grey_is_scaled_by_the_values_it_uses(tmp_path):
    grey = Image.new("I", (10, 1))
    grey.putdata([value * 1000 for value in range(10)])
    path = save(tmp_path / "meting.tif", grey, "TIFF")
    pixels = loaded(path).pixels
    assert pixels.getpixel((0, 0))[0] == 0 and pixels.getpixel((9, 0))[0] == 255


def test_palette_with_transparency_becomes_rgba(tmp_path):
    logo = Image.new("P", (20, 20), 1)
    logo.putpalette([255, 255, 255, 0, 128, 0] + [0] * 762)
    for x in range(10):
        logo.putpixel((x, 0), 0)
    path = save(tmp_path / "logo.png", logo, "PNG", transparency=0)
    image = loaded(path)
    assert image.pixels.mode == "RGBA"
    assert image.pixels.getpixel((0, 0))[3] == 0
    assert image.pixels.getpixel((15, 15)) == (0, 128, 0, 255)


@pytest.mark.parametrize(
    ("mode", "alpha", "expected"),
    [("RGBA", 255, "RGB"), ("RGBA", 100, "RGBA"), ("LA", 0, "RGBA"), ("LA", 255, "RGB")],
    ids=[
        "opaque RGBA is RGB",
        "half-transparent RGBA stays RGBA",
        "transparent LA is RGBA",
        "opaque LA is RGB",
    ],
)
def test_alpha_is_kept_only_when_some_pixel_is_transparent(tmp_path, mode, alpha, expected):
    picture = photo((16, 16)).convert(mode)
    picture.putpixel((3, 3), (*picture.getpixel((3, 3))[:-1], alpha))
    path = save(tmp_path / "alpha.png", picture, "PNG")
    assert loaded(path).pixels.mode == expected


def test_exif_orientation_turns_the_picture_upright(tmp_path):
    path = save(tmp_path / "staand.jpg", photo((60, 40)), "JPEG", exif=exif_with({0x0112: 6}))
    image = loaded(path)
    assert image.original_size == (60, 40)
    assert image.pixels.size == (40, 60)


# --- animated ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("image_format", ["GIF", "WEBP"])
def test_animation_gives_its_first_frame_and_says_only_that_was_checked(tmp_path, image_format):
    frames = [Image.new("RGB", (24, 24), colour) for colour in ((200, 0, 0), (0, 200, 0), (0, 0, 200))]
    path = tmp_path / f"gif.{image_format.lower()}"
    frames[0].save(path, image_format, save_all=True, append_images=frames[1:], duration=100, loop=0)
    image, _metadata, note = decode_image(ImageRef(path, path.name), "post.md")
    assert image.problem is None
    r, g, b = image.pixels.getpixel((12, 12))[:3]
    assert r > 150 and g < 60 and b < 60
    assert note is not None and "animated image; only the first frame was checked" in note.render("en")
    assert path.name in note.render("en")


def test_a_phone_jpeg_with_a_second_picture_is_no_animation(tmp_path):
    first, second = Image.new("RGB", (40, 30), (200, 0, 0)), Image.new("RGB", (40, 30), (0, 0, 200))
    path = tmp_path / "portret.jpg"
    first.save(path, "MPO", save_all=True, append_images=[second])
    assert Image.open(path).format == "MPO"
    image, _metadata, note = decode_image(ImageRef(path, path.name), "post.md")
    assert note is None
    assert image.pixels.getpixel((20, 15))[0] > 150


# --- size -------------------------------------------------------------------------------------------


def test_a_big_jpeg_is_decoded_at_reduced_size(tmp_path, monkeypatch):
    path = save(tmp_path / "groot.jpg", photo((40, 30)).resize((4000, 3000)), "JPEG", quality=80)
    from PIL import JpegImagePlugin

    asked: list = []
    real_draft = JpegImagePlugin.JpegImageFile.draft

    def spy(self, mode, size):
        asked.append(size)
        return real_draft(self, mode, size)

    monkeypatch.setattr("PIL.JpegImagePlugin.JpegImageFile.draft", spy)
    image = loaded(path)
    assert asked == [(1000, 750)]
    assert image.original_size == (4000, 3000)
    assert image.pixels.size == (1000, 750)


@pytest.mark.parametrize(
    ("size", "scale"),
    [
        ((4000, 3000), 4),
        ((4032, 3024), 4),
        ((8000, 6000), 8),
        ((3000, 2000), 2),
        ((1200, 900), 1),
        ((640, 480), 1),
    ],
    ids=["12 MP at 1/4", "iPhone 12 MP at 1/4", "48 MP at 1/8", "6 MP at 1/2", "small at 1/1", "tiny at 1/1"],
)
def test_draft_scale_keeps_the_long_side_between_three_quarters_of_max_side_and_the_original(size, scale):
    assert draft_scale(size) == scale
    assert max(size) // scale >= min(MIN_DRAFT_SIDE, max(size))


@pytest.mark.parametrize(
    ("name", "image_format", "size", "expected"),
    [
        ("breed.png", "PNG", (3000, 1500), (MAX_SIDE, 512)),
        ("hoog.jpg", "JPEG", (1500, 3000), (512, MAX_SIDE)),
        ("klein.png", "PNG", (300, 200), (300, 200)),
    ],
    ids=["a wide PNG is shrunk", "a tall JPEG is shrunk", "a small image is never upscaled"],
)
def test_long_side_is_at_most_max_side(tmp_path, name, image_format, size, expected):
    path = save(tmp_path / name, photo((30, 15)).resize(size), image_format)
    assert loaded(path).pixels.size == expected


# --- broken files -----------------------------------------------------------------------------------


def test_truncated_jpeg_is_one_line_naming_the_file(tmp_path):
    data = jpeg_bytes(photo((200, 150)), quality=90)
    path = tmp_path / "afgebroken.jpg"
    path.write_bytes(data[: len(data) // 2])
    image = loaded(path)
    assert image.pixels is None
    assert image.original_size == (200, 150)
    assert (
        problem_of(path)
        == "post.md: afgebroken.jpg: image is cut off (incomplete file); copy or download it again"
    )


@pytest.mark.parametrize(
    ("image_format", "words"),
    [
        ("PNG", "image is cut off"),
        ("GIF", "image is cut off"),
        ("TIFF", "image is cut off"),
        ("BMP", "image is cut off"),
        ("WEBP", "damaged image"),  # libwebp does not say 'truncated', only that it failed
    ],
)
def test_every_format_cut_in_half_is_one_line(tmp_path, image_format, words):
    buffer = io.BytesIO()
    photo((200, 150)).save(buffer, image_format)
    path = tmp_path / f"half.{image_format.lower()}"
    path.write_bytes(buffer.getvalue()[: len(buffer.getvalue()) // 2])
    assert loaded(path).pixels is None
    assert problem_of(path).startswith(f"post.md: {path.name}: {words}")


def test_random_bytes_behind_a_png_header_are_a_damaged_image(tmp_path):
    path = tmp_path / "kapot.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    assert check_image_file(path, "kapot.png") is None  # the header looks fine ...
    assert "kapot.png: damaged image, cannot be read" in problem_of(path)  # ... the content is not


def test_zero_byte_file_is_refused_before_decoding(tmp_path, write):
    (tmp_path / "leeg.jpg").write_bytes(b"")
    draft = load_draft(write("post.md", "---\nimages: [leeg.jpg]\n---\nTekst.\n"))
    assert draft.images == ()
    assert "leeg.jpg: image file is empty" in draft.image_errors[0].render("en")
    assert "damaged image" in problem_of(
        tmp_path / "leeg.jpg"
    )  # and the decoder would not crash on it either


def test_a_file_that_disappears_before_decoding_is_unreadable_not_a_crash(tmp_path):
    assert "weg.jpg: cannot read image" in problem_of(tmp_path / "weg.jpg")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    header=st.sampled_from(
        [
            b"\xff\xd8\xff\xe0",
            b"\x89PNG\r\n\x1a\n",
            b"GIF89a",
            b"BM",
            b"II*\x00",
            b"RIFF\x00\x00\x00\x00WEBPVP8 ",
        ]
    ),
    tail=st.binary(max_size=600),
)
def test_any_bytes_behind_an_image_header_give_pixels_or_a_problem_never_an_exception(tmp_path, header, tail):
    path = tmp_path / "willekeurig.img"
    path.write_bytes(header + tail)
    image = loaded(path)
    assert (image.pixels is None) == (image.problem is not None)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cut=st.integers(min_value=1, max_value=99), flip=st.integers(min_value=0, max_value=10_000))
def test_a_damaged_real_jpeg_gives_pixels_or_a_problem(tmp_path, cut, flip):
    data = bytearray(jpeg_bytes(photo((48, 32))))
    data = data[: max(4, len(data) * cut // 100)]
    data[flip % len(data)] ^= 0xFF
    path = tmp_path / "beschadigd.jpg"
    path.write_bytes(bytes(data))
    image = loaded(path)
    assert (image.pixels is None) == (image.problem is not None)


# --- decompression bombs ----------------------------------------------------------------------------


@pytest.fixture
def small_bomb_limit(monkeypatch):
    """Pillow's limit lowered to 10,000 pixels, so a 200 x 200 image is a 'bomb' (more than twice it)."""
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 10_000)


def test_decompression_bomb_is_refused_with_a_clear_line(tmp_path, small_bomb_limit):
    path = save(tmp_path / "bom.png", Image.new("RGB", (200, 200)), "PNG")
    image = loaded(path)
    assert image.pixels is None
    assert problem_of(path) == (
        "post.md: bom.png: too large to open safely (0.04 megapixels; the limit is 0.01 megapixels, "
        "against 'decompression bombs'); make the image smaller"
    )


def test_between_the_limit_and_twice_it_a_png_is_refused_but_a_jpeg_is_decoded_small(
    tmp_path, small_bomb_limit
):
    png = save(tmp_path / "groot.png", Image.new("RGB", (120, 100)), "PNG")
    jpeg = save(tmp_path / "groot.jpg", Image.new("RGB", (120, 100)), "JPEG")
    assert "too large to open safely" in problem_of(png)
    assert problem_of(jpeg) is None


def test_a_real_bomb_is_refused_under_pillows_own_limit_before_any_decoding(tmp_path):
    path = tmp_path / "bom.png"
    path.write_bytes(png_header_only(20_000, 20_000))  # 400 megapixels claimed in 45 bytes
    image = loaded(path)
    assert image.pixels is None
    assert problem_of(path) == (
        "post.md: bom.png: too large to open safely (400 megapixels; the limit is 89 megapixels, "
        "against 'decompression bombs'); make the image smaller"
    )


@pytest.mark.parametrize(
    "head",
    [
        b"",
        b"\xff\xd8",
        b"\xff\xd8\xff\xe1\x00",
        b"\xff\xd8\xff\xe1\xff\xffExif\x00\x00" + bytes(64),
        b"\x89PNG",
    ],
    ids=["empty", "SOI only", "a cut-off segment length", "an APP1 longer than the file", "not a JPEG"],
)
def test_reading_a_refused_jpegs_header_never_raises(tmp_path, head):
    from clusius_check.images.metadata import read_jpeg_metadata

    path = tmp_path / "kop.jpg"
    path.write_bytes(head)
    found = read_jpeg_metadata(path)
    assert found is None or found.gps == {}


def test_pillows_own_limit_is_kept():
    limit = Image.MAX_IMAGE_PIXELS
    assert limit == 1024 * 1024 * 1024 // 4 // 3  # Pillow's default, about 89.5 megapixels


# --- formats we do not read -------------------------------------------------------------------------

HEIC_HEAD = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + bytes(40)
AVIF_HEAD = b"\x00\x00\x00\x1cftypavif\x00\x00\x00\x00avifmif1miaf" + bytes(40)
SVG_TEXT = b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"></svg>\n'


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("foto.heic", HEIC_HEAD, "foto.heic: HEIC is not supported; export the photo as JPEG or PNG"),
        ("foto.jpg", HEIC_HEAD, "foto.jpg: HEIC is not supported"),
        ("foto.heic", b"no idea what this is", "foto.heic: HEIC is not supported"),
        ("foto.avif", AVIF_HEAD, "foto.avif: AVIF is not supported; export the image as JPEG or PNG"),
        ("mif1.jpg", b"\x00\x00\x00\x1cftypmif1\x00\x00\x00\x00mif1avif" + bytes(40), "mif1.jpg: AVIF"),
        ("logo.svg", SVG_TEXT, "logo.svg: SVG (a drawing in code) is not supported; export it as PNG"),
        ("logo.png", b"\xef\xbb\xbf  <svg viewBox='0 0 1 1'/>", "logo.png: SVG"),
        ("logo.svg", b"\x1f\x8b\x08\x00 gzipped", "logo.svg: SVG"),
        ("notities.jpg", b"Dit is gewoon tekst", "notities.jpg: not an image this tool can read"),
    ],
    ids=[
        "HEIC by magic and name",
        "HEIC saved as .jpg, by magic",
        "HEIC by name",
        "AVIF by magic",
        "generic HEIF brand with avif compatible",
        "SVG by magic and name",
        "SVG named .png, by content",
        "SVGZ by name",
        "text named .jpg",
    ],
)
def test_unsupported_formats_are_named(tmp_path, name, content, expected):
    path = tmp_path / name
    path.write_bytes(content)
    problem = check_image_file(path, name)
    assert problem is not None
    assert expected in problem.render("en")


def test_dutch_heic_message_says_what_to_do(tmp_path):
    path = tmp_path / "foto.heic"
    path.write_bytes(HEIC_HEAD)
    assert (
        check_image_file(path, "foto.heic")
        .render("nl")
        .startswith("foto.heic: HEIC wordt niet ondersteund; exporteer de foto als JPEG of PNG")
    )


def test_folder_mode_reports_a_heic_sibling_instead_of_skipping_it(write, tmp_path):
    from clusius_check.drafts import drafts_with_images

    post = write("post.md", "Tekst.\n")
    (tmp_path / "post.heic").write_bytes(HEIC_HEAD)
    [(found, siblings)] = list(drafts_with_images(tmp_path))
    draft = load_draft(found, sibling_images=siblings)
    assert found == post
    assert [error.render("en") for error in draft.image_errors] == [
        f"{post}: {tmp_path / 'post.heic'}: HEIC is not supported; export the photo as JPEG or PNG "
        "(iPhone: Settings > Camera > Formats > Most Compatible)"
    ]


# --- the cache: one decode per draft ----------------------------------------------------------------


def test_each_image_is_decoded_once_per_draft_in_draft_order(tmp_path, monkeypatch):
    first = save(tmp_path / "a.png", photo((10, 10)), "PNG")
    second = save(tmp_path / "b.jpg", photo((12, 12)), "JPEG")
    calls: list[str] = []
    real_decode = loading.decode_image

    def counting(ref, draft_path):
        calls.append(ref.display)
        return real_decode(ref, draft_path)

    monkeypatch.setattr(loading, "decode_image", counting)
    analysed = analysed_with(first, second, profile=first)
    images = loaded_images(analysed)
    assert loaded_images(analysed) is images
    assert loading.draft_images(analysed).images is images
    assert calls == ["a.png", "b.jpg", "a.png"]  # the profile picture is its own entry
    assert [image.ref.display for image in images] == ["a.png", "b.jpg", "a.png"]
    assert [image.ref.is_profile_picture for image in images] == [False, False, True]


def test_a_bad_image_does_not_stop_the_others(tmp_path):
    good = save(tmp_path / "goed.png", photo((10, 10)), "PNG")
    bad = tmp_path / "kapot.jpg"
    bad.write_bytes(jpeg_bytes()[:40])
    images = loaded_images(analysed_with(bad, good))
    assert images[0].pixels is None and images[0].problem is not None
    assert images[1].pixels is not None and images[1].problem is None


def test_decoding_never_writes_to_the_image(tmp_path):
    path = save(tmp_path / "foto.jpg", photo((3000, 2000)), "JPEG", exif=exif_with({0x0112: 6}))
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    loaded_images(analysed_with(path))
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


def test_jpeg_bytes_helper_makes_real_jpegs():
    assert Image.open(io.BytesIO(jpeg_bytes())).format == "JPEG"


def test_load_image_alone_gives_the_loaded_image_for_scripts_outside_a_draft(tmp_path):
    path = save(tmp_path / "los.png", photo((30, 20)), "PNG")
    image = load_image(ImageRef(path, path.name))
    assert image.problem is None and image.pixels.size == (30, 20)
    broken = tmp_path / "kapot.jpg"
    broken.write_bytes(b"\xff\xd8\xff" + bytes(10))
    assert load_image(ImageRef(broken, broken.name)).pixels is None
