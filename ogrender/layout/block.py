"""Block formatting context, first version: block-level children stacked in normal flow (CSS 2.1 9.4.1,
10.3.3, 10.6.3), auto horizontal margins centring. Margin collapsing, floats and inline content among
blocks come with the layout-engine issue.
"""

from __future__ import annotations

from ..css.values import AUTO
from .absolute import is_out_of_flow, layout_absolute_children
from .engine import compute
from .sizing import (MAX_CONTENT, MIN_CONTENT, clamp, definite, horizontal_bp, min_max_height,
                     min_max_width, preferred_height, preferred_width, resolve_edges, vertical_bp)


def layout_block(box, known_w, known_h, avail_w, avail_h, cb_w, cb_h, perform):
    bp_w, bp_h = horizontal_bp(box), vertical_bp(box)
    in_flow = [child for child in box.boxes if not is_out_of_flow(child)]

    width = known_w if known_w is not None else preferred_width(box, cb_w)
    if width is None:
        if avail_w in (MIN_CONTENT, MAX_CONTENT):
            width = bp_w + max((_outer_intrinsic_width(child, avail_w) for child in in_flow), default=0.0)
        else:  # fill the containing block (10.3.3)
            width = definite(avail_w) - box.margin[1] - box.margin[3]
        width = clamp(width, *min_max_width(box, cb_w))
    content_w = max(0.0, width - bp_w)
    content_h = None
    own_h = known_h if known_h is not None else preferred_height(box, cb_h)
    if own_h is not None:
        content_h = max(0.0, clamp(own_h, *min_max_height(box, cb_h)) - bp_h)

    left = box.border[3] + box.padding[3]
    cursor = box.border[0] + box.padding[0]
    for child in in_flow:
        child_w, child_h = compute(child, _child_width(child, content_w), None, content_w, MAX_CONTENT, content_w, content_h,
                                   perform)
        margin_left = child.margin[3]
        style = child.style
        free = content_w - child_w - child.margin[1] - child.margin[3]
        if style.margin_left == AUTO and style.margin_right == AUTO:
            margin_left = max(0.0, free / 2) + child.margin[3]
        elif style.margin_left == AUTO:
            margin_left = max(0.0, free) + child.margin[3]
        cursor += child.margin[0]
        if perform:
            child.x, child.y = left + margin_left, cursor
        cursor += child_h + child.margin[2]

    height = own_h
    if height is None:
        height = cursor - box.border[0] - box.padding[0] + bp_h
    height = clamp(height, *min_max_height(box, cb_h))
    if perform:
        layout_absolute_children(box, width, height)
    return width, height


def _child_width(child, content_w: float) -> float | None:
    """A block-level child with an auto width fills the containing block less its margins (10.3.3)."""
    if child.style.width != AUTO:
        return None
    resolve_edges(child, content_w)
    return clamp(max(0.0, content_w - child.margin[1] - child.margin[3]), *min_max_width(child, content_w))


def _outer_intrinsic_width(child, mode) -> float:
    w, _ = compute(child, None, None, mode, MAX_CONTENT, None, None)
    return w + child.margin[1] + child.margin[3]
