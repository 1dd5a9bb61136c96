"""Absolutely positioned boxes (CSS 2.1 10.3.7, 10.6.4; CSS Position 3), laid out by their containing
block once its own layout is done.

The containing block is the padding box of the nearest positioned ancestor (``fixed``: the canvas), found
by ``build.link``. An inset that is ``auto`` on both sides of an axis leaves the box at its static
position: where the parent's formatting context would have put it (block flow: recorded by the block
algorithm; flex: as the sole item of its parent, CSS Flexbox 4.1).
"""

from __future__ import annotations

from ..css.values import AUTO
from .intrinsic import content_width, intrinsic_width
from .sizing import (INF, MIN_CONTENT, MAX_CONTENT, clamp, height_from_width, min_max_height,
                     min_max_width, pct, preferred_height, preferred_width, ratio_keeps_content, resolve_edges,
                     width_from_height)


def is_out_of_flow(box) -> bool:
    return box.style.position in ("absolute", "fixed")


def layout_absolutes(cb) -> None:
    from .engine import compute

    cb_w = cb.width - cb.border[1] - cb.border[3]
    cb_h = cb.height - cb.border[0] - cb.border[2]
    for box in cb.absolutes:
        s = box.style
        resolve_edges(box, cb_w)
        left, right = pct(s.left, cb_w), pct(s.right, cb_w)
        top, bottom = pct(s.top, cb_h), pct(s.bottom, cb_h)
        m_top, m_right, m_bottom, m_left = box.margin

        # Width: given, from both insets, or shrink-to-fit in the space the insets leave (10.3.7).
        h = preferred_height(box, cb_h)
        replaced = box.image is not None  # a replaced box is not stretched by its insets (10.3.8, 10.6.5)
        # Both insets stretch an auto size, unless the self-alignment in that axis is neither normal nor
        # stretch: then the automatic size is fit-content (CSS Position 3, 4.1; as Chromium does).
        stretch_w = left is not None and right is not None and not replaced and _stretches(s.justify_self)
        stretch_h = top is not None and bottom is not None and not replaced and _stretches(s.align_self)
        if h is None and stretch_h and s.aspect_ratio != AUTO and not stretch_w:
            # (stretched in both axes, the width wins and the ratio gives the height)
            h = max(0.0, max(0.0, cb_h - top - bottom) - m_top - m_bottom)
        w = preferred_width(box, cb_w, cb_h)
        if w is None and h is not None:
            w = width_from_height(box, h)
            if w is not None and not replaced and ratio_keeps_content(box, "min_width"):  # (min-width auto)
                w = max(w, content_width(box, MIN_CONTENT, cb_w))
        if w is None and replaced:  # natural size, or the space the insets leave (layout/replaced.py)
            from .replaced import abspos_width
            w = abspos_width(box, cb_w - (left or 0.0) - (right or 0.0) - m_left - m_right)
        if w is None and stretch_w:
            w = max(0.0, max(0.0, cb_w - left - right) - m_left - m_right)
            if s.aspect_ratio != AUTO:  # (the min / max heights transfer through the ratio, as in block flow)
                lo, hi = min_max_height(box, cb_h)
                if hi != INF:
                    w = min(w, width_from_height(box, hi))
                if s.min_height != AUTO and lo > box.bp_h:
                    w = max(w, width_from_height(box, lo))
        if w is None:
            start = left
            if left is None and right is None:  # the static position's left edge stands for the inset
                start = _static_left(box, cb)
            available = cb_w - (start or 0.0) - (right or 0.0) - m_left - m_right
            lo = intrinsic_width(box, MIN_CONTENT, cb_w, cb_h)
            hi = intrinsic_width(box, MAX_CONTENT, cb_w, cb_h)
            w = min(max(lo, available), hi)
        w = clamp(w, *min_max_width(box, cb_w))
        if s.aspect_ratio != AUTO and not replaced and s.width != AUTO \
                and (stretch_h and not stretch_w or preferred_height(box, cb_h) is not None) \
                and ratio_keeps_content(box, "min_width"):
            # with an aspect ratio, a width and a definite height (given, or both vertical insets when the
            # horizontal ones do not stretch it too), min-width: auto is the content's min-content width
            # (measured in Blink for absolutely positioned boxes)
            w = max(w, min(content_width(box, MIN_CONTENT, cb_w), min_max_width(box, cb_w)[1]))
        h = preferred_height(box, cb_h)
        if h is None:
            h = height_from_width(box, w)
            if h is not None and ratio_keeps_content(box, "min_height"):
                h = None  # the box's algorithm takes the ratio's height, or its content's if taller
            elif h is None and stretch_h:
                h = max(0.0, max(0.0, cb_h - top - bottom) - m_top - m_bottom)
        if h is not None:
            h = clamp(h, *min_max_height(box, cb_h))
        w, h = compute(box, w, h, w, None, cb_w, cb_h, perform=True)

        # With both insets given, the box sits in the inset-modified containing block: auto margins take
        # the remaining space (10.3.7, 10.6.4), else justify-self / align-self place it (CSS Align 3).
        if left is not None and right is not None:
            m_left += _start_margin_share(left, right, cb_w, w, m_left + m_right, s.margin_left == AUTO,
                                          s.margin_right == AUTO, s.justify_self, box.margin[1] + box.margin[3])
        if top is not None and bottom is not None:
            m_top += _start_margin_share(top, bottom, cb_h, h, m_top + m_bottom, s.margin_top == AUTO,
                                         s.margin_bottom == AUTO, s.align_self, box.margin[0] + box.margin[2], True)

        # Position relative to the containing block's border box.
        chain_x, chain_y = _offset_to(box.parent, cb)
        static_x, static_y = (None, None)
        if left is None and right is None or top is None and bottom is None:
            sx, sy = static_position(box, w, h)
            static_x, static_y = chain_x + sx, chain_y + sy
        if left is not None:
            x = cb.border[3] + left + m_left
        elif right is not None:
            x = cb.border[3] + cb_w - right - m_right - w
        else:
            x = static_x
        if top is not None:
            y = cb.border[0] + top + m_top
        elif bottom is not None:
            y = cb.border[0] + cb_h - bottom - m_bottom - h
        else:
            y = static_y
        # Boxes keep positions relative to their parent.
        box.x, box.y = x - chain_x, y - chain_y


def _start_margin_share(start: float, end: float, cb: float, size: float, margins: float, auto_start: bool,
                        auto_end: bool, alignment: str, used_margins: float, vertical: bool = False) -> float:
    """On one axis with both insets given: what the start margin gains from the free space of the
    inset-modified containing block. Auto margins take it (both: half each, never negative horizontally,
    10.3.7; also negative vertically, 10.6.4, as Blink does); else the self-alignment places the box (CSS
    Align 3), an overflowing box kept inside."""
    imcb = max(0.0, cb - start - end)
    free = imcb - size - margins
    if auto_start and auto_end:
        return free / 2 if vertical else max(0.0, free / 2)
    if auto_start:
        return free
    if auto_end:
        return 0.0
    shift = free * _self_alignment(alignment)
    if free < 0 and alignment not in ("auto", "normal"):  # (an explicit stretch is kept inside too)
        shift += _keep_inside(start, imcb, shift, cb, size + used_margins)
    return shift


def _keep_inside(start: float, imcb: float, shift: float, size: float, outer: float) -> float:
    """The further shift of a box that overflows its inset-modified containing block (from ``start``,
    ``imcb`` long) under a (not unsafe) self-alignment: it is kept inside the bounding box of the
    containing block and the inset-modified one, at that box's start when too big for it (CSS Position 3,
    4.4; as Blink does)."""
    lo, hi = min(0.0, start), max(size, start + imcb)
    pos = start + shift
    if outer > hi - lo:
        return lo - pos
    return min(max(pos, lo), hi - outer) - pos


def _static_left(box, cb) -> float:
    """The static position's left edge (before alignment in a flex parent), from the containing block's
    padding edge: what shrink-to-fit takes as the left inset when both are auto (CSS 2.1 10.3.7)."""
    parent = box.parent
    chain_x, _ = _offset_to(parent, cb)
    if box.static is not None and parent.style.display not in ("flex", "inline-flex"):
        sx = box.static[0]
    else:
        sx = parent.border[3] + parent.padding[3]
    return chain_x + sx - cb.border[3]


def _stretches(value: str) -> bool:
    """Whether a justify-self / align-self value lets both insets stretch an automatic size."""
    return value in ("auto", "normal", "stretch")


def _self_alignment(value: str) -> float:
    """Share of the free space before the box: 0 (start, the default), 0.5 (center) or 1 (end)."""
    if value in ("end", "self-end", "flex-end", "right"):
        return 1.0
    if value == "center":
        return 0.5
    return 0.0


def _offset_to(box, ancestor) -> tuple[float, float]:
    """Offset of ``box``'s border box from ``ancestor``'s (both laid out; positions are parent-relative)."""
    x = y = 0.0
    while box is not None and box is not ancestor:
        x += box.x
        y += box.y
        box = box.parent
    return x, y


def static_position(box, w: float, h: float) -> tuple[float, float]:
    """The border-box origin of ``box`` at its static position, relative to its parent."""
    parent = box.parent
    if parent is not None and parent.style.display in ("flex", "inline-flex"):
        return _flex_static_position(box, parent, w, h)
    if box.static is not None:
        sx, sy = box.static
        return sx + box.margin[3], sy + box.margin[0]
    return (parent.border[3] + parent.padding[3] + box.margin[3],
            parent.border[0] + parent.padding[0] + box.margin[0])


def _flex_static_position(box, parent, w: float, h: float) -> tuple[float, float]:
    """CSS Flexbox 4.1: the static position of an absolutely positioned child of a flex container is
    found as if it were the sole flex item (justify-content and the child's align-self apply)."""
    ps = parent.style
    row = ps.flex_direction in ("row", "row-reverse")
    reverse = ps.flex_direction.endswith("-reverse")
    inner_w = parent.width - parent.bp_w
    inner_h = parent.height - parent.border[0] - parent.border[2] - parent.padding[0] - parent.padding[2]
    outer_w = w + box.margin[1] + box.margin[3]
    outer_h = h + box.margin[0] + box.margin[2]
    main_free = (inner_w - outer_w) if row else (inner_h - outer_h)
    cross_free = (inner_h - outer_h) if row else (inner_w - outer_w)

    justify = ps.justify_content
    if justify in ("start", "left"):
        justify = "flex-end" if reverse else "flex-start"
    elif justify in ("end", "right"):
        justify = "flex-start" if reverse else "flex-end"
    main = {"flex-end": main_free, "center": main_free / 2, "space-around": main_free / 2,
            "space-evenly": main_free / 2}.get(justify, 0.0)
    if reverse:
        main = main_free - main

    align = box.style.align_self
    if align in ("auto", "normal"):
        align = ps.align_items
    wrap_reverse = ps.flex_wrap == "wrap-reverse"
    if align in ("baseline", "last-baseline"):
        align = "start"  # no baseline to share as the sole item: its fallback, the logical start
    if align in ("start", "self-start"):
        align = "flex-end" if wrap_reverse else "flex-start"
    elif align in ("end", "self-end"):
        align = "flex-start" if wrap_reverse else "flex-end"
    cross = {"flex-end": cross_free, "center": cross_free / 2}.get(align, 0.0)
    if wrap_reverse:
        cross = cross_free - cross

    left = parent.border[3] + parent.padding[3]
    top = parent.border[0] + parent.padding[0]
    if row:
        return left + main + box.margin[3], top + cross + box.margin[0]
    return left + cross + box.margin[3], top + main + box.margin[0]
