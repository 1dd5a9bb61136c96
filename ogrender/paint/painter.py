"""Painting a laid-out box tree onto a Skia canvas, in CSS 2.1 Appendix E order (simplified: every box
paints its background, borders, text, then its children, in tree order; z-index and stacking contexts
come with the paint issue).

Input: the root LayoutBox with absolute geometry and computed styles (colours resolved), and text
already in positioned glyph runs. Nothing here reads CSS text or fonts.
"""

from __future__ import annotations

import skia

from .background import draw_background
from .border import draw_borders
from .colors import paint_for
from .geometry import corner_radii, inset_rrect, rrect, snapped_rect
from .text import draw_text


def paint_box(canvas: skia.Canvas, box) -> None:
    s = box.style
    if s.opacity <= 0 or s.display == "none":
        return
    layered = s.opacity < 1
    if layered:
        canvas.saveLayerAlpha(None, round(s.opacity * 255))

    rect = snapped_rect(box.x, box.y, box.width, box.height)
    radii = corner_radii(s, rect.width(), rect.height())
    outer = rrect(rect, radii)
    draw_background(canvas, box, rect, radii)
    widths = box.border
    if any(widths):
        inner = inset_rrect(rect, radii, *widths)
        colors = (s.border_top_color, s.border_right_color, s.border_bottom_color, s.border_left_color)
        styles = (s.border_top_style, s.border_right_style, s.border_bottom_style, s.border_left_style)
        draw_borders(canvas, outer, inner, widths, colors, styles)

    clips = s.overflow_x != "visible" or s.overflow_y != "visible"
    if clips and (box.boxes or box.text is not None):
        canvas.save()
        canvas.clipRRect(inset_rrect(rect, radii, *widths), skia.ClipOp.kIntersect, True)
    if box.text is not None:
        draw_text(canvas, box.text, box.content_x, box.content_y)
    for child in box.boxes:
        paint_box(canvas, child)
    if clips and (box.boxes or box.text is not None):
        canvas.restore()
    if layered:
        canvas.restore()
