"""The rounding pass: relative positions -> absolute positions, snapped to Blink's layout unit.

Layout works in unrounded floats relative to each parent; this pass, run once after layout, makes every
box's ``x``/``y`` absolute (root at the canvas origin) and snaps positions and sizes to 1/64 px, the
precision Chromium's ``getBoundingClientRect`` reports. Text keeps the width it was wrapped at. Pixel
snapping for drawing belongs to paint.
"""

from __future__ import annotations

_UNIT = 64.0


def snap(value: float) -> float:
    return round(value * _UNIT) / _UNIT


def make_absolute(box, origin_x: float = 0.0, origin_y: float = 0.0) -> None:
    stack = [(box, origin_x, origin_y)]
    while stack:
        current, ox, oy = stack.pop()
        x = snap(ox + current.x)
        y = snap(oy + current.y)
        current.x, current.y = x, y
        current.width, current.height = snap(current.width), snap(current.height)
        for child in current.boxes:
            stack.append((child, x, y))
        for child in current.inlines:  # inline elements' boxes, relative to their parent's
            stack.append((child, x, y))
