"""Absolutely positioned boxes (CSS 2.1 10.3.7 and 10.6.4), laid out against their containing block.

This first version takes the parent's padding box as the containing block (right under the satori
preset, where every element is positioned); finding the nearest positioned ancestor and the static
position in every context come with the layout-engine issue.
"""

from __future__ import annotations

from ..css.values import AUTO
from .sizing import MAX_CONTENT, clamp, min_max_height, min_max_width, pct, preferred_height, preferred_width, resolve_edges


def is_out_of_flow(box) -> bool:
    return box.style.position in ("absolute", "fixed")


def layout_absolute_children(box, width: float, height: float) -> None:
    from .engine import compute

    cb_w = width - box.border[1] - box.border[3]
    cb_h = height - box.border[0] - box.border[2]
    origin_x, origin_y = box.border[3], box.border[0]
    for child in box.boxes:
        if not is_out_of_flow(child):
            continue
        s = child.style
        resolve_edges(child, cb_w)
        left, right = pct(s.left, cb_w), pct(s.right, cb_w)
        top, bottom = pct(s.top, cb_h), pct(s.bottom, cb_h)
        m_top, m_right, m_bottom, m_left = child.margin

        w = preferred_width(child, cb_w)
        if w is None and left is not None and right is not None:
            w = clamp(cb_w - left - right - m_left - m_right, *min_max_width(child, cb_w))
        h = preferred_height(child, cb_h)
        if h is None and top is not None and bottom is not None:
            h = clamp(cb_h - top - bottom - m_top - m_bottom, *min_max_height(child, cb_h))
        avail_w = cb_w - (left or 0.0) - (right or 0.0)
        w, h = compute(child, w, h, avail_w, MAX_CONTENT, cb_w, cb_h)
        w, h = compute(child, w, h, avail_w, MAX_CONTENT, cb_w, cb_h, perform=True)

        if left is not None and right is not None and s.margin_left == AUTO and s.margin_right == AUTO:
            m_left = max(0.0, (cb_w - left - right - w) / 2)
        if top is not None and bottom is not None and s.margin_top == AUTO and s.margin_bottom == AUTO:
            m_top = max(0.0, (cb_h - top - bottom - h) / 2)

        if left is not None:
            x = left + m_left
        elif right is not None:
            x = cb_w - right - m_right - w
        else:  # static position: the content edge of the parent
            x = box.padding[3] + m_left
        if top is not None:
            y = top + m_top
        elif bottom is not None:
            y = cb_h - bottom - m_bottom - h
        else:
            y = box.padding[0] + m_top
        child.x, child.y = origin_x + x, origin_y + y
