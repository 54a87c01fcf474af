"""Decoding a draft's images once, small, and safely, whatever file a person attaches.

Every image rule asks `loaded_images(analysed)`; the first call decodes each image of the draft and
keeps the result in the analysed draft's shared results, so three image rules cost one decode.

What a rule gets is the first frame, turned upright by its EXIF orientation, in "RGB" (or "RGBA" when
some pixel is transparent), with its long side at most MAX_SIDE. Big JPEGs are decoded at 1/2, 1/4 or
1/8 scale by libjpeg itself (`Image.draft`), which is where the speed comes from: a 12-megapixel photo
decoded at 1/4 is a 1000 x 750 image and costs about a seventh of a full decode and resize.

A file that cannot be decoded (truncated, corrupt, a decompression bomb) gives a LoadedImage with
`pixels=None` and a one-line `problem` naming the file; it never raises. Files are opened read-only
and only read: nothing here writes, moves or deletes an image.
"""

from __future__ import annotations

import math
import re
import warnings
from dataclasses import dataclass
from typing import TYPE_CHECKING

from clusius_check.catalogue import Notice, message
from clusius_check.drafts import ImageRef
from clusius_check.images.metadata import ImageMetadata, read_jpeg_metadata, read_metadata

if TYPE_CHECKING:  # Pillow is imported where an image is decoded, so `--help` stays instant
    import PIL.Image

# The long side of the pixels the rules see. Logo hashes need far less; 1024 keeps a logo at 15 % of
# the width at about 150 px, plenty for a window search.
MAX_SIDE = 1024
# A big JPEG is decoded at the smallest libjpeg scale (1/2, 1/4, 1/8) whose long side is still at
# least this; the result is then at most MAX_SIDE without a resize in the common case. Measured on the
# bench photo (4000 x 3000, 3.1 MB; CPU time of decoding and shrinking to 1024, median of 8, 2026-12-07,
# the shared 2-core machine): full size 321 ms, 1/2 scale 133 ms, 1/4 scale 45 ms, 1/8 scale 44 ms.
# Below 1/4 the Huffman decoding of every coefficient remains and little is won, so with 3/4 of MAX_SIDE
# as the floor a 12-MP photo is decoded at 1/4 (1000 x 750) and never at 1/2 only to be shrunk by 2 %.
MIN_DRAFT_SIDE = MAX_SIDE * 3 // 4
# Formats Pillow may use to read an attached image, by content, not by name.
READABLE_FORMATS = ("JPEG", "PNG", "WEBP", "GIF", "BMP", "TIFF")
# MPO is how Pillow's JPEG reader presents a JPEG with a second picture in it (a depth map or preview),
# as many phones write them; it decodes its first picture like any JPEG.
_DRAFTABLE_FORMATS = ("JPEG", "MPO")
_ANIMATED_FORMATS = ("GIF", "WEBP", "PNG")  # PNG: APNG
# EXIF orientation (tag 0x0112) -> the Image.transpose methods that make the picture upright, in order.
_ORIENTATION_STEPS = {
    2: ("FLIP_LEFT_RIGHT",),
    3: ("ROTATE_180",),
    4: ("FLIP_TOP_BOTTOM",),
    5: ("TRANSPOSE",),
    6: ("ROTATE_270",),
    7: ("TRANSVERSE",),
    8: ("ROTATE_90",),
}
ORIENTATION_TAG = 0x0112
_CACHE_KEY = "images.loaded"


@dataclass(frozen=True)
class LoadedImage:
    ref: ImageRef
    # The first frame, EXIF orientation applied, "RGBA" if any pixel is transparent else "RGB", long side
    # at most MAX_SIDE, never upscaled. None when the file could not be decoded (then see `problem`).
    pixels: PIL.Image.Image | None
    original_size: tuple[int, int]  # width, height of the file as stored
    problem: Notice | None = None  # one line naming the file, when the image could not be used


@dataclass(frozen=True)
class DraftImages:
    """All a draft's images after one pass: what the rules see, the metadata read while each file was
    open (None when the file could not be opened), and warnings that are no errors (an animation of
    which only the first frame was checked)."""

    images: tuple[LoadedImage, ...]
    metadata: tuple[ImageMetadata | None, ...]
    warnings: tuple[Notice, ...]


def loaded_images(analysed) -> tuple[LoadedImage, ...]:
    """Each image of analysed.draft decoded once per draft (cached in analysed's shared results), in draft order."""
    return draft_images(analysed).images


def draft_images(analysed) -> DraftImages:
    """The cached pass over the draft's images, decoding them on the first call."""
    cached = analysed.shared.get(_CACHE_KEY)
    if cached is None:
        draft = analysed.draft
        draft_path = getattr(draft, "path", "")  # a stand-in draft in a test may not have one
        images, metadata, notes = [], [], []
        for ref in draft.images:
            loaded, found, note = decode_image(ref, draft_path)
            images.append(loaded)
            metadata.append(found)
            if note is not None:
                notes.append(note)
        cached = DraftImages(tuple(images), tuple(metadata), tuple(notes))
        analysed.shared[_CACHE_KEY] = cached
    return cached


def load_image(ref: ImageRef, draft_path: str = "") -> LoadedImage:
    """One file as the rules see it, outside a draft (evaluation scripts, tests); never raises for a bad file.
    `draft_path` is the draft a problem is reported for."""
    return decode_image(ref, draft_path)[0]


def decode_image(ref: ImageRef, draft_path: str) -> tuple[LoadedImage, ImageMetadata | None, Notice | None]:
    """(the image as the rules see it, its metadata, a warning) for one file; never raises for a bad file."""
    from PIL import Image, UnidentifiedImageError

    _register_readable_formats()

    def failed(key: str, size: tuple[int, int] = (0, 0), **params: object) -> LoadedImage:
        return LoadedImage(ref, None, size, Notice(draft_path, message(key, image=ref.display, **params)))

    metadata: ImageMetadata | None = None
    note: Notice | None = None
    size = (0, 0)
    try:
        with open(ref.path, "rb") as handle, warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", Image.DecompressionBombWarning)
            image = Image.open(handle, formats=READABLE_FORMATS)
            size = image.size
            if _refused_as_bomb(image, caught):
                return failed("error.image_too_large", size, **_bomb_params(_megapixels(size))), None, None
            metadata = read_metadata(image)
            # is_animated looks for a second frame only; n_frames would walk a long GIF to its end. A
            # phone's JPEG with a depth map or preview (MPO) has frames too, but is no animation.
            if image.format in _ANIMATED_FORMATS and getattr(image, "is_animated", False):
                note = Notice(draft_path, message("warning.image_animated", image=ref.display))
            pixels = _decode(image, metadata)
    except Image.DecompressionBombError as exc:
        pixels_in_file = re.search(r"\((\d+) pixels\)", str(exc))
        shown = int(pixels_in_file.group(1)) / 1_000_000 if pixels_in_file else _megapixels(size)
        return failed("error.image_too_large", size, **_bomb_params(shown)), _jpeg_metadata(ref), None
    except UnidentifiedImageError:
        return failed("error.image_corrupt", size), None, None
    except (FileNotFoundError, PermissionError, IsADirectoryError) as exc:
        return failed("error.image_unreadable", size, reason=exc.strerror), None, None
    except OSError as exc:
        # Pillow says "image file is truncated" (or "... (N bytes not processed)") for a cut-off file.
        key = "error.image_truncated" if "truncated" in str(exc) else "error.image_corrupt"
        return failed(key, size), metadata, None
    except Exception:
        # Decoders of untrusted files fail in every way there is (SyntaxError, ValueError, struct.error,
        # IndexError from a malformed chunk); each means the same to a person: the file is damaged.
        return failed("error.image_corrupt", size), metadata, None
    return LoadedImage(ref, pixels, size), metadata, note


def _jpeg_metadata(ref: ImageRef) -> ImageMetadata | None:
    """The metadata of a JPEG Pillow refused to open, read from its header segments without decoding."""
    try:
        return read_jpeg_metadata(ref.path)
    except Exception:  # the file is already reported as too large; its header may be damaged as well
        return None


def _register_readable_formats() -> None:
    """Image.open(formats=...) only knows the plugins imported so far; importing just these is cheaper
    than Image.init(), which loads every plugin Pillow has."""
    from PIL import (  # noqa: F401 - imported for their registration with Image.open
        BmpImagePlugin,
        GifImagePlugin,
        JpegImagePlugin,
        PngImagePlugin,
        TiffImagePlugin,
        WebPImagePlugin,
    )


def _refused_as_bomb(image, caught: list) -> bool:
    """Pillow's own limit (Image.MAX_IMAGE_PIXELS, about 89 megapixels) is kept: above twice the limit it
    refuses to open the file at all (DecompressionBombError); between the limit and twice the limit it only
    warns. There a JPEG is still safe to read, because we decode it at 1/8 scale at most; any other format
    would be decoded whole (hundreds of megabytes), so it is refused like a bomb."""
    from PIL import Image

    warned = any(issubclass(item.category, Image.DecompressionBombWarning) for item in caught)
    return warned and image.format not in _DRAFTABLE_FORMATS


def _megapixels(size: tuple[int, int]) -> float:
    return size[0] * size[1] / 1_000_000


def _bomb_params(megapixels: float) -> dict[str, str]:
    from PIL import Image

    limit = (Image.MAX_IMAGE_PIXELS or 0) / 1_000_000

    def shown(value: float) -> str:
        return f"{value:.0f}" if value >= 10 else f"{value:.2g}"

    return {"megapixels": shown(megapixels), "limit": shown(limit)}


def _decode(image, metadata: ImageMetadata):
    """The first frame, upright, in RGB or RGBA, long side at most MAX_SIDE."""
    from PIL import Image

    if image.format in _DRAFTABLE_FORMATS:
        scale = draft_scale(image.size)
        if scale > 1:
            width, height = image.size
            image.draft(image.mode, (max(1, width // scale), max(1, height // scale)))
    image.seek(0)
    image.load()
    pixels = _to_rgb_or_rgba(image)
    if max(pixels.size) > MAX_SIDE:
        # reducing_gap first shrinks by whole factors (cheap box reduce), then resamples the rest.
        pixels.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS, reducing_gap=2.0)
    orientation = metadata.base.get(ORIENTATION_TAG)
    for step in _ORIENTATION_STEPS.get(orientation if isinstance(orientation, int) else 1, ()):
        pixels = pixels.transpose(getattr(Image.Transpose, step))
    return pixels


def draft_scale(size: tuple[int, int]) -> int:
    """The libjpeg scale (8, 4, 2 or 1) to decode a JPEG of `size` at: the smallest picture whose long
    side is still at least MIN_DRAFT_SIDE."""
    long_side = max(size)
    for scale in (8, 4, 2):
        if math.ceil(long_side / scale) >= MIN_DRAFT_SIDE:
            return scale
    return 1


def _to_rgb_or_rgba(image):
    """A new in-memory image in "RGB", or "RGBA" when some pixel is not fully opaque.

    16-bit and 32-bit greys (PNG "I;16", TIFF "I" and "F") would be clipped to white by a plain
    convert, so they are scaled to 8 bits first: by their full range for 16-bit, by the values actually
    used otherwise. CMYK, YCbCr, LAB and 1-bit convert directly; palettes and LA keep their alpha.
    """
    mode = image.mode
    if mode.startswith("I;16"):
        image = image.convert("I")
        mode = "I"
        peak = 65535
    else:
        peak = None
    if mode in ("I", "F"):
        if peak is None:
            low, high = image.getextrema()
            peak = high if high and high > 255 else 255
        image = image.point(lambda value: value * (255 / peak)).convert("L")
        mode = "L"
    has_alpha = mode in ("RGBA", "LA", "PA", "La", "RGBa") or (mode == "P" and "transparency" in image.info)
    if mode in ("L", "1") and "transparency" in image.info:
        has_alpha = True
    if not has_alpha:
        return image.convert("RGB")
    rgba = image.convert("RGBA")
    if rgba.getchannel("A").getextrema()[0] == 255:
        return rgba.convert("RGB")
    return rgba
