"""The two presets: Satori's defaults, and Chromium's user-agent style sheet (html.css) under ``browser``.
Expected values are html.css's (e.g. ``h1 { font-size: 2em; margin-block: 0.67em }``) worked through by
hand."""

import pytest

from ogrender import h, layout
from ogrender.css import Styler, get_preset
from ogrender.tree import build_tree


def styles(tree, preset):
    styled = Styler(get_preset(preset), 800, 600).style_tree(build_tree(tree))
    out = {}

    def walk(node):
        out.setdefault(node.element.tag, node.style)
        for child in node.children:
            if hasattr(child, "element"):
                walk(child)
    walk(styled)
    return out


DOC = h("div", None, h("h1", None, "a"), h("h2", None, "b"), h("p", None, "c"), h("span", None, "d"),
        h("ul", None, h("li", None, "e")), h("pre", None, "f"), h("strong", None, "g"), h("em", None, "i"),
        h("blockquote", None, "j"), h("hr"), h("a", None, "k"), h("code", None, "l"), h("img"))


def test_browser_preset_is_chromiums_html_css():
    s = styles(DOC, "browser")
    assert s["div"].display == "block" and s["span"].display == "inline" and s["img"].display == "inline"
    assert s["h1"].font_size == 32.0 and s["h1"].margin_top == pytest.approx(0.67 * 32) and s["h1"].font_weight == 700
    assert s["h2"].font_size == 24.0 and s["h2"].margin_bottom == pytest.approx(0.83 * 24)
    assert s["p"].margin_top == 16.0 and s["p"].margin_left == 0.0
    assert s["ul"].padding_left == 40.0 and s["li"].display == "list-item"
    assert s["pre"].white_space == "pre"
    assert s["strong"].font_weight == 700 and s["em"].font_style == "italic"
    assert (s["blockquote"].margin_left, s["blockquote"].margin_right) == (40.0, 40.0)
    assert s["hr"].border_top_style == "inset" and s["hr"].border_top_width == 1.0
    assert s["a"].color.to_int8() == (0, 0, 238, 255)


def test_satori_preset_makes_every_element_a_flex_row():
    s = styles(DOC, "satori")
    for tag in ("div", "span", "p", "li", "strong", "img"):
        assert s[tag].display == "flex", tag
        assert (s[tag].flex_direction, s[tag].flex_shrink, s[tag].box_sizing, s[tag].position) == (
            "row", 0.0, "border-box", "relative")
    assert s["h1"].font_size == 32.0 and s["p"].margin_top == 16.0  # Satori keeps Chromium's sizes and margins


def test_browser_preset_paragraph_margins_collapse_between_siblings():
    tree = h("div", {"style": {"borderTop": "1px solid", "borderBottom": "1px solid"}},
             h("p", {"style": {"height": 10}}), h("p", {"style": {"height": 10}}))
    root = layout(tree, 400, 300, preset="browser")
    first, second = root.children
    # 1px border, 16px top margin of the first p; 16px between them (collapsed); 16px at the end
    assert (first.y, second.y, root.height) == (17, 43, 1 + 16 + 10 + 16 + 10 + 16 + 1)


def test_explicit_styles_behave_the_same_under_both_presets():
    tree = h("div", {"style": {"display": "flex", "width": 300, "height": 100, "boxSizing": "border-box",
                               "position": "relative", "padding": 10}},
             h("div", {"style": {"display": "block", "flex": "1 1 0%", "position": "relative",
                                 "boxSizing": "content-box", "minWidth": 0, "height": 20}}),
             h("div", {"style": {"display": "block", "flex": "2 1 0%", "position": "relative",
                                 "boxSizing": "content-box", "minWidth": 0, "height": 20}}))
    a = [(c.x, c.y, c.width, c.height) for c in layout(tree, 400, 200, preset="satori").children]
    b = [(c.x, c.y, c.width, c.height) for c in layout(tree, 400, 200, preset="browser").children]
    assert a == b
    flat = [v for box in a for v in box]
    assert flat == pytest.approx([10, 10, 280 / 3, 20, 10 + 280 / 3, 10, 560 / 3, 20], abs=1 / 64)


def test_legacy_webkit_box_is_a_flex_row_or_with_vertical_orient_a_block():
    row = h("div", {"style": {"display": "-webkit-box", "width": 200}},
            h("div", {"style": {"width": 50, "height": 10}}), h("div", {"style": {"width": 50, "height": 20}}))
    assert [(c.x, c.y) for c in layout(row, 400, 300, preset="browser").children] == [(0, 0), (50, 0)]
    column = h("div", {"style": {"display": "-webkit-box", "WebkitBoxOrient": "vertical", "width": 200}},
               h("div", {"style": {"width": 50, "height": 10}}), h("div", {"style": {"width": 50, "height": 20}}))
    assert [(c.x, c.y) for c in layout(column, 400, 300, preset="browser").children] == [(0, 0), (0, 10)]


# Measured in Chromium 156 (getComputedStyle(...).fontSize of the innermost element, default settings).
MONOSPACE_CASES = [
    ('<div><code>x</code></div>', 13.0),
    ('<div style="font-size: 20px"><code>x</code></div>', 20.0),
    ('<div><code style="font-size: 2em">x</code></div>', 26.0),
    ('<div><code style="font-family: monospace, serif">x</code></div>', 16.0),
    ('<div><span style="font-family: monospace">x</span></div>', 13.0),
    ('<div style="font-size: 1em"><code>x</code></div>', 13.0),
    ('<div style="font-size: 100%"><code>x</code></div>', 13.0),
    ('<div><pre>x</pre></div>', 13.0),
    ('<div><code><code>x</code></code></div>', 13.0),
    ('<div><code style="font-size: larger">x</code></div>', 15.6),
    ('<div style="font-size: large"><code>x</code></div>', 16.0),
    ('<div style="font-size: xx-large"><code>x</code></div>', 26.0),
]


@pytest.mark.parametrize("html, size", MONOSPACE_CASES)
def test_browser_preset_sizes_generic_monospace_as_chromium(html, size):
    node = Styler(get_preset("browser"), 800, 600).style_tree(build_tree(html))
    while node.children and hasattr(node.children[0], "element"):
        node = node.children[0]
    assert node.style.font_size == pytest.approx(size)


def test_satori_preset_sizes_monospace_as_any_font():
    node = Styler(get_preset("satori"), 800, 600).style_tree(build_tree("<div><code>x</code></div>"))
    assert node.children[0].style.font_size == 16.0
