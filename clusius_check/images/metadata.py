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
