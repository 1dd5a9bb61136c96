"""Paint stage: LayoutBox tree -> pixels, drawn with Skia into a numpy-backed RGBA surface.

Only this package imports skia. The output is an (height, width, 4) uint8 array of premultiplied RGBA,
transparent where nothing was painted, for the output stage to encode.
"""

from __future__ import annotations

import numpy as np
import skia

from .painter import paint_box

__all__ = ["paint"]


def paint(root, width: int, height: int) -> np.ndarray:
    pixels = np.zeros((height, width, 4), dtype=np.uint8)
    surface = skia.Surface(pixels, skia.ColorType.kRGBA_8888_ColorType, skia.AlphaType.kPremul_AlphaType)
    with surface as canvas:
        paint_box(canvas, root)
    return pixels
