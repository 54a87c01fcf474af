"""Image files for the loading and metadata tests, made with Pillow in a test's tmp_path.

Every broken or awkward kind of file a person can attach is built here from scratch, so the tests need no
binary fixtures and show exactly what each file is.
"""

from __future__ import annotations

import io
import random
from pathlib import Path

from PIL import Image

EXIF_IFD = 0x8769
GPS_IFD = 0x8825


def photo(size: tuple[int, int] = (64, 48), seed: int = 1) -> Image.Image:
    """A small noisy RGB picture: real JPEG data, not a flat colour the encoder reduces to nothing."""
    rng = random.Random(seed)
    image = Image.new("RGB", size, (120, 160, 90))
    image.putdata(
        [(rng.randrange(256), rng.randrange(256), rng.randrange(256)) for _ in range(size[0] * size[1])]
    )
    return image


def jpeg_bytes(image: Image.Image | None = None, **save: object) -> bytes:
    buffer = io.BytesIO()
    (image or photo()).save(buffer, "JPEG", **save)
    return buffer.getvalue()


def save(path: Path, image: Image.Image, image_format: str | None = None, **options: object) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    image.save(path, image_format, **options)
    return path


def exif_with(base: dict | None = None, exif: dict | None = None, gps: dict | None = None) -> Image.Exif:
    """An Exif block: `base` tags in IFD0, `exif` in the Exif IFD, `gps` in the GPS IFD."""
    block = Image.Exif()
    for tag, value in (base or {}).items():
        block[tag] = value
    if exif:
        block[EXIF_IFD] = exif
    if gps:
        block[GPS_IFD] = gps
    return block


def gps_ifd(latitude: float, longitude: float) -> dict:
    """A GPS IFD as phones write it: degrees, minutes, seconds and the hemisphere apart."""

    def dms(value: float) -> tuple[float, float, float]:
        value = abs(value)
        degrees = int(value)
        minutes = int((value - degrees) * 60)
        seconds = round((value - degrees - minutes / 60) * 3600, 4)
        return (float(degrees), float(minutes), seconds)

    return {
        1: "N" if latitude >= 0 else "S",
        2: dms(latitude),
        3: "E" if longitude >= 0 else "W",
        4: dms(longitude),
    }


def xmp_packet(body: str) -> bytes:
    return (
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        f'<rdf:Description rdf:about="">{body}</rdf:Description></rdf:RDF></x:xmpmeta>'
    ).encode()


def with_iptc(jpeg: bytes, records: dict[tuple[int, int], str]) -> bytes:
    """`jpeg` with an APP13 Photoshop segment holding IPTC-IIM `records` (Pillow reads IPTC, never writes it)."""
    iptc = b"".join(
        b"\x1c" + bytes(key) + len(value.encode()).to_bytes(2, "big") + value.encode()
        for key, value in records.items()
    )
    if len(iptc) % 2:
        iptc += b"\x00"
    resource = b"8BIM" + (0x0404).to_bytes(2, "big") + b"\x00\x00" + len(iptc).to_bytes(4, "big") + iptc
    payload = b"Photoshop 3.0\x00" + resource
    segment = b"\xff\xed" + (len(payload) + 2).to_bytes(2, "big") + payload
    return jpeg[:2] + segment + jpeg[2:]


def png_header_only(width: int, height: int) -> bytes:
    """A PNG that claims `width` x `height` pixels in its IHDR and holds no pixel data: what a decompression
    bomb looks like before it is decoded, in 45 bytes."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IEND", b"")
