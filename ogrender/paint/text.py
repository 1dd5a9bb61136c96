"""Drawing lines of glyph runs. The runs arrive shaped and positioned; this module fills each glyph's
outline as Chromium does (:mod:`.glyph_outlines`) and makes Skia text blobs for the rest (shadows, strokes,
decorations' ink skipping, colour fonts, vector output; typefaces made once per font content)."""

from __future__ import annotations

import math
import threading

import skia

from .background import vector_canvas
from .colors import paint_for
from .glyph_outlines import glyph_path, glyph_paths_cache, outlines_available, pen_position

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
    # Chromium on Linux hints "slight": hinted fonts (their own instructions) snap vertically only, so
    # horizontal stems such as the Devanagari headline sit on whole pixels; unhinted ones (Inter) are
    # drawn as they are. Positions and advances come from shaping, unaffected.
    font.setHinting(skia.FontHinting.kSlight)
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
    font.setHinting(skia.FontHinting.kSlight)
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
            if isinstance(color, str):  # currentcolor
                color = s.color
            if width > 0 and not color.transparent:
                canvas.drawRect(skia.Rect.MakeXYWH(*rect), paint_for(color))


def _blob(run, base_x: float, base_y: float):
    builder = skia.TextBlobBuilder()
    positions = [skia.Point(base_x + x, base_y + y) for x, y in zip(run.xs, run.ys)]
    builder.allocRunPos(_run_font(run), list(run.glyphs), positions)
    return builder.make()


def _fill_glyphs(canvas: skia.Canvas, blob, run, base_x: float, base_y: float, dx: float, dy: float,
                 paint: skia.Paint) -> None:
    """Fill a run's glyphs with ``paint``, as Chromium does: each glyph's light-hinted outline filled by
    Skia's path rasterizer at its quantised pen position (:mod:`.glyph_outlines`), one glyph over the
    other (overlapping glyphs, as Arabic joins and marks, blend as separate masks do).

    The coverage reaches the canvas as the rasterizer computed it, whatever the colour (Skia's glyph cache
    would remap it by the text colour's luminance, which Chromium 156 does not show). Vector canvases (SVG
    and PDF keep text as text) and colour fonts (their glyphs are pictures) get the text blob."""
    if vector_canvas.on or run.face.has_color:
        canvas.drawTextBlob(blob, dx, dy, paint)
        return
    fill_outlines(canvas, run, base_x + dx, base_y + dy, paint)


def fill_outlines(canvas: skia.Canvas, run, base_x: float, base_y: float, paint: skia.Paint) -> None:
    """Fill each glyph outline of ``run`` (its baseline's origin at ``base_x``, ``base_y``) with ``paint``
    at Chromium's pen positions: quantised on the device's pixels when the canvas only translates,
    else where they are. A face FreeType cannot read is drawn by Skia (a text blob)."""
    if not outlines_available(run.face):
        canvas.drawTextBlob(_blob(run, base_x, base_y), 0, 0, paint)
        return
    paint.setAntiAlias(True)
    skew = -0.25 if run.synthetic_oblique else 0.0  # Blink's synthetic italic
    matrix = canvas.getTotalMatrix()
    tx, ty = (matrix.getTranslateX(), matrix.getTranslateY()) if matrix.isTranslate() else (None, None)
    face, size, variations, bold = run.face, run.size, run.variations, run.synthetic_bold
    if tx is not None and not skew and paint.getShader() is None and paint.getColorFilter() is None \
            and paint.getMaskFilter() is None and paint.getImageFilter() is None \
            and paint.getBlendMode() == skia.BlendMode.kSrcOver and size <= _SPRITE_MAX_SIZE:
        _fill_sprites(canvas, run, base_x, base_y, tx, ty, paint.getColor())
        return
    for glyph, x, y in zip(run.glyphs, run.xs, run.ys):
        path = glyph_path(face, size, variations, bold, glyph)
        if path is None:
            continue
        px, py = base_x + x, base_y + y
        if tx is not None:
            px, py = pen_position(px + tx, py + ty)
            px, py = px - tx, py - ty
        canvas.save()
        canvas.translate(px, py)
        if skew:
            canvas.skew(skew, 0)
        canvas.drawPath(path, paint)
        canvas.restore()


_SPRITES: dict = {}
_SPRITE_BYTES = [0]
_MAX_SPRITE_BYTES = 64 << 20  # the cache starts over when its images reach this size
_SPRITE_MAX_SIZE = 256  # px: larger glyphs are filled as paths
_NEAREST = skia.SamplingOptions()


def _sprite(path: skia.Path, key: tuple, fraction: float, color: int):
    """(image, left, top): the glyph outline ``path`` filled in ``color`` by Skia's path rasterizer with its
    pen ``fraction`` of a pixel right of a whole pixel, as premultiplied pixels, the image's top-left
    corner from that pixel and the baseline (cached; None for an empty outline)."""
    hit = _SPRITES.get((key, fraction, color), False)
    if hit is not False:
        return hit
    hit = None
    if not path.isEmpty():
        bounds = path.getBounds()
        left, top = math.floor(bounds.left() + fraction) - 1, math.floor(bounds.top()) - 1
        width = math.ceil(bounds.right() + fraction) + 1 - left
        height = math.ceil(bounds.bottom()) + 1 - top
        if width > 0 and height > 0:
            surface = skia.Surface(width, height)  # (N32, premultiplied, transparent)
            canvas = surface.getCanvas()
            canvas.translate(fraction - left, -top)
            canvas.drawPath(path, skia.Paint(AntiAlias=True, Color=color))
            hit = (surface.makeImageSnapshot(), left, top)
            if _SPRITE_BYTES[0] > _MAX_SPRITE_BYTES:
                _SPRITES.clear()
                _SPRITE_BYTES[0] = 0
            _SPRITE_BYTES[0] += 4 * width * height
    _SPRITES[(key, fraction, color)] = hit
    return hit


def _fill_sprites(canvas: skia.Canvas, run, base_x: float, base_y: float, tx: float, ty: float,
                  color: int) -> None:
    """Fill a run's glyphs in a plain colour on a translating canvas: each glyph's outline is filled once
    per quarter-pixel position and colour into a small premultiplied image (:func:`_sprite`), then
    drawn on whole device pixels, which Skia copies as a sprite (a third of the cost of filling the path
    each time). The pixels are those of filling the path there, within 2 levels (the coverage is
    multiplied into the colour before the blend)."""
    face, size, variations, bold = run.face, run.size, run.variations, run.synthetic_bold
    floor, cached, face_id = math.floor, glyph_paths_cache(), face.id
    for glyph, x, y in zip(run.glyphs, run.xs, run.ys):
        key = (face_id, size, variations, bold, glyph)
        path = cached.get(key, False)
        if path is False:
            path = glyph_path(face, size, variations, bold, glyph)
        if path is None:
            continue
        px = floor((base_x + x + tx + 0.125) * 4) / 4  # (pen_position, in its order of operations)
        whole = floor(px)
        sprite = _sprite(path, key, px - whole, color)
        if sprite is not None:
            image, left, top = sprite
            canvas.drawImage(image, whole + left - tx, floor(base_y + y + ty + 0.5) + top - ty, _NEAREST)


def _round(x: float) -> float:
    return float(math.floor(x + 0.5))  # half up, as Blink's roundf for positive values


def _decoration_lines(run, line, base_x: float, base_y: float):
    """(kind, x0, x1, y top, thickness, style, colour) of each decoration line over this run, on whole
    pixels as Chromium 156 draws them (measured: underline, line-through and overline at 10-64 px in Inter
    and Noto Serif, thickness auto, from-font and 0.5-4.7 px, text-underline-offset, baselines at
    quarter pixels). With ``t`` the thickness (auto: the font size / 10; from-font: the font's underline
    thickness; a length rounded to whole pixels), the line is max(1, floor(t)) pixels thick; from the
    text's top, round(baseline - ascent), ascent the font's ascent rounded, an underline starts at
    ascent + max(1, ceil(t / 2)) (text-underline-offset: round(ascent + offset)), a line-through at
    round(2/3 ascent - t / 2), and an overline ends there."""
    x0 = base_x + max(run.x0, line.x0)
    x1 = base_x + min(run.x1, line.x1)
    if x1 <= x0:
        return
    face, size = run.primary, run.size
    scale = size / face.upem
    ascent = _round(face.ascent * scale)
    top = _round(base_y - ascent)
    for d in run.decorations:
        thickness = d.text_decoration_thickness
        if thickness == "from-font":
            thickness = face.underline[1] * scale
        elif thickness == "auto":
            thickness = size / 10  # Blink's auto thickness
        else:
            thickness = _round(thickness)
        thickness = max(1.0, thickness)
        rows = max(1.0, math.floor(thickness))
        for kind in d.text_decoration_line:
            if kind == "underline":
                offset = d.text_underline_offset
                y = top + (ascent + max(1, math.ceil(thickness / 2)) if offset == "auto" else _round(ascent + offset))
            elif kind == "overline":
                y = top - rows
            else:
                y = top + _round(2 * ascent / 3 - thickness / 2)
            color = d.text_decoration_color
            style = d.text_decoration_style
            # (wavy lines get the unrounded thickness: their shape is fitted with it)
            yield kind, x0, x1, y, thickness if style == "wavy" else rows, style, \
                d.color if isinstance(color, str) else color


def _draw_decoration(canvas, x0, x1, y, thickness, style, color) -> None:
    paint = paint_for(color)
    if style == "wavy":
        # fitted to Chromium's wavy underlines of Inter at 12-48 px (2.8% of the pixels of that page differed
        # with the earlier shape, 2.3% with this one): the wave hangs from the line's top, its control points
        # 1.5 x max(2, thickness) from its middle, half a wavelength 2.5 x max(2, thickness)
        paint.setStyle(skia.Paint.kStroke_Style)
        paint.setStrokeWidth(max(1.0, math.floor(thickness)))
        base = max(2.0, thickness)
        control, step = 1.5 * base, 2.5 * base
        path = skia.Path()
        mid = y + control
        path.moveTo(x0, mid)
        x, up = x0, True
        while x < x1:
            nx = min(x + step, x1)
            path.quadTo((x + nx) / 2, mid - control if up else mid + control, nx, mid)
            x, up = nx, not up
        canvas.save()
        canvas.clipRect(skia.Rect.MakeLTRB(x0, y - 4 * control, x1, y + 4 * control + thickness))
        canvas.drawPath(path, paint)
        canvas.restore()
        return
    if style in ("dotted", "dashed"):
        paint.setStyle(skia.Paint.kStroke_Style)
        paint.setStrokeWidth(thickness)
        on = thickness if style == "dotted" else 3 * thickness
        paint.setPathEffect(skia.DashPathEffect.Make([on, on], 0))
        mid = y + thickness / 2
        canvas.drawLine(x0, mid, x1, mid, paint)
        return
    canvas.drawRect(skia.Rect.MakeLTRB(x0, y, x1, y + thickness), paint)
    if style == "double":
        canvas.drawRect(skia.Rect.MakeLTRB(x0, y + 2 * thickness, x1, y + 3 * thickness), paint)


def _ink_cuts(blob, y: float, thickness: float) -> list[tuple[float, float]]:
    """text-decoration-skip-ink: the spans where glyphs cross the line's band, widened by the line's
    thickness on each side (gaps around descenders, as Chromium draws them)."""
    xs = blob.getIntercepts([y, y + thickness])
    dilation = max(1.0, thickness)
    return [(xs[i] - dilation, xs[i + 1] + dilation) for i in range(0, len(xs) - 1, 2)]


def _satori_image_height(run) -> float:
    """The height of Satori's ``<image>`` box for a picture in text: its engine's line height, the primary
    font's ascent - descent + line gap under ``line-height: normal``, else the used line height."""
    face, size = run.primary, run.size
    lh = getattr(run.style, "line_height", "normal")
    if lh == "normal":
        return (face.ascent + face.descent + face.line_gap) * size / face.upem
    return lh if lh.__class__ is float else lh.value * size


def _draw_emoji(canvas: skia.Canvas, run, base_x: float, base_y: float) -> None:
    """Pictures in text (ogrender.emoji: emoji, grapheme images), each fitted in its box keeping its aspect
    ratio, centred: Satori's ``<image>`` box (1 em wide, as tall as its line height, centred on the primary
    font's ascent + descent; an emoji fills the em square), or the square its ``PictureBox`` gives (the
    browser preset's emoji: where Chromium draws Noto Color Emoji's bitmap)."""
    from .image import draw_image

    face, size = run.primary, run.size
    for x, image, place in run.emoji:
        if place.size is None:
            box_w, box_h = size, _satori_image_height(run)
            left = base_x + x
            top = base_y - (face.ascent - face.descent) * size / face.upem / 2 - box_h / 2
        else:
            box_w = box_h = place.size * size
            left, top = base_x + x + place.left * size, base_y - place.top * size
        ratio = image.ratio or 1.0
        w, h = (box_w, box_w / ratio) if ratio >= box_w / max(box_h, 1e-9) else (box_h * ratio, box_h)
        draw_image(canvas, image, left + (box_w - w) / 2, top + (box_h - h) / 2, w, h)


def draw_text(canvas: skia.Canvas, text_layout, origin_x: float, origin_y: float) -> None:
    """Draw every line of a :class:`~ogrender.text.TextLayout` whose content box starts at the origin:
    inline elements' backgrounds and borders first, then per run its shadows, underlines and overlines,
    the glyphs (filled, then stroked with -webkit-text-stroke), and line-throughs on top."""
    for line in text_layout.lines:
        if line.fragments:
            _draw_fragments(canvas, line, origin_x, origin_y)
    for line in text_layout.lines:
        base_x = origin_x + line.left
        base_y = origin_y + line.baseline
        for run in line.runs:
            style = run.style
            fill = getattr(style, "webkit_text_fill_color", run.color) if style is not None else run.color
            if isinstance(fill, str):  # currentcolor
                fill = run.color
            stroke_w = getattr(style, "webkit_text_stroke_width", 0.0) if style is not None else 0.0
            shadows = getattr(style, "text_shadow", ()) if style is not None else ()
            decorations = list(_decoration_lines(run, line, base_x, base_y + run.baseline_shift)) \
                if run.decorations else []
            if fill.transparent and not stroke_w and not shadows and not decorations:
                continue
            # (the text blob draws shadows, strokes, colour fonts and vector output, and finds the ink that
            # decorations skip; plain glyphs are filled from their outlines without it)
            blob = _blob(run, base_x, base_y + run.baseline_shift) \
                if shadows or stroke_w > 0 or decorations or vector_canvas.on or run.face.has_color else None
            for dx, dy, blur, color in reversed(shadows):
                if color.transparent:
                    continue
                paint = paint_for(color)
                if blur > 0:
                    paint.setMaskFilter(skia.MaskFilter.MakeBlur(skia.BlurStyle.kNormal_BlurStyle, blur / 2))
                    canvas.drawTextBlob(blob, dx, dy, paint)
                else:
                    _fill_glyphs(canvas, blob, run, base_x, base_y + run.baseline_shift, dx, dy, paint)
            for kind, x0, x1, y, thickness, dstyle, color in decorations:
                if kind != "line-through":
                    skip = getattr(style, "text_decoration_skip_ink", "auto") if style is not None else "auto"
                    cuts = _ink_cuts(blob, y, thickness) if skip != "none" and blob is not None else ()
                    if cuts:
                        canvas.save()
                        for a, b in cuts:
                            canvas.clipRect(skia.Rect.MakeLTRB(a, y - 2 * thickness - 2, b, y + 3 * thickness + 2),
                                            skia.ClipOp.kDifference)
                    _draw_decoration(canvas, x0, x1, y, thickness, dstyle, color)
                    if cuts:
                        canvas.restore()
            if not fill.transparent:
                _fill_glyphs(canvas, blob, run, base_x, base_y + run.baseline_shift, 0, 0, paint_for(fill))
            if run.emoji:
                _draw_emoji(canvas, run, base_x, base_y + run.baseline_shift)
            if stroke_w > 0:
                stroke = getattr(style, "webkit_text_stroke_color", run.color)
                paint = paint_for(run.color if isinstance(stroke, str) else stroke)
                paint.setStyle(skia.Paint.kStroke_Style)
                paint.setStrokeWidth(stroke_w)
                canvas.drawTextBlob(blob, 0, 0, paint)
            for kind, x0, x1, y, thickness, dstyle, color in decorations:
                if kind == "line-through":
                    _draw_decoration(canvas, x0, x1, y, thickness, dstyle, color)
