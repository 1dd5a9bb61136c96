"""Skia paints from resolved colours."""

from __future__ import annotations

import skia


def color4f(color) -> skia.Color4f:
    return skia.Color4f(color.r, color.g, color.b, color.a)


def paint_for(color, antialias: bool = True) -> skia.Paint:
    paint = skia.Paint(color4f(color))
    paint.setAntiAlias(antialias)
    return paint
