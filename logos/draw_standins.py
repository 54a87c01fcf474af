"""Draws the two STAND-IN logos shipped in this folder: `standin-emblem.png` and `standin-wordmark.png`.

They are not the school's logo. The official Clusius College files cannot be downloaded on the machines
this tool is built on, so these drawings (a white tulip, for Carolus Clusius who brought the tulip to the
Netherlands, on a green disc; and that emblem beside the name) stand in for them in the tests and the
evaluation. A school replaces them with its own files (see README.md).

Run `python logos/draw_standins.py` to redraw them; the output is the same on every run.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

DARK_GREEN = (22, 101, 52, 255)
LEAF_GREEN = (74, 160, 44, 255)
WHITE = (255, 255, 255, 255)
SIZE = 512


def font(size: int, bold: bool = True) -> ImageFont.FreeTypeFont:
    """DejaVu when the system has it, else Pillow's own font, so the script runs anywhere."""
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    for folder in ("/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu"):
        path = Path(folder) / name
        if path.exists():
            return ImageFont.truetype(str(path), size)
    return ImageFont.load_default(size=size)


def draw_emblem(size: int = SIZE) -> Image.Image:
    """A green disc with a lighter ring, a white tulip on a stem with two leaves, on transparency."""
    scale = 4  # draw large and shrink: smooth edges without an anti-aliasing library
    big = size * scale
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)

    def box(x0: float, y0: float, x1: float, y1: float) -> tuple[int, int, int, int]:
        return (round(x0 * big), round(y0 * big), round(x1 * big), round(y1 * big))

    draw.ellipse(box(0.02, 0.02, 0.98, 0.98), fill=DARK_GREEN)
    draw.ellipse(box(0.07, 0.07, 0.93, 0.93), outline=LEAF_GREEN, width=round(0.03 * big))
    # Stem and leaves.
    draw.rectangle(box(0.485, 0.50, 0.515, 0.82), fill=WHITE)
    for leaf in (
        (0.50, 0.80, 0.26, 0.56, 0.34, 0.55, 0.50, 0.70),
        (0.50, 0.84, 0.74, 0.62, 0.66, 0.60, 0.50, 0.75),
    ):
        draw.polygon([round(value * big) for value in leaf], fill=WHITE)
    # The flower: a cup and three petal tips.
    draw.chord(box(0.32, 0.20, 0.68, 0.56), 0, 180, fill=WHITE)
    for tip in (
        (0.32, 0.40, 0.34, 0.18, 0.46, 0.40),
        (0.40, 0.40, 0.50, 0.14, 0.60, 0.40),
        (0.54, 0.40, 0.66, 0.18, 0.68, 0.40),
    ):
        draw.polygon([round(value * big) for value in tip], fill=WHITE)
    return image.resize((size, size), Image.Resampling.LANCZOS)


def draw_wordmark(height: int = 240) -> Image.Image:
    """The emblem at the left, 'Clusius' above 'College' in dark green at the right, on transparency."""
    emblem = draw_emblem(height)
    title, subtitle = font(round(height * 0.42)), font(round(height * 0.30), bold=False)
    width = round(height * 4.2)
    image = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    image.alpha_composite(emblem, (0, 0))
    draw = ImageDraw.Draw(image)
    left = round(height * 1.12)
    draw.text((left, round(height * 0.04)), "Clusius", font=title, fill=DARK_GREEN)
    draw.text((left + 4, round(height * 0.56)), "College", font=subtitle, fill=LEAF_GREEN)
    draw.rectangle(
        (left, round(height * 0.53), width - round(height * 0.1), round(height * 0.55)), fill=LEAF_GREEN
    )
    return image


def main() -> None:
    here = Path(__file__).resolve().parent
    draw_emblem().save(here / "standin-emblem.png", optimize=True)
    draw_wordmark().save(here / "standin-wordmark.png", optimize=True)


if __name__ == "__main__":
    main()
