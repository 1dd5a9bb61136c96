"""SVG and PDF output, and debug outlines."""

import re

import numpy as np
import pytest
import skia

from ogrender import RenderError, h, render
from tests.conftest import decode_png


def card(*extra):
    return h("div", {"style": {"display": "flex", "flexDirection": "column", "width": 200, "height": 100,
                               "padding": 10, "backgroundImage": "linear-gradient(to right, #fde, #9cf)",
                               "borderRadius": 12, "border": "3px dashed navy"}},
             h("div", {"style": {"fontSize": 24, "fontWeight": 700}}, "Hello"), *extra)


def svg_pixels(svg: bytes, w: int, h: int) -> np.ndarray:
    dom = skia.SVGDOM.MakeFromStream(skia.MemoryStream(svg, True))
    pixels = np.zeros((h, w, 4), np.uint8)
    surface = skia.Surface(pixels, skia.ColorType.kRGBA_8888_ColorType, skia.AlphaType.kUnpremul_AlphaType)
    with surface as canvas:
        dom.render(canvas)
    return pixels


def test_svg_is_vector_with_text_as_paths_by_default():
    svg = render(card(), 240, 140, format="svg")
    assert svg.startswith(b"<?xml") and b"<svg" in svg
    assert re.search(rb'width="240"', svg) and re.search(rb'height="140"', svg)
    assert b"<text" not in svg and b"<path" in svg and b"<image" not in svg
    assert b"<text" in render(card(), 240, 140, format="svg", embed_font=False)


def test_svg_draws_what_the_png_draws():
    svg = render(card(), 240, 140, format="svg")
    png = decode_png(render(card(), 240, 140))
    drawn = svg_pixels(svg, 240, 140)
    differs = (np.abs(drawn.astype(int) - png.astype(int)) > 32).any(axis=2).mean()
    assert differs < 0.01, differs


def test_blurred_shadows_and_filters_are_placed_as_images_in_svg():
    tree = card(h("div", {"style": {"width": 40, "height": 20, "backgroundColor": "white",
                                    "boxShadow": "2px 2px 6px black"}}),
                h("div", {"style": {"width": 20, "height": 20, "backgroundColor": "red", "filter": "blur(2px)"}}))
    svg = render(tree, 240, 160, format="svg")
    assert svg.count(b"<image") == 2


def test_pdf_is_one_page_of_the_canvas_size():
    pdf = render(card(), 240, 140, format="pdf")
    assert pdf.startswith(b"%PDF-")
    assert re.search(rb"/MediaBox \[0 0 240 140\]", pdf)
    assert pdf.rstrip().endswith(b"%%EOF")


def test_vector_formats_are_not_pixel_encodings():
    from ogrender.output import encode
    with pytest.raises(RenderError, match="vector"):
        encode(np.zeros((2, 2, 4), np.uint8), "svg")


def test_debug_outlines_boxes_in_red_and_lines_in_blue():
    tree = h("div", {"style": {"display": "block", "width": 60, "height": 30, "fontSize": 16}}, "Hi")
    img = decode_png(render(tree, 80, 40, debug=True, preset="browser"))
    r, g, b, a = (int(v) for v in img[15, 59])
    assert a == 255 and r > 200 and g < 120          # the box's right edge
    top = [tuple(int(v) for v in img[0, x]) for x in range(5, 10)]
    assert any(p[2] > 200 and p[0] < 120 for p in top)  # the line box's top edge (blue) over the box's
