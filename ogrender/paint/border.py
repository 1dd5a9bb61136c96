"""Borders: per-side widths, colours and styles, drawn between the outer and inner rounded rectangles.

Sides of one colour and style ``solid`` are drawn as one ring; otherwise each side is drawn clipped to its
trapezoid (the corners split along the line joining outer and inner corners), as browsers do:

- ``solid``: the ring; ``double``: two rings, the outer one ``(w + 1) // 3`` thick and the inner one
  starting at ``(2w + 1) // 3`` (Blink's integer thirds);
- ``dashed``: the side's centre line stroked with dashes ``2w`` long (``3w`` under 3px) and gaps of about
  ``w`` (``2w``), the gap adjusted so whole dashes end at both corners (Blink's ``SelectBestDashGap``);
- ``dotted``: round dots ``w`` across (square under 3px), spaced about ``2w``, one at each corner;
- ``groove``, ``ridge``, ``inset``, ``outset``: the two-tone bevels browsers draw.
"""

from __future__ import annotations

import math

import skia

from .colors import paint_for
from .geometry import inset_rrect


def _trapezoid(outer: skia.Rect, widths, side: int) -> skia.Path:
    """The region of one side: from its outer corners along the lines through the inner corners, carried
    inwards (up to the box's centre lines) so that rounded corners' arcs fall inside."""
    o = outer
    t, r, b, l = (max(w, 1e-3) for w in widths)
    k = max(1.0, min(o.width() / (2 * max(l, r)), o.height() / (2 * max(t, b))))
    co = [(o.left(), o.top()), (o.right(), o.top()), (o.right(), o.bottom()), (o.left(), o.bottom())]
    d = [(l, t), (-r, t), (-r, -b), (l, -b)]
    ci = [(x + k * dx, y + k * dy) for (x, y), (dx, dy) in zip(co, d)]
    a, bb = side, (side + 1) % 4
    path = skia.Path()
    path.moveTo(*co[a])
    path.lineTo(*co[bb])
    path.lineTo(*ci[bb])
    path.lineTo(*ci[a])
    path.close()
    return path


def _radii(rr: skia.RRect) -> list[tuple[float, float]]:
    corners = (skia.RRect.Corner.kUpperLeft_Corner, skia.RRect.Corner.kUpperRight_Corner,
               skia.RRect.Corner.kLowerRight_Corner, skia.RRect.Corner.kLowerLeft_Corner)
    out = []
    for c in corners:
        p = rr.radii(c)
        out.append((p.x(), p.y()))
    return out


def _inset(outer: skia.RRect, t, r, b, l) -> skia.RRect:
    return inset_rrect(outer.rect(), _radii(outer), t, r, b, l)


def select_dash_gap(length: float, dash: float, gap: float, closed: bool = False) -> float:
    """Blink's StrokeData::SelectBestDashGap: the gap that fits whole dashes at both ends (open path) or
    around the whole path (closed)."""
    available = length if closed else length + gap
    min_dashes = math.floor(available / (dash + gap))
    max_dashes = min_dashes + 1
    min_gaps, max_gaps = (min_dashes, max_dashes) if closed else (min_dashes - 1, max_dashes - 1)
    min_gap = (length - min_dashes * dash) / min_gaps if min_gaps > 0 else math.inf
    max_gap = (length - max_dashes * dash) / max_gaps if max_gaps > 0 else math.inf
    if max_gap <= 0 or abs(min_gap - gap) < abs(max_gap - gap):
        return min_gap
    return max_gap


def _side_path(outer: skia.RRect, widths, side: int) -> skia.Path:
    """The centre line of one side, from the middle of one corner's arc to the middle of the next (from
    the outer edge when the corner is square)."""
    rect = outer.rect()
    t, r, b, l = widths
    radii = _radii(outer)
    c = skia.Rect.MakeLTRB(rect.left() + l / 2, rect.top() + t / 2, rect.right() - r / 2, rect.bottom() - b / 2)
    path = skia.Path()
    # corners: 0 top-left, 1 top-right, 2 bottom-right, 3 bottom-left; side k runs from corner k to k+1
    start_corner, end_corner = side, (side + 1) % 4
    half = [(t, l), (t, r), (b, r), (b, l)]  # (vertical, horizontal) widths at each corner

    def corner_oval(k):
        rx, ry = radii[k]
        wy, wx = half[k]
        rx, ry = max(0.0, rx - wx / 2), max(0.0, ry - wy / 2)
        if rx <= 0 or ry <= 0:
            return None
        cx = c.left() + rx if k in (0, 3) else c.right() - rx
        cy = c.top() + ry if k in (0, 1) else c.bottom() - ry
        return skia.Rect.MakeLTRB(cx - rx, cy - ry, cx + rx, cy + ry)

    # angles (skia: 0 = +x, clockwise) where each side's arc portions lie
    arc_start = {0: 225.0, 1: 315.0, 2: 45.0, 3: 135.0}   # the side k's start corner, mid-arc
    square_start = {0: (rect.left(), c.top()), 1: (c.right(), rect.top()), 2: (rect.right(), c.bottom()),
                    3: (c.left(), rect.bottom())}
    square_end = {0: (rect.right(), c.top()), 1: (c.right(), rect.bottom()), 2: (rect.left(), c.bottom()),
                  3: (c.left(), rect.top())}
    oval = corner_oval(start_corner)
    if oval is None:
        path.moveTo(*square_start[side])
    else:
        path.arcTo(oval, arc_start[side], 45.0, True)
    oval = corner_oval(end_corner)
    if oval is None:
        path.lineTo(*square_end[side])
    else:
        path.arcTo(oval, arc_start[side] + 45.0, 45.0, False)
    return path


def _stroke_paint(color, width: float):
    p = paint_for(color)
    p.setStyle(skia.Paint.kStroke_Style)
    p.setStrokeWidth(width)
    return p


def _stroke_rounded(canvas, outer, widths, side, color, style) -> None:
    """A rounded box's dashed or dotted side: the whole centre path stroked as one closed path (so dashes
    run on around the corners), clipped to the side, as Blink's DrawDashedDottedBoxSideFromPath does."""
    w = widths[side]
    centre = _inset(outer, *(x / 2 for x in widths))
    path = skia.Path()
    path.addRRect(centre, skia.PathDirection.kCW, 0)  # Blink's start point
    length = skia.PathMeasure(path, False).getLength()
    p = _stroke_paint(color, w)
    if style == "dashed":
        dash = w * (2.0 if w >= 3 else 3.0)
        gap = select_dash_gap(length, dash, w * (1.0 if w >= 3 else 2.0), closed=True)
        if gap > 0 and gap != math.inf:
            _set_dash(p, [dash, gap])
    else:
        gap = select_dash_gap(length, w, w, closed=True)
        if gap > 0 and gap != math.inf:
            if w >= 3:
                p.setStrokeCap(skia.Paint.kRound_Cap)
                _set_dash(p, [0.0001, w + gap - 0.0001])
            else:
                _set_dash(p, [w, gap])
    canvas.drawPath(path, p)


def _stroke_side(canvas, outer, widths, side, color, style) -> None:
    w = widths[side]
    if any(rx > 0 and ry > 0 for rx, ry in _radii(outer)):
        _stroke_rounded(canvas, outer, widths, side, color, style)
        return
    path = _side_path(outer, widths, side)
    length = skia.PathMeasure(path, False).getLength()
    p = _stroke_paint(color, w)
    if style == "dashed":
        dash = w * (2.0 if w >= 3 else 3.0)
        gap = w * (1.0 if w >= 3 else 2.0)
        if length <= dash:
            canvas.drawPath(path, p)
            return
        gap = select_dash_gap(length, dash, gap)
        _set_dash(p, [dash, gap])
        canvas.drawPath(path, p)
        return
    # dotted
    if w >= 3:
        gap = select_dash_gap(length - w, 0.0, 2 * w) if length > 2 * w else length
        p.setStrokeCap(skia.Paint.kRound_Cap)
        measure = skia.PathMeasure(path, False)
        sub = skia.Path()
        measure.getSegment(w / 2, length - w / 2, sub, True)
        if gap <= 0 or gap == math.inf:
            canvas.drawPath(sub, p)
            return
        _set_dash(p, [0.0001, gap - 0.0001])
        canvas.drawPath(sub, p)
        return
    gap = select_dash_gap(length, w, w)
    _set_dash(p, [w, max(gap, 0.0)])
    canvas.drawPath(path, p)


def _set_dash(paint: skia.Paint, intervals, phase: float = 0.0) -> None:
    """Dash ``paint`` with on/off ``intervals`` when they make a pattern (else it stays solid)."""
    intervals = list(intervals)
    if any(not math.isfinite(v) or v < 0 for v in intervals) or sum(intervals) <= 0:
        return
    effect = skia.DashPathEffect.Make(intervals, phase)
    if effect is not None:
        paint.setPathEffect(effect)


def _dark(color):
    """Blink's Color::Dark(): the value lowered by a third (black becomes #545454)."""
    from ..css.values import RGBA
    r, g, b = (round(c * 255) for c in (color.r, color.g, color.b))
    if (r, g, b) == (0, 0, 0):
        return RGBA(0x54 / 255, 0x54 / 255, 0x54 / 255, color.a)
    v = max(r, g, b) / 255.99998
    k = max(0.0, (v - 0.33) / v)
    return RGBA(int(k * r) / 255, int(k * g) / 255, int(k * b) / 255, color.a)


def _light(color):
    """Blink's Color::Light(): the value raised by a third."""
    from ..css.values import RGBA
    r, g, b = (round(c * 255) for c in (color.r, color.g, color.b))
    v = max(r, g, b) / 255.99998
    if v == 0:
        return RGBA(0x54 / 255, 0x54 / 255, 0x54 / 255, color.a)
    k = min(1.0, v + 0.33) / v
    return RGBA(min(255, int(k * r)) / 255, min(255, int(k * g)) / 255, min(255, int(k * b)) / 255, color.a)


def _bevel(color, side: int, sunken: bool):
    """inset (sunken) darkens the top and left sides and lightens the others; outset the reverse."""
    return _dark(color) if (side in (0, 3)) == sunken else _light(color)


def _draw_side(canvas, outer, inner, widths, side, color, style) -> None:
    if style in ("solid", "hidden") or style is None:
        canvas.drawDRRect(outer, inner, paint_for(color))
    elif style == "double":
        w = widths
        outer_w = [int((x + 1) // 3) for x in w]
        inner_w = [int((2 * x + 1) // 3) for x in w]
        if widths[side] < 3:
            canvas.drawDRRect(outer, inner, paint_for(color))
            return
        canvas.drawDRRect(outer, _inset(outer, *outer_w), paint_for(color))
        canvas.drawDRRect(_inset(outer, *inner_w), inner, paint_for(color))
    elif style in ("dashed", "dotted"):
        _stroke_side(canvas, outer, widths, side, color, style)
    elif style in ("groove", "ridge"):
        # two bevels: groove is an inset outer half over an outset inner half; ridge the reverse
        half = [x / 2 for x in widths]
        mid = _inset(outer, *half)
        canvas.drawDRRect(outer, mid, paint_for(_bevel(color, side, style == "groove")))
        canvas.drawDRRect(mid, inner, paint_for(_bevel(color, side, style == "ridge")))
    elif style in ("inset", "outset"):
        canvas.drawDRRect(outer, inner, paint_for(_bevel(color, side, style == "inset")))
    else:
        canvas.drawDRRect(outer, inner, paint_for(color))


def draw_borders(canvas: skia.Canvas, outer: skia.RRect, inner: skia.RRect, widths, colors,
                 styles=None) -> None:
    """``widths``, ``colors`` and ``styles`` are (top, right, bottom, left); colours are RGBA or None."""
    styles = styles or ("solid",) * 4
    sides = [k for k in range(4) if widths[k] > 0 and colors[k] is not None and not colors[k].transparent
             and styles[k] not in ("none", "hidden")]
    if not sides:
        return
    visible = [k for k in range(4) if widths[k] > 0]
    if (all(colors[k] == colors[visible[0]] for k in visible) and all(styles[k] == "solid" for k in visible)
            and len(sides) == len(visible)):
        canvas.drawDRRect(outer, inner, paint_for(colors[visible[0]]))
        return
    for side in sides:
        canvas.save()
        canvas.clipPath(_trapezoid(outer.rect(), widths, side), skia.ClipOp.kIntersect, True)
        _draw_side(canvas, outer, inner, widths, side, colors[side], styles[side])
        canvas.restore()
