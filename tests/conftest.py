"""Shared test helpers: decoding PNGs with an independent decoder (Skia's), WeasyPrint-style pixel
grids, and expected | diff | actual pictures for failing comparisons (written to tests/_failures/)."""

from __future__ import annotations

import os
import re
from pathlib import Path

import numpy as np
import pytest
import skia
from hypothesis import settings

settings.register_profile("ci", max_examples=60, deadline=None)
settings.register_profile("fuzz", max_examples=int(os.environ.get("OGRENDER_FUZZ_EXAMPLES", "5000")),
                          deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

ROOT = Path(__file__).resolve().parent.parent
FAILURES = Path(__file__).resolve().parent / "_failures"


def decode_png(data: bytes) -> np.ndarray:
    """PNG bytes -> (h, w, 4) straight-alpha RGBA, decoded by Skia (not by our encoder's code)."""
    image = skia.Image.MakeFromEncoded(skia.Data.MakeWithCopy(data))
    assert image is not None, "not a decodable PNG"
    return image.toarray(colorType=skia.ColorType.kRGBA_8888_ColorType,
                         alphaType=skia.AlphaType.kUnpremul_AlphaType)


# One character per colour in pixel grids.
GRID_COLORS = {
    "_": (0, 0, 0, 0),        # transparent
    "R": (255, 0, 0, 255),
    "G": (0, 255, 0, 255),
    "B": (0, 0, 255, 255),
    "K": (0, 0, 0, 255),
    "W": (255, 255, 255, 255),
}


def grid_to_array(grid: str) -> np.ndarray:
    rows = [line.strip() for line in grid.strip().splitlines()]
    return np.array([[GRID_COLORS[ch] for ch in row] for row in rows], dtype=np.uint8)


def save_failure(name: str, expected: np.ndarray, actual: np.ndarray) -> Path:
    """Write expected | diff | actual side by side (scaled up when tiny); return the file path."""
    FAILURES.mkdir(exist_ok=True)
    h = max(expected.shape[0], actual.shape[0])
    w = max(expected.shape[1], actual.shape[1])

    def pad(a):
        out = np.zeros((h, w, 4), np.uint8)
        out[: a.shape[0], : a.shape[1]] = a
        return out

    e, a = pad(expected), pad(actual)
    diff = np.zeros_like(e)
    differs = (np.abs(e.astype(int) - a.astype(int)) > 0).any(axis=2)
    diff[..., 3] = 255
    diff[differs] = (255, 0, 255, 255)
    strip = np.concatenate([e, np.full((h, 2, 4), (128, 128, 128, 255), np.uint8), diff,
                            np.full((h, 2, 4), (128, 128, 128, 255), np.uint8), a], axis=1)
    scale = max(1, 200 // max(h, 1))
    strip = np.repeat(np.repeat(strip, scale, axis=0), scale, axis=1)
    image = skia.Image.fromarray(np.ascontiguousarray(strip), colorType=skia.ColorType.kRGBA_8888_ColorType)
    path = FAILURES / (re.sub(r"[^\w.-]+", "_", name) + ".png")
    image.save(str(path), skia.EncodedImageFormat.kPNG)
    return path


@pytest.fixture
def assert_pixels(request):
    """``assert_pixels(grid, png_bytes)``: every pixel must equal the grid's colour (within ``tolerance``
    per channel)."""

    def check(grid: str, png: bytes, tolerance: int = 0) -> None:
        expected = grid_to_array(grid)
        actual = decode_png(png)
        if expected.shape != actual.shape or (np.abs(expected.astype(int) - actual.astype(int)) > tolerance).any():
            path = save_failure(request.node.name, expected, actual)
            raise AssertionError(f"pixels differ from the grid; expected | diff | actual written to {path}")

    return check
