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


@pytest.mark.parametrize("level", [0, 1, 2, 3, 4, 6, 9, 12])
def test_every_level_round_trips(level):
    rng = np.random.default_rng(level)
    pixels = np.zeros((31, 47, 4), np.uint8)
    pixels[..., :3] = rng.integers(0, 4, size=(31, 47, 3), dtype=np.uint8) * 60
    pixels[..., 3] = 255
    assert (decode_png(encode_png(pixels, level)) == pixels).all()


@pytest.mark.parametrize("missing", [("_isal",), ("_libdeflate",), ("_isal", "_libdeflate")])
def test_without_the_fast_libraries_zlib_writes_the_same_pixels(monkeypatch, missing):
    from ogrender.output import png
    for name in missing:
        monkeypatch.setattr(png, name, None)
    gone = {"_isal": "isal", "_libdeflate": "libdeflate"}
    assert not {png.backend(level) for level in range(13)} & {gone[name] for name in missing}
    pixels = np.zeros((9, 11, 4), np.uint8)
    pixels[2:5, 3:8] = (10, 200, 30, 255)
    for level in (1, 2, 6, 12):
        assert (decode_png(encode_png(pixels, level)) == pixels).all()


def test_bad_levels_are_errors():
    from ogrender import RenderError
    pixels = np.zeros((2, 2, 4), np.uint8)
    for level in (-1, 13, 2.5, True, "6"):
        with pytest.raises(RenderError):
            encode_png(pixels, level)


def test_mostly_translucent_image_unpremultiplies_every_pixel():
    from ogrender.output.png import unpremultiply
    rng = np.random.default_rng(7)
    pixels = rng.integers(0, 256, size=(23, 29, 4), dtype=np.uint8)
    pixels[..., :3] = np.minimum(pixels[..., :3], pixels[..., 3:4])  # valid premultiplied values
    alpha = pixels[..., 3:4].astype(np.uint32)
    rgb = pixels[..., :3].astype(np.uint32)
    expected = np.where((alpha > 0) & (alpha < 255),
                        np.minimum((rgb * 255 + alpha // 2) // np.maximum(alpha, 1), 255), rgb)
    assert (unpremultiply(pixels)[..., :3] == expected).all()
    sparse = pixels.copy()
    sparse[3:, :, 3] = 255
    sparse[3:, :, :3] = 9
    alpha = sparse[..., 3:4].astype(np.uint32)
    rgb = sparse[..., :3].astype(np.uint32)
    expected = np.where((alpha > 0) & (alpha < 255),
                        np.minimum((rgb * 255 + alpha // 2) // np.maximum(alpha, 1), 255), rgb)
    assert (unpremultiply(sparse)[..., :3] == expected).all()
    assert (decode_png(encode_png(sparse))[..., 3] == sparse[..., 3]).all()
