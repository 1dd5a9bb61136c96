"""Glyph outlines as Chromium fills them: a face's glyph, hinted by FreeType "light", as a Skia path.

In: a :class:`~ogrender.text.fonts.FontFace` (its sfnt bytes and index), a size in px, variable-font axis
coordinates, synthetic bold, a glyph id. Out: a ``skia.Path`` in px, origin at the glyph's pen position on
the baseline, y down (``None`` for a glyph without an outline).

Chromium 156 on Linux (headless, the flags of DESIGN.md) draws the glyphs of web fonts the way this
module reproduces, measured against its screenshots (one glyph at x offsets of k/16 px and y offsets of
k/16 px, Noto Sans CJK JP, Noto Sans Arabic, Noto Sans Devanagari and Inter at 20 px; the ink fixtures):

- the outline is FreeType's with light hinting: vertical-only snapping (the Adobe CFF engine for CFF
  fonts, the autohinter for TrueType fonts without instructions, the fonts' own instructions otherwise);
- Skia's path rasterizer fills it (not FreeType's): each glyph drawn from such a path differs from
  Chromium's pixels by at most 6 levels, where the masks skia-python's FreeType port draws (FreeType's
  rasterizer, hinted the same) differ by up to 56 on every curved edge;
- the pen position is quantised as Skia quantises subpixel glyph positions (:func:`pen_position`);
- synthetic bold is Skia's generic fake bold (the hinted outline stroked, :func:`fake_bold_width`), not
  FreeType's emboldening: on the bold CJK title fixtures (Noto Sans CJK JP at 32 px, weight 700 from the
  regular face) 0.1-0.2% of each line's pixels differ, against 12-16% with FreeType's.

FreeType is reached through freetype-py; its faces are not thread-safe, so every load holds one lock (the
paths are cached, so a face is read once per glyph and size).
"""

from __future__ import annotations

import io
import math
import threading

import freetype
import skia

_LOAD_FLAGS = freetype.FT_LOAD_TARGET_LIGHT | freetype.FT_LOAD_NO_BITMAP
# Skia's synthetic bold (SkScalerContext's fake bold): the outline stroked and filled, the stroke as wide
# as the size times 1/24 at 9 px or less, 1/32 at 36 px or more, linear between
_FAKE_BOLD = ((9.0, 1 / 24), (36.0, 1 / 32))
_MAX_PATHS = 50_000

_lock = threading.Lock()
_faces: dict[str, freetype.Face | None] = {}  # None: a face FreeType cannot read
_paths: dict[tuple, skia.Path | None] = {}


def pen_position(x: float, y: float) -> tuple[float, float]:
    """Where Skia puts a horizontal run's glyph whose pen is at (x, y): x to the nearest quarter pixel
    (Skia's 4 subpixel positions, a quarter's lower eighth rounding down: 0.124 -> 0, 0.125 -> 0.25),
    y to the nearest whole pixel (half up). Measured in Chromium: the same glyph at x + k/16 px gives 4
    masks, switching at k = 2, 6, 10, 14; at y + k/16 the baseline moves down a pixel at k = 8."""
    return math.floor((x + 0.125) * 4) / 4, math.floor(y + 0.5)


def _ft_face(face) -> freetype.Face | None:
    if face.id not in _faces:
        try:
            _faces[face.id] = freetype.Face(io.BytesIO(face.data), face.index)
        except (freetype.FT_Exception, OSError, ValueError):
            _faces[face.id] = None
    return _faces[face.id]


def outlines_available(face) -> bool:
    """Whether FreeType reads the face (else its text is drawn by Skia alone, as a text blob)."""
    ft = _faces.get(face.id, False)
    if ft is False:
        with _lock:
            ft = _ft_face(face)
    return ft is not None


def _set_variations(ft: freetype.Face, variations: tuple) -> None:
    if not ft.has_multiple_masters:
        return
    axes = ft.get_variation_info().axes
    given = dict(variations)
    ft.set_var_design_coords([float(given.get(a.tag, a.default)) for a in axes])


def _outline_path(outline: freetype.Outline) -> skia.Path:
    """FreeType's outline (26.6 fixed point, y up) -> a Skia path in px, y down."""
    path = skia.Path()

    def move_to(a, _):
        if not path.isEmpty():
            path.close()  # contours are closed (synthetic bold strokes them: no caps at their starts)
        path.moveTo(a.x / 64, -a.y / 64)

    def line_to(a, _):
        path.lineTo(a.x / 64, -a.y / 64)

    def conic_to(a, b, _):
        path.quadTo(a.x / 64, -a.y / 64, b.x / 64, -b.y / 64)

    def cubic_to(a, b, c, _):
        path.cubicTo(a.x / 64, -a.y / 64, b.x / 64, -b.y / 64, c.x / 64, -c.y / 64)

    outline.decompose(None, move_to=move_to, line_to=line_to, conic_to=conic_to, cubic_to=cubic_to)
    if not path.isEmpty():
        path.close()
    return path


def _load(face, size: float, variations: tuple, bold: bool, glyph: int) -> skia.Path | None:
    ft = _ft_face(face)
    if ft is None:
        return None
    _set_variations(ft, variations)
    # Skia sets the char size in 26.6 fixed point, truncated
    ft.set_char_size(max(1, int(size * 64)))
    try:
        ft.load_glyph(glyph, _LOAD_FLAGS)
    except freetype.FT_Exception:
        return None
    slot = ft.glyph
    if slot.format != freetype.FT_GLYPH_FORMAT_OUTLINE:
        return None
    path = _outline_path(slot.outline)
    return _embolden(path, size) if bold else path


def fake_bold_width(size: float) -> float:
    """The stroke width of Skia's synthetic bold at ``size`` px."""
    (k0, v0), (k1, v1) = _FAKE_BOLD
    t = min(1.0, max(0.0, (size - k0) / (k1 - k0)))
    return size * (v0 + t * (v1 - v0))


def _embolden(path: skia.Path, size: float) -> skia.Path:
    paint = skia.Paint(AntiAlias=True)
    paint.setStyle(skia.Paint.kStrokeAndFill_Style)
    paint.setStrokeWidth(fake_bold_width(size))  # miter joins, limit 4: Skia's defaults, as its fake bold
    out = skia.Path()
    paint.getFillPath(path, out)
    return out


def glyph_paths_cache() -> dict:
    """The cache :func:`glyph_path` fills, keyed by ``(face.id, size, variations, bold, glyph)`` (read-only
    for callers: a hot loop looks a glyph up there before calling :func:`glyph_path`)."""
    return _paths


def glyph_path(face, size: float, variations: tuple, bold: bool, glyph: int) -> skia.Path | None:
    """The glyph's light-hinted outline at ``size`` px (cached)."""
    key = (face.id, size, variations, bold, glyph)
    try:
        return _paths[key]
    except KeyError:
        pass
    with _lock:
        path = _load(face, size, variations, bold, glyph)
        if len(_paths) >= _MAX_PATHS:
            _paths.clear()
        _paths[key] = path
    return path
