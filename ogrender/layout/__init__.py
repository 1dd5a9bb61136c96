"""Layout stage: StyledNode tree -> LayoutBox tree with used geometry (absolute border boxes) and text
broken into lines.

``build`` generates boxes; ``engine.compute`` is the measure-and-place interface, dispatching to the
formatting context a box establishes (``flex``, ``block``, text in ``inline``; positioned boxes in
``absolute``); ``rounding`` makes positions absolute. Layout never parses CSS: it reads computed values.
"""

from __future__ import annotations

from ..css.computed import inherit_from
from .box import LayoutBox
from ..text import strut
from .build import ATOMIC_INLINE, build_box, link
from .engine import compute
from .rounding import make_absolute

__all__ = ["LayoutBox", "layout_document"]


def _canvas_style(preset_name: str, width: float, height: float):
    """The box the root element is laid out in: the canvas. Under ``satori`` it is what Satori's root
    Yoga node is (a row, wrapping flex container aligning items to the start); otherwise a block."""
    style = inherit_from(None)
    style.width, style.height = float(width), float(height)
    if preset_name == "satori":
        style.display = "flex"
        style.flex_wrap = "wrap"
        style.align_items = "flex-start"
        style.align_content = "flex-start"
    else:
        style.display = "block"
    return style


def layout_document(root, fonts, width: float, height: float, preset_name: str) -> LayoutBox:
    """Lay out a StyledNode tree on a canvas of ``width`` x ``height``; returns the root element's box
    with absolute geometry."""
    box = build_box(root, fonts)
    if box is None:  # display: none on the root: nothing is drawn
        box = LayoutBox(root, root.style)
        return box
    canvas_style = _canvas_style(preset_name, width, height)
    top = box
    if canvas_style.display == "block" and root.style.display in ATOMIC_INLINE:
        # An inline-level root sits on a line of the canvas, sized to fit its content.
        top = LayoutBox(None, inherit_from(canvas_style), [box])
        top.style.display = "block"
        top.atomics = [box]
        top.strut = strut(top.style, fonts)
    canvas = LayoutBox(None, canvas_style, [top])
    link(canvas)
    w, h = float(width), float(height)
    compute(canvas, w, h, w, h, w, h, perform=True)
    make_absolute(box, canvas.x, canvas.y)
    return box
