"""Make the small photo-like images that the example drafts attach.

Re-running this script regenerates every image in place, byte for byte the same on the same Pillow
version: all randomness comes from one fixed seed per image. Run it from anywhere:

    .venv/bin/python examples/make_images.py

The pictures are drawn, not photographed, so they carry no faces and no logos, and no camera metadata
(no EXIF, no GPS) except one made to show the image-metadata rule: `kalfje-thuis.jpg` carries the
EXIF a phone writes, with the GPS position of a farm. Each stays under 60 KB so the examples keep the
repository small.

    kalfjes.jpg                        meadow with a red barn under a sky gradient (sibling of kalfjes.md)
    kalfjes-2.png                      two calves in straw (second sibling of kalfjes.md)
    fotos/kas-hoorn.jpg                greenhouse with rows of plants (front matter of open-dag-hoorn.md)
    leerlingen/bloemschikwedstrijd.jpg bouquet of coloured circles (sibling of bloemschikwedstrijd.md)
    avatar-jb.png                      plain avatar with the initials JB (profile picture of a teacher)
    leerlingen/kalfje-thuis.jpg        a calf in straw, with a phone's EXIF and GPS (sibling of kalfje-thuis.md)
    medewerkers/profielfoto-logo.jpg   the stand-in school emblem cut to a circle as a profile picture
                                       (profile_picture of nieuw-profiel.md), to show logo-profile-picture
"""

from __future__ import annotations

import random
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).resolve().parent
MAX_BYTES = 60_000
SIZE = (360, 240)


def add_noise(image: Image.Image, rng: random.Random, amount: int) -> Image.Image:
    """Grain like a phone photo's, so no area is one flat colour."""
    pixels = bytearray(image.tobytes())
    for index in range(0, len(pixels), 3):
        shift = rng.randint(-amount, amount)
        for channel in range(3):
            value = pixels[index + channel] + shift + rng.randint(-3, 3)
            pixels[index + channel] = 0 if value < 0 else 255 if value > 255 else value
    return Image.frombytes("RGB", image.size, bytes(pixels))


def sky(draw: ImageDraw.ImageDraw, width: int, height: int, top: tuple, bottom: tuple) -> None:
    for y in range(height):
        t = y / max(1, height - 1)
        colour = tuple(round(a + (b - a) * t) for a, b in zip(top, bottom, strict=True))
        draw.line([(0, y), (width, y)], fill=colour)


def meadow_with_barn(rng: random.Random) -> Image.Image:
    width, height = SIZE
    image = Image.new("RGB", SIZE)
    draw = ImageDraw.Draw(image)
    horizon = 120
    sky(draw, width, horizon, (96, 150, 215), (200, 225, 240))
    for y in range(horizon, height):
        shade = 110 + (y - horizon) // 3
        draw.line([(0, y), (width, y)], fill=(60, min(200, shade), 45))
    # Tufts of grass.
    for _ in range(500):
        x, y = rng.randint(0, width), rng.randint(horizon, height)
        draw.line(
            [(x, y), (x + rng.randint(-2, 2), y - rng.randint(2, 6))], fill=(40, 120 + rng.randint(0, 60), 30)
        )
    # The barn: a red body, a dark roof and a white door frame.
    draw.rectangle([220, 70, 320, 135], fill=(165, 35, 30))
    draw.polygon([(210, 72), (270, 35), (330, 72)], fill=(70, 45, 40))
    draw.rectangle([255, 95, 285, 135], fill=(235, 230, 220))
    draw.rectangle([259, 99, 281, 135], fill=(120, 25, 20))
    # A fence along the field.
    for x in range(0, 200, 18):
        draw.rectangle([x, 128, x + 3, 150], fill=(230, 225, 210))
    draw.line([(0, 135), (200, 135)], fill=(230, 225, 210), width=2)
    image = add_noise(image, rng, 8)
    return image.filter(ImageFilter.GaussianBlur(0.6))


def calves_in_straw(rng: random.Random) -> Image.Image:
    width, height = SIZE
    image = Image.new("RGB", SIZE, (200, 170, 95))
    draw = ImageDraw.Draw(image)
    for _ in range(900):
        x, y = rng.randint(0, width), rng.randint(0, height)
        length = rng.randint(4, 14)
        draw.line(
            [(x, y), (x + length, y + rng.randint(-4, 4))],
            fill=(220 + rng.randint(-25, 25), 190 + rng.randint(-25, 25), 110),
        )
    for left, colour in ((50, (90, 55, 35)), (190, (235, 230, 225))):
        draw.ellipse([left, 90, left + 120, 170], fill=colour)  # body
        draw.ellipse([left + 95, 60, left + 145, 110], fill=colour)  # head
        draw.ellipse([left + 110, 75, left + 118, 83], fill=(20, 20, 20))  # eye
        for leg in (left + 15, left + 40, left + 75, left + 100):
            draw.rectangle([leg, 160, leg + 10, 200], fill=colour)
    draw.ellipse([235, 105, 265, 135], fill=(30, 30, 30))  # a patch on the white calf
    image = add_noise(image, rng, 10)
    return image.filter(ImageFilter.GaussianBlur(0.8))


def greenhouse(rng: random.Random) -> Image.Image:
    width, height = SIZE
    image = Image.new("RGB", SIZE)
    draw = ImageDraw.Draw(image)
    sky(draw, width, height, (225, 235, 235), (180, 190, 175))
    # Glass panes and the steel frame.
    for x in range(0, width, 45):
        draw.line([(x, 0), (x, 110)], fill=(140, 150, 150), width=3)
    for y in range(0, 110, 35):
        draw.line([(0, y), (width, y)], fill=(150, 160, 160), width=2)
    draw.rectangle([0, 110, width, height], fill=(95, 75, 55))
    # Rows of plants running to a vanishing point, smaller towards the back.
    vanish_x = width // 2
    for row in range(-4, 5):
        for step in range(14):
            t = step / 13
            y = 115 + t * (height - 115)
            x = vanish_x + row * 12 * (0.3 + 2.7 * t)
            radius = 2 + 9 * t
            green = (40 + rng.randint(0, 30), 120 + rng.randint(0, 70), 40 + rng.randint(0, 25))
            draw.ellipse([x - radius, y - radius, x + radius, y + radius * 0.8], fill=green)
            if rng.random() < 0.35:  # a ripe tomato here and there
                draw.ellipse([x - 2, y - 1, x + 2, y + 3], fill=(200, 40, 35))
    image = add_noise(image, rng, 7)
    return image.filter(ImageFilter.GaussianBlur(0.5))


def bouquet(rng: random.Random) -> Image.Image:
    width, height = SIZE
    image = Image.new("RGB", SIZE)
    draw = ImageDraw.Draw(image)
    sky(draw, width, height, (245, 240, 230), (215, 205, 190))
    # Vase and stems.
    draw.polygon([(150, 235), (210, 235), (225, 160), (135, 160)], fill=(70, 110, 140))
    for _ in range(18):
        x = rng.randint(120, 240)
        draw.line([(180, 170), (x, rng.randint(50, 110))], fill=(60, 120, 50), width=2)
    # Leaves, then flowers as clusters of petals around a heart.
    for _ in range(25):
        x, y = rng.randint(105, 255), rng.randint(70, 160)
        draw.ellipse(
            [x - 12, y - 5, x + 12, y + 5], fill=(50 + rng.randint(0, 30), 130 + rng.randint(0, 40), 55)
        )
    palette = [
        (220, 60, 90),
        (250, 200, 60),
        (240, 130, 170),
        (250, 245, 240),
        (150, 80, 180),
        (245, 110, 50),
    ]
    for _ in range(22):
        x, y = rng.randint(110, 250), rng.randint(35, 135)
        colour = rng.choice(palette)
        radius = rng.randint(7, 15)
        for petal in range(6):
            dx = [1, 0.5, -0.5, -1, -0.5, 0.5][petal] * radius * 0.7
            dy = [0, 0.87, 0.87, 0, -0.87, -0.87][petal] * radius * 0.7
            draw.ellipse(
                [x + dx - radius / 2, y + dy - radius / 2, x + dx + radius / 2, y + dy + radius / 2],
                fill=colour,
            )
        draw.ellipse([x - 3, y - 3, x + 3, y + 3], fill=(120, 80, 30))
    image = add_noise(image, rng, 6)
    return image.filter(ImageFilter.GaussianBlur(0.5))


def avatar(initials: str, colour: tuple) -> Image.Image:
    """A plain profile picture: initials on a coloured circle. Deliberately not a logo."""
    size = 160
    image = Image.new("RGB", (size, size), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    draw.ellipse([4, 4, size - 4, size - 4], fill=colour)
    font = ImageFont.load_default(size=64)
    draw.text((size / 2, size / 2), initials, fill=(255, 255, 255), font=font, anchor="mm")
    return image


def phone_exif() -> Image.Exif:
    """What a phone writes into a photo taken at home with location on: make, model, time, and GPS (a
    farm near Wognum, 52.6702 N 5.0213 E). Make, model and time are harmless; the position is not."""
    exif = Image.Exif()
    exif[0x010F] = "samsung"
    exif[0x0110] = "Galaxy A54 5G"
    exif[0x8769] = {0x9003: "2026:03:14 07:42:10"}
    exif[0x8825] = {1: "N", 2: (52.0, 40.0, 12.72), 3: "E", 4: (5.0, 1.0, 16.68)}
    return exif


def save(image: Image.Image, relative: str, exif: Image.Exif | None = None) -> Path:
    path = HERE / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.suffix == ".png":
        # A grainy photo as true-colour PNG is well over 100 KB; a 48-colour palette keeps it small.
        image.quantize(colors=48).save(path, optimize=True)
    elif exif is not None:
        image.save(path, quality=72, optimize=True, exif=exif)
    else:
        image.save(path, quality=72, optimize=True)
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise SystemExit(f"{relative}: {size} bytes, more than {MAX_BYTES}; make it smaller")
    return path


def logo_as_avatar() -> Image.Image:
    """What a member of staff might set as their profile picture: the school's emblem (the shipped stand-in),
    cut to a circle on white and saved small, as a platform would."""
    emblem = Image.open(HERE.parent / "logos" / "standin-emblem.png").convert("RGBA")
    side = max(emblem.size)
    square = Image.new("RGBA", (side, side), (255, 255, 255, 255))
    square.alpha_composite(emblem, ((side - emblem.width) // 2, (side - emblem.height) // 2))
    mask = Image.new("L", (side, side), 0)
    ImageDraw.Draw(mask).ellipse((0, 0, side - 1, side - 1), fill=255)
    round_picture = Image.new("RGB", (side, side), (255, 255, 255))
    round_picture.paste(square.convert("RGB"), (0, 0), mask)
    return round_picture.resize((200, 200), Image.LANCZOS)


def main() -> None:
    images = {
        "kalfjes.jpg": meadow_with_barn(random.Random(2024)),
        "kalfjes-2.png": calves_in_straw(random.Random(2025)),
        "fotos/kas-hoorn.jpg": greenhouse(random.Random(2026)),
        "leerlingen/bloemschikwedstrijd.jpg": bouquet(random.Random(2027)),
        "avatar-jb.png": avatar("JB", (30, 120, 90)),
    }
    for relative, image in images.items():
        path = save(image, relative)
        print(f"{relative}: {path.stat().st_size} bytes")
    path = save(calves_in_straw(random.Random(2028)), "leerlingen/kalfje-thuis.jpg", phone_exif())
    print(f"leerlingen/kalfje-thuis.jpg: {path.stat().st_size} bytes (with EXIF and GPS)")
    path = save(logo_as_avatar(), "medewerkers/profielfoto-logo.jpg")
    print(f"medewerkers/profielfoto-logo.jpg: {path.stat().st_size} bytes (the stand-in emblem)")


if __name__ == "__main__":
    main()
