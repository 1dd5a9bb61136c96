"""Vector output: the same painting onto Skia's SVG and PDF canvases.

SVG keeps text as paths by default (as Satori's ``embedFont``), so the file needs no fonts; with
``text_as_paths=False`` glyphs stay ``<text>`` naming the font family. Skia's SVG canvas drops draws that
need an image filter or a mask filter (blurred shadows, ``filter``, ``backdrop-filter``), blend modes and
masks, and colour (bitmap) glyphs; it also cannot express group opacity, clipping
out a shape, conic and repeating gradients, tiling shaders, or gradient stops with alpha (SVG interpolates
unpremultiplied). The painter therefore rasterizes exactly those parts (a stacking context with such an
effect, a box's shadows, a box's background) at device resolution and places them as cropped images, in SVG
and PDF alike; a picture with a blend mode or a backdrop filter, which needs what lies under it, is placed
as one image. Everything else stays vector: rectangles, rounded rectangles, borders, opaque linear and
radial gradients, images, clip paths, transforms, glyph outlines.
"""

from __future__ import annotations

import skia

from .painter import needs_backdrop, paint_box, paint_rasterized, vector_mode


def _paint_page(canvas, root, debug: bool) -> None:
    if needs_backdrop(root):
        paint_rasterized(canvas, root)
    else:
        paint_box(canvas, root)
    if debug:
        from .debug import draw_debug
        draw_debug(canvas, root)


def render_svg(root, width: int, height: int, text_as_paths: bool = True, debug: bool = False) -> bytes:
    stream = skia.DynamicMemoryWStream()
    flags = int(skia.SVGCanvas.kNoPrettyXML_Flag)
    if text_as_paths:
        flags |= int(skia.SVGCanvas.kConvertTextToPaths_Flag)
    canvas = skia.SVGCanvas.Make(skia.Rect.MakeWH(width, height), stream, flags)
    with vector_mode(width, height):
        _paint_page(canvas, root, debug)
    del canvas  # the SVG is complete once the canvas is gone
    return stream.detachAsData().bytes()


def render_pdf(root, width: int, height: int, debug: bool = False) -> bytes:
    stream = skia.DynamicMemoryWStream()
    metadata = skia.PDF.Metadata()
    metadata.fCreator = "ogrender"
    metadata.fProducer = "ogrender (Skia PDF)"
    document = skia.PDF.MakeDocument(stream, metadata)
    canvas = document.beginPage(width, height)
    with vector_mode(width, height, pdf=True):
        _paint_page(canvas, root, debug)
    document.endPage()
    document.close()
    return stream.detachAsData().bytes()
