"""Device-pixel geometry: snapping layout rectangles the way Chromium paints them, and corner radii.

Chromium draws a box's background and borders on its pixel-snapped rectangle: the edges rounded to the
nearest device pixel (so the width is ``round(x + w) - round(x)``).
"""

from __future__ import annotations

import skia

from ..css.values import Percent


def snapped_rect(x: float, y: float, w: float, h: float) -> skia.Rect:
    left, top = round(x), round(y)
    return skia.Rect.MakeLTRB(left, top, round(x + w), round(y + h))


def _radius(value, basis: float) -> float:
    if value.__class__ is tuple:  # calc(): (px, Percent)
        return value[0] + value[1].resolve(basis)
    return value.resolve(basis) if value.__class__ is Percent else float(value)


def corner_radii(style, width: float, height: float) -> list[tuple[float, float]]:
    """Used radii (horizontal, vertical) of the four corners, top-left first, scaled down together when
    adjacent radii would overlap (CSS Backgrounds 3, 5.5)."""
    corners = [style.border_top_left_radius, style.border_top_right_radius,
               style.border_bottom_right_radius, style.border_bottom_left_radius]
    radii = [(_radius(h, width), _radius(v, height)) for h, v in corners]
    return corner_radii_scaled(radii, width, height)


def corner_radii_scaled(radii, width: float, height: float) -> list[tuple[float, float]]:
    """Radii (rx, ry) of four corners, scaled down together where adjacent ones would overlap."""
    radii = [(rx, ry) if rx > 0 and ry > 0 else (0.0, 0.0) for rx, ry in radii]
    factor = 1.0
    for total, side in ((radii[0][0] + radii[1][0], width), (radii[3][0] + radii[2][0], width),
                        (radii[0][1] + radii[3][1], height), (radii[1][1] + radii[2][1], height)):
        if total > side > 0 or (total > 0 and side <= 0):
            factor = min(factor, side / total if total else 1.0)
    if factor < 1.0:
        radii = [(rx * factor, ry * factor) for rx, ry in radii]
    return radii


def rrect(rect: skia.Rect, radii: list[tuple[float, float]]) -> skia.RRect:
    if not any(rx or ry for rx, ry in radii):
        return skia.RRect.MakeRect(rect)
    rr = skia.RRect()
    rr.setRectRadii(rect, [skia.Point(rx, ry) for rx, ry in radii])
    return rr


def inset_rrect(rect: skia.Rect, radii, top: float, right: float, bottom: float, left: float) -> skia.RRect:
    """The rectangle inset by per-side amounts, with radii reduced as browsers compute inner radii."""
    inner = skia.Rect.MakeLTRB(rect.left() + left, rect.top() + top, rect.right() - right,
                               rect.bottom() - bottom)
    if inner.width() < 0 or inner.height() < 0:
        inner = skia.Rect.MakeLTRB(inner.left(), inner.top(), max(inner.left(), inner.right()),
                                   max(inner.top(), inner.bottom()))
    inner_radii = [
        (max(0.0, radii[0][0] - left), max(0.0, radii[0][1] - top)),
        (max(0.0, radii[1][0] - right), max(0.0, radii[1][1] - top)),
        (max(0.0, radii[2][0] - right), max(0.0, radii[2][1] - bottom)),
        (max(0.0, radii[3][0] - left), max(0.0, radii[3][1] - bottom)),
    ]
    return rrect(inner, inner_radii)
