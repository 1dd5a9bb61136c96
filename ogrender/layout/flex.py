"""Flex layout, following CSS Flexible Box Layout Level 1, section 9 (Flex Layout Algorithm).

Input: a flex container box with its children's boxes, the container's known sizes and available space.
Output: the container's border-box size and, when performing layout, every item's position relative to
the container and its final size. One function per step of the spec, named with the step number.

This first version lays out a single flex line (``flex-wrap`` is read but lines do not wrap yet) and
aligns baselines as flex-start; the layout-engine issue completes it.
"""

from __future__ import annotations

from ..css.values import AUTO, Percent
from .absolute import is_out_of_flow, layout_absolute_children
from .engine import compute
from .sizing import (MAX_CONTENT, MIN_CONTENT, clamp, definite, horizontal_bp, min_max_height,
                     min_max_width, pct, preferred_height, preferred_width, resolve_edges, vertical_bp)

INF = float("inf")


class FlexItem:
    """Working state of one item; sizes are border-box sizes, ``*_margins`` the sum of both margins on
    an axis."""

    __slots__ = ("box", "main_margins", "cross_margins", "base", "hypothetical", "target", "frozen",
                 "min_main", "max_main", "min_cross", "max_cross", "cross", "main_pos", "cross_pos",
                 "grow", "shrink", "violation", "outer_base")

    def __init__(self, box):
        self.box = box
        self.frozen = False
        self.violation = 0.0


class FlexContext:
    """The container's axes and sizes, shared by the steps."""

    __slots__ = ("box", "row", "reverse", "inner_main", "inner_cross", "avail_main", "avail_cross",
                 "cb_w", "cb_h", "main_gap", "items")

    def main_of(self, w, h):
        return w if self.row else h

    def cross_of(self, w, h):
        return h if self.row else w


def layout_flex(box, known_w, known_h, avail_w, avail_h, cb_w, cb_h, perform):
    ctx = _setup(box, known_w, known_h, avail_w, avail_h, cb_w, cb_h)
    items = ctx.items
    for item in items:
        _step3_flex_base_size(ctx, item)
    _step4_main_size_of_container(ctx, box, avail_w, avail_h, cb_w, cb_h)
    _step6_resolve_flexible_lengths(ctx)
    for item in items:
        _step7_hypothetical_cross_size(ctx, item)
    line_cross = _step8_line_cross_size(ctx)
    for item in items:
        _step11_stretch(ctx, item, line_cross)
    _step12_main_axis_alignment(ctx)
    _step13_cross_axis_alignment(ctx, line_cross)
    width, height = _step15_container_size(ctx, box, line_cross, known_w, known_h, cb_w, cb_h)
    if perform:
        _place(ctx, box)
        layout_absolute_children(box, width, height)
    return width, height


# -- setup: axes, definite inner sizes, items in order-modified document order --------------------------

def _setup(box, known_w, known_h, avail_w, avail_h, cb_w, cb_h) -> FlexContext:
    s = box.style
    ctx = FlexContext()
    ctx.box = box
    ctx.row = s.flex_direction in ("row", "row-reverse")
    ctx.reverse = s.flex_direction.endswith("-reverse")
    bp_w, bp_h = horizontal_bp(box), vertical_bp(box)

    width = known_w if known_w is not None else preferred_width(box, cb_w)
    if width is not None:
        width = clamp(width, *min_max_width(box, cb_w)) if known_w is None else width
    height = known_h if known_h is not None else preferred_height(box, cb_h)
    if height is not None:
        height = clamp(height, *min_max_height(box, cb_h)) if known_h is None else height
    inner_w = None if width is None else max(0.0, width - bp_w)
    inner_h = None if height is None else max(0.0, height - bp_h)
    ctx.cb_w, ctx.cb_h = inner_w, inner_h

    # 9.2 step 2: the available main and cross space for the flex items.
    def available(inner, avail, margins, bp):
        if inner is not None:
            return inner
        value = definite(avail)
        return avail if value is None else max(0.0, value - margins - bp)

    space_w = available(inner_w, avail_w, box.margin[1] + box.margin[3], bp_w)
    space_h = available(inner_h, avail_h, box.margin[0] + box.margin[2], bp_h)
    ctx.inner_main = ctx.main_of(inner_w, inner_h)
    ctx.inner_cross = ctx.cross_of(inner_w, inner_h)
    ctx.avail_main = ctx.main_of(space_w, space_h)
    ctx.avail_cross = ctx.cross_of(space_w, space_h)

    gap = s.column_gap if ctx.row else s.row_gap
    ctx.main_gap = 0.0 if gap == "normal" else (pct(gap, ctx.inner_main) or 0.0)

    # 9.1: order-modified document order; absolutely positioned children are not flex items.
    in_flow = [child for child in box.boxes if not is_out_of_flow(child)]
    in_flow.sort(key=lambda child: child.style.order)
    ctx.items = [FlexItem(child) for child in in_flow]
    for item in ctx.items:
        resolve_edges(item.box, inner_w)
        m = item.box.margin
        item.main_margins = ctx.main_of(m[1] + m[3], m[0] + m[2])
        item.cross_margins = ctx.cross_of(m[1] + m[3], m[0] + m[2])
        item.grow = item.box.style.flex_grow
        item.shrink = item.box.style.flex_shrink
    return ctx


def _item_size(ctx: FlexContext, item: FlexItem, main=None, cross=None, avail_main=MAX_CONTENT,
               avail_cross=None, perform=False) -> tuple[float, float]:
    """Measure (or lay out) an item given what is known on each axis; returns (main, cross)."""
    if avail_cross is None:
        avail_cross = ctx.avail_cross if ctx.avail_cross.__class__ is not float else max(
            0.0, ctx.avail_cross - item.cross_margins)
    w, h = (main, cross) if ctx.row else (cross, main)
    aw, ah = (avail_main, avail_cross) if ctx.row else (avail_cross, avail_main)
    rw, rh = compute(item.box, w, h, aw, ah, ctx.cb_w, ctx.cb_h, perform)
    return ctx.main_of(rw, rh), ctx.cross_of(rw, rh)


def _definite_cross_size(ctx: FlexContext, item: FlexItem) -> float | None:
    """The item's cross size when known before layout: its cross size property, or a stretched size in
    a container of definite cross size."""
    box = item.box
    size = preferred_width(box, ctx.cb_w) if not ctx.row else preferred_height(box, ctx.cb_h)
    if size is not None:
        lo, hi = _cross_limits(ctx, item)
        return clamp(size, lo, hi)
    if ctx.inner_cross is not None and _align_self(ctx, item) == "stretch" and not _auto_cross_margins(ctx, item):
        lo, hi = _cross_limits(ctx, item)
        return clamp(ctx.inner_cross - item.cross_margins, lo, hi)
    return None


def _main_limits(ctx: FlexContext, item: FlexItem) -> tuple[float, float]:
    return min_max_width(item.box, ctx.cb_w) if ctx.row else min_max_height(item.box, ctx.cb_h)


def _cross_limits(ctx: FlexContext, item: FlexItem) -> tuple[float, float]:
    return min_max_height(item.box, ctx.cb_h) if ctx.row else min_max_width(item.box, ctx.cb_w)


# -- 9.2 Line Length Determination ---------------------------------------------------------------------

def _step3_flex_base_size(ctx: FlexContext, item: FlexItem) -> None:
    """9.2.3 Determine the flex base size and hypothetical main size of each item."""
    box = item.box
    s = box.style
    basis = s.flex_basis
    bp = horizontal_bp(box) if ctx.row else vertical_bp(box)
    main_prop = s.width if ctx.row else s.height
    if basis == AUTO:
        basis = main_prop  # "auto": use the value of the main size property
    base = None
    if basis.__class__ is float or (basis.__class__ is Percent and ctx.inner_main is not None):
        # A. a definite flex basis (box-sizing applies as it does to width and height)
        value = pct(basis, ctx.inner_main)
        base = value + bp if s.box_sizing == "content-box" else max(value, bp)
    else:
        # E. size the item into the available space with a max-content main size
        cross = _definite_cross_size(ctx, item)
        base, _ = _item_size(ctx, item, cross=cross, avail_main=MAX_CONTENT)
    item.base = base
    lo, hi = _main_limits(ctx, item)
    if _is_auto_min(ctx, item):
        lo = _automatic_minimum(ctx, item, hi)
    item.min_main, item.max_main = lo, hi
    item.hypothetical = clamp(base, lo, hi)


def _is_auto_min(ctx: FlexContext, item: FlexItem) -> bool:
    return (item.box.style.min_width if ctx.row else item.box.style.min_height) == AUTO


def _automatic_minimum(ctx: FlexContext, item: FlexItem, max_main: float) -> float:
    """4.5 Automatic Minimum Size of Flex Items: 0 for a scroll container, else the smaller of the
    specified size suggestion and the content size suggestion (min-content, capped by the max size)."""
    s = item.box.style
    if (s.overflow_x if ctx.row else s.overflow_y) != "visible":
        return horizontal_bp(item.box) if ctx.row else vertical_bp(item.box)
    cross = _definite_cross_size(ctx, item)
    content, _ = _item_size(ctx, item, cross=cross, avail_main=MIN_CONTENT)
    suggestion = min(content, max_main)
    specified = preferred_width(item.box, ctx.cb_w) if ctx.row else preferred_height(item.box, ctx.cb_h)
    if specified is not None:
        suggestion = min(suggestion, specified)
    return suggestion


def _step4_main_size_of_container(ctx: FlexContext, box, avail_w, avail_h, cb_w, cb_h) -> None:
    """9.2.4 Determine the main size of the flex container (its max-content size when not definite)."""
    if ctx.inner_main is not None:
        return
    gaps = ctx.main_gap * max(0, len(ctx.items) - 1)
    max_total = sum(item.hypothetical + item.main_margins for item in ctx.items) + gaps
    total = max_total
    if ctx.row and ctx.avail_main != MAX_CONTENT:
        min_total = sum(item.min_main + item.main_margins for item in ctx.items) + gaps
        # min-content size, or fit-content in a definite available space
        total = min_total if ctx.avail_main == MIN_CONTENT else min(max(min_total, ctx.avail_main), max_total)
    bp = horizontal_bp(box) if ctx.row else vertical_bp(box)
    lo, hi = min_max_width(box, cb_w) if ctx.row else min_max_height(box, cb_h)
    ctx.inner_main = clamp(total + bp, lo, hi) - bp


# -- 9.7 Resolving Flexible Lengths ------------------------------------------------------------------

def _step6_resolve_flexible_lengths(ctx: FlexContext) -> None:
    """9.7 Resolve the flexible lengths of all the flex items to find their used main size."""
    items = ctx.items
    if not items:
        return
    inner = ctx.inner_main
    gaps = ctx.main_gap * (len(items) - 1)
    # 1. Determine the used flex factor.
    hypothetical_sum = sum(item.hypothetical + item.main_margins for item in items) + gaps
    growing = hypothetical_sum < inner
    # 2. Size inflexible items.
    for item in items:
        item.target = item.hypothetical
        factor = item.grow if growing else item.shrink
        item.frozen = (factor == 0 or (growing and item.base > item.hypothetical)
                       or (not growing and item.base < item.hypothetical))
    # 3. Calculate initial free space.
    def free_space() -> float:
        used = sum((item.target if item.frozen else item.base) + item.main_margins for item in items)
        return inner - used - gaps

    initial_free = free_space()
    # 4. Loop.
    while True:
        unfrozen = [item for item in items if not item.frozen]
        if not unfrozen:
            break
        # b. Calculate the remaining free space.
        remaining = free_space()
        factor_sum = sum(item.grow if growing else item.shrink for item in unfrozen)
        if factor_sum < 1:
            scaled = initial_free * factor_sum
            if abs(scaled) < abs(remaining):
                remaining = scaled
        # c. Distribute free space proportional to the flex factors.
        if remaining != 0:
            if growing:
                for item in unfrozen:
                    item.target = item.base + remaining * item.grow / factor_sum
            else:
                scaled_sum = sum(item.shrink * item.base for item in unfrozen)
                for item in unfrozen:
                    ratio = (item.shrink * item.base / scaled_sum) if scaled_sum > 0 else 0.0
                    item.target = item.base + remaining * ratio  # remaining is negative
        else:
            for item in unfrozen:
                item.target = item.base
        # d. Fix min/max violations (the minimum includes the border and padding).
        total_violation = 0.0
        for item in unfrozen:
            clamped = clamp(item.target, item.min_main, item.max_main)
            item.violation = clamped - item.target
            item.target = clamped
            total_violation += item.violation
        # e. Freeze over-flexed items.
        for item in unfrozen:
            if total_violation == 0 or (total_violation > 0 and item.violation > 0) or (
                    total_violation < 0 and item.violation < 0):
                item.frozen = True


# -- 9.4 Cross Size Determination ------------------------------------------------------------------------

def _step7_hypothetical_cross_size(ctx: FlexContext, item: FlexItem) -> None:
    """9.4.7 Determine the hypothetical cross size of each item by laying it out at its used main size."""
    size = preferred_height(item.box, ctx.cb_h) if ctx.row else preferred_width(item.box, ctx.cb_w)
    if size is not None:
        item.cross = clamp(size, *_cross_limits(ctx, item))
        return
    avail = None if ctx.avail_cross.__class__ is not float else max(0.0, ctx.avail_cross - item.cross_margins)
    _, measured = _item_size(ctx, item, main=item.target, avail_main=item.target,
                             avail_cross=avail if avail is not None else ctx.avail_cross)
    item.cross = clamp(measured, *_cross_limits(ctx, item))


def _step8_line_cross_size(ctx: FlexContext) -> float:
    """9.4.8 Calculate the cross size of the flex line: a single-line container with a definite cross
    size uses it; otherwise the largest outer hypothetical cross size."""
    if ctx.inner_cross is not None:
        return ctx.inner_cross
    return max((item.cross + item.cross_margins for item in ctx.items), default=0.0)


def _align_self(ctx: FlexContext, item: FlexItem) -> str:
    value = item.box.style.align_self
    if value in ("auto",):
        value = ctx.box.style.align_items
    if value == "normal":
        return "stretch"
    if value in ("start", "self-start", "baseline"):
        return "flex-start"  # baseline alignment: layout-engine issue
    if value in ("end", "self-end"):
        return "flex-end"
    return value


def _auto_cross_margins(ctx: FlexContext, item: FlexItem) -> tuple[bool, bool]:
    s = item.box.style
    start, end = (s.margin_top, s.margin_bottom) if ctx.row else (s.margin_left, s.margin_right)
    return (start == AUTO, end == AUTO) if (start == AUTO or end == AUTO) else ()


def _step11_stretch(ctx: FlexContext, item: FlexItem, line_cross: float) -> None:
    """9.4.11 Determine the used cross size: a stretched item with an auto cross size fills the line."""
    s = item.box.style
    cross_prop = s.height if ctx.row else s.width
    if _align_self(ctx, item) == "stretch" and cross_prop == AUTO and not _auto_cross_margins(ctx, item):
        item.cross = clamp(line_cross - item.cross_margins, *_cross_limits(ctx, item))


# -- 9.5 Main-Axis Alignment ----------------------------------------------------------------------------

def _justify(ctx: FlexContext) -> str:
    value = ctx.box.style.justify_content
    if value in ("normal", "stretch"):
        return "flex-start"
    if value in ("start", "left"):
        return "flex-end" if ctx.reverse else "flex-start"
    if value in ("end", "right"):
        return "flex-start" if ctx.reverse else "flex-end"
    return value


def _step12_main_axis_alignment(ctx: FlexContext) -> None:
    """9.5.12 Distribute any remaining free space: to auto margins first, else by justify-content.
    Positions are offsets of each item's margin box from the main-start content edge."""
    items = ctx.items
    if not items:
        return
    used = sum(item.target + item.main_margins for item in items) + ctx.main_gap * (len(items) - 1)
    free = ctx.inner_main - used
    autos = []
    for item in items:
        s = item.box.style
        start, end = (s.margin_left, s.margin_right) if ctx.row else (s.margin_top, s.margin_bottom)
        autos.append((start == AUTO, end == AUTO))
    auto_count = sum(a + b for a, b in autos)
    offset, between = 0.0, ctx.main_gap
    extra_start = [0.0] * len(items)
    extra_end = [0.0] * len(items)
    if auto_count and free > 0:
        share = free / auto_count
        for i, (a, b) in enumerate(autos):
            extra_start[i] = share if a else 0.0
            extra_end[i] = share if b else 0.0
    else:
        mode = _justify(ctx)
        n = len(items)
        if mode == "flex-end":
            offset = free
        elif mode == "center":
            offset = free / 2
        elif mode == "space-between":
            if n > 1 and free > 0:
                between += free / (n - 1)
        elif mode == "space-around":
            if free > 0:
                offset = free / n / 2
                between += free / n
            else:
                offset = free / 2
        elif mode == "space-evenly":
            if free > 0:
                offset = free / (n + 1)
                between += free / (n + 1)
            else:
                offset = free / 2
    pos = offset
    for i, item in enumerate(items):
        m = item.box.margin
        start_margin = (m[3] if ctx.row else m[0]) + extra_start[i]
        end_margin = (m[1] if ctx.row else m[2]) + extra_end[i]
        if ctx.reverse:
            start_margin, end_margin = end_margin, start_margin
        item.main_pos = pos + start_margin
        pos += start_margin + item.target + end_margin + between


# -- 9.6 Cross-Axis Alignment ---------------------------------------------------------------------------

def _step13_cross_axis_alignment(ctx: FlexContext, line_cross: float) -> None:
    """9.6.13-14 Resolve cross-axis auto margins, then align each item with align-self."""
    for item in ctx.items:
        m = item.box.margin
        start_margin = m[0] if ctx.row else m[3]
        free = line_cross - item.cross - item.cross_margins
        autos = _auto_cross_margins(ctx, item)
        if autos:
            if free > 0:
                if autos[0] and autos[1]:
                    item.cross_pos = start_margin + free / 2
                elif autos[0]:
                    item.cross_pos = start_margin + free
                else:
                    item.cross_pos = start_margin
            else:
                item.cross_pos = start_margin
            continue
        mode = _align_self(ctx, item)
        if mode == "flex-end":
            item.cross_pos = start_margin + free
        elif mode == "center":
            item.cross_pos = start_margin + free / 2
        else:
            item.cross_pos = start_margin


# -- 9.4.15 and placing -----------------------------------------------------------------------------

def _step15_container_size(ctx: FlexContext, box, line_cross, known_w, known_h, cb_w, cb_h):
    """9.4.15 Determine the flex container's used cross size (its main size is known from step 4)."""
    bp_w, bp_h = horizontal_bp(box), vertical_bp(box)
    if ctx.row:
        width = ctx.inner_main + bp_w
        height = known_h if known_h is not None else preferred_height(box, cb_h)
        if height is None:
            height = clamp(line_cross + bp_h, *min_max_height(box, cb_h))
        elif known_h is None:
            height = clamp(height, *min_max_height(box, cb_h))
    else:
        height = ctx.inner_main + bp_h
        width = known_w if known_w is not None else preferred_width(box, cb_w)
        if width is None:
            width = clamp(line_cross + bp_w, *min_max_width(box, cb_w))
        elif known_w is None:
            width = clamp(width, *min_max_width(box, cb_w))
    if known_w is not None:
        width = known_w
    if known_h is not None:
        height = known_h
    return width, height


def _place(ctx: FlexContext, box) -> None:
    left = box.border[3] + box.padding[3]
    top = box.border[0] + box.padding[0]
    for item in ctx.items:
        main, cross = item.target, item.cross
        _item_size(ctx, item, main=main, cross=cross, avail_main=main, avail_cross=cross, perform=True)
        main_pos = ctx.inner_main - item.main_pos - main if ctx.reverse else item.main_pos
        if ctx.row:
            item.box.x, item.box.y = left + main_pos, top + item.cross_pos
        else:
            item.box.x, item.box.y = left + item.cross_pos, top + main_pos
