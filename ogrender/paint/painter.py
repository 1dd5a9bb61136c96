"""Painting a laid-out box tree onto a Skia canvas in CSS 2.1 Appendix E order, with stacking contexts.

Input: the root LayoutBox with absolute geometry and computed styles (colours resolved), and text already
in positioned glyph runs. Nothing here reads CSS text or fonts.

A stacking context (the root; a positioned box or flex item with a z-index; a box with opacity < 1, a
transform, a filter, a backdrop-filter, a clip-path, a mask, a blend mode or ``isolation: isolate``) paints,
inside its effects (transform, then clip-path, then a layer for filter / opacity / blend mode, and mask):

1. its own box shadow, background, borders (and replaced content);
2. child stacking contexts with negative z-index (most negative first);
3. the backgrounds and borders of its in-flow, non-positioned block descendants, in tree order;
4. its inline content (the text of itself and those descendants) and its atomic inline-level boxes and
   flex items (each painted as if it were a stacking context), in tree order;
5. positioned descendants with ``z-index: auto`` (painted as if they were stacking contexts, but with
   their positioned descendants belonging to this context) and child stacking contexts with z-index 0,
   in tree order;
6. child stacking contexts with positive z-index.

``overflow`` other than visible clips the box's descendants to its rounded padding box.
"""

from __future__ import annotations

import contextlib
import threading

import numpy as np
import skia

from .background import Layers, box_rrect, draw_background, draw_layer, vector_safe
from .border import draw_borders
from .effects import (BLEND, clip_path, draw_inset_shadows, draw_outer_shadows, filter_chain,
                      padding_rrect, transform_matrix)
from .geometry import corner_radii, inset_rrect, rrect, snapped_rect
from .text import draw_text

try:  # replaced content (img, inline svg), from the images work
    from .image import draw_replaced
except ImportError:  # pragma: no cover
    draw_replaced = None


_vector = threading.local()  # (width, height) while painting onto an SVG or PDF canvas (vector.py)


@contextlib.contextmanager
def vector_mode(width: int, height: int, pdf: bool = False):
    """Painting onto a vector canvas: effects it cannot express are rasterized (see vector.py)."""
    from .background import vector_canvas
    previous = getattr(_vector, "size", None)
    _vector.size = (width, height)
    _vector.pdf = pdf
    vector_canvas.on = True
    try:
        yield
    finally:
        _vector.size = previous
        vector_canvas.on = previous is not None


def _needs_raster(box) -> bool:
    s = box.style
    return (s.filter != "none" or s.backdrop_filter != "none" or s.mix_blend_mode != "normal"
            or s.mask_image != "none" or s.opacity < 1)


def _rasterized(canvas: skia.Canvas, fn, box) -> None:
    """``fn(canvas, box)`` drawn into a device-resolution raster, then placed on the vector canvas."""
    width, height = _vector.size
    pixels = np.zeros((height, width, 4), dtype=np.uint8)
    surface = skia.Surface(pixels, skia.ColorType.kRGBA_8888_ColorType, skia.AlphaType.kPremul_AlphaType)
    from .background import vector_canvas
    size = _vector.size
    _vector.size = None
    vector_canvas.on = False
    try:
        with surface as raster:
            raster.setMatrix(canvas.getTotalMatrix())
            fn(raster, box)
    finally:
        _vector.size = size
        vector_canvas.on = True
    rows = np.flatnonzero(pixels[..., 3].any(axis=1))
    if rows.size == 0:
        return
    cols = np.flatnonzero(pixels[..., 3].any(axis=0))
    top, bottom, left, right = rows[0], rows[-1] + 1, cols[0], cols[-1] + 1
    crop = np.ascontiguousarray(pixels[top:bottom, left:right])  # only the painted part is embedded
    image = skia.Image.fromarray(crop, skia.ColorType.kRGBA_8888_ColorType, skia.AlphaType.kPremul_AlphaType)
    canvas.save()
    canvas.resetMatrix()
    canvas.drawImage(image, float(left), float(top))
    canvas.restore()


def needs_backdrop(root) -> bool:
    """Whether some box blends with what is painted under it (mix-blend-mode, backdrop-filter): a vector
    canvas cannot, so the whole picture is placed as one image."""
    for box in root.walk():
        s = box.style
        if s.mix_blend_mode != "normal" or s.backdrop_filter != "none":
            return True
    return False


def paint_rasterized(canvas: skia.Canvas, root) -> None:
    """The whole tree drawn at device resolution and placed as one image (vector mode)."""
    _rasterized(canvas, paint_context, root)


def _geometry(box):
    rect = snapped_rect(box.x, box.y, box.width, box.height)
    radii = corner_radii(box.style, rect.width(), rect.height())
    return rect, radii


def creates_context(box, flex_item: bool) -> bool:
    s = box.style
    if s.z_index != "auto" and (s.position != "static" or flex_item):
        return True
    if s.position in ("fixed", "sticky"):  # always, as in Chromium
        return True
    return (s.opacity < 1 or s.transform != "none" or s.filter != "none" or s.backdrop_filter != "none"
            or s.clip_path != "none" or s.mask_image != "none" or s.mix_blend_mode != "normal"
            or s.isolation == "isolate")


def _clips(box) -> bool:
    s = box.style
    return s.overflow_x != "visible" or s.overflow_y != "visible"


class _Lists:
    __slots__ = ("negative", "blocks", "inlines", "layered", "positive")

    def __init__(self):
        self.negative: list = []
        self.blocks: list = []
        self.inlines: list = []
        self.layered: list = []
        self.positive: list = []


_ATOMIC = ("inline-block", "inline-flex", "inline-grid", "inline-table")


def _collect(parent, lists: _Lists, clips: tuple, positioned_only: bool, own: bool) -> None:
    """Sort ``parent``'s descendants into the phases of the context being painted. ``own``: this context
    owns positioned descendants (a real stacking context); a pseudo-context leaves them to its parent."""
    flex = parent.style.display in ("flex", "inline-flex")
    children = parent.boxes
    if flex and any(c.style.order for c in children):  # flex items paint in order-modified document order
        children = sorted(children, key=lambda c: c.style.order)
    for child in children:
        s = child.style
        if s.display == "none":
            continue
        inner = clips + (child,) if _clips(child) else clips
        if creates_context(child, flex):
            if own:
                z = s.z_index if s.z_index != "auto" else 0.0
                target = lists.negative if z < 0 else lists.positive if z > 0 else lists.layered
                target.append((child, _clips_of_positioned(child, clips), True))
            continue
        if s.position != "static":
            if own:
                escaped = _clips_of_positioned(child, clips)
                inner = escaped + (child,) if _clips(child) else escaped
                lists.layered.append((child, escaped, False))
                _collect(child, lists, inner, True, own)
            continue
        if positioned_only:
            _collect(child, lists, inner, True, own)
            continue
        if flex or s.display in _ATOMIC or child.node is not None and getattr(child, "image", None) is not None:
            lists.inlines.append((child, clips, False))
            if own:
                _collect(child, lists, inner, True, own)
            continue
        lists.blocks.append((child, clips))
        if child.text is not None:
            lists.inlines.append((child, inner, None))
        _collect(child, lists, inner, False, own)


def _containing_block(box):
    position = box.style.position
    cb = box.parent
    while cb is not None and not (cb.style.transform != "none"
                                  or position == "absolute" and cb.style.position != "static"):
        cb = cb.parent
    return cb


def _step(box):
    """The next box up whose overflow can clip ``box``: its containing block when it is absolutely
    positioned, else its parent (CSS Overflow 3, 3: a clip applies to the descendants whose containing
    block chain passes through the clipping box)."""
    return _containing_block(box) if box.style.position in ("absolute", "fixed") else box.parent


def _clipped_by(box, clipper) -> bool:
    node = _step(box)
    while node is not None:
        if node is clipper:
            return True
        node = _step(node)
    return False


def _clips_of_positioned(box, clips: tuple) -> tuple:
    """An absolutely positioned box is clipped only by the overflow of its containing block and of that
    block's ancestors, not by a clipping box between them."""
    if not clips or box.style.position not in ("absolute", "fixed"):
        return clips
    return tuple(c for c in clips if _clipped_by(box, c))


def _escapes(box, clippers) -> bool:
    """Whether a positioned descendant of ``box`` is not clipped by one of ``clippers``."""
    for d in box.walk():
        if d is not box and d.style.position in ("absolute", "fixed"):
            if any(not _clipped_by(d, k) for k in clippers):
                return True
    return False


def _apply_deferred(canvas: skia.Canvas, deferred) -> None:
    """Clips recorded with the canvas matrix of the context that owns them (before a transform)."""
    for clipper, matrix in deferred:
        current = canvas.getTotalMatrix()
        canvas.setMatrix(matrix)
        _apply_clips(canvas, (clipper,))
        canvas.setMatrix(current)


def _apply_clips(canvas: skia.Canvas, clips: tuple) -> None:
    for box in clips:
        rect, radii = _geometry(box)
        canvas.clipRRect(inset_rrect(rect, radii, *box.border), skia.ClipOp.kIntersect, True)


def paint_own(canvas: skia.Canvas, box) -> None:
    """Phase 1 for one box: outer shadows, background, inset shadows, borders, replaced content."""
    s = box.style
    rect, radii = _geometry(box)
    outer = rrect(rect, radii)
    shadows = s.box_shadow
    # a vector canvas can neither blur nor clip out a shape: shadows are placed there as images
    vector = getattr(_vector, "size", None) is not None
    raster_shadows = shadows != "none" and vector
    if shadows != "none":
        if raster_shadows:
            _rasterized(canvas, lambda c, b: draw_outer_shadows(c, outer, shadows), box)
        else:
            draw_outer_shadows(canvas, outer, shadows)
    if vector and not vector_safe(box, _vector.pdf):
        _rasterized(canvas, lambda c, b: draw_background(c, b, rect, radii), box)
    else:
        draw_background(canvas, box, rect, radii)
    if "text" in s.background_clip and s.background_image != "none":
        if vector:  # layers and blend modes: not on a vector canvas
            _rasterized(canvas, lambda c, b: _draw_clipped_text_background(c, b, rect, radii), box)
        else:
            _draw_clipped_text_background(canvas, box, rect, radii)
    if shadows != "none":
        inset = padding_rrect(rect, radii, box)
        if raster_shadows:
            _rasterized(canvas, lambda c, b: draw_inset_shadows(c, inset, shadows), box)
        else:
            draw_inset_shadows(canvas, inset, shadows)
    widths = box.border
    if any(widths):
        inner = inset_rrect(rect, radii, *widths)
        colors = (s.border_top_color, s.border_right_color, s.border_bottom_color, s.border_left_color)
        styles = (s.border_top_style, s.border_right_style, s.border_bottom_style, s.border_left_style)
        draw_borders(canvas, outer, inner, widths, colors, styles)
    if draw_replaced is not None and getattr(box, "image", None) is not None:
        draw_replaced(canvas, box, rect, radii)


def _draw_text_of(canvas: skia.Canvas, box) -> None:
    if getattr(_vector, "size", None) is not None and _has_color_runs(box.text):
        # colour (bitmap / COLR) glyphs are dropped by Skia's SVG canvas: place this text as an image
        _rasterized(canvas, lambda c, b: draw_text(c, b.text, b.content_x, b.content_y), box)
        return
    draw_text(canvas, box.text, box.content_x, box.content_y)


_color_faces: dict = {}
_COLOR_TABLES = (b"CBDT", b"sbix", b"COLR", b"SVG ")


def _has_color_runs(text_layout) -> bool:
    for line in text_layout.lines:
        for run in line.runs:
            face = run.face
            known = _color_faces.get(face.id)
            if known is None:
                known = _color_faces[face.id] = _font_has_color_tables(face.data, face.index)
            if known:
                return True
    return False


def _font_has_color_tables(data: bytes, index: int = 0) -> bool:
    """Whether an sfnt (or a face of a collection) has colour glyph tables, from its table directory."""
    try:
        offset = 0
        if data[:4] == b"ttcf":
            offset = int.from_bytes(data[12 + 4 * index:16 + 4 * index], "big")
        count = int.from_bytes(data[offset + 4:offset + 6], "big")
        tags = {data[offset + 12 + 16 * k:offset + 16 + 16 * k] for k in range(count)}
    except (IndexError, TypeError):
        return False
    return any(tag in tags for tag in _COLOR_TABLES)


def _text_mask(canvas: skia.Canvas, text_layout, origin_x: float, origin_y: float) -> None:
    """The glyphs of every line in opaque black, whatever their colour (even transparent), as outlines:
    Chromium fills the ``background-clip: text`` mask with the glyph outlines as it draws text
    (``text.fill_outlines``: hinted light, pen positions on quarter pixels, baselines on whole pixels)."""
    from .text import fill_outlines
    black = skia.Paint(skia.Color4f(0, 0, 0, 1))
    for line in text_layout.lines:
        base_x, base_y = origin_x + line.left, origin_y + line.baseline
        for run in line.runs:
            if not run.face.has_color:
                fill_outlines(canvas, run, base_x, base_y + run.baseline_shift, black)


def _draw_clipped_text_background(canvas: skia.Canvas, box, rect, radii) -> None:
    """``background-clip: text``: the layers clipped to text drawn through the glyphs of all the text in
    the box (its descendants' included)."""
    canvas.saveLayer(None, None)
    for b in box.walk():
        if b.text is not None and b.style.display != "none":
            _text_mask(canvas, b.text, b.content_x, b.content_y)
    paint = skia.Paint()
    paint.setBlendMode(skia.BlendMode.kSrcIn)
    canvas.saveLayer(None, paint)
    lay = Layers.background(box.style)
    for i in range(len(lay.images) - 1, -1, -1):
        if lay.images[i] != "none" and lay.clip[i % len(lay.clip)] == "text":
            draw_layer(canvas, box, rect, radii, lay, i, box_rrect(rect, radii, box, "border-box"))
    canvas.restore()
    canvas.restore()


def _paint_phases(canvas: skia.Canvas, box, own: bool, deferred=()) -> None:
    """``deferred``: clips of ancestors outside this context, to apply per painted box (some positioned
    descendants escape them), each with the canvas matrix it was recorded under."""
    if deferred:
        canvas.save()
        _apply_deferred(canvas, deferred)
        paint_own(canvas, box)
        canvas.restore()
    else:
        paint_own(canvas, box)
    lists = _Lists()
    clips = (box,) if _clips(box) else ()
    _collect(box, lists, clips, False, own)
    for child, cl, _ in sorted(lists.negative, key=lambda e: e[0].style.z_index):
        _with_clips(canvas, cl, paint_context, child, deferred)
    for child, cl in lists.blocks:
        _with_clips(canvas, cl, paint_own, child, deferred)
    if box.text is not None:
        _with_clips(canvas, clips, _draw_text_of, box, deferred)
    for child, cl, kind in lists.inlines:
        if kind is None:
            _with_clips(canvas, cl, _draw_text_of, child, deferred)
        else:
            _with_clips(canvas, cl, paint_pseudo_context, child, deferred)
    for child, cl, real in lists.layered:
        _with_clips(canvas, cl, paint_context if real else paint_pseudo_context, child, deferred)
    for child, cl, _ in sorted(lists.positive, key=lambda e: e[0].style.z_index):
        _with_clips(canvas, cl, paint_context, child, deferred)


def _with_clips(canvas: skia.Canvas, clips: tuple, fn, box, deferred=()) -> None:
    applicable = [d for d in deferred if _clipped_by(box, d[0])] if deferred else []
    if not clips and not applicable:
        fn(canvas, box)
        return
    if fn is paint_context and _escapes(box, [*clips, *(d[0] for d in applicable)]):
        matrix = canvas.getTotalMatrix()
        paint_context(canvas, box, applicable + [(c, matrix) for c in clips])
        return
    canvas.save()
    _apply_deferred(canvas, applicable)
    _apply_clips(canvas, clips)
    fn(canvas, box)
    canvas.restore()


def paint_pseudo_context(canvas: skia.Canvas, box) -> None:
    """A box painted as if it created a stacking context, its positioned descendants left to the
    enclosing context."""
    if box.style.display == "none":
        return
    _paint_phases(canvas, box, own=False)


def paint_context(canvas: skia.Canvas, box, deferred=()) -> None:
    """A stacking context with its effects; ``deferred``: see _paint_phases."""
    if getattr(_vector, "size", None) is not None and _needs_raster(box):
        _rasterized(canvas, lambda c, b: paint_context(c, b, deferred), box)
        return
    s = box.style
    if s.display == "none" or s.opacity <= 0 and s.backdrop_filter == "none":
        return
    saves = canvas.save()
    matrix = transform_matrix(box)
    if matrix is not None:
        canvas.concat(matrix)
    rect, radii = _geometry(box)
    clip = clip_path(box, rect)
    if clip is not None:
        canvas.clipPath(clip, skia.ClipOp.kIntersect, True)
    if s.backdrop_filter != "none":
        backdrop = filter_chain(s.backdrop_filter, skia.TileMode.kClamp)
        canvas.save()
        canvas.clipRRect(rrect(rect, radii), skia.ClipOp.kIntersect, True)
        rec = skia.Canvas.SaveLayerRec(None, None, backdrop, 0)
        canvas.saveLayer(rec)
        canvas.restore()
        canvas.restore()
    if s.opacity <= 0:
        canvas.restoreToCount(saves)
        return
    effects = skia.Paint()
    layered = False
    if s.opacity < 1:
        effects.setAlphaf(s.opacity)
        layered = True
    if s.mix_blend_mode != "normal":
        effects.setBlendMode(BLEND[s.mix_blend_mode])
        layered = True
    chain = filter_chain(s.filter)
    masked = s.mask_image != "none"
    if layered or s.isolation == "isolate" or masked or (chain is not None and masked):
        canvas.saveLayer(None, effects)
    if chain is not None:
        fp = skia.Paint()
        fp.setImageFilter(chain)
        canvas.saveLayer(None, fp)
    _paint_phases(canvas, box, own=True, deferred=deferred)
    if chain is not None:
        canvas.restore()
    if masked:
        mp = skia.Paint()
        mp.setBlendMode(skia.BlendMode.kDstIn)
        canvas.saveLayer(None, mp)
        lay = Layers.mask(s)
        for i in range(len(lay.images) - 1, -1, -1):
            if lay.images[i] != "none":
                clip_box = lay.clip[i % len(lay.clip)]
                draw_layer(canvas, box, rect, radii, lay, i, box_rrect(rect, radii, box, clip_box))
        canvas.restore()
    canvas.restoreToCount(saves)


def paint_box(canvas: skia.Canvas, box) -> None:
    """Paint ``box`` (the root) and everything below it."""
    paint_context(canvas, box)
