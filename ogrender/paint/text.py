"""Drawing lines of glyph runs. The runs arrive shaped and positioned; this module only turns them into
Skia text blobs (typefaces made once per font content)."""

from __future__ import annotations

import threading

import skia

from .colors import paint_for

_typefaces: dict[str, skia.Typeface] = {}
_lock = threading.Lock()
# Typefaces are made from the font bytes text/ chose, never looked up on the system: an empty custom
# font manager keeps Skia away from fontconfig (and its configuration warnings).
_font_manager = skia.FontMgr.New_Custom_Empty()


def typeface_for(face) -> skia.Typeface:
    typeface = _typefaces.get(face.id)
    if typeface is None:
        with _lock:
            typeface = _typefaces.get(face.id)
            if typeface is None:
                typeface = _font_manager.makeFromData(skia.Data.MakeWithCopy(face.data), face.index)
                _typefaces[face.id] = typeface
    return typeface


def _font(face, size: float) -> skia.Font:
    font = skia.Font(typeface_for(face), size)
    font.setEdging(skia.Font.Edging.kAntiAlias)
    font.setSubpixel(True)
    font.setHinting(skia.FontHinting.kNone)
    font.setLinearMetrics(True)
    return font


def draw_text(canvas: skia.Canvas, text_layout, origin_x: float, origin_y: float) -> None:
    """Draw every line of a :class:`~ogrender.text.TextLayout` whose content box starts at the origin."""
    for line in text_layout.lines:
        base_x = origin_x + line.left
        base_y = origin_y + line.baseline
        for run in line.runs:
            if run.color.transparent:
                continue
            builder = skia.TextBlobBuilder()
            positions = [skia.Point(base_x + x, base_y + y) for x, y in zip(run.xs, run.ys)]
            builder.allocRunPos(_font(run.face, run.size), list(run.glyphs), positions)
            canvas.drawTextBlob(builder.make(), 0, 0, paint_for(run.color))
