"""Backgrounds (CSS Backgrounds 3, section 3): the colour under the bottom layer, then the image layers
from the last to the first, each clipped to its background-clip box (rounded), sized, positioned in its
background-origin box and tiled by background-repeat.

In: a LayoutBox (computed style, border widths and padding in px) and its pixel-snapped border-box
rectangle with used corner radii. Out: drawing on the canvas.
"""

from __future__ import annotations

import math
import threading

import skia

from ..css.values import Percent
from .colors import paint_for
from .geometry import inset_rrect, rrect
from .gradients import gradient_shader


def box_rrect(rect: skia.Rect, radii, box, which: str) -> skia.RRect:
    """The border, padding or content box of ``box`` as a rounded rectangle (inner radii reduced)."""
    if which == "border-box":
        return rrect(rect, radii)
    b = box.border
    if which == "padding-box":
        return inset_rrect(rect, radii, *b)
    pad = box.padding
    return inset_rrect(rect, radii, b[0] + pad[0], b[1] + pad[1], b[2] + pad[2], b[3] + pad[3])


def _cycle(values, i: int):
    return values[i % len(values)]


def _length(value, basis: float):
    if value == "auto":
        return None
    return value.resolve(basis) if value.__class__ is Percent else float(value)


def tile_size(size, area_w: float, area_h: float, intrinsic) -> tuple[float, float]:
    """Used tile size (CSS Backgrounds 3, 3.9). ``intrinsic`` is (w, h, ratio), any of them None, or None
    (a gradient: no natural size)."""
    iw, ih, ratio = intrinsic if intrinsic else (None, None, None)
    ratio = (iw / ih) if iw and ih else ratio
    if size in ("cover", "contain"):
        if ratio is None:
            return area_w, area_h
        pick = max if size == "cover" else min
        scale = pick(area_w / iw, area_h / ih)
        return iw * scale, ih * scale
    w, h = _length(size[0], area_w), _length(size[1], area_h)
    if w is not None and h is not None:
        return w, h
    if w is None and h is None:
        if iw is not None and ih is not None:
            return iw, ih
        return (iw if iw is not None else area_w), (ih if ih is not None else area_h)
    if w is None:
        return (h * ratio if ratio else (iw if iw is not None else area_w)), h
    return w, (w / ratio if ratio else (ih if ih is not None else area_h))


def _axis(mode: str, start: float, area: float, tile: float, frac: float, px: float,
          clip_lo: float, clip_hi: float) -> tuple[list[float], float]:
    """Tile origins along one axis and the step between them (or the tile size for round)."""
    if tile <= 0:
        return [], tile
    if mode == "space":
        count = math.floor(area / tile) if tile > 0 else 0
        if count >= 2:
            gap = (area - count * tile) / (count - 1)
            return [start + k * (tile + gap) for k in range(count)], tile
        mode = "no-repeat"
    origin = start + frac * (area - tile) + px
    if mode == "no-repeat":
        return [origin], tile
    k0 = math.floor((clip_lo - origin) / tile)
    k1 = math.ceil((clip_hi - origin) / tile)
    return [origin + k * tile for k in range(k0, k1)], tile


def url_image(url: str):
    """The decoded image (ogrender.images.ImageData) of a ``url()`` layer, or None when it cannot be
    loaded: nothing is drawn, as browsers do (the images module names the problem in a warning)."""
    try:
        from ..images import load_image
    except ImportError:  # pragma: no cover
        return None
    from ..errors import OgRenderWarning, RenderError
    try:
        data = load_image(url, prop="background-image")
    except RenderError as exc:  # an unloadable background image is dropped with a warning, as browsers drop it
        import warnings
        warnings.warn(str(exc), OgRenderWarning, stacklevel=2)  # the error names background-image
        return None
    if data is None or data.kind == "none":
        return None
    return data


class _VectorFlag(threading.local):
    on = False


vector_canvas = _VectorFlag()  # set by the painter while drawing onto an SVG or PDF canvas


def vector_safe(box, pdf: bool = False) -> bool:
    """Whether Skia's SVG canvas draws this box's background layers faithfully: opaque, non-repeating
    linear and radial gradients and images do; conic and repeating gradients (no SVG equivalent) and stops
    with alpha (SVG interpolates unpremultiplied) do not; in PDF, neither do hard stops (two stops at one
    position), which PDF shadings smear."""
    images = box.style.background_image
    if images == "none":
        return True
    for image in images:
        kind = type(image).__name__
        if kind in ("UrlImage",) or image == "none":
            continue
        if kind == "ConicGradient" or image.repeating:
            return False
        if any(stop.color is not None and stop.color.a < 1 for stop in image.stops):
            return False
        if pdf and _hard_stops(image.stops):
            return False
    return True


def _hard_stops(stops) -> bool:
    """Two consecutive stops at one position, or a later one placed before (fixed up to it)."""
    from .gradients import resolve_stops
    positions = [p for p, _ in resolve_stops(stops, 100.0)]
    return any(b - a < 1e-6 for a, b in zip(positions, positions[1:]))


class Layers:
    """One box's image layers: the background's or the mask's per-layer lists."""

    __slots__ = ("images", "position", "size", "repeat", "origin", "clip")

    def __init__(self, images, position, size, repeat, origin, clip):
        self.images = images if images != "none" else ("none",)
        self.position, self.size, self.repeat, self.origin, self.clip = position, size, repeat, origin, clip

    @classmethod
    def background(cls, s) -> "Layers":
        return cls(s.background_image, s.background_position, s.background_size, s.background_repeat,
                   s.background_origin, s.background_clip)

    @classmethod
    def mask(cls, s) -> "Layers":
        return cls(s.mask_image, s.mask_position, s.mask_size, s.mask_repeat, s.mask_origin, s.mask_clip)


_OPAQUE_STYLES = ("solid", "double", "groove", "ridge", "inset", "outset")


def _border_hides_edge(box, radii) -> bool:
    if not any(rx > 0 and ry > 0 for rx, ry in radii):
        return False
    s = box.style
    sides = ((box.border[0], s.border_top_style, s.border_top_color),
             (box.border[1], s.border_right_style, s.border_right_color),
             (box.border[2], s.border_bottom_style, s.border_bottom_color),
             (box.border[3], s.border_left_style, s.border_left_color))
    return all(w >= 2 and style in _OPAQUE_STYLES and color.a >= 1 for w, style, color in sides)


def draw_background(canvas: skia.Canvas, box, rect: skia.Rect, radii) -> None:
    s = box.style
    lay = Layers.background(s)
    layers = lay.images
    n = len(layers)
    clips = lay.clip
    bottom_clip = _cycle(clips, n - 1)
    color = s.background_color
    if not color.transparent and bottom_clip != "text":
        shape = box_rrect(rect, radii, box, bottom_clip)
        if bottom_clip == "border-box" and _border_hides_edge(box, radii):
            # Blink's bleed avoidance: under an opaque rounded border the background shrinks by a device
            # pixel, so its antialiased edge never shows through the border's
            shape = inset_rrect(rect, radii, 1.0, 1.0, 1.0, 1.0)
        canvas.drawRRect(shape, paint_for(color))
    for i in range(n - 1, -1, -1):
        image = layers[i]
        if image == "none":
            continue
        clip = _cycle(clips, i)
        if clip == "text":
            continue  # drawn by the painter through the text's glyphs
        clip_rr = box_rrect(rect, radii, box, clip)
        if clip == "border-box" and _border_hides_edge(box, radii):
            clip_rr = inset_rrect(rect, radii, 1.0, 1.0, 1.0, 1.0)
        draw_layer(canvas, box, rect, radii, lay, i, clip_rr)


def draw_layer(canvas, box, rect, radii, lay: Layers, i: int, clip_rr: skia.RRect, paint=None) -> None:
    """Layer ``i`` of ``lay`` (its image, size, position, repeat and origin), clipped to ``clip_rr``."""
    image = lay.images[i]
    origin = box_rrect(rect, radii, box, _cycle(lay.origin, i)).rect()
    area_w, area_h = origin.width(), origin.height()
    intrinsic = None
    drawable = None
    if type(image).__name__ == "UrlImage":
        drawable = url_image(image.url)
        if drawable is None:
            return
        intrinsic = (drawable.width or None, drawable.height or None, drawable.ratio)
    tw, th = tile_size(_cycle(lay.size, i), area_w, area_h, intrinsic)
    rx, ry = _cycle(lay.repeat, i)
    # round: scale the tile so a whole number fits (CSS Backgrounds 3, 3.9)
    if rx == "round" and tw > 0:
        tw2 = area_w / max(1, math.floor(area_w / tw + 0.5))
        if ry != "round" and _cycle(lay.size, i) != "cover" and isinstance(
                _cycle(lay.size, i), tuple) and _cycle(lay.size, i)[1] == "auto":
            th = th * tw2 / tw
        tw = tw2
    if ry == "round" and th > 0:
        th2 = area_h / max(1, math.floor(area_h / th + 0.5))
        if rx != "round" and isinstance(_cycle(lay.size, i), tuple) and \
                _cycle(lay.size, i)[0] == "auto":
            tw = tw * th2 / th
        th = th2
    if tw <= 0 or th <= 0:
        return
    (fx, px), (fy, py) = _cycle(lay.position, i)
    clip_rect = clip_rr.rect()
    xs, _ = _axis(rx, origin.left(), area_w, tw, fx, px, clip_rect.left(), clip_rect.right())
    ys, _ = _axis(ry, origin.top(), area_h, th, fy, py, clip_rect.top(), clip_rect.bottom())
    if not xs or not ys:
        return
    if drawable is not None:
        from .image import draw_image

        def draw_tile(c: skia.Canvas) -> None:
            draw_image(c, drawable, 0.0, 0.0, tw, th)
    else:
        shader = gradient_shader(image, tw, th)
        if shader is None:
            return

        def draw_tile(c: skia.Canvas) -> None:
            p = skia.Paint(paint) if paint is not None else skia.Paint()
            p.setShader(shader)
            p.setDither(True)
            c.drawRect(skia.Rect.MakeWH(tw, th), p)
    canvas.save()
    canvas.clipRRect(clip_rr, skia.ClipOp.kIntersect, True)
    # one picture shader tiles many tiles without seams; vector canvases cannot express it: tiles one by one
    many = len(xs) * len(ys) > (4096 if vector_canvas.on else 16)
    if many and rx in ("repeat", "round") and ry in ("repeat", "round"):
        # one picture shader tiles the whole area (no seams between tiles)
        recorder = skia.PictureRecorder()
        draw_tile(recorder.beginRecording(skia.Rect.MakeWH(tw, th)))
        picture = recorder.finishRecordingAsPicture()
        p = skia.Paint()
        p.setShader(picture.makeShader(skia.TileMode.kRepeat, skia.TileMode.kRepeat, skia.FilterMode.kLinear,
                                       skia.Matrix.Translate(xs[0], ys[0]), skia.Rect.MakeWH(tw, th)))
        canvas.drawRect(clip_rect, p)
    else:
        for y in ys:
            for x in xs:
                canvas.save()
                canvas.translate(x, y)
                draw_tile(canvas)
                canvas.restore()
    canvas.restore()
