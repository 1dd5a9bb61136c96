"""Flex layout, following CSS Flexible Box Layout Level 1, section 9 (Flex Layout Algorithm).

Input: a flex container box with its children's boxes, the container's known sizes and available space.
Output: the container's border-box size and, when performing layout, every item's position relative to
the container's border box and its final size. One function per step of the spec, named with the step
number. Where the spec leaves rounding open, Blink's choices are followed (free space distributed from the
last item, each share rounded to 1/64 px; shrinking weighted by the inner base size).

Sizes inside are border-box sizes; "outer" adds the margins.
"""

from __future__ import annotations

from ..css.values import AUTO, Percent
from .engine import compute
from .intrinsic import content_width, flex_item_contribution, intrinsic_width
from .sizing import (INTRINSIC, MAX_CONTENT, MIN_CONTENT, Indefinite, clamp, definite, min_max_height,
                     height_from_width, min_max_width, pct, preferred_height, preferred_width,
                     ratio_keeps_content, resolve_edges, width_from_height)
from .units import lu, lu_round

INF = float("inf")
GROW, SHRINK = "grow", "shrink"


class FlexItem:
    """Working state of one item."""

    __slots__ = ("box", "m_main_start", "m_main_end", "m_cross_start", "m_cross_end", "bp_main", "base",
                 "hypothetical", "target", "min_main", "max_main", "auto_min", "cross", "main_pos",
                 "cross_pos", "grow", "shrink", "frozen", "violation", "fraction", "baseline", "last_below",
                 "measured", "main_margins", "cross_margins", "align", "cross_limits", "cross_prop", "auto_cross",
                 "any_auto_cross")

    def __init__(self, box):
        self.box = box
        self.frozen = False
        self.violation = 0.0
        self.fraction = 0.0
        self.baseline = None    # first baseline from the flex-relative cross-start border edge
        self.last_below = None  # last baseline's distance to the flex-relative cross-end border edge
        self.measured = None    # (cross size, available cross) of a row item's step 7 measurement


class FlexLine:
    __slots__ = ("items", "cross", "cross_pos", "max_above", "max_below")

    def __init__(self, items: list[FlexItem]):
        self.items = items
        self.cross = 0.0
        self.cross_pos = 0.0
        self.max_above = 0.0
        self.max_below = 0.0


class FlexContext:
    """The container's axes, sizes and items, shared by the steps."""

    __slots__ = ("box", "row", "reverse", "wrap", "wrap_reverse", "inner_main", "inner_cross",
                 "avail_main", "avail_cross", "cb_w", "cb_h", "main_gap", "cross_gap", "items", "lines",
                 "cross_definite", "intrinsic_h", "main_definite", "ratio_min", "longest_line_limits")


def layout_flex(box, known_w, known_h, avail_w, avail_h, cb_w, cb_h, perform):
    inputs = (known_w, known_h, avail_w, avail_h, cb_w, cb_h)
    memo = box.memo
    if perform and memo is not None and memo[0] == inputs:
        # A measurement with these very inputs ran last: only the placing is left to do.
        _, ctx, width, height, inner_cross = memo
        _place(ctx, box, inner_cross)
        return width, height
    ctx = _setup(box, known_w, known_h, avail_w, avail_h, cb_w, cb_h)
    for item in ctx.items:
        _step3_flex_base_size(ctx, item)
    _step4_main_size_of_container(ctx, box, cb_w, cb_h)
    _step5_collect_into_lines(ctx)
    for line in ctx.lines:
        _step6_resolve_flexible_lengths(ctx, line)
    for item in ctx.items:
        _step7_hypothetical_cross_size(ctx, item)
    for line in ctx.lines:
        _step8_line_cross_size(ctx, line, cb_h if ctx.row else cb_w)
    # Step 15 needs only the lines' cross sizes; taking it first lets step 9 stretch the lines into a
    # cross size that min/max constraints made larger than the lines (as Blink does).
    width, height = _step15_container_size(ctx, box, known_w, known_h, cb_w, cb_h)
    inner_cross = height - box.bp_h if ctx.row else width - box.bp_w
    _step9_stretch_lines(ctx, inner_cross)
    for line in ctx.lines:
        for item in line.items:
            _step11_stretch(ctx, item, line)
        _step12_main_axis_alignment(ctx, line)
        _step13_14_cross_axis_alignment(ctx, line)
    _step16_align_content(ctx, inner_cross)
    if perform:
        _place(ctx, box, inner_cross)
    else:
        box.memo = (inputs, ctx, width, height, inner_cross)
    return width, height


# -- setup: axes, definite inner sizes, items in order-modified document order --------------------------

def _setup(box, known_w, known_h, avail_w, avail_h, cb_w, cb_h) -> FlexContext:
    s = box.style
    ctx = FlexContext()
    ctx.box = box
    ctx.ratio_min = False
    ctx.longest_line_limits = None
    ctx.row = s.flex_direction in ("row", "row-reverse")
    ctx.reverse = s.flex_direction.endswith("-reverse")
    rtl = getattr(s, "direction", "ltr") == "rtl"
    if ctx.row and rtl:  # direction: rtl puts a row's main-start on the right (as row-reverse does)
        ctx.reverse = not ctx.reverse
    ctx.wrap = s.flex_wrap != "nowrap"
    ctx.wrap_reverse = s.flex_wrap == "wrap-reverse"
    bp_w, bp_h = box.bp_w, box.bp_h

    width = known_w
    if width is None and avail_w not in (MIN_CONTENT, MAX_CONTENT):
        width = preferred_width(box, cb_w, cb_h)
        if width is not None:
            width = clamp(width, *min_max_width(box, cb_w))
    height = known_h
    ctx.intrinsic_h = known_h is None and avail_h in INTRINSIC
    if height is None and not ctx.intrinsic_h:
        height = preferred_height(box, cb_h)
        if height is None and width is not None:
            height = height_from_width(box, width)
            # A height from the aspect ratio is definite, but while min-height is auto the content
            # may make the container taller (CSS Sizing 4, 5.3)
            ctx.ratio_min = height is not None and ratio_keeps_content(box, "min_height")
        if height is not None:
            height = clamp(height, *min_max_height(box, cb_h))
    inner_w = None if width is None else max(0.0, width - bp_w)
    inner_h = None if height is None else max(0.0, height - bp_h)
    ctx.cb_w, ctx.cb_h = inner_w, None if known_h.__class__ is Indefinite else inner_h

    # 9.2 step 2: the available main and cross space for the flex items.
    space_w = _available(inner_w, avail_w, box.margin[1] + box.margin[3], bp_w)
    space_h = _available(inner_h, avail_h, box.margin[0] + box.margin[2], bp_h)
    row = ctx.row
    ctx.inner_main, ctx.inner_cross = (inner_w, inner_h) if row else (inner_h, inner_w)
    ctx.main_definite = ctx.inner_main is not None and (row or known_h.__class__ is not Indefinite)
    ctx.cross_definite = ctx.inner_cross is not None
    ctx.avail_main, ctx.avail_cross = (space_w, space_h) if row else (space_h, space_w)

    # (a percentage gap of an indefinite height, as a flex item's height in a column of indefinite
    # height is for its content, is 0)
    row_gap = 0.0 if s.row_gap == "normal" else (pct(s.row_gap, ctx.cb_h) or 0.0)
    column_gap = 0.0 if s.column_gap == "normal" else (pct(s.column_gap, inner_w) or 0.0)
    ctx.main_gap, ctx.cross_gap = (column_gap, row_gap) if ctx.row else (row_gap, column_gap)

    # 9.1: order-modified document order; absolutely positioned children are not flex items.
    in_flow = [child for child in box.boxes if child.style.position not in ("absolute", "fixed")]
    if any(child.style.order for child in in_flow):
        in_flow.sort(key=lambda child: child.style.order)  # (a stable sort)
    ctx.items = [FlexItem(child) for child in in_flow]
    for item in ctx.items:
        child = item.box
        resolve_edges(child, inner_w)
        top, right, bottom, left = child.margin
        if ctx.row:
            item.m_main_start, item.m_main_end = (right, left) if ctx.reverse else (left, right)
            item.m_cross_start, item.m_cross_end = top, bottom
            item.bp_main = child.bp_w
        else:
            item.m_main_start, item.m_main_end = (bottom, top) if ctx.reverse else (top, bottom)
            item.m_cross_start, item.m_cross_end = (right, left) if rtl else (left, right)
            item.bp_main = child.bp_h
        if ctx.wrap_reverse:
            item.m_cross_start, item.m_cross_end = item.m_cross_end, item.m_cross_start
        item.main_margins = item.m_main_start + item.m_main_end
        item.cross_margins = item.m_cross_start + item.m_cross_end
        item.align = _used_align_self(ctx, child)
        cs = child.style
        item.grow = cs.flex_grow
        item.shrink = cs.flex_shrink
        # Per-item facts the steps keep asking for, fixed for this container's sizes:
        if ctx.row:  # the cross size property (border box, None when auto) and the cross min / max
            item.cross_prop = preferred_height(child, ctx.cb_h)
            item.cross_limits = min_max_height(child, ctx.cb_h)
            a, b = cs.margin_top == AUTO, cs.margin_bottom == AUTO
        else:
            # (with an aspect ratio and an auto width, the width follows the used height: step 7)
            item.cross_prop = preferred_width(child, ctx.cb_w, ctx.cb_h) \
                if cs.aspect_ratio == AUTO or cs.width != AUTO else None
            item.cross_limits = min_max_width(child, ctx.cb_w)
            a, b = cs.margin_left == AUTO, cs.margin_right == AUTO
        item.auto_cross = (b, a) if ctx.wrap_reverse else (a, b)  # auto margins at cross-start, cross-end
        item.any_auto_cross = a or b
    return ctx


def _available(inner, avail, margins, bp):
    """9.2 step 2 on one axis: the container's inner size, else the space available to it less its
    margins, border and padding, else min-/max-content."""
    if inner is not None:
        return inner
    value = definite(avail)
    return avail if value is None else max(0.0, value - margins - bp)


def _item_size(ctx: FlexContext, item: FlexItem, main=None, cross=None, avail_main=MAX_CONTENT,
               avail_cross=None, perform=False) -> tuple[float, float]:
    """Measure (or lay out) an item given what is known on each axis; returns (main, cross)."""
    if avail_cross is None:
        avail_cross = ctx.avail_cross if ctx.avail_cross.__class__ is not float else max(
            0.0, ctx.avail_cross - item.cross_margins)
    w, h = (main, cross) if ctx.row else (cross, main)
    # An available height only matters to ask for an intrinsic height (a column's content size).
    aw, ah = (avail_main, None) if ctx.row else (avail_cross, avail_main)
    rw, rh = compute(item.box, w, h, aw, ah, ctx.cb_w, ctx.cb_h, perform)
    return (rw, rh) if ctx.row else (rh, rw)


def _main_limits(ctx: FlexContext, item: FlexItem) -> tuple[float, float]:
    return min_max_width(item.box, ctx.cb_w) if ctx.row else min_max_height(item.box, ctx.cb_h)


def _used_align_self(ctx: FlexContext, box) -> str:
    """The used align-self, in flex-relative terms (flex-start = cross-start)."""
    value = box.style.align_self
    if value == "auto":
        value = ctx.box.style.align_items
    if value == "normal":
        return "stretch"
    if value == "last-baseline" and not ctx.row:
        return "flex-end"
    if value in ("start", "self-start"):
        return "flex-end" if ctx.wrap_reverse else "flex-start"
    if value in ("end", "self-end"):
        return "flex-start" if ctx.wrap_reverse else "flex-end"
    return value


def _fit_content_cross(ctx: FlexContext, item: FlexItem, avail: float | None, content: bool = False) -> float:
    """An item's cross size (a width, in a column container) when neither given nor stretched:
    fit-content in the available space (CSS Sizing 3); with ``content``, of its content alone (its height,
    which an aspect ratio would turn into a width, stands in for nothing: flex-basis content)."""
    box = item.box
    if content:
        lo, hi = content_width(box, MIN_CONTENT, ctx.cb_w), content_width(box, MAX_CONTENT, ctx.cb_w)
    else:
        lo = intrinsic_width(box, MIN_CONTENT, ctx.cb_w, ctx.cb_h)
        hi = intrinsic_width(box, MAX_CONTENT, ctx.cb_w, ctx.cb_h)
    if ctx.avail_cross == MIN_CONTENT:
        size = lo
    else:
        size = hi if avail is None else min(max(lo, avail), hi)
    return clamp(size, *item.cross_limits)


def _wrapping_column(s) -> bool:
    return s.flex_wrap != "nowrap" and s.display in ("flex", "inline-flex") and s.flex_direction.startswith("column")


def _wrapping_column_fit_content(ctx: FlexContext, item: FlexItem) -> float:
    """The fit-content width of a column item that is itself a wrapping column container: its max-content
    width is that of its columns at the height the item is given (its used main size), as Blink measures
    it; its min-content width, its widest item's."""
    box = item.box
    lo = intrinsic_width(box, MIN_CONTENT, ctx.cb_w, ctx.cb_h)
    if ctx.avail_cross == MIN_CONTENT:
        return clamp(lo, *item.cross_limits)
    main = item.target if ctx.main_definite or _own_height_definite(ctx, item) else Indefinite(item.target)
    hi, _ = compute(box, None, main, MAX_CONTENT, None, ctx.cb_w, ctx.cb_h)
    avail = definite(ctx.avail_cross)
    size = hi if avail is None else min(max(lo, avail - item.cross_margins), hi)
    return clamp(size, *item.cross_limits)


def _definite_cross_size(ctx: FlexContext, item: FlexItem) -> float | None:
    """The item's cross size when known before its main size: its property, or a stretched size in a
    single-line container of definite cross size; for a column container, also the fit-content width
    (widths never depend on heights)."""
    size = item.cross_prop
    if size is not None:
        return clamp(size, *item.cross_limits)
    stretched = item.align == "stretch" and not item.any_auto_cross
    if stretched and ctx.inner_cross is not None and not ctx.wrap:
        return clamp(ctx.inner_cross - item.cross_margins, *item.cross_limits)
    if not ctx.row and item.box.style.aspect_ratio == AUTO:
        avail = definite(ctx.avail_cross)
        return _fit_content_cross(ctx, item, None if avail is None else max(0.0, avail - item.cross_margins))
    return None


# -- 9.2 Line Length Determination ---------------------------------------------------------------------

def _step3_flex_base_size(ctx: FlexContext, item: FlexItem) -> None:
    """9.2.3 Determine the flex base size and hypothetical main size of each item."""
    box = item.box
    s = box.style
    basis = s.flex_basis
    from_size_property = basis == AUTO
    if from_size_property:
        basis = s.width if ctx.row else s.height  # "auto": use the value of the main size property
    # The automatic minimum never exceeds the content size nor a definite size property, so a base size
    # taken from either cannot be below it: then it only matters once the line shrinks.
    eager_minimum = False
    # (a percentage needs a main size definite for the items: not a column item's indefinite height)
    if basis.__class__ is float or (basis.__class__ is Percent and ctx.inner_main is not None and ctx.main_definite):
        # A. a definite flex basis (box-sizing applies as it does to width and height)
        value = pct(basis, ctx.inner_main)
        base = value + item.bp_main if s.box_sizing == "content-box" else max(value, item.bp_main)
        eager_minimum = not from_size_property
    elif s.aspect_ratio != AUTO and basis != "content" and (cross := _definite_cross_size(ctx, item)) is not None:
        # B. an aspect ratio and a definite cross size give the main size
        base = width_from_height(box, cross) if ctx.row else height_from_width(box, cross)
        eager_minimum = True
    else:
        # E. size the item into the available space with a max-content main size
        if ctx.row:
            base = intrinsic_width(box, MAX_CONTENT, ctx.cb_w, ctx.cb_h)
        else:
            cross = _definite_cross_size(ctx, item)
            if cross is None and s.aspect_ratio != AUTO and ctx.avail_cross not in INTRINSIC:
                # a content-sized height with an aspect ratio follows the fit-content width (flex-basis
                # content: the max-content height in place of the height, so the width is the content's)
                avail = definite(ctx.avail_cross)
                cross = _fit_content_cross(ctx, item, None if avail is None else max(0.0, avail - item.cross_margins),
                                           basis == "content")
            base, _ = _item_size(ctx, item, cross=cross, avail_main=MAX_CONTENT)
    item.base = base
    lo, hi = _main_limits(ctx, item)
    item.min_main, item.max_main = lo, hi
    item.auto_min = (s.min_width if ctx.row else s.min_height) == AUTO
    if item.auto_min and eager_minimum:
        _apply_automatic_minimum(ctx, item)
    item.hypothetical = clamp(base, item.min_main, hi)


def _apply_automatic_minimum(ctx: FlexContext, item: FlexItem) -> None:
    """Fold the automatic minimum size into the item's minimum main size. Computed only where it can
    matter: a base size sized from content is never below the content size suggestion, so for those
    items it waits until their line shrinks."""
    if item.auto_min:
        item.auto_min = False
        item.min_main = max(item.min_main, _automatic_minimum(ctx, item, item.max_main))


def _automatic_minimum(ctx: FlexContext, item: FlexItem, max_main: float) -> float:
    """4.5 Automatic Minimum Size of Flex Items: 0 for a scroll container, else the smaller of the
    specified size suggestion and the content size suggestion (min-content, capped by the max size)."""
    s = item.box.style
    if (s.overflow_x if ctx.row else s.overflow_y) not in ("visible", "clip"):
        return item.bp_main
    box = item.box
    if ctx.row:
        from_height = item.cross_prop is not None
        if s.aspect_ratio != AUTO and not from_height and box.image is None \
                and (cross := _definite_cross_size(ctx, item)) is not None:
            content = width_from_height(box, cross)  # (a stretched definite height through the ratio)
            from_height = True
        else:
            content = intrinsic_width(box, MIN_CONTENT, ctx.cb_w, ctx.cb_h)
        if s.aspect_ratio != AUTO and box.image is None and from_height:
            # (a width from the ratio does not go below the content's min-content width, CSS Sizing 4 5.3;
            # without a definite height, the content's width clamped by the min / max heights through the
            # ratio is the suggestion)
            content = max(content, content_width(box, MIN_CONTENT, ctx.cb_w))
    else:
        cross = _definite_cross_size(ctx, item)
        if cross is None and s.aspect_ratio != AUTO:
            # (the min-content height of a box with an aspect ratio and an auto width: the ratio applied
            # to its fit-content width from its content, its own height playing no part, as Blink has it)
            avail = definite(ctx.avail_cross)
            cross = _fit_content_cross(ctx, item, None if avail is None else max(0.0, avail - item.cross_margins),
                                       True)
        content, _ = _item_size(ctx, item, cross=cross, avail_main=MIN_CONTENT)
    suggestion = min(content, max_main)
    # the specified size suggestion: the main size property only (not a size from the aspect ratio)
    if ctx.row:
        specified = preferred_width(box, ctx.cb_w) if s.width != AUTO else None
    else:
        specified = preferred_height(box, ctx.cb_h)
    if specified is not None:
        suggestion = min(suggestion, specified)
    return suggestion


def _contribution(ctx: FlexContext, item: FlexItem, mode: str) -> float:
    """An item's outer min-/max-content contribution to a row container's intrinsic width: its width
    (or its content size), clamped by its min and max widths, plus margins; a length flex basis limits
    it for an item that cannot grow or shrink (intrinsic.flex_item_contribution)."""
    box = item.box
    s = box.style
    if s.flex_basis.__class__ is float and (s.flex_grow == 0 or s.flex_shrink == 0):
        return flex_item_contribution(box, mode, ctx.cb_w, ctx.cb_h, ctx.wrap)
    size = preferred_width(box, ctx.cb_w)
    if size is None:
        size = intrinsic_width(box, mode, ctx.cb_w, ctx.cb_h)
    lo, hi = min_max_width(box, ctx.cb_w)
    return clamp(size, lo, hi) + item.main_margins


def _step4_main_size_of_container(ctx: FlexContext, box, cb_w, cb_h) -> None:
    """9.2.4 Determine the main size of the flex container: its definite size, or for a row container
    sized by its content, its min-content, max-content or fit-content width; a column container's height
    is the sum of its items' hypothetical sizes (resolved in step 15 for multi-line containers)."""
    gaps = ctx.main_gap * max(0, len(ctx.items) - 1)
    if ctx.inner_main is not None:
        if ctx.ratio_min and not ctx.row:  # its content may be taller than the ratio's height
            if ctx.wrap:  # (a multi-line column's content height: its longest line, step 5)
                ctx.longest_line_limits = min_max_height(box, cb_h)
                return
            total = sum(item.hypothetical + item.main_margins for item in ctx.items) + gaps
            if total > ctx.inner_main:
                ctx.inner_main = max(0.0, clamp(total + box.bp_h, *min_max_height(box, cb_h)) - box.bp_h)
        return
    if ctx.row:
        mode = ctx.avail_main
        max_sum = sum(_contribution(ctx, item, MAX_CONTENT) for item in ctx.items) + gaps
        if mode == MAX_CONTENT and not ctx.wrap:
            total = max_sum
        else:
            mins = [_contribution(ctx, item, MIN_CONTENT) for item in ctx.items]
            min_total = max(mins, default=0.0) if ctx.wrap else sum(mins) + gaps
            if ctx.wrap:  # (a multi-line max-content width is no narrower than its min-content width)
                max_sum = max(max_sum, min_total)
            total = max_sum if mode == MAX_CONTENT else min_total if mode == MIN_CONTENT \
                else min(max(min_total, mode), max_sum)
        lo, hi = min_max_width(box, cb_w) if mode.__class__ is float else (0.0, INF)
        bp = box.bp_w
    else:
        total = sum(item.hypothetical + item.main_margins for item in ctx.items) + gaps
        lo, hi = min_max_height(box, cb_h) if not ctx.intrinsic_h else (0.0, INF)
        bp = box.bp_h
        if ctx.wrap:  # lines break at the max-height; the height is then the longest line's (step 5)
            ctx.longest_line_limits = (lo, hi)
            if ctx.intrinsic_h:
                # (its intrinsic height too: lines break where its own height, the height from its aspect
                # ratio, or its max-height would break them, as Blink lays it out to measure it)
                own = preferred_height(box, cb_h)
                if own is None and ctx.inner_cross is not None:
                    own = height_from_width(box, ctx.inner_cross + box.bp_w)
                lo, hi = min_max_height(box, cb_h)
                if own is not None:
                    total = own - bp
    ctx.inner_main = max(0.0, clamp(total + bp, lo, hi) - bp)


def _step5_collect_into_lines(ctx: FlexContext) -> None:
    """9.3.5 Collect flex items into flex lines: one line for a single-line container; otherwise items in
    order until the next one's outer hypothetical main size would overflow the available main space."""
    if not ctx.wrap:
        ctx.lines = [FlexLine(ctx.items)]
        return
    limit = ctx.inner_main
    if ctx.ratio_min and not ctx.row:
        limit = ctx.cb_h  # (a column breaks at the height from its aspect ratio, before content grows it)
    elif ctx.avail_main == MIN_CONTENT and ctx.row and ctx.box.style.width == AUTO:
        limit = 0.0  # min-content: every item on a line of its own
    lines: list[FlexLine] = []
    current: list[FlexItem] = []
    used = 0.0
    for item in ctx.items:
        outer = item.hypothetical + item.main_margins
        if current and used + ctx.main_gap + outer > limit + 1e-7:
            lines.append(FlexLine(current))
            current, used = [], 0.0
        used += (ctx.main_gap if current else 0.0) + outer
        current.append(item)
    lines.append(FlexLine(current))
    ctx.lines = lines
    if ctx.longest_line_limits is not None:
        # A multi-line column sized by its content is as tall as its longest line (at least the height
        # from its aspect ratio), within its min and max heights, as Blink has it.
        longest = max(sum(item.hypothetical + item.main_margins for item in line.items)
                      + ctx.main_gap * max(0, len(line.items) - 1) for line in lines)
        if ctx.ratio_min:
            longest = max(longest, limit)
        bp = ctx.box.bp_h
        ctx.inner_main = max(0.0, clamp(longest + bp, *ctx.longest_line_limits) - bp)


# -- 9.7 Resolving Flexible Lengths ------------------------------------------------------------------

def _step6_resolve_flexible_lengths(ctx: FlexContext, line: FlexLine) -> None:
    """9.7 Resolve the flexible lengths of the items of a line to find their used main sizes."""
    items = line.items
    if not items:
        return
    inner = ctx.inner_main
    gap = ctx.main_gap
    # 1. Determine the used flex factor.
    hypothetical_sum = sum(item.hypothetical + item.main_margins for item in items) + gap * (len(items) - 1)
    mode = GROW if hypothetical_sum < inner else SHRINK
    if mode == SHRINK:
        for item in items:
            if item.shrink > 0:
                _apply_automatic_minimum(ctx, item)
    # 2. Size inflexible items: a zero factor, or a base size on the wrong side of the hypothetical size.
    for item in items:
        item.target = item.hypothetical
        factor = item.grow if mode == GROW else item.shrink
        item.frozen = (factor == 0 or (mode == GROW and item.base > item.hypothetical)
                       or (mode == SHRINK and item.base < item.hypothetical))
    # 3. Calculate initial free space.
    free, total_factor = _freeze_and_measure(items, inner, gap, mode)
    initial_free = free
    # 4. Loop until no min/max violation is left.
    while True:
        # b. With flex factors summing to less than 1, only that fraction of the initial space is used.
        if 0 < total_factor < 1:
            fractional = lu(initial_free * total_factor)
            if abs(fractional) < abs(free):
                free = fractional
        if (mode == GROW and free <= 0) or (mode == SHRINK and free >= 0):
            return
        # c. Distribute the free space (from the last item, each taking its fraction of what is left).
        total_violation = 0.0
        for item in reversed(items):
            if item.frozen:
                continue
            extra = free if item.fraction == 1.0 else lu_round(free * item.fraction)
            free -= extra
            size = item.base + extra
            # d. Fix min/max violations (sizes never go below the border and padding).
            clamped = max(clamp(size, item.min_main, item.max_main), item.bp_main)
            item.target = clamped
            item.violation = clamped - size
            total_violation += item.violation
        # e. Freeze over-flexed items: all the minimum or all the maximum violators.
        if abs(total_violation) < 1e-9:
            return
        for item in items:
            if not item.frozen and item.violation != 0 and (item.violation > 0) == (total_violation > 0):
                item.frozen = True
        free, total_factor = _freeze_and_measure(items, inner, gap, mode)


def _freeze_and_measure(items: list[FlexItem], inner: float, gap: float, mode: str) -> tuple[float, float]:
    """Free space left by the frozen items' target sizes and the unfrozen items' base sizes; resets the
    unfrozen items and gives each its fraction of the free space still to distribute (as Blink does)."""
    free = inner
    total_factor = 0.0
    total_weighted = 0.0
    for item in items:
        item.violation = 0.0
        if item.frozen:
            free -= item.target + item.main_margins + gap
            continue
        item.target = item.hypothetical
        factor = item.grow if mode == GROW else item.shrink
        total_factor += factor
        if mode == GROW:
            item.fraction = factor / total_factor
        else:
            weighted = factor * max(0.0, item.base - item.bp_main)  # scaled by the inner base size
            total_weighted += weighted
            item.fraction = weighted / total_weighted if total_weighted > 0 else 0.0
        free -= item.base + item.main_margins + gap
    return free + gap, total_factor


# -- 9.4 Cross Size Determination ------------------------------------------------------------------------

def _step7_hypothetical_cross_size(ctx: FlexContext, item: FlexItem) -> None:
    """9.4.7 Determine the hypothetical cross size of each item by laying it out at its used main size
    (treated as definite); baseline-aligned items are laid out to find their baseline."""
    size = _definite_cross_size(ctx, item)
    if not ctx.row and item.box.style.aspect_ratio != AUTO and item.cross_prop is None:
        if ctx.avail_cross in INTRINSIC:  # its contribution to the container's width is its content's
            item.cross = _fit_content_cross(ctx, item, None)
        else:  # a column item's width follows its used height through its aspect ratio
            width = width_from_height(item.box, item.target)
            if ratio_keeps_content(item.box, "min_width"):  # (min-width auto: not below the content's)
                width = max(width, content_width(item.box, MIN_CONTENT, ctx.cb_w))
            item.cross = clamp(width, *item.cross_limits)
    elif size is not None and (not ctx.row or item.cross_prop is not None):
        item.cross = size
        # (a wrapping column flexed to another height than its own: its columns there give its width)
        if not ctx.row and item.box.style.flex_wrap != "nowrap" and item.target != item.hypothetical \
                and item.cross_prop is None and _wrapping_column(item.box.style) and not (
                item.align == "stretch" and not item.any_auto_cross and ctx.inner_cross is not None and not ctx.wrap):
            item.cross = _wrapping_column_fit_content(ctx, item)
    else:
        avail = definite(ctx.avail_cross)
        avail = ctx.avail_cross if avail is None else max(0.0, avail - item.cross_margins)
        _, measured = _item_size(ctx, item, main=item.target, avail_main=item.target, avail_cross=avail)
        item.cross = clamp(measured, *item.cross_limits)
        if ctx.row and item.cross == measured:
            item.measured = (measured, avail)
    mode = item.align
    if mode in ("baseline", "last-baseline") and not item.any_auto_cross:
        if not ctx.row:
            # In a column, the baseline is synthesized from the border box's line-left edge.
            item.baseline = item.cross if ctx.wrap_reverse else 0.0
            return
        if item.measured is not None:  # (its height as measured, not fixed: percentages inside stay auto)
            _item_size(ctx, item, main=item.target, avail_main=item.target, avail_cross=item.measured[1],
                       perform=True)
        else:
            _item_size(ctx, item, main=item.target, cross=item.cross, avail_main=item.target,
                       avail_cross=item.cross, perform=True)
        if mode == "baseline":
            # Items without a baseline synthesize one from their border box's bottom edge.
            physical = item.box.baseline if item.box.baseline is not None else item.cross
            item.baseline = item.cross - physical if ctx.wrap_reverse else physical
        else:
            from .inline import last_baseline
            physical = last_baseline(item.box)
            physical = item.cross if physical is None else physical
            item.last_below = physical if ctx.wrap_reverse else item.cross - physical


def _step8_line_cross_size(ctx: FlexContext, line: FlexLine, cb_cross) -> None:
    """9.4.8 Calculate the cross size of each flex line: for a single-line container of definite cross
    size, that size; otherwise the largest outer hypothetical cross size, with baseline-aligned items
    counted as the tallest part above plus the tallest part below their baselines."""
    if not ctx.wrap and ctx.inner_cross is not None and not (ctx.ratio_min and ctx.row):
        line.cross = ctx.inner_cross
        _baseline_extents(line)
        return
    largest = 0.0
    # (in a single-line row whose height comes from its aspect ratio, a stretched item takes that
    # height as its definite cross size: only the other items' heights can make the line taller)
    stretched_definite = ctx.ratio_min and ctx.row and not ctx.wrap
    for item in line.items:
        if item.baseline is None and item.last_below is None:
            cross = item.cross
            if stretched_definite and item.cross_prop is None and item.align == "stretch" \
                    and not item.any_auto_cross:
                cross = clamp(ctx.inner_cross - item.cross_margins, *item.cross_limits)
            largest = max(largest, cross + item.cross_margins)
    above, below = _baseline_extents(line)
    last_above, last_below = _last_baseline_extents(line)
    line.cross = max(largest, above + below, last_above + last_below)
    if ctx.ratio_min and ctx.row and not ctx.wrap:
        line.cross = max(line.cross, ctx.inner_cross)
    intrinsic = ctx.intrinsic_h if ctx.row else ctx.avail_cross in INTRINSIC
    if not ctx.wrap and not intrinsic:  # a single-line container clamps its line to its min/max cross sizes
        box = ctx.box
        lo, hi = min_max_height(box, cb_cross) if ctx.row else min_max_width(box, cb_cross)
        bp = box.bp_h if ctx.row else box.bp_w
        line.cross = max(0.0, clamp(line.cross + bp, lo, hi) - bp)


def _last_baseline_extents(line: FlexLine) -> tuple[float, float]:
    above = below = 0.0
    for item in line.items:
        if item.last_below is not None:
            b = item.m_cross_end + item.last_below
            below = max(below, b)
            above = max(above, item.cross + item.cross_margins - b)
    return above, below


def _baseline_extents(line: FlexLine) -> tuple[float, float]:
    """The largest distances from the baseline-aligned items' baselines to their outer cross-start and
    cross-end edges (a baseline below an item's end, as in an item clamped by max-height, counts
    negatively)."""
    above = below = -INF
    for item in line.items:
        if item.baseline is not None:
            a = item.m_cross_start + item.baseline
            above = max(above, a)
            below = max(below, item.cross + item.cross_margins - a)
    if above == -INF:
        above = below = 0.0
    line.max_above, line.max_below = above, below
    return above, below


def _step9_stretch_lines(ctx: FlexContext, inner_cross: float) -> None:
    """9.4.9 Handle align-content: stretch: in a multi-line container, lines share the cross space the
    container has beyond them equally."""
    if not ctx.wrap or ctx.box.style.align_content not in ("normal", "stretch"):
        return
    used = sum(line.cross for line in ctx.lines) + ctx.cross_gap * (len(ctx.lines) - 1)
    leftover = inner_cross - used
    if leftover > 0:
        share = leftover / len(ctx.lines)
        for line in ctx.lines:
            line.cross += share


def _step11_stretch(ctx: FlexContext, item: FlexItem, line: FlexLine) -> None:
    """9.4.11 Determine the used cross size: a stretched item with an auto cross size fills its line."""
    s = item.box.style
    cross_prop = s.height if ctx.row else s.width
    if item.align == "stretch" and cross_prop == AUTO and not item.any_auto_cross:
        item.cross = clamp(line.cross - item.cross_margins, *item.cross_limits)
        # a stretched size is definite for the item's content; an item with an aspect ratio stretched to
        # the very size it was measured at keeps that layout (as Blink does)
        if item.measured is None or item.measured[0] != item.cross or s.aspect_ratio == AUTO:
            item.measured = None


# -- 9.5 Main-Axis Alignment ----------------------------------------------------------------------------

def _justify(ctx: FlexContext) -> str:
    value = ctx.box.style.justify_content
    if value in ("normal", "stretch"):
        return "flex-start"
    # start / end follow the writing mode (row-reverse flips them), left / right the physical sides
    flipped = ctx.box.style.flex_direction.endswith("-reverse") if value in ("start", "end") and ctx.row \
        else ctx.reverse
    if value in ("start", "left"):
        return "flex-end" if flipped and (ctx.row or value == "start") else "flex-start"
    if value in ("end", "right"):
        return "flex-start" if flipped and (ctx.row or value == "end") else "flex-end"
    return value


def _distribute(mode: str, free: float, n: int, gap: float, flipped: bool = False) -> tuple[float, float]:
    """(offset of the first, space between neighbours) for justify-content / align-content ``mode``
    (flex-relative) sharing ``free`` space among ``n`` subjects. With negative free space space-between
    falls back to flex-start, space-around and space-evenly to safe center, that is to ``start`` of the
    writing mode (CSS Align 3, 4.3 and 5.4), which is flex-end when ``flipped`` (a reversed direction,
    or wrap-reverse for lines), as Blink does."""
    if free < 0 and mode in ("space-around", "space-evenly"):
        return (free if flipped else 0.0), gap
    if mode == "flex-end":
        return free, gap
    if mode == "center":
        return free / 2, gap
    if mode == "space-between" and n > 1 and free > 0:
        return 0.0, gap + free / (n - 1)
    if mode == "space-around" and free > 0:
        return free / n / 2, gap + free / n
    if mode == "space-evenly" and free > 0:
        return free / (n + 1), gap + free / (n + 1)
    return 0.0, gap


def _step12_main_axis_alignment(ctx: FlexContext, line: FlexLine) -> None:
    """9.5.12 Distribute the remaining free space of a line: to auto margins first, else by
    justify-content. ``main_pos`` is the item's border-box offset from the main-start content edge."""
    items = line.items
    if not items:
        return
    used = sum(item.target + item.main_margins for item in items) + ctx.main_gap * (len(items) - 1)
    free = ctx.inner_main - used
    autos = []
    for item in items:
        s = item.box.style
        start, end = (s.margin_left, s.margin_right) if ctx.row else (s.margin_top, s.margin_bottom)
        a, b = start == AUTO, end == AUTO
        autos.append((b, a) if ctx.reverse else (a, b))
    auto_count = sum(a + b for a, b in autos)
    if auto_count and free > 0:
        share = free / auto_count
        offset, between = 0.0, ctx.main_gap
    else:
        share = 0.0
        offset, between = _distribute(_justify(ctx), free, len(items), ctx.main_gap,
                                      ctx.box.style.flex_direction.endswith("-reverse"))
    pos = offset
    for item, (auto_start, auto_end) in zip(items, autos):
        start = item.m_main_start + (share if auto_start else 0.0)
        end = item.m_main_end + (share if auto_end else 0.0)
        item.main_pos = pos + start
        pos += start + item.target + end + between


# -- 9.6 Cross-Axis Alignment ---------------------------------------------------------------------------

def _step13_14_cross_axis_alignment(ctx: FlexContext, line: FlexLine) -> None:
    """9.6.13 Resolve cross-axis auto margins; 9.6.14 align each item in its line with align-self.
    ``cross_pos`` is the border-box offset from the line's cross-start edge."""
    for item in line.items:
        free = line.cross - item.cross - item.cross_margins
        auto_start, auto_end = item.auto_cross
        if auto_start or auto_end:
            if free > 0:
                extra = free / 2 if auto_start and auto_end else (free if auto_start else 0.0)
            else:
                extra = 0.0
            item.cross_pos = item.m_cross_start + extra
            continue
        mode = item.align
        if mode == "flex-end":
            item.cross_pos = item.m_cross_start + free
        elif mode == "center":
            item.cross_pos = item.m_cross_start + free / 2
        elif mode == "baseline" and item.baseline is not None:
            item.cross_pos = line.max_above - item.baseline
        elif mode == "last-baseline" and item.last_below is not None:
            # the last-baseline group sits at the line's cross-end (its fallback alignment)
            group_below = max(i.m_cross_end + i.last_below for i in line.items if i.last_below is not None)
            item.cross_pos = line.cross - group_below + item.last_below - item.cross
        elif mode == "last-baseline":
            item.cross_pos = item.m_cross_start + free
        else:
            item.cross_pos = item.m_cross_start


# -- 9.4.15, 9.6.16 and placing -----------------------------------------------------------------------

def _step15_container_size(ctx: FlexContext, box, known_w, known_h, cb_w, cb_h):
    """9.4.15 Determine the flex container's used cross size: its definite size, else the sum of its
    lines' cross sizes and gaps, clamped by its min and max sizes."""
    lines_cross = sum(line.cross for line in ctx.lines) + ctx.cross_gap * max(0, len(ctx.lines) - 1)
    bp_w, bp_h = box.bp_w, box.bp_h
    if ctx.row:
        width = known_w if known_w is not None else ctx.inner_main + bp_w
        height = known_h
        if ctx.ratio_min:  # the lines may be taller than the ratio's height
            height = clamp(max(ctx.inner_cross, lines_cross) + bp_h, *min_max_height(box, cb_h))
        elif height is None:
            height = ctx.inner_cross + bp_h if ctx.inner_cross is not None else clamp(
                lines_cross + bp_h, *(min_max_height(box, cb_h) if not ctx.intrinsic_h else (0.0, INF)))
    else:
        height = known_h if known_h is not None else ctx.inner_main + bp_h
        width = known_w
        if width is None:
            intrinsic = ctx.avail_cross in (MIN_CONTENT, MAX_CONTENT)
            width = ctx.inner_cross + bp_w if ctx.inner_cross is not None else clamp(
                lines_cross + bp_w, *(min_max_width(box, cb_w) if not intrinsic else (0.0, INF)))
    return width, height


def _align_content(ctx: FlexContext) -> str:
    value = ctx.box.style.align_content
    if value in ("normal", "stretch"):
        return "flex-start"  # stretching was done in step 9
    if value == "start":
        return "flex-end" if ctx.wrap_reverse else "flex-start"
    if value == "end":
        return "flex-start" if ctx.wrap_reverse else "flex-end"
    return value


def _step16_align_content(ctx: FlexContext, inner_cross: float) -> None:
    """9.6.16 Align all flex lines per align-content (a single-line container's line fills it)."""
    lines = ctx.lines
    if not ctx.wrap:
        lines[0].cross_pos = 0.0
        if ctx.inner_cross is None:
            lines[0].cross = max(lines[0].cross, 0.0)
        return
    used = sum(line.cross for line in lines) + ctx.cross_gap * (len(lines) - 1)
    offset, between = _distribute(_align_content(ctx), inner_cross - used, len(lines), ctx.cross_gap,
                                  ctx.wrap_reverse)
    pos = offset
    for line in lines:
        line.cross_pos = pos
        pos += line.cross + between


def _place(ctx: FlexContext, box, container_cross: float) -> None:
    """Lay out every item at its final size and set its position relative to the container's border box,
    turning flex-relative offsets into physical ones (reverse directions, wrap-reverse)."""
    left = box.border[3] + box.padding[3]
    top = box.border[0] + box.padding[0]
    main_extent = ctx.inner_main
    for line in ctx.lines:
        for item in line.items:
            main, cross = item.target, item.cross
            if not ctx.row and not ctx.main_definite and not _own_height_definite(ctx, item):
                main = Indefinite(main)
            measured = item.measured
            if measured is not None and measured[0] == cross:
                # An item that keeps the height it was measured at, unstretched (so an indefinite height
                # for its content): lay it out with the same inputs, reusing the measurement.
                _item_size(ctx, item, main=main, avail_main=main, avail_cross=measured[1], perform=True)
            else:
                _item_size(ctx, item, main=main, cross=cross, avail_main=main, avail_cross=cross, perform=True)
            main_pos = main_extent - item.main_pos - main if ctx.reverse else item.main_pos
            cross_pos = line.cross_pos + item.cross_pos
            if ctx.wrap_reverse != (not ctx.row and getattr(box.style, "direction", "ltr") == "rtl"):
                # wrap-reverse, and a column's cross-start on the right under direction: rtl
                cross_pos = container_cross - cross_pos - cross
            if ctx.row:
                item.box.x, item.box.y = left + main_pos, top + cross_pos
            else:
                item.box.x, item.box.y = left + cross_pos, top + main_pos
    baseline = _container_baseline(ctx)
    s = box.style
    if baseline is not None and (s.overflow_x not in ("visible", "clip") or s.overflow_y not in ("visible", "clip")):
        # a scroll container's baseline stays inside its border box (as Blink clamps it)
        baseline = min(max(baseline, 0.0), (container_cross if ctx.row else main_extent) + box.bp_h)
    box.baseline = baseline


def _own_height_definite(ctx: FlexContext, item: FlexItem) -> bool:
    """Whether a column item's used height is definite for its content although its container's height
    is not: when its used flex basis is definite (a length, or under flex-basis auto a length height; not
    content, nor a percentage of the indefinite height) or an aspect ratio gives its height (Blink's
    is_initial_block_size_indefinite)."""
    s = item.box.style
    basis = s.flex_basis
    if basis == AUTO:
        basis = s.height
    return basis.__class__ is float or s.aspect_ratio != AUTO


def _container_baseline(ctx: FlexContext) -> float | None:
    """CSS Flexbox 8.5: the baseline of the first line's baseline-aligned items if any (in a row), else of
    its first item (synthesized from the item's border-box bottom edge when it has none)."""
    # (the first line is the physically first one: the last in flex order under wrap-reverse, as Blink
    # reverses its lines before placing them)
    line = ctx.lines[-1] if ctx.wrap_reverse and ctx.lines else ctx.lines[0] if ctx.lines else None
    if line is None or not line.items:
        return None
    first = line.items
    # (in a row-reverse or column-reverse container, the item Blink takes is the last one; a column's
    # baseline-aligned items do not count, Blink takes its first item all the same)
    chosen = first[-1] if ctx.box.style.flex_direction.endswith("-reverse") else first[0]
    if ctx.row:
        chosen = next((item for item in first if item.baseline is not None), chosen)
    child = chosen.box
    return child.y + (child.baseline if child.baseline is not None else child.height)
