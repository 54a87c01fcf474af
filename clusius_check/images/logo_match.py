"""Is this picture the school's logo, or does it contain it? Hash distances against a LogoIndex.

Two questions, one per rule:
- `profile_match`: the whole picture IS a logo (a profile picture): the picture's transparency flattened on
  white and on black, its uniform border trimmed (padding, a plain canvas, circle corners), then pHash and
  dHash compared with every reference variant.
- `find_in_image`: a logo covers part of a larger picture. Hashing windows was tried first and dropped: a
  window's hash mixes the logo with whatever photo shows through its transparent parts and around it. Even
  comparing a window with the same window with the logo painted over it (so the background is the same on
  both sides) left positives (distance up to 15 of 128 bits) and negatives (from 9) overlapping on the
  calibration split. A correlation that counts only the logo's own pixels separates them far better (see
  SEARCH_* and REFINE_* below and bench/evaluate_images.py).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from clusius_check.images.logos import (
    BLACK,
    WHITE,
    LogoIndex,
    border,
    flatten,
    hash_bits,
    to_work_size,
    trim,
)

# A profile picture is the logo when, for one reference variant, pHash + dHash differ in at most this many of
# their 128 bits. Calibrated on tests/images (calibration split, seed 1; bench/evaluate_images.py): positives
# median 2, 98th percentile 16; the nearest negative 24 (an initials avatar, a white letter on a disc); halfway: 20.
PROFILE_MAX_DISTANCE = 20


@dataclass(frozen=True)
class LogoMatch:
    logo: str  # the logo file's name
    variant: str  # which reference variant matched best ("window" inside a larger picture)
    distance: int = 0  # whole picture: pHash + dHash bits that differ (0-128)
    correlation: float = 0.0  # inside a larger picture: masked colour correlation (-1 to 1)
    box: tuple[int, int, int, int] | None = None  # where in the picture, for a logo inside a larger image


def views(pixels) -> list[tuple[object, tuple[int, int, int] | None]]:
    """The picture as the logo comparison sees it: flattened (on white and black when it has transparency)
    and trimmed of any uniform border, each with that border's colour (None when there was none)."""
    small = to_work_size(pixels)
    if small.mode == "RGBA" and np.asarray(small.getchannel("A")).min() < 250:
        flats = [flatten(small, WHITE), flatten(small, BLACK)]
    else:
        flats = [small.convert("RGB")]
    out = []
    for flat in flats:
        box, colour = border(flat)
        out.append((flat if colour is None else flat.crop(box), colour))
    return out


def on_colour(index: LogoIndex, colour: tuple[int, int, int]) -> tuple[np.ndarray, np.ndarray]:
    """Hashes of each logo flattened on `colour`: a logo with transparency set on a coloured background
    looks different in grey from the same logo on white or black (green text on green nearly vanishes)."""
    from PIL import Image

    phashes, dhashes = [], []
    for template in index.templates:
        flat = trim(flatten(Image.fromarray(template, "RGBA"), colour))
        phash, dhash = hash_bits(flat)
        phashes.append(phash)
        dhashes.append(dhash)
    return np.array(phashes), np.array(dhashes)


def nearest(index: LogoIndex, phash: np.ndarray, dhash: np.ndarray) -> tuple[int, int]:
    """(variant number, distance) of the reference variant nearest to these hashes."""
    distances = (index.phash != phash).sum(axis=1) + (index.dhash != dhash).sum(axis=1)
    best = int(distances.argmin())
    return best, int(distances[best])


def profile_distance(pixels, index: LogoIndex) -> LogoMatch:
    """The nearest logo variant to the picture taken whole, whatever the distance."""
    best: LogoMatch | None = None
    for view, colour in views(pixels):
        phash, dhash = hash_bits(view)
        variant, distance = nearest(index, phash, dhash)
        if best is None or distance < best.distance:
            best = LogoMatch(index.files[index.variant_logo[variant]], index.variant_kind[variant], distance)
        if colour is not None:
            phashes, dhashes = on_colour(index, colour)
            distances = (phashes != phash).sum(axis=1) + (dhashes != dhash).sum(axis=1)
            logo = int(distances.argmin())
            if distances[logo] < best.distance:
                best = LogoMatch(index.files[logo], "on-border-colour", int(distances[logo]))
    assert best is not None
    return best


def profile_match(pixels, index: LogoIndex, max_distance: int = PROFILE_MAX_DISTANCE) -> LogoMatch | None:
    match = profile_distance(pixels, index)
    return match if match.distance <= max_distance else None


# --- a logo inside a larger picture --------------------------------------------------------------------------

# The numbers below were chosen on the calibration split's logo-in-image cases (60 with the stand-ins, 60
# negatives), recall at the calibrated threshold and CPU time per 1024-px picture on the loaded build machine.
# Logo widths tried, as shares of the picture's width: 13 % to 30 %, each 15 % wider than the one before.
SEARCH_WIDTHS = tuple(0.13 * 1.15**step for step in range(7))
# The smallest logo tried is looked for at this many pixels a side (12: recall 0.80; 14: 0.88).
SEARCH_TEMPLATE = 14
# A wide (or tall) logo is looked for in a picture stretched by up to this much, to keep its height (width) seen
# (3: recall 0.88 at 48 ms; 4.5: 0.87 at 53 ms; a sharper picture for wide logos instead: 0.82 at 51 ms).
SEARCH_MAX_STRETCH = 3.0
# The picture is first reduced (a quick box filter) to about this long side; every logo's copy is made from that.
SEARCH_BASE = 256
# Windows whose coarse correlation is below this are not looked at closely.
SEARCH_MIN_CORRELATION = 0.5
# A logo size whose visible pixels are fewer than this is skipped: a handful of pixels correlates with anything.
SEARCH_MIN_PIXELS = 60
# Windows looked at closely per logo (3: no better recall, 20 % more time; 4: recall 0.90, 20 % more time).
VERIFY_PER_LOGO = 2
# Peaks taken from each window size's correlation map (the best, then the best away from it).
SEARCH_PEAKS = 2
# Tried: the coarse search's window spread from running sums over the logo's box instead of over its mask
# (two of three transforms saved): calibration recall 0.883 -> 0.700 at no measurable gain in time. Off.
SEARCH_BOX_STATISTICS = False
# The close look: the logo scaled to the area of a square REFINE_TEMPLATE px a side, in a region REFINE_MARGIN
# wider than the window on each side, at REFINE_SIZES of the window's size (1.0 alone: recall 0.82).
REFINE_TEMPLATE = 48
REFINE_MARGIN = 0.10
REFINE_SIZES = (0.94, 1.06)
# Windows whose grey levels spread less than this (variance per pixel) are plain and cannot hold a logo.
MIN_WINDOW_VARIANCE = 25.0
# A picture holds the logo when the close look's correlation reaches this. Calibrated on tests/images
# (calibration split, seed 1; bench/evaluate_images.py): positives median 0.953, the nearest of 225 negatives
# 0.783 (a photo); positives and negatives overlap (the misses are wordmarks whose window the coarse search did
# not find), so the threshold is just above that negative.
IN_IMAGE_MIN_CORRELATION = 0.788


def masked_correlations(
    image: np.ndarray, templates: list[tuple[np.ndarray, np.ndarray]]
) -> list[np.ndarray]:
    """For each (template, mask): the normalised cross-correlation of the template with every window of
    `image`, counting only the pixels where the mask is set (the logo's own pixels, whatever photo shows
    through its transparent parts), summed over the channels. `image` is (channels, height, width), each
    template (channels, h, w), each mask (h, w). Windows of (nearly) one colour score 0.

    All templates share one Fourier transform of the picture, and every transform is made in one batched
    call: three calls in all, whatever the number of templates."""
    from scipy import fft

    channels, height, width = image.shape
    largest = (max(t.shape[1] for t, _ in templates), max(t.shape[2] for t, _ in templates))
    shape = (fft.next_fast_len(height + largest[0], True), fft.next_fast_len(width + largest[1], True))
    spectra = fft.rfft2(np.concatenate([image, image * image]), shape)
    plain, squared = spectra[:channels], spectra[channels:]
    kernels = np.zeros((len(templates), channels + 1, *shape), dtype=np.float32)
    norms, counts = [], []
    for number, (template, mask) in enumerate(templates):
        count = float(mask.sum())
        means = (template * mask).sum(axis=(1, 2), keepdims=True) / count
        centred = (template - means) * mask
        norms.append(max(float(np.sqrt((centred**2).sum())), 1e-6))
        counts.append(count)
        h, w = mask.shape
        kernels[number, :channels, :h, :w] = centred[:, ::-1, ::-1]
        kernels[number, channels, :h, :w] = mask[::-1, ::-1]
    kernel_spectra = fft.rfft2(kernels, shape)
    products = np.concatenate(
        [
            kernel_spectra[:, :channels] * plain,
            kernel_spectra[:, channels:] * plain,
            kernel_spectra[:, channels:] * squared,
        ],
        axis=1,
    )
    full = fft.irfft2(products, shape)
    maps = []
    for number, (_, mask) in enumerate(templates):
        h, w = mask.shape
        valid = full[number, :, h - 1 : height, w - 1 : width]
        numerator = valid[:channels].sum(axis=0)
        spread = (valid[2 * channels :] - valid[channels : 2 * channels] ** 2 / counts[number]).sum(axis=0)
        floor = MIN_WINDOW_VARIANCE * counts[number] * channels
        maps.append(
            np.where(spread > floor, numerator / norms[number] / np.sqrt(np.maximum(spread, 1e-6)), 0.0)
        )
    return maps


def box_normalised_correlations(
    image: np.ndarray, templates: list[tuple[np.ndarray, np.ndarray]]
) -> list[np.ndarray]:
    """As masked_correlations for a one-channel `image`, but each window's spread is taken over the template's
    whole box (from running sums, no Fourier transform) and scaled to the mask's share of it: two of every
    three transforms saved, for the coarse search only, whose best windows the close look then judges."""
    from scipy import fft

    height, width = image.shape[1:]
    largest = (max(t.shape[1] for t, _ in templates), max(t.shape[2] for t, _ in templates))
    shape = (fft.next_fast_len(height + largest[0], True), fft.next_fast_len(width + largest[1], True))
    plain = fft.rfft2(image[0], shape)
    padded = np.pad(image[0].astype(np.float64), ((1, 0), (1, 0)))
    sums = padded.cumsum(0).cumsum(1)
    squares = (padded**2).cumsum(0).cumsum(1)
    kernels = np.zeros((len(templates), *shape), dtype=np.float32)
    norms, shares = [], []
    for number, (template, mask) in enumerate(templates):
        count = float(mask.sum())
        centred = (template[0] - (template[0] * mask).sum() / count) * mask
        norms.append(max(float(np.sqrt((centred**2).sum())), 1e-6))
        shares.append(count / mask.size)
        h, w = mask.shape
        kernels[number, :h, :w] = centred[::-1, ::-1]
    full = fft.irfft2(fft.rfft2(kernels, shape) * plain, shape)
    maps = []
    for number, (_, mask) in enumerate(templates):
        h, w = mask.shape

        def box(table: np.ndarray, h: int = h, w: int = w) -> np.ndarray:
            return table[h:, w:] - table[:-h, w:] - table[h:, :-w] + table[:-h, :-w]

        total, total_sq = box(sums), box(squares)
        spread = (total_sq - total**2 / (h * w)) * shares[number]
        numerator = full[number, h - 1 : height, w - 1 : width]
        floor = MIN_WINDOW_VARIANCE * mask.sum()
        maps.append(
            np.where(spread > floor, numerator / norms[number] / np.sqrt(np.maximum(spread, 1e-6)), 0.0)
        )
    return maps


def _rgb(pixels):
    """The picture in RGB, transparency on white; the picture itself when it is RGB already (no copy)."""
    if pixels.mode == "RGB":
        return pixels
    return flatten(pixels, WHITE) if pixels.mode == "RGBA" else pixels.convert("RGB")


def _luminance(rgb: np.ndarray) -> np.ndarray:
    return rgb[..., :3].astype(np.float32) @ np.array([0.299, 0.587, 0.114], dtype=np.float32)


def search_candidates(pixels, index: LogoIndex) -> list[tuple[float, int, tuple[int, int, int, int]]]:
    """(correlation, logo number, box in `pixels` coordinates) of each logo's best windows (VERIFY_PER_LOGO
    of them, apart from each other), best first.

    Each logo is looked for in its own copy of the picture, scaled so that the logo at SEARCH_WIDTHS[0] of
    the width is SEARCH_TEMPLATE px wide, and stretched in height by the logo's aspect ratio, at most
    SEARCH_MAX_STRETCH (a wordmark four times as wide as high is looked for in a picture three times as high).
    That keeps the smallest logo big enough to see and the Fourier transforms small."""
    from PIL import Image

    rgb = _rgb(pixels)
    factor = max(1, max(rgb.size) // SEARCH_BASE)
    base = rgb.reduce(factor) if factor > 1 else rgb
    found = []
    for number, template in enumerate(index.templates):
        aspect = template.shape[1] / template.shape[0]
        x_scale = SEARCH_TEMPLATE / (SEARCH_WIDTHS[0] * rgb.width)
        y_scale = x_scale * min(max(aspect, 1 / SEARCH_MAX_STRETCH), SEARCH_MAX_STRETCH)
        size = (max(8, round(rgb.width * x_scale)), max(8, round(rgb.height * y_scale)))
        gray = _luminance(np.asarray(base.resize(size, Image.Resampling.BILINEAR)))
        windows = []
        for share in SEARCH_WIDTHS:
            t_width = round(share * size[0])
            t_height = round(share * rgb.width / aspect * y_scale)
            if 6 <= t_width <= size[0] and 6 <= t_height <= size[1]:
                windows.append((t_width, t_height))
        if not windows:
            continue
        logo = Image.fromarray(template, "RGBA")
        prepared, kept = [], []
        for t_width, t_height in windows:
            resized = logo.resize((t_width, t_height), Image.Resampling.BILINEAR)
            mask = (np.asarray(resized.getchannel("A")) > 128).astype(np.float32)
            if mask.sum() >= SEARCH_MIN_PIXELS:
                prepared.append((_luminance(np.asarray(resized))[None], mask))
                kept.append((t_width, t_height))
        if not prepared:
            continue
        peaks = []
        correlate = box_normalised_correlations if SEARCH_BOX_STATISTICS else masked_correlations
        for scores, (t_width, t_height) in zip(correlate(gray[None], prepared), kept, strict=True):
            for _ in range(SEARCH_PEAKS):
                y, x = np.unravel_index(int(scores.argmax()), scores.shape)
                box = (x / x_scale, y / y_scale, (x + t_width) / x_scale, (y + t_height) / y_scale)
                peaks.append((float(scores[y, x]), number, tuple(round(v) for v in box)))
                scores[
                    max(0, y - t_height // 2) : y + t_height // 2 + 1,
                    max(0, x - t_width // 2) : x + t_width // 2 + 1,
                ] = -1
        chosen: list = []
        for peak in sorted(peaks, key=lambda item: -item[0]):
            if len(chosen) < VERIFY_PER_LOGO and all(_overlap(peak[2], other[2]) < 0.3 for other in chosen):
                chosen.append(peak)
        found.extend(chosen)
    found.sort(key=lambda item: -item[0])
    return found


def _overlap(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> float:
    """Intersection over union of two boxes."""
    width = max(0, min(a[2], b[2]) - max(a[0], b[0]))
    height = max(0, min(a[3], b[3]) - max(a[1], b[1]))
    inter = width * height
    union = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter
    return inter / union if union else 0.0


def refined_correlation(
    rgb, template: np.ndarray, box: tuple[int, int, int, int]
) -> tuple[float, tuple[int, int, int, int]]:
    """The masked correlation of a logo with the picture around `box`, now in colour and at REFINE_TEMPLATE px,
    over a few sizes near the box's: (best correlation, its box). A photo that happened to look like the logo
    at 18 px rarely still does at 40 px in three colour channels."""
    from PIL import Image

    left, top, right, bottom = box
    margin_x, margin_y = (right - left) * REFINE_MARGIN, (bottom - top) * REFINE_MARGIN
    region_box = (
        max(0, round(left - margin_x)),
        max(0, round(top - margin_y)),
        min(rgb.width, round(right + margin_x)),
        min(rgb.height, round(bottom + margin_y)),
    )
    scale = REFINE_TEMPLATE / max(1.0, float(np.sqrt((right - left) * (bottom - top))))
    region = rgb.crop(region_box)
    size = (max(1, round(region.width * scale)), max(1, round(region.height * scale)))
    channels = np.asarray(region.resize(size, Image.Resampling.BILINEAR), dtype=np.float32).transpose(2, 0, 1)
    logo = Image.fromarray(template, "RGBA")
    prepared, kept = [], []
    for factor in REFINE_SIZES:
        t_width = round((right - left) * scale * factor)
        t_height = round((bottom - top) * scale * factor)
        if t_width > size[0] or t_height > size[1] or t_width < 6 or t_height < 6:
            continue
        array = np.asarray(logo.resize((t_width, t_height), Image.Resampling.BILINEAR), dtype=np.float32)
        # Only the logo's solid pixels: its anti-aliased edges show whatever lies under it.
        mask = (array[..., 3] > 220).astype(np.float32)
        if mask.sum() >= 16:
            prepared.append((array[..., :3].transpose(2, 0, 1), mask))
            kept.append((t_width, t_height))
    best, best_box = -1.0, box
    if not prepared:
        return best, best_box
    for scores, (t_width, t_height) in zip(masked_correlations(channels, prepared), kept, strict=True):
        y, x = np.unravel_index(int(scores.argmax()), scores.shape)
        if scores[y, x] > best:
            best = float(scores[y, x])
            best_box = (
                round(region_box[0] + x / scale),
                round(region_box[1] + y / scale),
                round(region_box[0] + (x + t_width) / scale),
                round(region_box[1] + (y + t_height) / scale),
            )
    return best, best_box


def find_in_image(pixels, index: LogoIndex, min_correlation: float | None = None) -> LogoMatch | None:
    """The logo inside a larger picture, or None: the coarse search's best windows (at most VERIFY_PER_LOGO per logo)
    looked at closely; a match when the close look's correlation reaches IN_IMAGE_MIN_CORRELATION."""
    threshold = IN_IMAGE_MIN_CORRELATION if min_correlation is None else min_correlation
    best = best_window(pixels, index, enough=threshold)
    return best if best is not None and best.correlation >= threshold else None


def best_window(pixels, index: LogoIndex, enough: float = 2.0) -> LogoMatch | None:
    """The window most like a logo after the close look, whatever its correlation (None: no candidate); the
    first window that reaches `enough` ends the look. A picture that is the logo as a whole (an attached logo
    file) counts as a window of correlation 1."""
    whole = profile_match(pixels, index)
    if whole is not None:
        return LogoMatch(whole.logo, "whole picture", whole.distance, 1.0, (0, 0, *pixels.size))
    best = None
    rgb = _rgb(pixels)
    for coarse, number, box in search_candidates(pixels, index):
        if coarse < SEARCH_MIN_CORRELATION:
            break
        correlation, refined_box = refined_correlation(rgb, index.templates[number], box)
        if best is None or correlation > best.correlation:
            best = LogoMatch(
                index.files[number], "window", correlation=round(correlation, 3), box=refined_box
            )
        if best.correlation >= enough:
            break
    return best
