"""Intrinsic widths: the min-content and max-content widths of a box (CSS Sizing 3, 5), computed from its
content alone and cached per box.

These answer "how wide would this box's content like to be?" without laying anything out: text gives its
longest unbreakable piece or its unwrapped width; a block container, its widest child contribution; a row
flex container, the sum of its items' contributions (for min-content without wrapping; the largest one with
wrapping); a column flex container, its widest item contribution. A contribution is the child's width
property, or else its intrinsic width, clamped by its min and max widths, plus its margins (percentages of
the unknown width count as zero). A wrapping column container of definite height is laid out to find its
columns. The box's own width, min-width and max-width play no part: callers that
want its contribution apply them. Widths are border-box widths.
"""

from __future__ import annotations

from ..css.values import AUTO
from .sizing import (INF, MAX_CONTENT, MIN_CONTENT, clamp, min_max_height, min_max_width, pct,
                     preferred_height, preferred_width, resolve_edges, width_from_height)


def intrinsic_width(box, mode: str, cb_w: float | None = None, cb_h: float | None = None) -> float:
    """The min-content (``mode`` MIN_CONTENT) or max-content width of ``box``'s border box."""
    key = (mode, cb_w if box.pct_w else None, cb_h if box.pct_h else None)
    cache = box.cache
    hit = cache.get(key)
    if hit is not None:
        return hit
    resolve_edges(box, cb_w)
    width = None
    if box.style.aspect_ratio != AUTO:
        # With an aspect ratio and a definite height, the ratio gives the width.
        height = preferred_height(box, cb_h)
        if height is not None:
            width = width_from_height(box, clamp(height, *min_max_height(box, cb_h)))
    if width is None:
        width = box.bp_w + _content_width(box, mode, cb_w, cb_h)
        if box.style.aspect_ratio != AUTO and box.image is None:
            # The min / max heights (the minimum at least the border and padding) transfer through the
            # ratio and clamp the content's width (CSS Sizing 4, 5.2; as Blink does)
            lo, hi = min_max_height(box, cb_h)
            width = clamp(width, width_from_height(box, lo), width_from_height(box, hi) if hi != INF else INF)
    cache[key] = width
    return width


def content_width(box, mode: str, cb_w: float | None = None) -> float:
    """Like :func:`intrinsic_width`, but from the content alone even when an aspect ratio would give
    the width (what the automatic minimum of a box with an aspect ratio needs)."""
    key = ("content", mode, cb_w if box.pct_w else None)
    hit = box.cache.get(key)
    if hit is None:
        resolve_edges(box, cb_w)
        hit = box.cache[key] = box.bp_w + _content_width(box, mode, cb_w)
    return hit


def contribution(child, mode: str) -> float:
    """A child's outer min-/max-content contribution to its parent's intrinsic width."""
    resolve_edges(child, None)
    if child.image is not None and mode == MIN_CONTENT:
        from .replaced import compressible
        if compressible(child):  # CSS Sizing 3, 5.2.2: a percentage width or max-width contributes 0
            return child.bp_w + child.margin[1] + child.margin[3]
    width = preferred_width(child, None)
    if width is None:
        width = intrinsic_width(child, mode)
    return clamp(width, *min_max_width(child, None)) + child.margin[1] + child.margin[3]


def flex_item_contribution(child, mode: str, cb_w: float | None = None, cb_h: float | None = None,
                           multi_line: bool = False) -> float:
    """A flex item's outer min-/max-content contribution to its row container's intrinsic width: its
    contribution as any box's, except that a length flex basis caps the size of an item that cannot grow
    and floors that of an item that cannot shrink, before its min and max widths (an auto minimum being
    the automatic minimum size) clamp it. Blink does so in a single-line container, and for the
    max-content size of a multi-line one (whose min-content size takes the plain contributions, and
    which is never narrower than that; measured, CSS Flexbox 9.9.1 in part)."""
    s = child.style
    basis = s.flex_basis
    cap = s.flex_grow == 0 and not (multi_line and mode == MIN_CONTENT)
    floor = s.flex_shrink == 0 and not (multi_line and mode == MIN_CONTENT)
    if basis.__class__ is not float or not (cap or floor):
        return contribution(child, mode) if cb_w is None else _contribution_in(child, mode, cb_w, cb_h)
    resolve_edges(child, cb_w)
    bp = child.bp_w
    base = basis + bp if s.box_sizing == "content-box" else max(basis, bp)
    size = preferred_width(child, cb_w)
    if size is None:
        size = intrinsic_width(child, mode, cb_w, cb_h)
    if cap:
        size = min(size, base)
    if floor:
        size = max(size, base)
    lo, hi = min_max_width(child, cb_w)
    if s.min_width == AUTO:
        lo = max(lo, _automatic_minimum_width(child, cb_w, cb_h, hi))
    return clamp(size, lo, hi) + child.margin[1] + child.margin[3]


def _automatic_minimum_width(child, cb_w, cb_h, hi: float) -> float:
    """CSS Flexbox 4.5 for a row item: its specified size suggestion or its content size suggestion
    (min-content, capped by the max width), the smaller; nothing for a scroll container."""
    s = child.style
    if s.overflow_x not in ("visible", "clip"):
        return child.bp_w
    # (as flex.py's: a definite height gives a width through an aspect ratio, never below the content's)
    content = intrinsic_width(child, MIN_CONTENT, cb_w, cb_h)
    if child.image is None and s.aspect_ratio != AUTO and preferred_height(child, cb_h) is not None:
        content = max(content, content_width(child, MIN_CONTENT, cb_w))
    content = min(content, hi)
    specified = preferred_width(child, cb_w)
    return content if specified is None else min(content, specified)


def _contribution_in(child, mode: str, cb_w, cb_h) -> float:
    """A child's outer contribution with a known containing-block width (percentages resolve)."""
    resolve_edges(child, cb_w)
    width = preferred_width(child, cb_w)
    if width is None:
        width = intrinsic_width(child, mode, cb_w, cb_h)
    return clamp(width, *min_max_width(child, cb_w)) + child.margin[1] + child.margin[3]


def _in_flow(box):
    return [child for child in box.boxes if child.style.position not in ("absolute", "fixed")]


def _content_width(box, mode: str, cb_w: float | None = None, cb_h: float | None = None) -> float:
    if box.image is not None:  # a replaced box: its natural (or transferred) width, layout/replaced.py
        from .replaced import replaced_content_width
        return replaced_content_width(box, cb_w, mode, cb_h)
    paragraph = box.paragraph
    if box.atomics is not None:
        widths = [contribution(atomic, mode) for atomic in box.atomics]
        width = max(widths, default=0.0) if mode == MIN_CONTENT else sum(widths)
        if paragraph is not None:
            text = paragraph.min_content_width() if mode == MIN_CONTENT else paragraph.max_content_width()
            width = max(width, text)
        return width
    if paragraph is not None:
        return paragraph.min_content_width() if mode == MIN_CONTENT else paragraph.max_content_width()
    s = box.style
    items = _in_flow(box)
    if s.display in ("flex", "inline-flex"):
        if s.flex_direction in ("row", "row-reverse"):
            multi_line = s.flex_wrap != "nowrap"
            widths = [flex_item_contribution(item, mode, multi_line=multi_line) for item in items]
            if mode == MIN_CONTENT and multi_line:
                return max(widths, default=0.0)
            gap = 0.0 if s.column_gap == "normal" else (pct(s.column_gap, None) or 0.0)
            total = sum(widths) + gap * max(0, len(items) - 1)
            if multi_line:  # (a max-content width no narrower than the min-content width)
                total = max(total, max((contribution(item, MIN_CONTENT) for item in items), default=0.0))
            return total
        if s.flex_wrap != "nowrap" and mode == MAX_CONTENT and (preferred_height(box, cb_h) is not None
                                                                or min_max_height(box, cb_h)[1] != INF):
            # Columns wrap at a definite height or max-height (a percentage of a definite one too): lay
            # them out and add up their widths.
            from .engine import compute
            width, _ = compute(box, None, None, mode, None, None, cb_h)
            return width - box.bp_w
        # Otherwise (and for the min-content width of wrapping columns) a column container is as wide as
        # its widest item (as Chromium computes it).
        return max((contribution(item, mode) for item in items), default=0.0)
    return max((contribution(child, mode) for child in items), default=0.0)


__all__ = ["MAX_CONTENT", "MIN_CONTENT", "contribution", "flex_item_contribution", "intrinsic_width"]
