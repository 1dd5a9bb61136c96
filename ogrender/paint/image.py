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

import math
import threading
from collections import OrderedDict

import numpy as np
import skia

from ..css.values import Percent
from .geometry import inset_rrect

SAMPLING = skia.SamplingOptions(skia.FilterMode.kLinear, skia.MipmapMode.kLinear)
NEAREST = skia.SamplingOptions(skia.FilterMode.kNearest, skia.MipmapMode.kNone)  # image-rendering: pixelated
_svg_lock = threading.Lock()


def _offset(value, free: float) -> float:
    return value.resolve(free) if value.__class__ is Percent else float(value)


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
    """The skia.Image of a raster ImageData, made once: opaque when every alpha is 255, else premultiplied
    here (skia draws premultiplied or opaque images many times faster than unpremultiplied ones)."""
    drawable = image.drawable
    if drawable is None:
        pixels = image.pixels
        alpha = pixels[..., 3]
        if alpha.min() == 255:
            drawable = skia.Image.fromarray(np.ascontiguousarray(pixels), skia.ColorType.kRGBA_8888_ColorType,
                                            skia.AlphaType.kOpaque_AlphaType)
        else:
            premul = pixels.astype(np.uint16)
            premul[..., :3] = (premul[..., :3] * alpha[..., None] + 127) // 255
            drawable = skia.Image.fromarray(np.ascontiguousarray(premul.astype(np.uint8)),
                                            skia.ColorType.kRGBA_8888_ColorType, skia.AlphaType.kPremul_AlphaType)
        drawable = drawable.withDefaultMipmaps()
        image.drawable = drawable
    return drawable


# Large scaled draws (a cover photo behind a card) cost ~20 ms each in skia's CPU pipeline; the scaled
# pixels are kept for the next render of the same image at the same size (bounded: SCALED_BYTES).
SCALED_BYTES = 64 * 1024 * 1024
SCALED_MIN_PIXELS = 64 * 1024
_scaled: "OrderedDict[tuple, skia.Image]" = OrderedDict()
_scaled_lock = threading.Lock()


def _scaled_copy(sk: skia.Image, key: tuple, src: skia.Rect, w: int, h: int, sampling) -> skia.Image | None:
    with _scaled_lock:
        hit = _scaled.get(key)
        if hit is not None:
            _scaled.move_to_end(key)
            return hit
    # (RGBA like the canvas paint draws into: a BGRA copy would be converted on every draw)
    surface = skia.Surface.MakeRaster(skia.ImageInfo.Make(w, h, skia.ColorType.kRGBA_8888_ColorType,
                                                          skia.AlphaType.kPremul_AlphaType))
    if surface is None:
        return None
    surface.getCanvas().drawImageRect(sk, src, skia.Rect.MakeWH(w, h), sampling, None,
                                      skia.Canvas.SrcRectConstraint.kFast_SrcRectConstraint)
    scaled = surface.makeImageSnapshot()
    with _scaled_lock:
        _scaled[key] = scaled
        total = sum(i.width() * i.height() * 4 for i in _scaled.values())
        while len(_scaled) > 1 and total > SCALED_BYTES:
            _, old = _scaled.popitem(last=False)
            total -= old.width() * old.height() * 4
    return scaled


def _draw_raster(canvas: skia.Canvas, image, src: skia.Rect, dst: skia.Rect, sampling) -> None:
    """Draw the ``src`` part of a raster image into ``dst``. A part smaller than the image is cut out
    first (at whole pixels), so filtering never reads beyond it, as Chromium's strict source rectangles
    do, at the cost of a fast draw (skia's strict mode is twice as slow)."""
    sk = _raster(image)
    w, h = sk.width(), sk.height()
    left, top = max(0, math.floor(src.left())), max(0, math.floor(src.top()))
    right, bottom = min(w, math.ceil(src.right())), min(h, math.ceil(src.bottom()))
    if right <= left or bottom <= top:
        return
    if (left, top, right, bottom) != (0, 0, w, h):
        sub = sk.makeSubset(skia.IRect.MakeLTRB(left, top, right, bottom))
        if sub is None:
            return
        if dst.width() < src.width() / 2 or dst.height() < src.height() / 2:
            sub = sub.withDefaultMipmaps()  # scaled down a lot: mipmaps of the part
        sk, src = sub, src.makeOffset(-left, -top)
    whole = dst.round()
    if (image.key and whole.width() * whole.height() >= SCALED_MIN_PIXELS and skia.Rect.Make(whole) == dst
            and (dst.width() != src.width() or dst.height() != src.height())):
        key = (image.key, left, top, right, bottom, src.left(), src.top(), src.right(), src.bottom(),
               whole.width(), whole.height(), sampling is NEAREST)
        scaled = _scaled_copy(sk, key, src, whole.width(), whole.height(), sampling)
        if scaled is not None:
            canvas.drawImage(scaled, dst.left(), dst.top())
            return
    canvas.drawImageRect(sk, src, dst, sampling, None, skia.Canvas.SrcRectConstraint.kFast_SrcRectConstraint)


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
        sk = _raster(image)
        canvas.drawImageRect(sk, skia.Rect.MakeWH(sk.width(), sk.height()), skia.Rect.MakeXYWH(x, y, w, h),
                             sampling, None, skia.Canvas.SrcRectConstraint.kFast_SrcRectConstraint)
        return
    with _svg_lock:
        dom = _svg_dom(image)
        if dom is not None:
            canvas.save()
            canvas.translate(x, y)
            # An SVG image is its viewport: what its document draws outside is cut off, as in browsers
            # (an emoji picture from Noto has a stray shape far outside its viewBox, say).
            canvas.clipRect(skia.Rect.MakeWH(w, h), True)
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
        _draw_raster(canvas, image, src, visible, sampling_for(box.style))
    else:
        canvas.translate(x, y)
        canvas.scale(fx, fy)
        draw_image(canvas, image, 0.0, 0.0, ow, oh)
    canvas.restore()


__all__ = ["draw_image", "draw_replaced", "object_rect", "sampling_for", "skia_image"]
