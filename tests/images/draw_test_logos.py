"""Draws the logos the image evaluation needs besides the shipped stand-ins (all invented, drawn here).

- `second-school/heideveld-lyceum.png`: a SECOND school logo that is never shipped. The evaluation checks its
  transformations against a `--logos` folder holding only this file, to show that the method (and its
  calibrated distances) is not tuned to the one picture in `logos/`.
- `others/*.png`: logos of twelve other (made-up) organisations, simple shapes and text in different colours
  and layouts, as negatives. A few are close on purpose: a green disc with white letters, a red tulip, a green
  leaf, a green wordmark.

Run `python tests/images/draw_test_logos.py` to redraw them; the output is the same on every run.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image, ImageDraw

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "logos"))
from draw_standins import font  # noqa: E402

HERE = Path(__file__).resolve().parent
SIZE = 384
SCALE = 4


def canvas(width: int = SIZE, height: int = SIZE) -> tuple[Image.Image, ImageDraw.ImageDraw]:
    image = Image.new("RGBA", (width * SCALE, height * SCALE), (0, 0, 0, 0))
    return image, ImageDraw.Draw(image)


def finish(image: Image.Image) -> Image.Image:
    return image.resize((image.width // SCALE, image.height // SCALE), Image.Resampling.LANCZOS)


def px(*values: float) -> list[int]:
    """Fractions of the (square) drawing size to pixels."""
    return [round(value * SIZE * SCALE) for value in values]


def centred_text(draw, y: float, text: str, size: float, fill, width: float = 1.0, bold: bool = True) -> None:
    face = font(round(size * SIZE * SCALE), bold=bold)
    left, top, right, bottom = draw.textbbox((0, 0), text, font=face)
    x = (width * SIZE * SCALE - (right - left)) / 2 - left
    draw.text((x, y * SIZE * SCALE - top), text, font=face, fill=fill)


def heideveld_lyceum() -> Image.Image:
    """The second school: a navy rounded square, an orange sun over white heather hills, the name below."""
    image, draw = canvas()
    navy, orange, white = (20, 40, 110, 255), (240, 140, 20, 255), (255, 255, 255, 255)
    draw.rounded_rectangle(px(0.04, 0.04, 0.96, 0.96), radius=px(0.12)[0], fill=navy)
    draw.ellipse(px(0.30, 0.14, 0.70, 0.54), fill=orange)
    draw.polygon(px(0.08, 0.66, 0.36, 0.40, 0.62, 0.66), fill=white)
    draw.polygon(px(0.40, 0.66, 0.66, 0.46, 0.92, 0.66), fill=white)
    centred_text(draw, 0.72, "HEIDEVELD", 0.12, white)
    centred_text(draw, 0.85, "lyceum", 0.08, orange, bold=False)
    return finish(image)


def disc_initials(fill, text_colour, text: str) -> Image.Image:
    image, draw = canvas()
    draw.ellipse(px(0.02, 0.02, 0.98, 0.98), fill=fill)
    centred_text(draw, 0.30, text, 0.36, text_colour)
    return finish(image)


def green_disc_initials() -> Image.Image:
    """Close on purpose: a green disc with white letters, as a sports club might have."""
    return disc_initials((30, 110, 60, 255), (255, 255, 255, 255), "VVC")


def red_tulip() -> Image.Image:
    """Close on purpose: a tulip, red on a yellow square (a flower festival)."""
    image, draw = canvas()
    draw.rectangle(px(0.0, 0.0, 1.0, 1.0), fill=(250, 210, 40, 255))
    draw.chord(px(0.30, 0.16, 0.70, 0.56), 0, 180, fill=(200, 20, 40, 255))
    draw.polygon(px(0.30, 0.37, 0.36, 0.12, 0.50, 0.36, 0.64, 0.12, 0.70, 0.37), fill=(200, 20, 40, 255))
    draw.rectangle(px(0.48, 0.50, 0.52, 0.82), fill=(40, 120, 40, 255))
    centred_text(draw, 0.86, "TULPFEEST", 0.09, (120, 20, 30, 255))
    return finish(image)


def green_leaf() -> Image.Image:
    """Close on purpose: a green leaf on white with a gardener's name (another green organisation)."""
    image, draw = canvas()
    draw.rectangle(px(0.0, 0.0, 1.0, 1.0), fill=(255, 255, 255, 255))
    draw.ellipse(px(0.20, 0.08, 0.80, 0.68), fill=(60, 150, 60, 255))
    draw.line(px(0.30, 0.60, 0.70, 0.16), fill=(255, 255, 255, 255), width=px(0.02)[0])
    centred_text(draw, 0.74, "GroenRijk", 0.13, (30, 90, 40, 255))
    return finish(image)


def football_shield() -> Image.Image:
    image, draw = canvas()
    red, white = (200, 20, 30, 255), (255, 255, 255, 255)
    draw.polygon(px(0.15, 0.06, 0.85, 0.06, 0.85, 0.55, 0.50, 0.94, 0.15, 0.55), fill=red)
    for x in (0.29, 0.50, 0.71):
        draw.rectangle(px(x - 0.05, 0.20, x + 0.05, 0.62), fill=white)
    centred_text(draw, 0.07, "FC NOORD", 0.10, white)
    return finish(image)


def swimming_waves() -> Image.Image:
    image, draw = canvas()
    blue, white = (20, 120, 200, 255), (255, 255, 255, 255)
    draw.rectangle(px(0.0, 0.0, 1.0, 1.0), fill=blue)
    for row in range(3):
        y = 0.22 + row * 0.14
        for col in range(4):
            x = 0.08 + col * 0.22
            draw.arc(px(x, y, x + 0.22, y + 0.14), 180, 360, fill=white, width=px(0.03)[0])
    centred_text(draw, 0.72, "De Golf", 0.15, white)
    return finish(image)


def library_square() -> Image.Image:
    image, draw = canvas()
    draw.rectangle(px(0.10, 0.10, 0.90, 0.90), fill=(240, 110, 20, 255))
    centred_text(draw, 0.16, "b", 0.50, (255, 255, 255, 255))
    centred_text(draw, 0.74, "bibliotheek", 0.09, (255, 255, 255, 255), bold=False)
    return finish(image)


def coop_triangle() -> Image.Image:
    image, draw = canvas(round(SIZE * 2.8), SIZE)
    draw.polygon(px(0.05, 0.90, 0.45, 0.10, 0.85, 0.90), fill=(230, 190, 0, 255))
    face = font(round(0.30 * SIZE * SCALE))
    draw.text(px(0.95, 0.30), "AgriCo", font=face, fill=(60, 60, 60, 255))
    return finish(image)


def music_note() -> Image.Image:
    image, draw = canvas()
    purple = (110, 40, 150, 255)
    draw.ellipse(px(0.02, 0.02, 0.98, 0.98), outline=purple, width=px(0.05)[0])
    draw.ellipse(px(0.28, 0.52, 0.46, 0.68), fill=purple)
    draw.rectangle(px(0.42, 0.20, 0.46, 0.62), fill=purple)
    draw.polygon(px(0.46, 0.20, 0.66, 0.30, 0.66, 0.38, 0.46, 0.28), fill=purple)
    centred_text(draw, 0.72, "muziekschool", 0.07, purple, bold=False)
    return finish(image)


def health_cross() -> Image.Image:
    image, draw = canvas()
    teal = (0, 140, 140, 255)
    draw.rectangle(px(0.38, 0.08, 0.62, 0.68), fill=teal)
    draw.rectangle(px(0.12, 0.26, 0.88, 0.50), fill=teal)
    centred_text(draw, 0.76, "Huisartsen", 0.11, (40, 40, 40, 255))
    return finish(image)


def tech_hexagon() -> Image.Image:
    image, draw = canvas(round(SIZE * 3.7), SIZE)
    grey, cyan = (70, 80, 90, 255), (0, 180, 220, 255)
    draw.regular_polygon((SIZE * SCALE // 2, SIZE * SCALE // 2, SIZE * SCALE * 0.42), 6, fill=grey)
    draw.regular_polygon((SIZE * SCALE // 2, SIZE * SCALE // 2, SIZE * SCALE * 0.22), 6, fill=cyan)
    face = font(round(0.40 * SIZE * SCALE))
    draw.text(px(1.05, 0.22), "TechNova", font=face, fill=grey)
    return finish(image)


def vet_paw() -> Image.Image:
    image, draw = canvas()
    brown = (140, 80, 40, 255)
    draw.rounded_rectangle(px(0.05, 0.05, 0.95, 0.95), radius=px(0.2)[0], fill=(255, 240, 220, 255))
    draw.ellipse(px(0.32, 0.40, 0.68, 0.70), fill=brown)
    for x, y in ((0.22, 0.30), (0.36, 0.18), (0.54, 0.18), (0.68, 0.30)):
        draw.ellipse(px(x, y, x + 0.11, y + 0.14), fill=brown)
    centred_text(draw, 0.76, "DIERENKLINIEK", 0.07, brown)
    return finish(image)


def bakery_wordmark() -> Image.Image:
    """A wide brown wordmark on cream, the same layout as the school's wordmark (symbol left, name right)."""
    image, draw = canvas(SIZE * 4, SIZE)
    draw.rectangle(px(0.0, 0.0, 4.0, 1.0), fill=(250, 240, 220, 255))
    draw.ellipse(px(0.06, 0.06, 0.94, 0.94), fill=(120, 70, 30, 255))
    draw.rectangle(px(0.46, 0.20, 0.54, 0.80), fill=(250, 220, 150, 255))
    draw.text(px(1.10, 0.10), "Bakkerij", font=font(round(0.42 * SIZE * SCALE)), fill=(120, 70, 30, 255))
    draw.text(
        px(1.12, 0.58),
        "de Molen",
        font=font(round(0.28 * SIZE * SCALE), bold=False),
        fill=(180, 120, 60, 255),
    )
    return finish(image)


def green_wordmark() -> Image.Image:
    """Close on purpose: another green wordmark (a college of the same colour, without the tulip)."""
    image, draw = canvas(SIZE * 4, SIZE)
    green = (22, 101, 52, 255)
    draw.rounded_rectangle(px(0.04, 0.04, 0.96, 0.96), radius=px(0.15)[0], fill=green)
    draw.text(px(0.22, 0.12), "W", font=font(round(0.62 * SIZE * SCALE)), fill=(255, 255, 255, 255))
    draw.text(px(1.10, 0.10), "Westland", font=font(round(0.42 * SIZE * SCALE)), fill=green)
    draw.text(
        px(1.12, 0.58), "College", font=font(round(0.28 * SIZE * SCALE), bold=False), fill=(74, 160, 44, 255)
    )
    return finish(image)


OTHERS = {
    "sportclub-vvc": green_disc_initials,
    "tulpfeest": red_tulip,
    "groenrijk": green_leaf,
    "fc-noord": football_shield,
    "zwembad-de-golf": swimming_waves,
    "bibliotheek": library_square,
    "agrico": coop_triangle,
    "muziekschool": music_note,
    "huisartsen": health_cross,
    "technova": tech_hexagon,
    "dierenkliniek": vet_paw,
    "bakkerij-de-molen": bakery_wordmark,
    "westland-college": green_wordmark,
}


def main() -> None:
    (HERE / "second-school").mkdir(exist_ok=True)
    (HERE / "other-logos").mkdir(exist_ok=True)
    heideveld_lyceum().save(HERE / "second-school" / "heideveld-lyceum.png", optimize=True)
    for name, draw in OTHERS.items():
        draw().save(HERE / "other-logos" / f"{name}.png", optimize=True)


if __name__ == "__main__":
    main()
