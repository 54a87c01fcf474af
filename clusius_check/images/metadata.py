"""The metadata of an image as Pillow exposes it, read once while the image is open for decoding.

Only reading: `Image.getexif()` and its GPS and Exif IFDs, the raw XMP packet Pillow keeps in
`image.info`, and IPTC records. What counts as identifying is decided by the image-metadata rule; this
module only collects, so that the file is opened once per draft however many rules look at it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# IFD pointers in the first IFD (EXIF 2.32, section 4.6.3).
EXIF_IFD = 0x8769
GPS_IFD = 0x8825
# An XMP packet is a few kilobytes; anything much larger is not metadata a person wrote, and regular
# expressions over it would only cost time.
MAX_XMP_CHARS = 256_000


@dataclass(frozen=True)
class ImageMetadata:
    """Tags by number, as stored: `base` is IFD0 (Artist, Copyright …), `exif` the Exif IFD (serial
    numbers, owner, user comment), `gps` the GPS IFD; `xmp` the XMP packet as text; `iptc` the IPTC
    records keyed by (record, dataset)."""

    base: dict = field(default_factory=dict)
    exif: dict = field(default_factory=dict)
    gps: dict = field(default_factory=dict)
    xmp: str = ""
    iptc: dict = field(default_factory=dict)


def read_metadata(image) -> ImageMetadata:
    """What `image` (an open PIL image) carries besides its pixels. Each part is read on its own, so a
    damaged IPTC block does not hide the GPS position next to it."""
    base: dict = {}
    exif_tags: dict = {}
    gps: dict = {}
    try:
        exif = image.getexif()
        base = dict(exif)
        exif_tags = dict(exif.get_ifd(EXIF_IFD))
        gps = dict(exif.get_ifd(GPS_IFD))
    except Exception:  # a damaged EXIF block in an untrusted file is not our bug
        pass
    return ImageMetadata(base=base, exif=exif_tags, gps=gps, xmp=_xmp(image), iptc=_iptc(image))


def _xmp(image) -> str:
    raw = image.info.get("xmp") or image.info.get("XML:com.adobe.xmp")
    if raw is None:
        tags = getattr(image, "tag_v2", None)  # TIFF keeps XMP in tag 700
        raw = tags.get(700) if tags is not None else None
    if isinstance(raw, bytes):
        raw = raw.decode("utf-8", errors="replace")
    return raw[:MAX_XMP_CHARS] if isinstance(raw, str) else ""


def _iptc(image) -> dict:
    if image.format not in ("JPEG", "MPO", "TIFF"):
        return {}
    try:
        from PIL import IptcImagePlugin

        return dict(IptcImagePlugin.getiptcinfo(image) or {})
    except Exception:  # as for EXIF: a broken block means no IPTC, not a crash
        return {}


# A JPEG keeps its EXIF and XMP in APP1 segments before the image data; each segment is at most 64 KB.
JPEG_HEAD_BYTES = 512 * 1024
_XMP_APP1 = b"http://ns.adobe.com/xap/1.0/\x00"


def read_jpeg_metadata(path) -> ImageMetadata | None:
    """EXIF (with GPS) and XMP of a JPEG read from its APP1 segments alone, for a photo too large for Pillow
    to open (a 200-megapixel phone photo is refused as a decompression bomb, but its GPS position is no
    less there). Reads at most JPEG_HEAD_BYTES; None when it is not a JPEG or has neither."""
    from PIL import Image

    with open(path, "rb") as handle:
        head = handle.read(JPEG_HEAD_BYTES)
    if not head.startswith(b"\xff\xd8"):
        return None
    exif_bytes, xmp = b"", ""
    position = 2
    while position + 4 <= len(head) and head[position] == 0xFF:
        marker = head[position + 1]
        if marker == 0xDA:  # start of scan: the metadata segments are behind us
            break
        if marker in (0x01, 0xD8) or 0xD0 <= marker <= 0xD7 or marker == 0xFF:
            position += 1 if marker == 0xFF else 2
            continue
        length = int.from_bytes(head[position + 2 : position + 4], "big")
        segment = head[position + 4 : position + 2 + length]
        if marker == 0xE1 and segment.startswith(b"Exif\x00\x00") and not exif_bytes:
            exif_bytes = segment
        elif marker == 0xE1 and segment.startswith(_XMP_APP1) and not xmp:
            xmp = segment[len(_XMP_APP1) :].decode("utf-8", errors="replace")[:MAX_XMP_CHARS]
        position += 2 + max(length, 2)
    if not exif_bytes and not xmp:
        return None
    base: dict = {}
    exif_tags: dict = {}
    gps: dict = {}
    if exif_bytes:
        try:
            exif = Image.Exif()
            exif.load(exif_bytes)
            base = dict(exif)
            exif_tags = dict(exif.get_ifd(EXIF_IFD))
            gps = dict(exif.get_ifd(GPS_IFD))
        except Exception:  # as in read_metadata: a damaged block means no EXIF, not a crash
            pass
    return ImageMetadata(base=base, exif=exif_tags, gps=gps, xmp=xmp)
