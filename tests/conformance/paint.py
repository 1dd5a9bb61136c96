"""Paint conformance: ogrender's pixels against Chromium's reference PNGs (``data/paint``, written by
``tools/paint_fixtures.py``).

Both images are composited over white and compared per channel (and alpha): a pixel differs when any
channel differs by more than ``CHANNEL_TOLERANCE``; a fixture passes when at most ``MAX_SHARE`` of its
pixels differ (antialiasing and gradient dithering differ between Skia builds).
"""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
DATA = HERE / "data" / "paint"
KNOWN_FAILURES = HERE / "paint_known_failures.txt"
CHANNEL_TOLERANCE = 32
MAX_SHARE = 0.01


def load_fixtures(data_dir: Path = DATA) -> list[dict]:
    path = Path(data_dir) / "index.json"
    if not path.exists():
        return []
    return json.loads(path.read_text(encoding="utf-8"))["fixtures"]


def decode(data: bytes) -> np.ndarray:
    import skia
    image = skia.Image.MakeFromEncoded(skia.Data.MakeWithCopy(data))
    return image.toarray(colorType=skia.ColorType.kRGBA_8888_ColorType,
                         alphaType=skia.AlphaType.kUnpremul_AlphaType)


def over_white(rgba: np.ndarray) -> np.ndarray:
    """(h, w, 4) straight RGBA -> (h, w, 4) int: RGB over white, and alpha."""
    a = rgba[..., 3:4].astype(np.int32)
    rgb = (rgba[..., :3].astype(np.int32) * a + 255 * (255 - a) + 127) // 255
    return np.concatenate([rgb, a], axis=2)


def differing(expected: np.ndarray, actual: np.ndarray) -> np.ndarray:
    """Boolean (h, w): pixels whose channels differ by more than the tolerance."""
    return (np.abs(over_white(expected) - over_white(actual)) > CHANNEL_TOLERANCE).any(axis=2)


def render_fixture(fixture: dict) -> np.ndarray:
    from ogrender import StyleWarning, render
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", StyleWarning)
        png = render(fixture["tree"], fixture["width"], fixture["height"], preset=fixture["preset"])
    return decode(png)


def compare_fixture(fixture: dict, data_dir: Path = DATA) -> tuple[float, np.ndarray, np.ndarray]:
    """(share of differing pixels, expected, actual)."""
    expected = decode((Path(data_dir) / f"{fixture['id']}.png").read_bytes())
    actual = render_fixture(fixture)
    if expected.shape != actual.shape:
        return 1.0, expected, actual
    return float(differing(expected, actual).mean()), expected, actual


def known_failures(path: Path = KNOWN_FAILURES) -> dict[str, str]:
    """``fixture_id  # reason`` lines of this suite's list (the layout suite's reader)."""
    from . import known_failures as read
    return read(path)
