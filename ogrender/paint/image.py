"""Drawing the image of a replaced box (``<img>``, inline ``<svg>``) into its content box (CSS Images 3, 5).

In: a laid-out box with ``box.image`` (:class:`ogrender.images.ImageData`), absolute geometry and the
computed ``object-fit`` / ``object-position``. The concrete object size comes from ``object-fit`` (``fill``
stretches to the content box; ``contain`` / ``cover`` scale by the natural ratio to fit inside / cover it;
``none`` keeps the natural size; ``scale-down`` is the smaller of ``none`` and ``contain``); the object
is placed by ``object-position`` and clipped to the content box, rounded by the box's corner radii reduced
by its borders and padding (the content edge curve, CSS Backgrounds 3, 5.3).

Raster images are drawn with bilinear filtering and linear mipmaps (smooth when scaled down, as Chromium's
default ``image-rendering: auto``; nearest-neighbour for ``pixelated`` / ``crisp-edges``); SVG images with ``skia.SVGDOM`` as vectors, their viewport set to the
concrete object size (the normalised SVG maps its viewBox with ``preserveAspectRatio``).
"""

from __future__ import annotations

import threading

import numpy as np
import skia

from ..css.values import Percent
from .geometry import inset_rrect, rrect

SAMPLING = skia.SamplingOptions(skia.FilterMode.kLinear, skia.MipmapMode.kLinear)
NEAREST = skia.SamplingOptions(skia.FilterMode.kNearest, skia.MipmapMode.kNone)  # image-rendering: pixelated
_svg_lock = threading.Lock()


def _offset(value, free: float) -> float:
    return free * value.value / 100.0 if value.__class__ is Percent else float(value)


def object_rect(box, left: float, top: float, width: float, height: float) -> tuple[float, float, float, float]:
    """The rectangle (x, y, w, h) the image is drawn into, for the content box (left, top, width, height)."""
    image = box.image
    s = box.style
    nw, nh, ratio = image.width, image.height, image.ratio
    if ratio is None and nw and nh:
        ratio = nw / nh
    fit = s.object_fit
    # The concrete object size (CSS Images 3, 5.5), with the content box as the default object size.
    if nw is None and nh is None or fit == "fill":
        cw, ch = width, height
        if fit != "fill" and ratio is not None:
            cw, ch = _contain(ratio, width, height) if fit != "cover" else _cover(ratio, width, height)
    else:
        if nw is None:
            nw = nh * ratio if ratio else width
        if nh is None:
            nh = nw / ratio if ratio else height
        if fit == "contain" and ratio:
            cw, ch = _contain(ratio, width, height)
        elif fit == "cover" and ratio:
            cw, ch = _cover(ratio, width, height)
        elif fit == "none":
            cw, ch = nw, nh
        elif fit == "scale-down" and ratio:
            cw, ch = _contain(ratio, width, height)
            if nw < cw:
                cw, ch = nw, nh
        else:
            cw, ch = width, height
    (xe, xv), (ye, yv) = s.object_position
    x = _offset(xv, width - cw)
    y = _offset(yv, height - ch)
    if xe == "right":
        x = width - cw - x
    if ye == "bottom":
        y = height - ch - y
    return left + x, top + y, cw, ch


def _contain(ratio, w, h):
    return (w, w / ratio) if w / ratio <= h else (h * ratio, h)


def _cover(ratio, w, h):
    return (w, w / ratio) if w / ratio >= h else (h * ratio, h)


def _raster(image) -> skia.Image:
    drawable = image.drawable
    if drawable is None:
        pixels = np.ascontiguousarray(image.pixels)
        drawable = skia.Image.fromarray(pixels, skia.ColorType.kRGBA_8888_ColorType,
                                        skia.AlphaType.kUnpremul_AlphaType)
        drawable = drawable.withDefaultMipmaps() if hasattr(drawable, "withDefaultMipmaps") else drawable
        image.drawable = drawable
    return drawable


def _svg_dom(image):
    dom = image.drawable
    if dom is None:
        dom = skia.SVGDOM.MakeFromStream(skia.MemoryStream(image.svg, True))
        image.drawable = dom if dom is not None else False
    return dom or None


def skia_image(image) -> skia.Image | None:
    """The skia.Image of a raster :class:`~ogrender.images.ImageData` (made once, kept on it); None for
    an SVG or an empty image (draw those with :func:`draw_image`)."""
    return _raster(image) if image is not None and image.kind == "raster" else None


def sampling_for(style) -> skia.SamplingOptions:
    """Sampling of scaled raster images for ``image-rendering``."""
    return NEAREST if getattr(style, "image_rendering", "auto") in ("pixelated", "crisp-edges") else SAMPLING


def draw_image(canvas: skia.Canvas, image, x: float, y: float, w: float, h: float, sampling=SAMPLING) -> None:
    """Draw any :class:`~ogrender.images.ImageData` (raster or SVG) into the rectangle (x, y, w, h), as a
    ``background-image: url()`` tile needs; the caller clips."""
    if image is None or image.kind == "none" or w <= 0 or h <= 0:
        return
    if image.kind == "raster":
        canvas.drawImageRect(_raster(image), skia.Rect.MakeXYWH(x, y, w, h), sampling)
        return
    with _svg_lock:
        dom = _svg_dom(image)
        if dom is not None:
            canvas.save()
            canvas.translate(x, y)
            dom.setContainerSize(skia.Size(w, h))
            dom.render(canvas)
            canvas.restore()


def draw_replaced(canvas: skia.Canvas, box, rect: skia.Rect, radii) -> None:
    """Draw ``box.image`` into the content box of ``box`` (whose pixel-snapped border box is ``rect``)."""
    image = box.image
    if image is None or image.kind == "none":
        return
    b, p = box.border, box.padding
    inset = (b[0] + p[0], b[1] + p[1], b[2] + p[2], b[3] + p[3])
    content = inset_rrect(rect, radii, *inset)
    area = content.rect()
    if area.width() <= 0 or area.height() <= 0:
        return
    # The concrete object size comes from the layout size of the content box; as Chromium does, the
    # object is then mapped onto the pixel-snapped content rectangle (an SVG is rendered at its concrete
    # size and scaled onto it).
    lw, lh = max(box.content_width, 1e-6), max(box.content_height, 1e-6)
    ox, oy, ow, oh = object_rect(box, 0.0, 0.0, lw, lh)
    fx, fy = area.width() / lw, area.height() / lh
    x, y, w, h = area.left() + ox * fx, area.top() + oy * fy, ow * fx, oh * fy
    if w <= 0 or h <= 0:
        return
    canvas.save()
    if content.isRect():
        canvas.clipRect(area, skia.ClipOp.kIntersect, True)
    else:
        canvas.clipRRect(content, skia.ClipOp.kIntersect, True)
    if image.kind == "raster":
        # As Chromium does: only the part of the image that shows is drawn, its source rectangle mapped
        # from the visible destination, and sampling never reads past it (no bleeding at the clip edge).
        dest = skia.Rect.MakeXYWH(x, y, w, h)
        visible = skia.Rect(dest.left(), dest.top(), dest.right(), dest.bottom())
        if not visible.intersect(area):
            canvas.restore()
            return
        sx, sy = image.pixels.shape[1] / w, image.pixels.shape[0] / h
        src = skia.Rect.MakeLTRB((visible.left() - x) * sx, (visible.top() - y) * sy,
                                 (visible.right() - x) * sx, (visible.bottom() - y) * sy)
        canvas.drawImageRect(_raster(image), src, visible, sampling_for(box.style), None,
                             skia.Canvas.SrcRectConstraint.kStrict_SrcRectConstraint)
    else:
        canvas.translate(x, y)
        canvas.scale(fx, fy)
        draw_image(canvas, image, 0.0, 0.0, ow, oh)
    canvas.restore()


__all__ = ["draw_image", "draw_replaced", "object_rect", "sampling_for", "skia_image"]
