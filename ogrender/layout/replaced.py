"""Replaced boxes: ``<img>`` and inline ``<svg>`` elements (CSS 2.1 10.3.2, 10.4, 10.6.2; CSS Sizing 3/4;
CSS Images 3, 4 "sizing images").

In: a StyledNode of a replaced element. :func:`replaced_box` loads its image (``ogrender.images``) and
makes a childless LayoutBox with ``box.image`` set and a style that adds what HTML maps from attributes:
its aspect ratio becomes ``auto && <natural ratio>`` when the image has one (the ``width`` / ``height``
attributes were mapped to presentational hints by the style stage, css/replaced.py, with ``aspect-ratio:
auto w / h`` from the two attributes, used while the image has no ratio).
Out: :func:`layout_replaced`, the ``compute`` algorithm of a replaced box: its used border-box size from
the natural size and ratio, the box's width / height and min / max constraints, and what the parent has
decided (a flex item's main size, a stretched cross size). Without any natural size or ratio the default
object size 300 x 150 is used; with a ratio but no natural width, a block-level box fills the available
width. The natural sizes are content-box sizes.
"""

from __future__ import annotations

import copy

from ..css.values import AUTO, Percent
from ..css.replaced import REPLACED_TAGS
from .box import LayoutBox
from .sizing import (INTRINSIC, clamp, definite, height_from_width, horizontal_bp, min_max_height, min_max_width,
                     preferred_height, preferred_width, vertical_bp, width_from_height)

DEFAULT_W, DEFAULT_H = 300.0, 150.0


def is_replaced(node) -> bool:
    return node.element.tag in REPLACED_TAGS


def _color_css(color) -> str:
    r, g, b, a = (getattr(color, k) for k in ("r", "g", "b", "a"))
    return f"rgba({round(r * 255)},{round(g * 255)},{round(b * 255)},{a:g})"


def _load(node):
    from ..images import EMPTY, load_image, svg_element_image
    el = node.element
    if el.tag == "svg":
        return svg_element_image(el, _color_css(node.style.color))
    src = el.attrs.get("src")
    if src is None or (isinstance(src, str) and not src.strip()):
        return EMPTY
    return load_image(src, path=el.path, prop="src")


def replaced_box(node) -> LayoutBox:
    """A childless box for a replaced element, its image loaded; with a natural ratio, the style's
    ``aspect-ratio: auto [&& <ratio>]`` becomes ``auto && <natural ratio>`` (CSS Sizing 4, 5.1)."""
    image = _load(node)
    style = node.style
    ratio = style.aspect_ratio
    if image.ratio is not None and (ratio == AUTO or ratio[0] == "auto"):
        style = copy.copy(style)
        style.aspect_ratio = ("auto", image.ratio)
    box = LayoutBox(node, style)
    box.image = image
    return box


# -- sizing ----------------------------------------------------------------------------------------------

def _ratio(box) -> float | None:
    value = box.style.aspect_ratio
    return None if value == AUTO else value[1]


def natural_size(box) -> tuple[float | None, float | None]:
    """Natural content-box (width, height), each None when the image has none (one is derived from the
    other through the ratio)."""
    image = box.image
    w, h = image.width, image.height
    r = _ratio(box)
    if r is not None:
        if w is None and h is not None:
            w = h * r
        elif h is None and w is not None:
            w, h = w, w / r
    return w, h


def _content_limits(box, cb_w, cb_h, widths: bool = True):
    """Content-box (min w, max w, min h, max h); ``widths`` False leaves the width limits open (an
    intrinsic width ignores them, and min-width: min-content would ask for it again)."""
    bw, bh = horizontal_bp(box), vertical_bp(box)
    lo_w, hi_w = min_max_width(box, cb_w) if widths else (bw, float("inf"))
    lo_h, hi_h = min_max_height(box, cb_h)
    lo_w, lo_h = max(0.0, lo_w - bw), max(0.0, lo_h - bh)
    return lo_w, max(lo_w, hi_w - bw), lo_h, max(lo_h, hi_h - bh)


def _constrain(w, h, lo_w, hi_w, lo_h, hi_h):
    """CSS 2.1 10.4: both sizes auto, with min / max constraints, keeping the ratio (content box)."""
    if w <= 0 or h <= 0:
        return clamp(w, lo_w, hi_w), clamp(h, lo_h, hi_h)
    if w > hi_w and h > hi_h:
        if hi_w / w <= hi_h / h:
            return hi_w, max(lo_h, hi_w * h / w)
        return max(lo_w, hi_h * w / h), hi_h
    if w < lo_w and h < lo_h:
        if lo_w / w <= lo_h / h:
            return min(hi_w, lo_h * w / h), lo_h
        return lo_w, min(hi_h, lo_w * h / w)
    if w < lo_w and h > hi_h:
        return lo_w, hi_h
    if w > hi_w and h < lo_h:
        return hi_w, lo_h
    if w > hi_w:
        return hi_w, max(hi_w * h / w, lo_h)
    if w < lo_w:
        return lo_w, min(lo_w * h / w, hi_h)
    if h > hi_h:
        return max(hi_h * w / h, lo_w), hi_h
    if h < lo_h:
        return min(lo_h * w / h, hi_w), lo_h
    return w, h


def _auto_size(box, avail_w, cb_w, cb_h, intrinsic: bool):
    """Content-box size with width and height both auto."""
    nw, nh = natural_size(box)
    r = _ratio(box)
    # (for an intrinsic width, its own min / max widths are the caller's; the height constraints transfer)
    lo_w, hi_w, lo_h, hi_h = _content_limits(box, cb_w, cb_h, widths=not intrinsic)
    if nw is None and r is not None:
        # No natural width, but a ratio: fill the available width (CSS 2.1 10.3.2's suggestion) or, when
        # shrink-to-fit, take the default object size's width.
        space = definite(avail_w)
        if space is None:
            nw = DEFAULT_W
        else:
            nw = max(0.0, space - box.margin[1] - box.margin[3] - horizontal_bp(box))
            nw = clamp(nw, lo_w, hi_w)
        nh = nw / r
    if nw is None:
        nw = DEFAULT_W
    if nh is None:
        nh = DEFAULT_H
    if r is None:
        return clamp(nw, lo_w, hi_w), clamp(nh, lo_h, hi_h)
    return _constrain(nw, nh, lo_w, hi_w, lo_h, hi_h)


def _height_for(box, width: float, cb_h) -> float:
    """Border-box height of a box whose border-box width is settled and whose height is auto."""
    h = height_from_width(box, width)
    if h is None:
        _, nh = natural_size(box)
        h = (nh if nh is not None else DEFAULT_H) + vertical_bp(box)
    return h


def _width_for(box, height: float) -> float:
    w = width_from_height(box, height)
    if w is None:
        nw, _ = natural_size(box)
        w = (nw if nw is not None else DEFAULT_W) + horizontal_bp(box)
    return w


def layout_replaced(box, known_w, known_h, avail_w, avail_h, cb_w, cb_h, perform):
    """``compute`` algorithm of a replaced box: its border-box (width, height)."""
    bw, bh = horizontal_bp(box), vertical_bp(box)
    intrinsic_w = known_w is None and avail_w in INTRINSIC
    intrinsic_h = known_h is None and avail_h in INTRINSIC
    width, height = known_w, known_h
    if width is None and not intrinsic_w:
        width = preferred_width(box, cb_w, cb_h)
        if width is not None:
            width = clamp(width, *min_max_width(box, cb_w))
    if height is None and not intrinsic_h:
        height = preferred_height(box, cb_h)
        if height is not None:
            height = clamp(height, *min_max_height(box, cb_h))
    if width is None and height is None:
        cw, ch = _auto_size(box, avail_w, cb_w, cb_h, intrinsic_w)
        width, height = cw + bw, ch + bh
        if intrinsic_h:
            height = ch + bh
    elif width is None:
        width = _width_for(box, height)
        if not intrinsic_w:
            width = clamp(width, *min_max_width(box, cb_w))
    elif height is None:
        height = _height_for(box, width, cb_h)
        if not intrinsic_h:
            height = clamp(height, *min_max_height(box, cb_h))
    if perform:
        box.baseline = None  # an atomic inline's baseline is its bottom margin edge; flex synthesizes one
    return width, height


def abspos_width(box, available: float) -> float:
    """Border-box width of an absolutely positioned replaced box with ``width: auto`` (CSS 2.1 10.3.8:
    as an inline replaced box, not stretched by its insets): its natural or transferred width, or, with a
    ratio but no natural width, the ``available`` width the insets and margins leave (as Chromium)."""
    nw, _ = natural_size(box)
    if nw is None and _ratio(box) is not None:
        return max(available, horizontal_bp(box))
    cw, _ = _auto_size(box, None, None, None, True)
    return cw + horizontal_bp(box)


def compressible(box) -> bool:
    """A replaced box whose width or max-width is a percentage: its min-content contribution is zero
    (CSS Sizing 3, 5.2.2 "compressible replaced elements")."""
    return box.style.width.__class__ is Percent or box.style.max_width.__class__ is Percent


def replaced_content_width(box, cb_w: float | None = None, mode: str = "max-content",
                           cb_h: float | None = None) -> float:
    """Min- and max-content width of a replaced box's content: its natural width, or the one transferred
    from its natural height; the height's min / max constraints transfer through the ratio. An image with
    a ratio but no natural width fills the containing block's width ``cb_w`` when it is given (a flex
    item's base size and automatic minimum, an atomic inline in its line) and contributes 0 to a parent's
    intrinsic width (``cb_w`` None), as Chromium measures. (``mode`` is the same for both; ``cb_h``
    resolves percentage min / max heights that transfer.)"""
    nw, _ = natural_size(box)
    if nw is None and _ratio(box) is not None:
        if cb_w is None:
            return 0.0
        return max(0.0, cb_w - box.margin[1] - box.margin[3] - horizontal_bp(box))
    cw, _ = _auto_size(box, None, cb_w, cb_h, True)
    return cw
