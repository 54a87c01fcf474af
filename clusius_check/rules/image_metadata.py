"""image-metadata — where a photo was taken and who made or owns it, hidden in the file (protocol art. 1).

What it does
    Reads the metadata of every attached image and the profile picture, as Pillow exposes it (EXIF with
    its GPS and Exif IFDs, the XMP packet, IPTC), and reports what identifies a person or a place:
    - GPS coordinates (red): a photo taken at home tells everyone who downloads it where a pupil lives.
    - Names (amber): the photographer or owner (EXIF Artist, Copyright, XPAuthor, CameraOwnerName; XMP
      dc:creator, dc:rights, aux:OwnerName; IPTC By-line, Copyright Notice), people tagged in the photo
      (XMP face regions mwg-rs:Name, MPRI:PersonDisplayName, Iptc4xmpExt:PersonInImage), the maker's
      contact details (XMP CreatorContactInfo: e-mail, phone, street address), and a first and last name
      or an e-mail address in a description, title, comment or keywords.
    - Serial numbers of the camera body or lens (amber): they link every photo from that camera to one
      owner.
    The report shows the coordinates rounded to two decimals and names masked (`J** J*****`), so the
    report itself does not spread what it warns about.

Why is this bad?
    Art. 1: "Houd je aan de Nederlandse wet, vooral aan de regels rond privacy." A location or a name in
    a photo's metadata is personal data under the AVG, and it travels with the file: not every platform
    strips it, and a photo shared in a group chat or by e-mail keeps it.

Example
    A photo of the class taken on a phone with location on: GPS 52.6312, 4.7489 in the EXIF.

Use instead
    Turn location off in the camera app, share a screenshot or an export without metadata, or strip it
    on a computer (`exiftool -all= foto.jpg`, or save a copy without EXIF).

Stays silent on metadata that identifies no one: camera make and model, lens model, exposure, software,
and the date and time the photo was taken (a date alone points to no person or place, and is in every
photo). GPS 0, 0 is what some cameras write without a fix, not a place. Placeholder values (`Unknown`,
`Copyright`, `All rights reserved`, a year) and the school's own name (config `school.names`) are not a
person. The school's photographer can be allowed by name with the `allowed_names` option.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from pathlib import Path

from clusius_check.findings import Finding, Severity
from clusius_check.rules.base import Option, RuleInfo, list_of_strings

INFO = RuleInfo(
    id="image-metadata",
    article="1",
    default_severity=Severity.AMBER,
    summary={
        "nl": "Locatie (GPS), namen of serienummers in de metadata van een foto.",
        "en": "Location (GPS), names or serial numbers in a photo's metadata.",
    },
    options=(
        Option(
            "allowed_names",
            "names that may stay in a photo's metadata, such as the school's own photographer",
            [],
            list_of_strings,
        ),
    ),
)

# EXIF tags by number (EXIF 2.32; the XP* tags are Windows' own, UTF-16 in a byte array).
_NAME_TAGS_BASE = {0x013B: "Artist", 0x8298: "Copyright", 0x9C9D: "XPAuthor"}
_NAME_TAGS_EXIF = {0xA430: "CameraOwnerName"}
_SERIAL_TAGS_BASE = {0xC62F: "CameraSerialNumber"}
_SERIAL_TAGS_EXIF = {0xA431: "BodySerialNumber", 0xA435: "LensSerialNumber"}
_TEXT_TAGS_BASE = {
    0x010E: "ImageDescription",
    0x013C: "HostComputer",
    0x9C9B: "XPTitle",
    0x9C9C: "XPComment",
    0x9C9E: "XPKeywords",
    0x9C9F: "XPSubject",
}
_TEXT_TAGS_EXIF = {0x9286: "UserComment"}
# Windows writes these as UTF-16LE in a byte array (XPTitle, XPComment, XPAuthor, XPKeywords, XPSubject).
_WINDOWS_XP_TAGS = frozenset(range(0x9C9B, 0x9CA0))
_GPS_LATITUDE_REF, _GPS_LATITUDE, _GPS_LONGITUDE_REF, _GPS_LONGITUDE = 1, 2, 3, 4
# IPTC IIM datasets in record 2 (IPTC IIM 4.2).
_NAME_DATASETS = {(2, 80): "IPTC By-line", (2, 116): "IPTC Copyright Notice", (2, 122): "IPTC Writer"}
_TEXT_DATASETS = {(2, 118): "IPTC Contact", (2, 120): "IPTC Caption"}
# XMP properties, by qualified name as the big writers (Adobe, Microsoft, phones) spell them.
_XMP_NAMES = (
    "dc:creator",
    "dc:rights",
    "xmpRights:Owner",
    "aux:OwnerName",
    "exifEX:CameraOwnerName",
    "Iptc4xmpExt:PersonInImage",
    "mwg-rs:Name",
    "MPRI:PersonDisplayName",
    "Iptc4xmpCore:CiEmailWork",
    "Iptc4xmpCore:CiTelWork",
    "Iptc4xmpCore:CiAdrExtadr",
)
_XMP_SERIALS = (
    "aux:SerialNumber",
    "exifEX:BodySerialNumber",
    "aux:LensSerialNumber",
    "exifEX:LensSerialNumber",
)
_XMP_TEXT = ("dc:description", "dc:title", "dc:subject")

# Values that name no one: what software writes when the field is empty or left at its default.
_PLACEHOLDERS = frozenset(
    {
        "unknown",
        "none",
        "null",
        "na",
        "author",
        "owner",
        "artist",
        "user",
        "admin",
        "administrator",
        "default",
        "camera owner",
        "picasa",
        "photographer",
        "fotograaf",
    }
)
_RIGHTS_WORDS = re.compile(
    r"©|\(c\)|\bcopyright\b|\ball rights reserved\b|\balle rechten voorbehouden\b|\bowner\b", re.I
)
_EMAIL = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)*\.[A-Za-z]{2,}")
_WORD = re.compile(r"[^\W\d_][\w'’\-]*")
_NAME_PARTICLES = frozenset({"van", "de", "der", "den", "ter", "ten", "te", "'t", "el", "al", "la", "le"})
# At most this many fields are listed in one message; the rest is summed up as "…".
MAX_FIELDS_SHOWN = 4
# Coordinates are shown to two decimals (about 1 km): enough to recognise the place, not to find a house.
GPS_DECIMALS_SHOWN = 2


def check(analysed, context) -> Iterator[Finding]:
    from clusius_check.images.loading import draft_images

    loaded = draft_images(analysed)
    allowed = tuple(name.casefold() for name in context.option(INFO, "allowed_names"))
    allowed += tuple(name.casefold() for name in context.config.school_names)
    for image, metadata in zip(loaded.images, loaded.metadata, strict=True):
        if metadata is None:
            continue
        shown = image.ref.display
        # The message names the file; the finding's `file` (shown beside it) gives the whole path.
        name = Path(shown).name
        location = gps_position(metadata)
        if location is not None:
            latitude, longitude = location
            coarse = f"{latitude:.{GPS_DECIMALS_SHOWN}f}, {longitude:.{GPS_DECIMALS_SHOWN}f}"
            yield _finding(context, shown, name, Severity.RED, "gps", coarse, position=coarse)
        names = [
            (label, value) for label, value in identifying_names(metadata) if not _allowed(value, allowed)
        ]
        if names:
            fields = _fields(names, mask_name)
            yield _finding(context, shown, name, Severity.AMBER, "names", fields, fields=fields)
        serials = list(serial_numbers(metadata))
        if serials:
            fields = _fields(serials, mask_serial)
            yield _finding(context, shown, name, Severity.AMBER, "serial", fields, fields=fields)


def _finding(
    context, image: str, name: str, severity: Severity, key: str, match: str, **params: object
) -> Finding:
    return Finding(
        rule=INFO.id,
        severity=severity,
        message=context.say(f"{INFO.id}.{key}.message", image=name, **params),
        article=INFO.article,
        suggestion=context.say(f"{INFO.id}.{key}.suggestion"),
        match=match,
        file=image,
    )


def _allowed(value: str, allowed: tuple[str, ...]) -> bool:
    """True when the value names no one once the allowed names (the school's, its photographer's) are
    taken out: `© Clusius College` is allowed, `© Clusius College / foto Jan de Vries` is not."""
    rest = value.casefold()
    for name in sorted(allowed, key=len, reverse=True):
        rest = rest.replace(name, " ")
    return rest != value.casefold() and not (names_someone(rest) and _WORD.search(rest))


def _fields(found: list[tuple[str, str]], mask) -> str:
    parts = [f"{label}: {mask(value)}" for label, value in found[:MAX_FIELDS_SHOWN]]
    if len(found) > MAX_FIELDS_SHOWN:
        parts.append("…")
    return "; ".join(parts)


# --- GPS ------------------------------------------------------------------------------------------


def gps_position(metadata) -> tuple[float, float] | None:
    """(latitude, longitude) in decimal degrees from the GPS IFD, else from XMP; None when there is no
    usable position (missing, malformed, out of range, or 0, 0 written without a fix)."""
    gps = metadata.gps
    position = _position(
        _degrees(gps.get(_GPS_LATITUDE), gps.get(_GPS_LATITUDE_REF), "S"),
        _degrees(gps.get(_GPS_LONGITUDE), gps.get(_GPS_LONGITUDE_REF), "W"),
    )
    if position is None and metadata.xmp:
        position = _position(
            _xmp_degrees(next(iter(xmp_values(metadata.xmp, "exif:GPSLatitude")), "")),
            _xmp_degrees(next(iter(xmp_values(metadata.xmp, "exif:GPSLongitude")), "")),
        )
    return position


def _position(latitude: float | None, longitude: float | None) -> tuple[float, float] | None:
    if latitude is None or longitude is None:
        return None
    if not (abs(latitude) <= 90 and abs(longitude) <= 180) or (latitude == 0 and longitude == 0):
        return None
    return latitude, longitude


def _degrees(value: object, reference: object, negative: str) -> float | None:
    """EXIF writes degrees, minutes and seconds as three rationals and the hemisphere apart."""
    if value is None:
        return None
    parts = value if isinstance(value, (tuple, list)) else (value,)
    try:
        numbers = [float(part) for part in parts[:3]]
    except (TypeError, ValueError, ZeroDivisionError):
        return None
    if not numbers or any(math.isnan(number) or math.isinf(number) for number in numbers):
        return None
    degrees = sum(number / 60**index for index, number in enumerate(numbers))
    if isinstance(reference, bytes):
        reference = reference.decode("ascii", errors="ignore")
    if isinstance(reference, str) and reference.strip("\x00 ").upper().startswith(negative):
        degrees = -degrees
    return degrees


_XMP_COORDINATE = re.compile(
    r"^\s*(\d+(?:\.\d+)?)(?:,(\d+(?:\.\d+)?))?(?:,(\d+(?:\.\d+)?))?\s*([NSEW])\s*$", re.I
)


def _xmp_degrees(text: str) -> float | None:
    """XMP writes a coordinate as `DDD,MM.mmk` or `DDD,MM,SSk` (XMP spec part 2, GPSCoordinate)."""
    match = _XMP_COORDINATE.match(text)
    if match is None:
        return None
    numbers = [float(part) for part in match.groups()[:3] if part is not None]
    degrees = sum(number / 60**index for index, number in enumerate(numbers))
    return -degrees if match.group(4).upper() in "SW" else degrees


# --- names and serial numbers ---------------------------------------------------------------------


def identifying_names(metadata) -> Iterator[tuple[str, str]]:
    """(field, value) for every name, contact detail or name-bearing text in the metadata."""
    seen: set[str] = set()

    def fresh(label: str, value: str) -> Iterator[tuple[str, str]]:
        if value.casefold() not in seen:
            seen.add(value.casefold())
            yield label, value

    for tags, labels in ((metadata.base, _NAME_TAGS_BASE), (metadata.exif, _NAME_TAGS_EXIF)):
        for tag, label in labels.items():
            value = tag_text(tags.get(tag), utf16=tag in _WINDOWS_XP_TAGS)
            if names_someone(value):
                yield from fresh(label, value)
    for dataset, label in _NAME_DATASETS.items():
        for value in _iptc_texts(metadata.iptc.get(dataset)):
            if names_someone(value):
                yield from fresh(label, value)
    for name in _XMP_NAMES:
        for value in xmp_values(metadata.xmp, name):
            if names_someone(value):
                yield from fresh(f"XMP {name}", value)
    free_text: list[tuple[str, str]] = []
    for tags, labels in ((metadata.base, _TEXT_TAGS_BASE), (metadata.exif, _TEXT_TAGS_EXIF)):
        free_text += [
            (label, tag_text(tags.get(tag), utf16=tag in _WINDOWS_XP_TAGS)) for tag, label in labels.items()
        ]
    for dataset, label in _TEXT_DATASETS.items():
        free_text += [(label, value) for value in _iptc_texts(metadata.iptc.get(dataset))]
    for name in _XMP_TEXT:
        free_text += [(f"XMP {name}", value) for value in xmp_values(metadata.xmp, name)]
    for label, value in free_text:
        if value and mentions_a_person(value):
            yield from fresh(label, value)


def serial_numbers(metadata) -> Iterator[tuple[str, str]]:
    seen: set[str] = set()
    found = [(label, tag_text(metadata.base.get(tag))) for tag, label in _SERIAL_TAGS_BASE.items()]
    found += [(label, tag_text(metadata.exif.get(tag))) for tag, label in _SERIAL_TAGS_EXIF.items()]
    for name in _XMP_SERIALS:
        found += [(f"XMP {name}", value) for value in xmp_values(metadata.xmp, name)]
    for label, value in found:
        # Cameras without a serial write nothing, zeros or dashes.
        if value.strip("0 -_.") and value not in seen:
            seen.add(value)
            yield label, value


def names_someone(value: str) -> bool:
    """A name field that holds more than a placeholder, a year or a copyright sign."""
    rest = _RIGHTS_WORDS.sub(" ", value)
    letters = " ".join(_WORD.findall(rest)).casefold()
    return len(letters.replace(" ", "")) >= 2 and letters not in _PLACEHOLDERS


def mentions_a_person(text: str) -> bool:
    """Free text with an e-mail address, or a first name from the shipped list followed by a last name
    (`Sanne de Vries`, `Daan Bakker`). A first name alone is not enough: a flower school's keywords are
    full of Roos and Iris."""
    if _EMAIL.search(text):
        return True
    from clusius_check.rules.personal_data import shipped_first_names

    first_names = shipped_first_names()
    words = _WORD.findall(text)
    for index, word in enumerate(words[:-1]):
        if not (word[0].isupper() and word.casefold() in first_names):
            continue
        following = words[index + 1 :]
        while following and following[0].casefold() in _NAME_PARTICLES:
            following = following[1:]
        if following and following[0][0].isupper() and following[0].casefold() not in first_names:
            return True
    return False


def tag_text(value: object, utf16: bool = False) -> str:
    """An EXIF value as text: ASCII strings, Windows' UTF-16 XP* byte arrays (`utf16`), and UserComment
    with its 8-byte character-code header (EXIF 2.32, 4.6.5)."""
    if value is None:
        return ""
    if isinstance(value, tuple) and all(isinstance(item, int) for item in value):
        value = bytes(item & 0xFF for item in value)
    if isinstance(value, bytes):
        header = value[:8]
        if utf16:
            text = value.decode("utf-16-le", errors="ignore")
        elif header.startswith(b"UNICODE"):
            text = value[8:].decode("utf-16-be" if value[8:9] == b"\x00" else "utf-16-le", errors="ignore")
        elif header.startswith((b"ASCII", b"JIS", b"\x00\x00\x00\x00\x00\x00\x00\x00")):
            text = value[8:].decode("utf-8", errors="ignore")
        else:
            text = value.decode("utf-8", errors="ignore")
    else:
        text = str(value)
    return " ".join(text.replace("\x00", " ").split())


def _iptc_texts(value: object) -> list[str]:
    items = value if isinstance(value, list) else [value] if value is not None else []
    texts = []
    for item in items:
        if isinstance(item, bytes):
            try:
                text = item.decode("utf-8")
            except UnicodeDecodeError:
                text = item.decode("latin-1")
            texts.append(" ".join(text.split()))
    return [text for text in texts if text]


# Longest XMP value and element we look into. Bounded repeats keep every match attempt short, so a
# hostile packet with thousands of unclosed tags costs milliseconds, not minutes.
MAX_XMP_VALUE = 1_000


def xmp_values(xmp: str, name: str) -> list[str]:
    """The values of the XMP property `name`: as an attribute (`aux:SerialNumber="123"`), as an element,
    or as the `rdf:li` items of a list (`<dc:creator><rdf:Seq><rdf:li>…`). Found with expressions, not an
    XML parser: the packet comes from an untrusted file, and only these few values are needed."""
    if not xmp or name not in xmp:
        return []
    import html  # here, not at the top: `clusius-check rules` imports every rule and must stay instant

    quoted = re.escape(name)
    limit = MAX_XMP_VALUE
    attribute = rf"""\b{quoted}\s*=\s*(?:"([^"<]{{0,{limit}}})"|'([^'<]{{0,{limit}}})')"""
    values = [match.group(1) or match.group(2) or "" for match in re.finditer(attribute, xmp)]
    element = rf"<{quoted}(?:\s[^<>]{{0,{limit}}})?>(.{{0,{limit}}}?)</{quoted}\s*>"
    for match in re.finditer(element, xmp, re.S):
        inner = match.group(1)
        items = re.findall(rf"<rdf:li(?:\s[^<>]{{0,{limit}}})?>([^<]{{0,{limit}}})</rdf:li\s*>", inner)
        values += items or [inner]
    cleaned = (" ".join(html.unescape(re.sub(r"<[^>]*>", " ", value)).split()) for value in values)
    return [value for value in cleaned if value]


# --- masking --------------------------------------------------------------------------------------


def mask_name(value: str) -> str:
    """`Jan de Vries` -> `J** d* V****`; `jan@example.nl` -> `j**@e******.n*`: recognisable to the
    owner of the photo, no use to anyone reading the report."""
    return re.sub(r"\w+", lambda match: match.group(0)[0] + "*" * (len(match.group(0)) - 1), value)


def mask_serial(value: str) -> str:
    """The last four characters, enough to compare with the camera's own label."""
    return "*" * max(0, len(value) - 4) + value[-4:] if len(value) > 4 else "*" * len(value)
