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


def _tag(tag: str) -> int:
    return int.from_bytes(tag.encode("latin-1"), "big")


def _variant(face, variations: tuple) -> skia.Typeface:
    """The typeface at variable-font axis coordinates (cached with the typefaces)."""
    key = f"{face.id}|{variations}"
    typeface = _typefaces.get(key)
    if typeface is None:
        coords = skia.FontArguments.VariationPosition.Coordinates(
            [skia.FontArguments.VariationPosition.Coordinate(_tag(t), v) for t, v in variations])
        args = skia.FontArguments()
        args.setVariationDesignPosition(skia.FontArguments.VariationPosition(coords))
        typeface = typeface_for(face).makeClone(args)
        _typefaces[key] = typeface
    return typeface


def _run_font(run) -> skia.Font:
    face = run.face
    typeface = _variant(face, run.variations) if run.variations else typeface_for(face)
    font = skia.Font(typeface, run.size)
    font.setEdging(skia.Font.Edging.kAntiAlias)
    font.setSubpixel(True)
    font.setHinting(skia.FontHinting.kNone)
    font.setLinearMetrics(True)
    if run.synthetic_bold:
        font.setEmbolden(True)
    if run.synthetic_oblique:
        font.setSkewX(-0.25)  # Blink's synthetic italic
    return font


def _font(face, size: float) -> skia.Font:
    font = skia.Font(typeface_for(face), size)
    font.setEdging(skia.Font.Edging.kAntiAlias)
    font.setSubpixel(True)
    font.setHinting(skia.FontHinting.kNone)
    font.setLinearMetrics(True)
    return font


def _draw_fragments(canvas: skia.Canvas, line, origin_x: float, origin_y: float) -> None:
    """Backgrounds and borders of inline elements, per line fragment (an element split over lines has
    its start edge on its first fragment and its end edge on its last)."""
    for f in line.fragments:
        s = f.style
        x, y, w, h = origin_x + f.x, origin_y + f.y, f.width, f.height
        if not s.background_color.transparent:
            canvas.drawRect(skia.Rect.MakeXYWH(x, y, w, h), paint_for(s.background_color))
        edges = ((s.border_top_width, s.border_top_color, (x, y, w, s.border_top_width)),
                 (s.border_bottom_width, s.border_bottom_color, (x, y + h - s.border_bottom_width, w,
                                                                 s.border_bottom_width)),
                 (s.border_left_width if f.first else 0.0, s.border_left_color, (x, y, s.border_left_width, h)),
                 (s.border_right_width if f.last else 0.0, s.border_right_color,
                  (x + w - s.border_right_width, y, s.border_right_width, h)))
        for width, color, rect in edges:
            if width > 0 and not color.transparent:
                canvas.drawRect(skia.Rect.MakeXYWH(*rect), paint_for(color))


def draw_text(canvas: skia.Canvas, text_layout, origin_x: float, origin_y: float) -> None:
    """Draw every line of a :class:`~ogrender.text.TextLayout` whose content box starts at the origin:
    inline elements' backgrounds and borders first, then the glyphs."""
    for line in text_layout.lines:
        if line.fragments:
            _draw_fragments(canvas, line, origin_x, origin_y)
    for line in text_layout.lines:
        base_x = origin_x + line.left
        base_y = origin_y + line.baseline
        for run in line.runs:
            if run.color.transparent:
                continue
            builder = skia.TextBlobBuilder()
            positions = [skia.Point(base_x + x, base_y + y) for x, y in zip(run.xs, run.ys)]
            builder.allocRunPos(_run_font(run), list(run.glyphs), positions)
            canvas.drawTextBlob(builder.make(), 0, 0, paint_for(run.color))


def draw_text_mask(canvas: skia.Canvas, text_layout, origin_x: float, origin_y: float) -> None:
    """The glyphs of every line in opaque black, whatever their colour: the coverage that
    ``background-clip: text`` paints the background through (added by the paint work)."""
    black = skia.Paint(skia.Color4f(0, 0, 0, 1))
    black.setAntiAlias(True)
    for line in text_layout.lines:
        base_x = origin_x + line.left
        base_y = origin_y + line.baseline
        for run in line.runs:
            builder = skia.TextBlobBuilder()
            positions = [skia.Point(base_x + x, base_y + y) for x, y in zip(run.xs, run.ys)]
            builder.allocRunPos(_run_font(run), list(run.glyphs), positions)
            canvas.drawTextBlob(builder.make(), 0, 0, black)
