"""The logo index: loading a folder, the two caches (in-process and on disk), and folders a person must fix."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import imagehash
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from clusius_check.config import ConfigError
from clusius_check.images import logos
from clusius_check.images.logos import border, hash_bits, logo_index, shipped_logos_dir

EMBLEM = shipped_logos_dir() / "standin-emblem.png"


@pytest.fixture
def folder(tmp_path) -> Path:
    target = tmp_path / "logos"
    target.mkdir()
    shutil.copy(EMBLEM, target / "emblem.png")
    return target


@pytest.fixture
def cache(tmp_path, monkeypatch) -> Path:
    """A fresh cache folder and an empty in-process memo, so each test sees the disk cache on its own."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr(logos, "_memo", {})
    return tmp_path / "cache" / "clusius-check" / "logos"


def forbid_building(monkeypatch):
    def fail(*args, **kwargs):
        raise AssertionError("the logos were hashed again")

    monkeypatch.setattr(logos, "_build_index", fail)


def test_the_shipped_folder_holds_the_two_stand_ins():
    assert logo_index().files == ("standin-emblem.png", "standin-wordmark.png")


def test_hashes_are_imagehash_own():
    image = Image.open(EMBLEM).convert("RGB")
    phash, dhash = hash_bits(image)
    assert np.array_equal(phash, imagehash.phash(image).hash.reshape(-1))
    assert np.array_equal(dhash, imagehash.dhash(image).hash.reshape(-1))


def test_a_second_run_reads_the_disk_cache(folder, cache, monkeypatch):
    first = logo_index(folder)
    assert len(list(cache.glob("*.npz"))) == 1
    monkeypatch.setattr(logos, "_memo", {})
    forbid_building(monkeypatch)
    second = logo_index(folder)
    assert np.array_equal(first.phash, second.phash) and first.variant_kind == second.variant_kind
    assert all(np.array_equal(a, b) for a, b in zip(first.templates, second.templates, strict=True))


def test_the_same_process_hashes_a_folder_once(folder, cache, monkeypatch):
    first = logo_index(folder)
    forbid_building(monkeypatch)
    assert logo_index(folder) is first


def test_a_changed_logo_is_hashed_anew(folder, cache):
    first = logo_index(folder)
    image = Image.open(folder / "emblem.png")
    image.rotate(90).save(folder / "emblem.png")
    second = logo_index(folder)
    assert not np.array_equal(first.phash, second.phash)
    assert len(list(cache.glob("*.npz"))) == 2


@pytest.mark.parametrize(
    "damage", [b"", b"not a zip file", b"PK\x03\x04broken"], ids=["empty", "garbage", "broken zip"]
)
def test_a_corrupt_cache_file_is_recomputed(folder, cache, monkeypatch, damage):
    expected = logo_index(folder)
    (cached,) = cache.glob("*.npz")
    cached.write_bytes(damage)
    monkeypatch.setattr(logos, "_memo", {})
    again = logo_index(folder)
    assert np.array_equal(expected.phash, again.phash)


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_an_unwritable_cache_folder_is_not_used(folder, cache, monkeypatch):
    cache.parent.mkdir(parents=True)
    cache.parent.chmod(0o500)
    try:
        assert logo_index(folder).files == ("emblem.png",)
    finally:
        cache.parent.chmod(0o700)


def test_a_cache_that_cannot_be_created_is_not_used(folder, tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    monkeypatch.setattr(logos, "_memo", {})
    assert logo_index(folder).files == ("emblem.png",)


def test_an_empty_folder_is_a_clear_error(tmp_path, cache):
    (tmp_path / "notes.txt").write_text("no logos here")
    with pytest.raises(ConfigError) as raised:
        logo_index(tmp_path)
    assert str(tmp_path) in raised.value.render("en") and "no logos" in raised.value.render("en")


def test_a_logo_that_cannot_be_decoded_is_a_clear_error(folder, cache):
    (folder / "broken.png").write_bytes(b"\x89PNG\r\n\x1a\nnothing after the signature")
    with pytest.raises(ConfigError) as raised:
        logo_index(folder)
    assert "broken.png" in raised.value.render("en")


@pytest.mark.parametrize(
    ("pad", "expected"),
    [((0, 0, 0, 0), None), ((10, 0, 0, 0), (10, 0, 74, 64)), ((5, 6, 7, 8), (5, 6, 69, 70))],
    ids=["no border", "a border on one side", "a border on every side"],
)
def test_plain_borders_are_found_side_by_side(pad, expected):
    noise = np.random.default_rng(1).integers(0, 255, (64, 64, 3), dtype=np.uint8)
    image = Image.new("RGB", (64 + pad[0] + pad[2], 64 + pad[1] + pad[3]), (250, 250, 0))
    image.paste(Image.fromarray(noise), (pad[0], pad[1]))
    box, colour = border(image)
    assert (None if colour is None else box) == expected


@settings(max_examples=15, deadline=None)
@given(
    width=st.integers(1, 160),
    height=st.integers(1, 160),
    mode=st.sampled_from(["RGB", "RGBA", "L"]),
    seed=st.integers(0, 2**16),
    plain=st.booleans(),
)
def test_any_picture_gets_an_answer_inside_its_own_bounds(width, height, mode, seed, plain):
    """Whatever its size, mode or content: no crash, a border box inside the picture, no logo in noise."""
    from clusius_check.images import logo_match

    rng = np.random.default_rng(seed)
    pixels = (
        np.full((height, width, 4), 200, np.uint8)
        if plain
        else rng.integers(0, 256, (height, width, 4), np.uint8)
    )
    image = Image.fromarray(pixels, "RGBA").convert(mode)
    box, _ = border(image.convert("RGB"))
    assert 0 <= box[0] < box[2] <= width and 0 <= box[1] < box[3] <= height
    index = logo_index()
    assert logo_match.find_in_image(image, index) is None
    assert logo_match.profile_match(image, index) is None
