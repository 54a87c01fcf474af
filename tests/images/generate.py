"""The image evaluation set, built in memory from a seed: logo transformations and negatives.

Positives are made from the shipped stand-ins (`logos/`) and from a second school logo that is never shipped
(`second-school/`); negatives are real photographs (the sample photos inside the scikit-image and matplotlib
wheels: public domain or CC0, see README.md here), plain-colour and initials avatars, and the other
organisations' logos in `other-logos/`.

Two splits: `calibration` (seed 1, even-numbered photos and other logos) chooses the distances;
`evaluation` (seed 2, odd-numbered photos, all other logos, and the second school) measures them. Nothing of
the evaluation split is looked at while choosing.
"""

from __future__ import annotations

import io
import random
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw, ImageEnhance, ImageFilter, ImageOps

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # draw_test_logos, whether this runs as a script or as tests.images.generate
SHIPPED = HERE.parents[1] / "logos"
SECOND_SCHOOL = HERE / "second-school"
OTHER_LOGOS = HERE / "other-logos"

PROFILE_FAMILIES = (
    "resize",
    "jpeg",
    "webp",
    "circle-white",
    "circle-transparent",
    "padding",
    "canvas",
    "grayscale",
    "brightness-contrast",
    "blur",
    "rotation",
    "crop",
)
SPLITS = {"calibration": 1, "evaluation": 2}

# skimage.data files that are photographs (not drawings, charts or synthetic images), and matplotlib's.
SKIMAGE_PHOTOS = (
    "astronaut.png",
    "brick.png",
    "camera.png",
    "cell.png",
    "chelsea.png",
    "clock_motion.png",
    "coffee.png",
    "coins.png",
    "grass.png",
    "gravel.png",
    "hubble_deep_field.jpg",
    "ihc.png",
    "microaneurysms.png",
    "moon.png",
    "motorcycle_left.png",
    "motorcycle_right.png",
    "page.png",
    "retina.jpg",
    "rocket.jpg",
    "text.png",
)
MATPLOTLIB_PHOTOS = ("grace_hopper.jpg", "Minduka_Present_Blue_Pack.png")


@dataclass(frozen=True)
class Case:
    name: str
    family: str  # a transformation family, or the kind of negative
    logo: str | None  # the logo file shown (None for a negative without any logo)
    data: bytes  # the encoded image, as a person would attach it
    suffix: str


def _package_dir(name: str) -> Path | None:
    import importlib.util

    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def photo_paths() -> list[Path]:
    """The sample photographs that ship inside installed wheels (no download); empty when neither is installed."""
    paths: list[Path] = []
    skimage = _package_dir("skimage")
    if skimage is not None:
        paths += [skimage / "data" / name for name in SKIMAGE_PHOTOS if (skimage / "data" / name).exists()]
    matplotlib = _package_dir("matplotlib")
    if matplotlib is not None:
        sample = matplotlib / "mpl-data" / "sample_data"
        paths += [sample / name for name in MATPLOTLIB_PHOTOS if (sample / name).exists()]
    return paths


def faces() -> list[Image.Image]:
    """The 100 small face photographs of skimage's lfw_subset (Labeled Faces in the Wild), as images."""
    import numpy as np

    skimage = _package_dir("skimage")
    if skimage is None or not (skimage / "data" / "lfw_subset.npy").exists():
        return []
    stack = np.load(skimage / "data" / "lfw_subset.npy")[:100]
    return [Image.fromarray((face * 255).astype("uint8")).convert("RGB") for face in stack]


def encode(image: Image.Image, fmt: str = "PNG", quality: int = 90) -> tuple[bytes, str]:
    buffer = io.BytesIO()
    if fmt == "JPEG":
        image.convert("RGB").save(buffer, "JPEG", quality=quality)
        return buffer.getvalue(), ".jpg"
    if fmt == "WEBP":
        image.save(buffer, "WEBP", quality=quality)
        return buffer.getvalue(), ".webp"
    image.save(buffer, "PNG")
    return buffer.getvalue(), ".png"


def on(image: Image.Image, colour: tuple[int, int, int]) -> Image.Image:
    base = Image.new("RGB", image.size, colour)
    base.paste(image, mask=image.getchannel("A") if image.mode == "RGBA" else None)
    return base


def plain_colour(rng: random.Random) -> tuple[int, int, int]:
    return (rng.randrange(256), rng.randrange(256), rng.randrange(256))


def resized(image: Image.Image, long_side: int) -> Image.Image:
    scale = long_side / max(image.size)
    size = (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
    return image.resize(size, Image.Resampling.LANCZOS)


def transform(logo: Image.Image, family: str, rng: random.Random) -> tuple[bytes, str]:
    """One picture of `logo` (RGBA) as someone might have used it as a profile picture."""
    white = on(logo, (255, 255, 255))
    side = rng.randrange(160, 900)
    if family == "resize":
        long_side = round(48 * (2000 / 48) ** rng.random())
        return encode(resized(logo, long_side))
    if family == "jpeg":
        return encode(resized(white, side), "JPEG", rng.randrange(20, 61))
    if family == "webp":
        return encode(resized(logo, side), "WEBP", rng.randrange(30, 81))
    if family in ("circle-white", "circle-transparent"):
        square = ImageOps.pad(white, (max(white.size),) * 2, color=(255, 255, 255))
        square = resized(square, side)
        mask = Image.new("L", square.size, 0)
        ImageDraw.Draw(mask).ellipse((0, 0, square.width - 1, square.height - 1), fill=255)
        if family == "circle-white":
            out = Image.new("RGB", square.size, (255, 255, 255))
            out.paste(square, mask=mask)
            return encode(out, "JPEG", rng.randrange(60, 95))
        out = square.convert("RGBA")
        out.putalpha(mask)
        return encode(out)
    if family in ("padding", "canvas"):
        colour = plain_colour(rng)
        small = resized(on(logo, colour), side)
        if family == "padding":
            pads = [round(share * small.width) for share in (rng.uniform(0.02, 0.25) for _ in range(4))]
            width, height = small.width + pads[0] + pads[2], small.height + pads[1] + pads[3]
            offset = (pads[0], pads[1])
        else:
            height = round(small.height * rng.uniform(1.05, 1.4))
            width = max(round(height * rng.uniform(1.8, 3.0)), small.width + 8)
            offset = ((width - small.width) // 2, (height - small.height) // 2)
        out = Image.new("RGB", (width, height), colour)
        out.paste(small, offset)
        return encode(out, "JPEG", rng.randrange(70, 95))
    if family == "grayscale":
        return encode(resized(white, side).convert("L"), "JPEG", rng.randrange(60, 95))
    if family == "brightness-contrast":
        out = ImageEnhance.Brightness(resized(white, side)).enhance(rng.uniform(0.7, 1.3))
        out = ImageEnhance.Contrast(out).enhance(rng.uniform(0.7, 1.3))
        return encode(out, "JPEG", rng.randrange(70, 95))
    if family == "blur":
        out = resized(white, side)
        return encode(out.filter(ImageFilter.GaussianBlur(rng.uniform(0.5, 3.0) * side / 400)), "JPEG", 85)
    if family == "rotation":
        out = resized(white, side).rotate(
            rng.uniform(-5, 5), resample=Image.Resampling.BICUBIC, expand=True, fillcolor=(255, 255, 255)
        )
        return encode(out, "JPEG", rng.randrange(70, 95))
    if family == "crop":
        out = resized(white, side)
        shares = [rng.uniform(0, 0.10) for _ in range(4)]
        box = (
            round(out.width * shares[0]),
            round(out.height * shares[1]),
            out.width - round(out.width * shares[2]),
            out.height - round(out.height * shares[3]),
        )
        return encode(out.crop(box), "JPEG", rng.randrange(70, 95))
    raise ValueError(family)


def load_logo(path: Path) -> Image.Image:
    with Image.open(path) as image:
        return image.convert("RGBA")


def logo_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.png"))


def profile_positives(folder: Path, seed: int, per_family: int) -> Iterator[Case]:
    rng = random.Random(seed)
    for path in logo_files(folder):
        logo = load_logo(path)
        for family in PROFILE_FAMILIES:
            for number in range(per_family):
                data, suffix = transform(logo, family, rng)
                yield Case(f"{path.stem}-{family}-{number}", family, path.name, data, suffix)


def split_items(items: list, split: str) -> list:
    """Even-numbered items calibrate, odd-numbered items evaluate (the evaluation split keeps them apart)."""
    return items[0::2] if split == "calibration" else items[1::2]


def photo_negatives(split: str, seed: int) -> Iterator[Case]:
    """Each photograph whole, cut square (as a profile picture is), and two random crops; plus face photos."""
    rng = random.Random(seed + 100)
    for path in split_items(photo_paths(), split):
        with Image.open(path) as opened:
            photo = opened.convert("RGB")
        side = min(photo.size)
        square = photo.crop(
            (
                (photo.width - side) // 2,
                (photo.height - side) // 2,
                (photo.width + side) // 2,
                (photo.height + side) // 2,
            )
        )
        pieces = [("photo", photo), ("photo-square", square)]
        for number in range(2):
            width, height = (
                round(photo.width * rng.uniform(0.3, 0.7)),
                round(photo.height * rng.uniform(0.3, 0.7)),
            )
            left, top = rng.randrange(photo.width - width + 1), rng.randrange(photo.height - height + 1)
            pieces.append((f"photo-crop{number}", photo.crop((left, top, left + width, top + height))))
        for kind, piece in pieces:
            data, suffix = encode(resized(piece, rng.randrange(200, 1024)), "JPEG", rng.randrange(50, 95))
            yield Case(f"{path.stem}-{kind}", "photo", None, data, suffix)
    for number, face in enumerate(split_items(faces(), split)):
        data, suffix = encode(resized(face, rng.randrange(96, 400)), "JPEG", rng.randrange(60, 95))
        yield Case(f"face-{number}", "photo-face", None, data, suffix)


def avatar_negatives(seed: int, count: int = 30) -> Iterator[Case]:
    """Plain-colour squares and circles, and initials on a coloured disc or square (some white on green)."""
    from draw_test_logos import font

    rng = random.Random(seed + 200)
    letters = "ABCDEFGHIJKLMNOPRSTVWZ"
    for number in range(count):
        side = rng.randrange(96, 600)
        colour = plain_colour(rng)
        plain = Image.new("RGB", (side, side), colour)
        if number % 2:
            plain = Image.new("RGB", (side, side), (255, 255, 255))
            ImageDraw.Draw(plain).ellipse((0, 0, side - 1, side - 1), fill=colour)
        data, suffix = encode(plain, "JPEG", 85)
        yield Case(f"plain-{number}", "plain-avatar", None, data, suffix)
    for number in range(count):
        side = rng.randrange(96, 600)
        colour = (22, 101, 52) if number % 3 == 0 else plain_colour(rng)
        image = Image.new("RGB", (side, side), (255, 255, 255) if number % 2 else colour)
        draw = ImageDraw.Draw(image)
        if number % 2:
            draw.ellipse((0, 0, side - 1, side - 1), fill=colour)
        text = "CC" if number % 6 == 0 else "".join(rng.choice(letters) for _ in range(rng.randrange(1, 3)))
        face = font(round(side * 0.4))
        left, top, right, bottom = draw.textbbox((0, 0), text, font=face)
        draw.text(
            ((side - right - left) / 2, (side - bottom - top) / 2), text, font=face, fill=(255, 255, 255)
        )
        data, suffix = encode(image, "PNG" if number % 4 == 0 else "JPEG", 85)
        yield Case(f"initials-{number}", "initials-avatar", None, data, suffix)


def other_logo_negatives(split: str, seed: int, per_logo: int = 6) -> Iterator[Case]:
    """Other organisations' logos, transformed the way the school's logo is (another club's logo as a
    profile picture is allowed)."""
    rng = random.Random(seed + 300)
    paths = logo_files(OTHER_LOGOS)
    if split == "calibration":
        paths = paths[0::2]
    for path in paths:
        logo = load_logo(path)
        for number in range(per_logo):
            family = rng.choice(PROFILE_FAMILIES)
            data, suffix = transform(logo, family, rng)
            yield Case(f"{path.stem}-{family}-{number}", "other-logo", path.name, data, suffix)


# --- logo inside a larger image ------------------------------------------------------------------------------


def graphic_background(rng: random.Random, width: int, height: int) -> Image.Image:
    """A made-up poster: a vertical two-colour gradient, a few shapes and lines of text."""
    from draw_test_logos import font

    top, bottom = plain_colour(rng), plain_colour(rng)
    image = Image.new("RGB", (width, height))
    draw = ImageDraw.Draw(image)
    for y in range(height):
        mix = y / max(1, height - 1)
        draw.line(
            (0, y, width, y), fill=tuple(round(a + (b - a) * mix) for a, b in zip(top, bottom, strict=True))
        )
    for _ in range(rng.randrange(2, 6)):
        x0, y0 = rng.randrange(width), rng.randrange(height)
        size = rng.randrange(width // 10, width // 3)
        shape = rng.choice((draw.ellipse, draw.rectangle))
        shape((x0, y0, x0 + size, y0 + size), fill=plain_colour(rng))
    words = ("Open dag", "Kom langs!", "Inschrijven", "Sportdag 2026", "Examenfeest", "Welkom")
    for _ in range(rng.randrange(1, 4)):
        draw.text(
            (rng.randrange(width // 2), rng.randrange(height)),
            rng.choice(words),
            font=font(rng.randrange(height // 20, height // 8)),
            fill=plain_colour(rng),
        )
    return image


def backgrounds(split: str, seed: int, count: int) -> list[Image.Image]:
    rng = random.Random(seed + 400)
    photos = []
    for path in split_items(photo_paths(), split):
        with Image.open(path) as opened:
            photos.append(opened.convert("RGB"))
    out = []
    for number in range(count):
        if number % 3 == 2 or not photos:
            width = rng.randrange(600, 1600)
            out.append(graphic_background(rng, width, round(width * rng.uniform(0.5, 1.3))))
        else:
            photo = photos[number % len(photos)]
            out.append(resized(photo, rng.randrange(600, 1600)))
    return out


def paste_logo(background: Image.Image, logo: Image.Image, rng: random.Random) -> Image.Image:
    """`logo` at 15-30 % of the width, anywhere inside the image; now and then on a white plate."""
    image = background.copy()
    width = round(image.width * rng.uniform(0.15, 0.30))
    small = (
        resized(logo, width)
        if logo.width >= logo.height
        else resized(logo, round(width * logo.height / logo.width))
    )
    small = small.resize((width, max(1, round(width * logo.height / logo.width))), Image.Resampling.LANCZOS)
    if small.height > image.height * 0.9:
        small = resized(small, round(image.height * 0.9))
    if rng.random() < 0.3:
        plate = Image.new("RGBA", (small.width + 12, small.height + 12), (255, 255, 255, 255))
        plate.alpha_composite(small, (6, 6))
        small = plate
    left = rng.randrange(0, image.width - small.width + 1)
    top = rng.randrange(0, image.height - small.height + 1)
    image.paste(small, (left, top), small)
    return image


def in_image_positives(folder: Path, split: str, seed: int, per_logo: int) -> Iterator[Case]:
    rng = random.Random(seed + 500)
    for path in logo_files(folder):
        logo = load_logo(path)
        for number, background in enumerate(backgrounds(split, seed + len(path.name), per_logo)):
            data, suffix = encode(paste_logo(background, logo, rng), "JPEG", rng.randrange(50, 92))
            yield Case(f"{path.stem}-in-image-{number}", f"in-image {path.stem}", path.name, data, suffix)


def in_image_negatives(split: str, seed: int, count: int) -> Iterator[Case]:
    """The same kind of backgrounds, with nothing or with another organisation's logo pasted in."""
    rng = random.Random(seed + 600)
    others = [load_logo(path) for path in logo_files(OTHER_LOGOS)]
    if split == "calibration":
        others = others[0::2]
    for number, background in enumerate(backgrounds(split, seed + 7, count)):
        if number % 2:
            image, family = paste_logo(background, others[number % len(others)], rng), "in-image-other-logo"
        else:
            image, family = background, "in-image-nothing"
        data, suffix = encode(image, "JPEG", rng.randrange(50, 92))
        yield Case(f"{family}-{number}", family, None, data, suffix)
