"""Boxes whose content is text: the paragraph measured and broken into lines at the box's width.

This is the seed of the inline formatting context (the text issue adds inline elements, atomic inlines
and vertical alignment); for now a box's content is one paragraph of styled text.
"""

from __future__ import annotations

from .sizing import (MAX_CONTENT, MIN_CONTENT, clamp, definite, horizontal_bp, min_max_height,
                     min_max_width, preferred_height, preferred_width, vertical_bp)


def layout_text(box, known_w, known_h, avail_w, avail_h, cb_w, cb_h, perform):
    paragraph = box.paragraph
    bp_w, bp_h = horizontal_bp(box), vertical_bp(box)
    width = known_w if known_w is not None else preferred_width(box, cb_w)
    if width is None:
        if avail_w == MIN_CONTENT:
            width = paragraph.min_content_width() + bp_w
        elif avail_w == MAX_CONTENT:
            width = paragraph.max_content_width() + bp_w
        else:  # shrink-to-fit (CSS 2.1 10.3.5)
            available = definite(avail_w) - box.margin[1] - box.margin[3]
            width = min(max(paragraph.min_content_width(), available - bp_w), paragraph.max_content_width()) + bp_w
        width = clamp(width, *min_max_width(box, cb_w))
    text = paragraph.layout(max(0.0, width - bp_w))
    height = known_h if known_h is not None else preferred_height(box, cb_h)
    if height is None:
        height = clamp(text.height + bp_h, *min_max_height(box, cb_h))
    if perform:
        box.text = text
    return width, height
