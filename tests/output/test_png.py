"""The PNG encoder, checked with Skia's decoder."""

import numpy as np
import pytest

from ogrender.output import encode_png
from tests.conftest import decode_png


def test_opaque_image_round_trips_as_rgb():
    rng = np.random.default_rng(1)
    pixels = rng.integers(0, 256, size=(37, 53, 4), dtype=np.uint8)
    pixels[..., 3] = 255
    data = encode_png(pixels)
    assert data[25] == 2  # IHDR colour type: RGB
    assert (decode_png(data) == pixels).all()


def test_flat_image_uses_sub_filter_and_round_trips():
    pixels = np.zeros((20, 30, 4), np.uint8)
    pixels[..., 0] = np.arange(30)[None, :] * 8  # a horizontal ramp compresses better with Sub
    pixels[..., 3] = 255
    assert (decode_png(encode_png(pixels)) == pixels).all()


def test_translucent_pixels_are_unpremultiplied():
    pixels = np.array([[[64, 0, 0, 128], [0, 0, 0, 0], [255, 255, 255, 255]]], np.uint8)  # premultiplied
    decoded = decode_png(encode_png(pixels))
    assert tuple(decoded[0, 0]) == pytest.approx((128, 0, 0, 128), abs=1)
    assert decoded[0, 1, 3] == 0
    assert tuple(decoded[0, 2]) == (255, 255, 255, 255)
