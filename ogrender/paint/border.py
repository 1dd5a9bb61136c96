"""Borders: per-side widths and colours, drawn between the outer and inner rounded rectangles.

Sides of one colour are drawn as one ring; sides of different colours each fill the ring clipped to
their trapezoid (the corners split along the line joining outer and inner corners), as browsers do.
Styles other than solid arrive with the paint issue and are drawn solid meanwhile.
"""

from __future__ import annotations

import skia

from .colors import paint_for


def draw_borders(canvas: skia.Canvas, outer: skia.RRect, inner: skia.RRect, widths, colors) -> None:
    """``widths`` and ``colors`` are (top, right, bottom, left); colours are RGBA or None (no side)."""
    sides = [(w, c) for w, c in zip(widths, colors) if w > 0 and c is not None and not c.transparent]
    if not sides:
        return
    visible = [c for w, c in zip(widths, colors) if w > 0]
    if all(c == visible[0] for c in visible) and all(c is not None for c in visible):
        canvas.drawDRRect(outer, inner, paint_for(visible[0]))
        return
    o = outer.rect()
    i = inner.rect()
    corners_outer = [(o.left(), o.top()), (o.right(), o.top()), (o.right(), o.bottom()), (o.left(), o.bottom())]
    corners_inner = [(i.left(), i.top()), (i.right(), i.top()), (i.right(), i.bottom()), (i.left(), i.bottom())]
    for side, (width, color) in enumerate(zip(widths, colors)):
        if width <= 0 or color is None or color.transparent:
            continue
        a, b = side, (side + 1) % 4
        path = skia.Path()
        path.moveTo(*corners_outer[a])
        path.lineTo(*corners_outer[b])
        path.lineTo(*corners_inner[b])
        path.lineTo(*corners_inner[a])
        path.close()
        canvas.save()
        canvas.clipPath(path, skia.ClipOp.kIntersect, True)
        canvas.drawDRRect(outer, inner, paint_for(color))
        canvas.restore()
