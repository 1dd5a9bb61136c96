"""vertical-align on inline elements (spans): top and bottom grow the line box to hold the aligned
subtree (CSS 2.1 10.8; Blink aligns a taller one to the rest of the line and extends the other edge).
The ``valign`` conformance suite checks the same against Chromium with several fonts and sizes."""

import pytest

from ogrender import layout


def tree(va: str, span_lh: str = "60px"):
    return {"type": "div", "props": {"style": {"display": "block", "width": 400, "fontFamily": "Inter",
                                               "fontSize": 16, "lineHeight": "20px"},
            "children": ["Text ", {"type": "span", "props": {"style": {
                "display": "inline", "verticalAlign": va, "lineHeight": span_lh}, "children": ["aligned"]}},
                " more"]}}


@pytest.mark.parametrize("va", ["top", "bottom"])
def test_a_taller_aligned_span_sets_the_line_height(va):
    # the span's inline box is 60px tall, the rest of the line 20px: the line box is the span's height
    root = layout(tree(va), 400, 200, preset="browser")
    assert root.height == 60


@pytest.mark.parametrize("va", ["top", "bottom"])
def test_the_rest_of_the_line_sits_at_the_other_edge(va):
    root = layout(tree(va), 400, 200, preset="browser")
    span = root.children[0]
    # Inter 16px: ascent A = round(2728 / 2816 * 16) = 16, descent D = round(680 / 2816 * 16) = 4; the span's
    # content area (20px) sits in its 60px inline box after (60 - 20) / 2 = 20px of half-leading
    assert span.y == 20
    line = next(box.text.lines[0] for box in root.walk() if box.text is not None)
    # the rest of the line (its 20px strut, the line's baseline) goes to the edge the span is not
    # aligned to: the top when the span is aligned to the top (and reaches the bottom), and vice versa
    if va == "top":
        assert line.baseline - line.top == 16
    else:
        assert line.baseline - line.top == 60 - 4


def test_a_shorter_aligned_span_does_not_grow_the_line():
    root = layout(tree("top", "10px"), 400, 200, preset="browser")
    assert root.height == 20
