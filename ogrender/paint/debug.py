"""``debug=True``: outlines over the finished picture, as Satori's debug mode draws them: every element's
border box in red and every line box of text in blue, 1px wide (hairlines on the device pixel grid)."""

from __future__ import annotations

import skia

BOX = skia.Color4f(1.0, 0.34, 0.34, 1.0)
LINE = skia.Color4f(0.34, 0.34, 1.0, 1.0)


def _stroke(color) -> skia.Paint:
    paint = skia.Paint(color)
    paint.setStyle(skia.Paint.kStroke_Style)
    paint.setStrokeWidth(1.0)
    paint.setAntiAlias(False)
    return paint


def draw_debug(canvas: skia.Canvas, root) -> None:
    box_paint, line_paint = _stroke(BOX), _stroke(LINE)
    for box in root.walk():
        if box.style.display == "none":
            continue
        if box.node is not None and box.width > 0 and box.height > 0:
            canvas.drawRect(skia.Rect.MakeXYWH(box.x + 0.5, box.y + 0.5, box.width - 1, box.height - 1), box_paint)
        if box.text is not None:
            for line in box.text.lines:
                x, y = box.content_x + line.left, box.content_y + line.top
                if line.width > 0 and line.height > 0:
                    canvas.drawRect(skia.Rect.MakeXYWH(x + 0.5, y + 0.5, line.width - 1, line.height - 1),
                                    line_paint)
