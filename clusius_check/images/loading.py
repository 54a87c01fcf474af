"""Decoding each image of a draft once, for every image rule.

MINIMAL STAND-IN written by the logo helper to develop the logo rules against the shared contract
(LoadedImage, loaded_images, MAX_SIDE). The loading helper owns this module; its version replaces this one.
"""

from __future__ import annotations

from dataclasses import dataclass

from clusius_check.catalogue import Notice, message
from clusius_check.drafts import ImageRef

MAX_SIDE = 1024
_SHARED_KEY = "images.loaded"


@dataclass(frozen=True)
class LoadedImage:
    ref: ImageRef
    pixels: object  # PIL.Image.Image | None
    original_size: tuple[int, int]
    problem: Notice | None = None


def load_image(ref: ImageRef) -> LoadedImage:
    from PIL import Image, ImageOps

    try:
        with Image.open(ref.path) as image:
            original_size = image.size
            if image.format == "JPEG":
                image.draft("RGB", (MAX_SIDE, MAX_SIDE))
            image.seek(0)
            image.load()
            image = ImageOps.exif_transpose(image)
            has_alpha = image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info
            image = image.convert("RGBA" if has_alpha else "RGB")
            image.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
            return LoadedImage(ref, image, original_size)
    except (OSError, ValueError, Image.DecompressionBombError) as exc:
        problem = Notice(ref.display, message("error.image_unreadable", image=ref.display, reason=str(exc)))
        return LoadedImage(ref, None, (0, 0), problem)


def loaded_images(analysed) -> tuple[LoadedImage, ...]:
    """Each image of analysed.draft decoded once per draft (cached in analysed's shared results), in draft order."""
    if _SHARED_KEY not in analysed.shared:
        analysed.shared[_SHARED_KEY] = tuple(load_image(ref) for ref in analysed.draft.images)
    return analysed.shared[_SHARED_KEY]
