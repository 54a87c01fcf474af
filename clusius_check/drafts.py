"""Reading drafts: files or stdin, encodings, YAML front matter, and the images that belong to a draft.

Everything a user can get wrong about their input is caught here and raised as a `DraftError` with a
message meant for a person; the rest of the program only ever sees a well-formed `Draft`. This module
only reads: it never writes, moves or changes a user's file.
"""

from __future__ import annotations

import os
import stat
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from clusius_check.catalogue import Message, Notice, NoticeError, message
from clusius_check.safe_yaml import short_repr

DRAFT_SUFFIXES = (".md", ".txt")
IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp", ".gif", ".bmp", ".tif", ".tiff")
# Image files people attach that this tool cannot read. In folder mode they are still picked up as a
# draft's images, so the report says they were not checked instead of leaving them out in silence.
UNSUPPORTED_IMAGE_SUFFIXES = (".heic", ".heif", ".avif", ".svg", ".svgz")
STDIN_NAME = "<stdin>"

# A social-media post is short; a megabyte is already a book. Larger files are almost certainly not
# drafts, and reading them whole would only slow a folder run down.
MAX_DRAFT_BYTES = 1_000_000
# Front matter holds a handful of keys. The cap keeps a malicious or runaway header (YAML alias bombs,
# a forgotten closing line in a long file) from costing time or memory.
MAX_FRONT_MATTER_BYTES = 8_192
# How much of the start of a file we look at for NUL bytes when deciding it is binary.
BINARY_SNIFF_BYTES = 8_192

ACCOUNTS = ("personal", "school")
ROLES = ("staff", "pupil", "student")
POST_LANGUAGES = ("nl", "en")
KNOWN_KEYS = ("account", "role", "lang", "images", "profile_picture", "consent")

# Leading bytes of the image formats Pillow reads out of the box (WebP is RIFF....WEBP, checked apart).
# Checked without decoding, so a renamed text file or a HEIC photo gets a clear error instead of a
# failed check later on. The content decides, not the name: a PNG saved as foto.jpg is read as a PNG.
_IMAGE_SIGNATURES = (
    b"\xff\xd8\xff",  # JPEG
    b"\x89PNG\r\n\x1a\n",
    b"GIF87a",
    b"GIF89a",
    b"BM",
    b"II*\x00",  # TIFF, little-endian
    b"MM\x00*",  # TIFF, big-endian
)
# HEIF files are ISO media files: bytes 4-8 are "ftyp", then a brand (ISO/IEC 23008-12, annex B).
# "mif1"/"msf1" are the generic HEIF brands; an AVIF file names "avif" among its compatible brands.
_HEIC_BRANDS = (
    b"heic",
    b"heix",
    b"hevc",
    b"hevx",
    b"heim",
    b"heis",
    b"hevm",
    b"hevs",
    b"mif1",
    b"msf1",
    b"mif2",
)
_AVIF_BRANDS = (b"avif", b"avis")
# How much of an image file is read to recognise it: SVG may start with a long XML prologue or comment.
IMAGE_SNIFF_BYTES = 1024


class DraftError(NoticeError):
    """A draft a person must fix: `DraftError(path, catalogue_key, **params)`."""


@dataclass(frozen=True)
class ImageRef:
    path: Path
    display: str
    is_profile_picture: bool = False


@dataclass(frozen=True)
class FrontMatter:
    # None when the draft does not say: the command line or the config decides, else "personal".
    account: str | None = None
    role: str | None = None
    lang: str | None = None
    consent: bool | None = None
    images: tuple[str, ...] = ()
    profile_picture: str | None = None


@dataclass(frozen=True)
class Draft:
    """A draft as read from disk: its full text, where the body starts, its settings and images."""

    path: str
    text: str
    body_offset: int
    meta: FrontMatter
    images: tuple[ImageRef, ...] = ()
    encoding: str = "utf-8"
    warnings: tuple[Notice, ...] = ()
    image_errors: tuple[Notice, ...] = field(default=())
    source: Path | None = None

    @property
    def body(self) -> str:
        return self.text[self.body_offset :]


def decode_draft_bytes(data: bytes, path: str) -> tuple[str, str, list[Notice]]:
    """Decode a draft, returning (text, encoding, warnings).

    Teachers save drafts from Word, Notepad and phones: UTF-8 with and without a BOM, UTF-16 from
    Notepad, and Windows-1252 from older software. We try them in that order and say which one we
    assumed whenever it was not plain UTF-8, so a wrong guess is visible rather than silent.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return (
                data.decode("utf-16"),
                "utf-16",
                [Notice(path, message("warning.utf16"))],
            )
        except UnicodeDecodeError as exc:
            raise DraftError(path, "error.utf16_invalid", reason=exc.reason) from None
    if b"\x00" in data[:BINARY_SNIFF_BYTES]:
        raise DraftError(path, "error.binary")
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig", []
        except UnicodeDecodeError:
            pass
    else:
        try:
            return data.decode("utf-8"), "utf-8", []
        except UnicodeDecodeError:
            pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise DraftError(path, "error.not_utf8") from None
    return text, "cp1252", [Notice(path, message("warning.cp1252"))]


def split_front_matter(text: str, path: str) -> tuple[dict, int]:
    """Return (front matter mapping, offset where the body starts).

    Front matter is optional: it is there only when the very first line is `---`. It ends at the next
    line that is `---` or `...`. Parsed with safe types and no aliases, on at most MAX_FRONT_MATTER_BYTES.
    """
    first_line_end = text.find("\n")
    first_line = text if first_line_end == -1 else text[:first_line_end]
    if first_line.rstrip() != "---":
        return {}, 0
    position = first_line_end + 1
    while position <= len(text):
        line_end = text.find("\n", position)
        line = text[position:] if line_end == -1 else text[position:line_end]
        if position - first_line_end > MAX_FRONT_MATTER_BYTES:
            break
        if line.rstrip() in ("---", "..."):
            header = text[first_line_end + 1 : position]
            body_offset = len(text) if line_end == -1 else line_end + 1
            return _parse_front_matter(header, path), body_offset
        if line_end == -1:
            raise DraftError(path, "error.front_matter_unclosed")
        position = line_end + 1
    raise DraftError(path, "error.front_matter_too_large", kib=MAX_FRONT_MATTER_BYTES // 1024)


def _parse_front_matter(header: str, path: str) -> dict:
    import yaml

    from clusius_check.safe_yaml import load_yaml

    try:
        data = load_yaml(header)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        # YAML's own description of the problem stays in English: it names YAML syntax.
        problem = getattr(exc, "problem", None) or "invalid YAML"
        if mark is None:
            raise DraftError(path, "error.front_matter_malformed", problem=problem) from None
        raise DraftError(
            path, "error.front_matter_malformed_at", line=mark.line + 2, problem=problem
        ) from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise DraftError(path, "error.front_matter_not_mapping")
    return data


def parse_meta(raw: dict, path: str) -> tuple[FrontMatter, list[Notice]]:
    """Validate front-matter values. A wrong value is an error; an unknown key only a warning."""
    warnings = [
        Notice(path, message("warning.unknown_key", key=key, known=", ".join(KNOWN_KEYS)))
        for key in raw
        if key not in KNOWN_KEYS
    ]

    def choice(key: str, allowed: tuple[str, ...], default: str | None) -> str | None:
        value = raw.get(key)
        if value is None:
            return default
        if not isinstance(value, str) or value.strip().lower() not in allowed:
            raise DraftError(
                path,
                "error.front_matter_choice",
                key=key,
                allowed=", ".join(allowed),
                value=short_repr(value),
            )
        return value.strip().lower()

    consent = raw.get("consent")
    if consent is not None and not isinstance(consent, bool):
        raise DraftError(path, "error.front_matter_consent", value=short_repr(consent))

    images = raw.get("images")
    if images is None:
        images = []
    elif isinstance(images, str):
        images = [images]
    if not isinstance(images, list) or not all(isinstance(item, str) and item.strip() for item in images):
        raise DraftError(path, "error.front_matter_images")

    profile_picture = raw.get("profile_picture")
    if profile_picture is not None and not (isinstance(profile_picture, str) and profile_picture.strip()):
        raise DraftError(path, "error.front_matter_profile_picture")

    meta = FrontMatter(
        account=choice("account", ACCOUNTS, None),
        role=choice("role", ROLES, None),
        lang=choice("lang", POST_LANGUAGES, None),
        consent=consent,
        images=tuple(item.strip() for item in images),
        profile_picture=profile_picture.strip() if profile_picture else None,
    )
    return meta, warnings


def check_image_file(path: Path, display: str) -> Message | None:
    """What is wrong when `path` is not a readable image we support, else None."""
    if not path.exists():
        return message("error.image_not_found", image=display)
    if not path.is_file():
        return message("error.image_not_file", image=display)
    try:
        with path.open("rb") as handle:
            head = handle.read(IMAGE_SNIFF_BYTES)
    except OSError as exc:
        return message("error.image_unreadable", image=display, reason=exc.strerror)
    if not head:
        return message("error.image_empty", image=display)
    is_webp = head[:4] == b"RIFF" and head[8:12] == b"WEBP"
    if is_webp or head.startswith(_IMAGE_SIGNATURES):
        return None
    kind = unsupported_image_kind(head, path.name)
    if kind is not None:
        return message(f"error.image_{kind}", image=display)
    return message("error.image_unsupported", image=display)


def unsupported_image_kind(head: bytes, name: str) -> str | None:
    """ "heic", "avif" or "svg" when the file is one of the image formats people attach that we cannot
    read: by content first (an iPhone may save HEIC under .jpg), else by name."""
    if head[4:8] == b"ftyp":
        box_size = int.from_bytes(head[:4], "big")
        brands = head[8:12] + head[16 : max(16, min(box_size, len(head)))]
        if any(brands[index : index + 4] in _AVIF_BRANDS for index in range(0, len(brands) - 3, 4)):
            return "avif"
        if head[8:12] in _HEIC_BRANDS:
            return "heic"
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if text.startswith((b"<?xml", b"<svg", b"<!doctype svg", b"<!--")) and b"<svg" in head.lower():
        return "svg"
    suffix = Path(name).suffix.lower()
    if suffix in (".heic", ".heif"):
        return "heic"
    if suffix == ".avif":
        return "avif"
    if suffix in (".svg", ".svgz"):
        return "svg"
    return None


def _inside(child: Path, folder: Path) -> bool:
    try:
        child.resolve().relative_to(folder.resolve())
    except ValueError:
        return False
    return True


# After the draft's stem, an image name continues with one of these, so `post1` owns `post1.jpg` and
# `post1-2.png` but not `post10.jpg`.
_STEM_SEPARATORS = frozenset("-_. ")


def index_images_by_stem(images: Iterable[Path]) -> dict[str, list[Path]]:
    """Map every stem an image could belong to onto the image: `post1-2.png` under `post1` and `post1-2`.

    Built once per folder, so finding a draft's images is a dictionary look-up. Scanning the folder for
    every draft instead measured 59 s for 10,000 drafts in one flat folder (bench, 2026-11-25).
    """
    index: dict[str, list[Path]] = defaultdict(list)
    for image in sorted(images, key=lambda path: path.name):
        name = image.name
        for position in range(1, len(name)):
            if name[position] in _STEM_SEPARATORS:
                index[name[:position]].append(image)
    return index


def _is_image_name(name: str) -> bool:
    return not name.startswith(".") and name.lower().endswith(IMAGE_SUFFIXES + UNSUPPORTED_IMAGE_SUFFIXES)


def sibling_images(draft_path: Path) -> tuple[Path, ...]:
    """The images in the draft's folder named after it (one draft; a folder run uses drafts_with_images)."""
    try:
        names = os.listdir(draft_path.parent)
    except OSError:
        return ()
    index = index_images_by_stem(draft_path.parent / name for name in names if _is_image_name(name))
    return tuple(index.get(draft_path.stem, ()))


def load_draft(
    path: Path | None,
    *,
    data: bytes | None = None,
    extra_images: tuple[Path, ...] = (),
    profile_picture: Path | None = None,
    sibling_images: tuple[Path, ...] = (),
) -> Draft:
    """Read one draft from `path` (or from `data` for stdin) and resolve the images that belong to it.

    A draft that cannot be read raises DraftError. Image problems do not stop the text from being
    checked; they are returned in `image_errors` so the report can show both.
    """
    display = STDIN_NAME if path is None else str(path)
    if data is None:
        assert path is not None
        data = _read_bytes(path, display)
    if len(data) > MAX_DRAFT_BYTES:
        raise DraftError(display, "error.too_large", kib=len(data) // 1024, limit=MAX_DRAFT_BYTES // 1000)
    text, encoding, warnings = decode_draft_bytes(data, display)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    raw_meta, body_offset = split_front_matter(text, display)
    meta, meta_warnings = parse_meta(raw_meta, display)
    warnings.extend(meta_warnings)
    if not text[body_offset:].strip():
        raise DraftError(display, "error.empty_draft")

    base_dir = Path.cwd() if path is None else path.parent
    images: list[ImageRef] = []
    image_errors: list[Notice] = []

    def add(image_path: Path, shown: str, is_profile: bool, must_be_inside: bool) -> None:
        if must_be_inside and not _inside(image_path, base_dir):
            image_errors.append(Notice(display, message("error.image_outside", image=shown)))
            return
        problem = check_image_file(image_path, shown)
        if problem:
            image_errors.append(Notice(display, problem))
            return
        if all(
            existing.path.resolve() != image_path.resolve() or existing.is_profile_picture != is_profile
            for existing in images
        ):
            images.append(ImageRef(image_path, shown, is_profile))

    for name in meta.images:
        add(base_dir / name, str(base_dir / name), False, True)
    if meta.profile_picture:
        add(base_dir / meta.profile_picture, str(base_dir / meta.profile_picture), True, True)
    for sibling in sibling_images:
        add(sibling, str(sibling), False, True)
    for extra in extra_images:
        add(extra, str(extra), False, False)
    if profile_picture is not None:
        add(profile_picture, str(profile_picture), True, False)

    return Draft(
        path=display,
        text=text,
        body_offset=body_offset,
        meta=meta,
        images=tuple(images),
        encoding=encoding,
        warnings=tuple(warnings),
        image_errors=tuple(image_errors),
        source=path,
    )


def _read_bytes(path: Path, display: str) -> bytes:
    """Read a draft file, at most MAX_DRAFT_BYTES + 1 bytes.

    Only regular files are opened: a FIFO named post.md would block the whole run forever, and
    /dev/zero reports size 0 yet never ends. Every OS-level failure becomes a DraftError.
    """
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise DraftError(display, "error.is_folder")
        if not stat.S_ISREG(info.st_mode):
            raise DraftError(display, "error.not_regular_file")
        with path.open("rb") as handle:
            data = handle.read(MAX_DRAFT_BYTES + 1)
    except FileNotFoundError:
        raise DraftError(display, "error.file_not_found") from None
    except PermissionError:
        raise DraftError(display, "error.permission") from None
    except OSError as exc:
        raise DraftError(display, "error.unreadable", reason=exc.strerror or str(exc)) from None
    if len(data) > MAX_DRAFT_BYTES:
        raise DraftError(display, "error.too_large", kib=info.st_size // 1024, limit=MAX_DRAFT_BYTES // 1000)
    return data


def is_folder_draft(name: str) -> bool:
    """A .md/.txt file that is a post: not hidden, and not a README explaining the folder."""
    lower = name.lower()
    return not name.startswith(".") and lower.endswith(DRAFT_SUFFIXES) and not lower.startswith("readme.")


def is_folder(path: Path) -> bool:
    """Path.is_dir() that answers False instead of raising (a path inside an unreadable folder, or a
    name too long for the file system), so the error surfaces later as a one-line DraftError."""
    try:
        return path.is_dir()
    except OSError:
        return False


def drafts_with_images(
    folder: Path, unreadable: list[tuple[Path, str]] | None = None
) -> Iterator[tuple[Path, tuple[Path, ...]]]:
    """Every .md/.txt draft below `folder` with the images named after it, in a stable order.

    Hidden folders (.git, .venv), hidden files and README files are skipped: a drafts folder often has
    a README saying what it is for, and reporting it as a red post would be crying wolf. A README given
    by name on the command line is checked like any draft. Folders that cannot be read are appended to
    `unreadable` as (folder, reason): skipping them silently would make a false green.
    """

    def note_unreadable(error: OSError) -> None:
        if unreadable is not None:
            unreadable.append((Path(error.filename or folder), error.strerror or str(error)))

    for root, dirs, files in os.walk(folder, onerror=note_unreadable):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        root_path = Path(root)
        index = index_images_by_stem(root_path / name for name in files if _is_image_name(name))
        for name in sorted(files):
            if is_folder_draft(name):
                draft = root_path / name
                yield draft, tuple(index.get(draft.stem, ()))


def find_drafts(folder: Path) -> Iterator[Path]:
    for draft, _images in drafts_with_images(folder):
        yield draft
