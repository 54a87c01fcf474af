"""The school's reference logos, ready to compare: variants, perceptual hashes, small templates; cached.

A logo folder (the shipped `logos/`, `--logos DIR` or the `logos:` config key) is read into a `LogoIndex`:
every PNG/JPEG/WebP/GIF/BMP file there becomes a set of *variants* (the logo flattened on white and on black,
trimmed of uniform borders, cut to a circle, cropped a little at its edges, turned a few degrees), and each
variant gets a pHash and a dHash (imagehash). The logo-in-image search also keeps each logo as a small
trimmed RGBA template.

Hashing the variants costs about a tenth of a second per logo file, so the index is cached twice: in this
process (one index per folder content) and on disk (`$XDG_CACHE_HOME/clusius-check/logos/`, else
`~/.cache/clusius-check/logos/`), keyed by a hash of the files' names and contents and of ALGORITHM, so a
replaced logo is hashed anew. A cache that cannot be read (corrupt, another version) or written (read-only
home) is not used: the index is recomputed, never wrong.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import zipfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from clusius_check.config import ConfigError

# Bump when variants or hashes change: old cache files then no longer match any key.
ALGORITHM = "logo-index-9"
LOGO_SUFFIXES = (".png", ".jpg", ".jpeg", ".webp", ".gif", ".bmp")
HASH_SIZE = 8  # 64-bit hashes, imagehash's default
# Longest side of the RGBA template kept per logo for the search inside larger images.
TEMPLATE_SIDE = 128
# A side has a plain border when at least TRIM_UNIFORM of its outer line is within TRIM_TOLERANCE of that line's
# median colour; the border goes on inward while fewer than TRIM_CONTENT of a line's pixels differ from it. The
# tolerance is wide enough for JPEG quality 20 ringing around a logo on a plain colour.
TRIM_TOLERANCE = 40
TRIM_UNIFORM = 0.9
TRIM_CONTENT = 0.005
# Trim and make variants at this long side, the same for references and pictures, so that a thin line of a
# logo is kept or dropped alike on both sides.
WORK_SIDE = 256
# Crops of the reference, per side (left, top, right, bottom): every combination of these shares, so a picture
# cropped up to 10 % on any sides is within half a step (under 2 %) of one of them.
CROP_SHARES = (0.0, 0.035, 0.07, 0.10)
ROTATIONS = (-4, -2, 2, 4)
WHITE = (255, 255, 255)
BLACK = (0, 0, 0)


@dataclass(frozen=True)
class LogoIndex:
    """Every variant of every logo in a folder, with its hashes; `files[i]` is the name of logo i."""

    folder: Path
    files: tuple[str, ...]
    variant_logo: np.ndarray  # (n,) int: which file each variant comes from
    variant_kind: tuple[str, ...]  # "white", "black-circle", "white-crop10", "white-rot+4", ...
    phash: np.ndarray  # (n, 64) bool
    dhash: np.ndarray  # (n, 64) bool
    templates: tuple[np.ndarray, ...]  # per file: (h, w, 4) uint8, trimmed, long side TEMPLATE_SIDE

    @property
    def is_empty(self) -> bool:
        return not self.files


def shipped_logos_dir() -> Path:
    """`logos/` inside an installed package, else at the top of the repository."""
    package_dir = Path(__file__).resolve().parent.parent
    installed = package_dir / "logos"
    return installed if installed.is_dir() else package_dir.parent / "logos"


# --- pixels --------------------------------------------------------------------------------------------------


def flatten(image, background: tuple[int, int, int] = WHITE):
    """An RGB image: transparent pixels show `background` (a logo PNG is mostly transparency)."""
    from PIL import Image

    if image.mode == "RGB":
        return image
    if image.mode != "RGBA":
        image = image.convert("RGBA")
    base = Image.new("RGB", image.size, background)
    base.paste(image, mask=image.getchannel("A"))
    return base


def border(
    image, tolerance: int = TRIM_TOLERANCE
) -> tuple[tuple[int, int, int, int], tuple[int, int, int] | None]:
    """The box inside the picture's plain borders (padding, a plain canvas, the corners of a circle crop, the
    margin a logo file keeps), and the colour of those borders (None when no side has one). Each side is
    judged on its own: a picture cropped through the logo on one side keeps its plain margin on the others."""
    pixels = np.asarray(image.convert("RGB"), dtype=np.int16)
    height, width = pixels.shape[:2]
    colours = []

    def peel(lines: np.ndarray) -> int:
        """How many lines, from the edge inward, belong to a plain border."""
        edge = lines[0]
        colour = np.median(edge, axis=0)
        if (np.abs(edge - colour).max(axis=1) <= tolerance).mean() < TRIM_UNIFORM:
            return 0
        limit = max(1.0, TRIM_CONTENT * lines.shape[1])
        start, step, peeled = 0, 8, len(lines)
        while start < len(lines):  # borders are thin: look at a few lines at a time, not the whole picture
            chunk = lines[start : start + step]
            content = np.flatnonzero((np.abs(chunk - colour).max(axis=2) > tolerance).sum(axis=1) >= limit)
            if len(content):
                peeled = start + int(content[0])
                break
            start, step = start + step, step * 2
        if peeled:
            colours.append(colour)
        return peeled

    if width < 8 or height < 8:
        return (0, 0, width, height), None
    columns = pixels.transpose(1, 0, 2)
    top, bottom = peel(pixels), peel(pixels[::-1])
    left, right = peel(columns), peel(columns[::-1])
    box = (left, top, width - right, height - bottom)
    if box[2] - box[0] < 8 or box[3] - box[1] < 8:
        return (0, 0, width, height), None
    colour = tuple(int(value) for value in np.median(colours, axis=0)) if colours else None
    return box, colour


def content_box(image, tolerance: int = TRIM_TOLERANCE) -> tuple[int, int, int, int] | None:
    """The box inside the plain borders, or None when the picture has none."""
    box, colour = border(image, tolerance)
    return None if colour is None else box


def trim(image, tolerance: int = TRIM_TOLERANCE):
    """The image without its uniform border; unchanged when it has none."""
    box = content_box(image, tolerance)
    return image if box is None or box == (0, 0, *image.size) else image.crop(box)


def to_work_size(image):
    """The image scaled (up or down) to a long side of WORK_SIDE."""
    from PIL import Image

    factor = max(image.size) // WORK_SIDE
    if factor >= 2:
        image = image.reduce(factor)  # a quick box filter first: a 1024-px picture costs a quarter as much
    scale = WORK_SIDE / max(image.size)
    size = (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
    return image if size == image.size else image.resize(size, Image.Resampling.BILINEAR)


def circle_crop(image, background: tuple[int, int, int]):
    """The image cut to the largest centred circle, the corners filled with `background` (an avatar crop)."""
    from PIL import Image, ImageDraw

    side = min(image.size)
    left, top = (image.width - side) // 2, (image.height - side) // 2
    square = image.crop((left, top, left + side, top + side))
    mask = Image.new("L", (side, side), 0)
    ImageDraw.Draw(mask).ellipse((0, 0, side - 1, side - 1), fill=255)
    base = Image.new("RGB", (side, side), background)
    base.paste(square, mask=mask)
    return base


# --- hashes --------------------------------------------------------------------------------------------------


def hash_bits(image) -> tuple[np.ndarray, np.ndarray]:
    """pHash and dHash of an image, as 64 booleans each (imagehash's own computation)."""
    import imagehash

    return (
        imagehash.phash(image, hash_size=HASH_SIZE).hash.reshape(-1),
        imagehash.dhash(image, hash_size=HASH_SIZE).hash.reshape(-1),
    )


def reference_variants(logo) -> list[tuple[str, object]]:
    """What a logo may look like once someone has used it: on white or black (transparency flattened),
    trimmed, cut to a circle, cropped on any sides (every combination of CROP_SHARES), turned 2 or 4 degrees
    either way. Each becomes a reference (about 260 per logo with transparency; comparing with all of them
    costs microseconds)."""
    from PIL import Image

    variants: list[tuple[str, object]] = []
    has_alpha = logo.mode == "RGBA" and np.asarray(logo.getchannel("A")).min() < 250
    for name, background in (("white", WHITE), ("black", BLACK)) if has_alpha else (("plain", WHITE),):
        flat = trim(flatten(logo, background))
        variants.append((name, flat))
        variants.append((f"{name}-circle", trim(circle_crop(flat, background))))
        for shares in itertools.product(CROP_SHARES, repeat=4):
            if any(shares):
                left, top = round(flat.width * shares[0]), round(flat.height * shares[1])
                right, bottom = (
                    flat.width - round(flat.width * shares[2]),
                    flat.height - round(flat.height * shares[3]),
                )
                variants.append(
                    (
                        f"{name}-crop" + "-".join(f"{round(v * 100)}" for v in shares),
                        trim(flat.crop((left, top, right, bottom))),
                    )
                )
        for angle in ROTATIONS:
            turned = flat.rotate(angle, resample=Image.Resampling.BILINEAR, expand=True, fillcolor=background)
            variants.append((f"{name}-rot{angle:+d}", trim(turned)))
    return variants


def template_of(logo) -> np.ndarray:
    """The logo trimmed to its visible pixels, long side TEMPLATE_SIDE, as an RGBA array."""
    from PIL import Image

    rgba = logo.convert("RGBA")
    box = rgba.getchannel("A").point(lambda alpha: 255 if alpha > 16 else 0).getbbox()
    if box is not None:
        rgba = rgba.crop(box)
    if np.asarray(rgba.getchannel("A")).min() >= 250:
        rgba = _trim_rgba(rgba)
    scale = TEMPLATE_SIDE / max(rgba.size)
    size = (max(1, round(rgba.width * scale)), max(1, round(rgba.height * scale)))
    return np.asarray(rgba.resize(size, Image.Resampling.LANCZOS), dtype=np.uint8)


def _trim_rgba(rgba):
    """An opaque logo with a plain border (a JPEG or a PNG without transparency): cut the border off."""
    box = content_box(rgba.convert("RGB"))
    return rgba if box is None else rgba.crop(box)


# --- the index and its caches --------------------------------------------------------------------------------


def logo_files(folder: Path) -> list[Path]:
    try:
        return sorted(
            path for path in folder.iterdir() if path.suffix.lower() in LOGO_SUFFIXES and path.is_file()
        )
    except OSError as exc:
        raise ConfigError(str(folder), "logos.folder_unreadable", reason=exc.strerror or str(exc)) from exc


_memo: dict[str, LogoIndex] = {}


def logo_index(folder: Path | None = None) -> LogoIndex:
    """The index of `folder` (None: the shipped logos). Raises ConfigError (one line naming the folder)
    when the folder cannot be read, holds no logo, or a logo cannot be decoded."""
    folder = shipped_logos_dir() if folder is None else folder
    contents: list[tuple[str, bytes]] = []
    for path in logo_files(folder):
        try:
            contents.append((path.name, path.read_bytes()))
        except OSError as exc:
            raise ConfigError(str(path), "logos.file_unreadable", reason=exc.strerror or str(exc)) from exc
    if not contents:
        raise ConfigError(str(folder), "logos.folder_empty")
    digest = hashlib.sha256(ALGORITHM.encode())
    for name, data in contents:
        digest.update(name.encode("utf-8", "surrogateescape") + b"\0" + hashlib.sha256(data).digest())
    key = digest.hexdigest()
    if key in _memo:
        return _memo[key]
    index = _read_cache(key, folder)
    if index is None:
        index = _build_index(folder, contents)
        _write_cache(key, index)
    _memo[key] = index
    return index


def _build_index(folder: Path, contents: list[tuple[str, bytes]]) -> LogoIndex:
    import io

    from PIL import Image

    logos, kinds, phashes, dhashes, templates = [], [], [], [], []
    for number, (name, data) in enumerate(contents):
        try:
            with Image.open(io.BytesIO(data)) as opened:
                opened.seek(0)
                logo = opened.convert("RGBA")
        except (OSError, ValueError, Image.DecompressionBombError) as exc:
            raise ConfigError(str(folder / name), "logos.file_unreadable", reason=str(exc)) from exc
        logo = to_work_size(logo)
        for kind, variant in reference_variants(logo):
            phash, dhash = hash_bits(variant)
            logos.append(number)
            kinds.append(kind)
            phashes.append(phash)
            dhashes.append(dhash)
        templates.append(template_of(logo))
    return LogoIndex(
        folder=folder,
        files=tuple(name for name, _ in contents),
        variant_logo=np.array(logos, dtype=np.int32),
        variant_kind=tuple(kinds),
        phash=np.array(phashes, dtype=bool),
        dhash=np.array(dhashes, dtype=bool),
        templates=tuple(templates),
    )


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "clusius-check" / "logos"


def _read_cache(key: str, folder: Path) -> LogoIndex | None:
    path = cache_dir() / f"{key}.npz"
    try:
        with np.load(path, allow_pickle=False) as data:
            meta = json.loads(str(data["meta"]))
            if meta["algorithm"] != ALGORITHM:
                return None
            templates = tuple(data[f"template{i}"] for i in range(len(meta["files"])))
            index = LogoIndex(
                folder=folder,
                files=tuple(meta["files"]),
                variant_logo=data["variant_logo"],
                variant_kind=tuple(meta["kinds"]),
                phash=data["phash"],
                dhash=data["dhash"],
                templates=templates,
            )
    except (OSError, ValueError, KeyError, TypeError, EOFError, zipfile.BadZipFile):
        return None
    n = len(index.variant_kind)
    shapes_ok = index.phash.shape == (n, HASH_SIZE**2) and index.dhash.shape == (n, HASH_SIZE**2)
    if not shapes_ok or index.phash.dtype != bool or len(index.variant_logo) != n:
        return None
    return index


def _write_cache(key: str, index: LogoIndex) -> None:
    path = cache_dir() / f"{key}.npz"
    meta = {"algorithm": ALGORITHM, "files": list(index.files), "kinds": list(index.variant_kind)}
    arrays = {f"template{i}": template for i, template in enumerate(index.templates)}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f"{key}.{os.getpid()}.tmp.npz")
        np.savez(
            partial,
            meta=np.array(json.dumps(meta)),
            variant_logo=index.variant_logo,
            phash=index.phash,
            dhash=index.dhash,
            **arrays,
        )
        partial.replace(path)
    except OSError:
        pass  # a read-only home: hash the logos in every run instead
