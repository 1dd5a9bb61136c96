"""Vector output: the same painting onto Skia's SVG and PDF canvases.

SVG keeps text as paths by default (as Satori's ``embedFont``), so the file needs no fonts; with
``text_as_paths=False`` glyphs stay ``<text>`` naming the font family. Skia's SVG canvas drops draws that
need an image filter or a mask filter (blurred shadows, ``filter``, ``backdrop-filter``), blend modes and
masks, and colour (bitmap) glyphs; the painter therefore rasterizes such a stacking context (or blurred
shadow) at device resolution and places it as an image, in SVG and in PDF alike. Everything else stays
vector: rectangles, rounded rectangles, borders, gradients, clip paths, transforms, glyph outlines.
"""

from __future__ import annotations

import skia

from .painter import paint_box, vector_mode


def render_svg(root, width: int, height: int, text_as_paths: bool = True, debug: bool = False) -> bytes:
    stream = skia.DynamicMemoryWStream()
    flags = int(skia.SVGCanvas.kNoPrettyXML_Flag)
    if text_as_paths:
        flags |= int(skia.SVGCanvas.kConvertTextToPaths_Flag)
    canvas = skia.SVGCanvas.Make(skia.Rect.MakeWH(width, height), stream, flags)
    with vector_mode(width, height):
        paint_box(canvas, root)
        if debug:
            from .debug import draw_debug
            draw_debug(canvas, root)
    del canvas  # the SVG is complete once the canvas is gone
    return stream.detachAsData().bytes()


def render_pdf(root, width: int, height: int, debug: bool = False) -> bytes:
    stream = skia.DynamicMemoryWStream()
    metadata = skia.PDF.Metadata()
    metadata.fCreator = "ogrender"
    metadata.fProducer = "ogrender (Skia PDF)"
    document = skia.PDF.MakeDocument(stream, metadata)
    canvas = document.beginPage(width, height)
    with vector_mode(width, height):
        paint_box(canvas, root)
        if debug:
            from .debug import draw_debug
            draw_debug(canvas, root)
    document.endPage()
    document.close()
    return stream.detachAsData().bytes()
