"""Drawing images: object-fit / object-position at known pixels (arithmetic), inline SVG with
currentColor, and ogrender's pixels against Chromium's reference PNGs (tests/conformance/data/images/paint,
written by ``python tools/image_fixtures.py --paint``)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from ogrender import h, render

DATA = Path(__file__).resolve().parents[1] / "conformance" / "data" / "images" / "paint"
FAILURES = Path(__file__).resolve().parents[1] / "_failures"
RED, BLUE, GREY = [255, 0, 0, 255], [0, 0, 255, 255], [221, 221, 221, 255]


def pixels(tree, w, h_) -> np.ndarray:
    return np.asarray(Image.open(io.BytesIO(render(tree, w, h_, preset="browser"))).convert("RGBA"))


def two_colour_png(w=4, h_=2) -> bytes:
    """Left half red, right half blue."""
    im = Image.new("RGB", (w, h_), (255, 0, 0))
    im.paste((0, 0, 255), (w // 2, 0, w, h_))
    buf = io.BytesIO()
    im.save(buf, "PNG")
    return buf.getvalue()


PNG = two_colour_png()  # 4 x 2, ratio 2


def boxed(fit, position=None, size=(40, 40), src=PNG):
    style = {"display": "block", "objectFit": fit, "backgroundColor": "#ddd"}
    if position:
        style["objectPosition"] = position
    return pixels(h("div", {"style": {"display": "block"}},
                    h("img", {"src": src, "width": size[0], "height": size[1], "style": style})), *size)


def at(px, x, y):
    return px[y, x].tolist()


def test_fill_stretches():
    px = boxed("fill")
    assert at(px, 5, 5) == RED and at(px, 5, 35) == RED and at(px, 35, 20) == BLUE


def test_contain_letterboxes_centred():
    px = boxed("contain")  # 40 x 20 at y 10..30
    assert at(px, 20, 5) == GREY and at(px, 20, 34) == GREY
    assert at(px, 5, 20) == RED and at(px, 35, 20) == BLUE


def test_cover_crops_by_position():
    # 80 x 40 object: centred, the middle 40 px show (red | blue); at the left edge only red; right, blue.
    px = boxed("cover")
    assert at(px, 2, 20) == RED and at(px, 37, 20) == BLUE
    left = boxed("cover", "left top")
    assert at(left, 1, 1) == RED and at(left, 38, 38) == RED
    right = boxed("cover", "right")
    assert at(right, 1, 1) == BLUE and at(right, 38, 38) == BLUE


def test_none_and_scale_down_keep_the_natural_size():
    for fit in ("none", "scale-down"):
        px = boxed(fit)  # 4 x 2 at (18, 19)
        assert at(px, 18, 19) == RED and at(px, 19, 20) == RED and at(px, 20, 19) == BLUE
        assert at(px, 21, 20) == BLUE and at(px, 17, 19) == GREY and at(px, 18, 21) == GREY


def test_scale_down_shrinks_a_large_image():
    big = two_colour_png(80, 40)
    px = boxed("scale-down", src=big)  # contain: 40 x 20 at y 10
    assert at(px, 20, 5) == GREY and at(px, 5, 15) == RED and at(px, 35, 25) == BLUE


def test_object_position_offsets_from_edges():
    px = boxed("none", "right 5px bottom 10px")  # x 40 - 5 - 4 = 31, y 40 - 10 - 2 = 28
    assert at(px, 31, 28) == RED and at(px, 34, 29) == BLUE and at(px, 30, 28) == GREY and at(px, 31, 30) == GREY
    px = boxed("none", "0% 100%")
    assert at(px, 0, 38) == RED and at(px, 3, 39) == BLUE


def test_clipped_to_the_content_box():
    style = {"display": "block", "objectFit": "none", "objectPosition": "-10px -10px", "padding": "5px",
             "backgroundColor": "#ddd"}
    px = pixels(h("div", {"style": {"display": "block"}},
                  h("img", {"src": two_colour_png(40, 40), "width": 10, "height": 10, "style": style})), 20, 20)
    # The object starts at content (5, 5) - 10; the padding ring stays grey, the content shows red.
    assert at(px, 2, 10) == GREY and at(px, 10, 2) == GREY and at(px, 7, 7) == RED and at(px, 14, 14) == RED


def test_svg_image_and_inline_svg_with_current_color():
    svg = b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 2 1"><rect width="1" height="1" fill="#00f"/></svg>'
    tree = h("div", {"style": {"display": "block", "color": "#0f0"}},
             h("img", {"src": svg, "width": 40, "height": 20, "style": {"display": "block"}}),
             h("svg", {"width": 40, "height": 20, "viewBox": "0 0 4 2", "style": {"display": "block"}},
               h("rect", {"x": 2, "width": 2, "height": 2, "fill": "currentColor"})))
    px = pixels(tree, 40, 40)
    assert at(px, 10, 10) == BLUE and at(px, 30, 10)[3] == 0
    assert at(px, 10, 30)[3] == 0 and at(px, 30, 30) == [0, 255, 0, 255]


# -- against Chromium ------------------------------------------------------------------------------------

_INDEX = json.loads((DATA / "index.json").read_text())
CHANNEL_TOLERANCE = 32   # bilinear filtering differs slightly between Skia builds
MAX_SHARE = 0.005        # share of pixels allowed beyond it (antialiased clip edges)


def _resolve(tree):
    if isinstance(tree, dict):
        return {k: _resolve(v) for k, v in tree.items()}
    if isinstance(tree, list):
        return [_resolve(v) for v in tree]
    if isinstance(tree, str) and tree.startswith("@") and tree[1:] in _INDEX["images"]:
        return _INDEX["images"][tree[1:]]
    return tree


@pytest.mark.parametrize("fixture", _INDEX["fixtures"], ids=[f["id"] for f in _INDEX["fixtures"]])
def test_matches_chromium(fixture):
    expected = np.asarray(Image.open(DATA / f"{fixture['id']}.png").convert("RGBA")).astype(int)
    actual = pixels(_resolve(fixture["tree"]), fixture["width"], fixture["height"]).astype(int)
    diff = np.abs(expected - actual).max(axis=2)
    share = float((diff > CHANNEL_TOLERANCE).mean())
    if share > MAX_SHARE:
        FAILURES.mkdir(exist_ok=True)
        path = FAILURES / f"images-{fixture['id']}.png"
        strip = np.concatenate([expected, np.repeat(np.minimum(255, diff * 4)[..., None], 4, 2), actual], 1)
        strip[..., 3] = 255
        Image.fromarray(strip.astype(np.uint8)).save(path)
        pytest.fail(f"{share:.2%} of pixels differ by more than {CHANNEL_TOLERANCE} "
                    f"(expected | diff | actual in {path})")


def test_semi_transparent_pixels_blend_over_the_background():
    im = Image.new("RGBA", (4, 4), (255, 0, 0, 128))
    buf = io.BytesIO()
    im.save(buf, "PNG")
    px = pixels(h("div", {"style": {"display": "block", "backgroundColor": "white"}},
                  h("img", {"src": buf.getvalue(), "style": {"display": "block"}})), 4, 4)
    # 128/255 of red over white: G and B = 255 x (1 - 128/255) = 127
    r, g, b, a = at(px, 1, 1)
    assert (r, a) == (255, 255) and abs(g - 127) <= 1 and abs(b - 127) <= 1


def test_large_scaled_draws_are_reused_with_the_same_pixels(monkeypatch):
    import ogrender.paint.image as image_paint
    y, x = np.mgrid[0:300, 0:500]
    photo = np.stack([x * 255 // 500, y * 255 // 300, (x + y) * 255 // 800], -1).astype(np.uint8)
    buf = io.BytesIO()
    Image.fromarray(photo).save(buf, "PNG")
    tree = h("div", {"style": {"display": "block"}},
             h("img", {"src": buf.getvalue(), "width": 360, "height": 240,
                       "style": {"display": "block", "objectFit": "cover"}}))
    image_paint._scaled.clear()
    first = pixels(tree, 360, 240)
    assert len(image_paint._scaled) == 1
    again = pixels(tree, 360, 240)
    monkeypatch.setattr(image_paint, "SCALED_MIN_PIXELS", 10 ** 12)  # draw directly
    direct = pixels(tree, 360, 240)
    assert np.array_equal(first, again) and np.array_equal(first, direct)


def test_an_svg_image_is_clipped_to_its_viewport():
    """What an SVG image's document draws outside its viewport is not shown (browsers clip an SVG image to
    its box): a blue square at 0..10 in a 10x10 viewBox, plus a red rectangle at -20..-10 (beyond the top
    left); as an img and as an emoji-sized grapheme picture, no red reaches the canvas."""
    import base64
    svg = ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect x="-20" y="-20" width="10" '
           'height="20" fill="red"/><rect width="10" height="10" fill="blue"/></svg>')
    src = "data:image/svg+xml;base64," + base64.b64encode(svg.encode()).decode()
    img = pixels(h("div", {"style": {"display": "block", "padding": "60px", "background": "white"}},
                   h("img", {"src": src, "width": 20, "height": 20, "style": {"display": "block"}})), 140, 140)
    assert at(img, 70, 70) == BLUE
    assert not ((img[..., 0] > 200) & (img[..., 1] < 80) & (img[..., 2] < 80)).any()
    tree = h("div", {"style": {"display": "flex", "padding": "60px", "background": "white", "fontSize": 20}}, "a X")
    text = np.asarray(Image.open(io.BytesIO(render(tree, 140, 140, grapheme_images={"X": src}))).convert("RGBA"))
    assert ((text[..., 2] > 200) & (text[..., 0] < 80)).any()  # the picture is drawn
    assert not ((text[..., 0] > 200) & (text[..., 1] < 80) & (text[..., 2] < 80)).any()
