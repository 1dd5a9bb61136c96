"""Paint stage: LayoutBox tree -> pixels, drawn with Skia into a numpy-backed RGBA surface.

Only this package imports skia. The output is an (height, width, 4) uint8 array of premultiplied RGBA,
transparent where nothing was painted, for the output stage to encode.
"""

from __future__ import annotations

import numpy as np
import skia

from .painter import paint_box

__all__ = ["paint", "paint_vector", "VECTOR_FORMATS"]

VECTOR_FORMATS = ("svg", "pdf")


def paint(root, width: int, height: int, debug: bool = False) -> np.ndarray:
    pixels = np.zeros((height, width, 4), dtype=np.uint8)
    surface = skia.Surface(pixels, skia.ColorType.kRGBA_8888_ColorType, skia.AlphaType.kPremul_AlphaType)
    with surface as canvas:
        paint_box(canvas, root)
        if debug:
            from .debug import draw_debug
            draw_debug(canvas, root)
    return pixels


def paint_vector(root, width: int, height: int, format: str, debug: bool = False,
                 embed_font: bool = True) -> bytes:
    """SVG or PDF bytes of the laid-out tree (see vector.py); ``embed_font``: SVG text as paths."""
    from .vector import render_pdf, render_svg
    if format == "svg":
        return render_svg(root, width, height, text_as_paths=embed_font, debug=debug)
    return render_pdf(root, width, height, debug=debug)
