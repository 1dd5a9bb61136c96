"""The three input forms become one tree and render to the same bytes."""

import json

import pytest

from ogrender import h, render
from ogrender.errors import TreeError
from ogrender.tree import Element, build_tree

CARD_DICT = {
    "type": "div",
    "props": {
        "style": {"display": "flex", "width": "100%", "height": "100%", "backgroundColor": "#fff",
                  "alignItems": "center", "justifyContent": "center", "flexDirection": "column"},
        "children": [
            {"type": "div", "props": {"style": {"fontSize": 48, "color": "#123456"}, "children": "Title"}},
            {"type": "div", "props": {"style": {"marginTop": 20, "fontSize": 24, "borderBottom": "4px solid red",
                                                "padding": "4px 8px"},
                                      "children": ["by ", "Ada", " · ", 2024]}},
        ],
    },
}
CARD_HTML = """
<div style="display: flex; width: 100%; height: 100%; background-color: #fff; align-items: center;
            justify-content: center; flex-direction: column">
  <div style="font-size: 48px; color: #123456">Title</div>
  <div style="margin-top: 20px; font-size: 24px; border-bottom: 4px solid red; padding: 4px 8px">by Ada · 2024</div>
</div>
"""
CARD_H = h("div", {"style": {"display": "flex", "width": "100%", "height": "100%", "background-color": "#fff",
                             "align-items": "center", "justify-content": "center", "flex-direction": "column"}},
           h("div", {"style": {"fontSize": 48, "color": "#123456"}}, "Title"),
           h("div", {"style": "margin-top: 20px; font-size: 24px; border-bottom: 4px solid red; padding: 4px 8px"},
             "by ", ["Ada", None, False], " · ", 2024))


def test_three_forms_render_identical_bytes():
    from_json = render(json.loads(json.dumps(CARD_DICT)), 400, 200)
    from_html = render(CARD_HTML, 400, 200)
    from_h = render(CARD_H, 400, 200)
    assert from_json == from_html == from_h


def test_children_are_flattened_and_merged():
    el = h("p", None, "a", 1, [2.0, [None, True, "b"]], False, h("b", None, "c"), 3.5)
    assert el.children[0] == "a12b"
    assert isinstance(el.children[1], Element)
    assert el.children[2] == "3.5"


def test_html_keeps_svg_attribute_case():
    tree = build_tree('<div><svg viewBox="0 0 10 10" preserveAspectRatio="none"><linearGradient '
                      'gradientUnits="userSpaceOnUse"></linearGradient></svg></div>')
    svg = tree.children[0]
    assert svg.attrs == {"viewBox": "0 0 10 10", "preserveAspectRatio": "none"}
    assert svg.children[0].tag == "linearGradient"
    assert svg.children[0].attrs == {"gradientUnits": "userSpaceOnUse"}


def test_dict_keeps_prop_case_and_renames_classname():
    tree = build_tree({"type": "svg", "props": {"viewBox": "0 0 1 1", "className": "x"}})
    assert tree.attrs == {"viewBox": "0 0 1 1", "class": "x"}


def test_whole_html_document_renders_its_body_element():
    tree = build_tree("<!doctype html><html><head><title>t</title></head><body><main>x</main></body></html>")
    assert tree.tag == "main" and tree.children == ["x"]


def test_node_paths_index_same_tag_siblings():
    tree = build_tree("<div><p>a</p><span>b</span><p>c<img></p></div>")
    img = tree.children[2].children[1]
    assert img.path == "div > p[2] > img"
    assert tree.children[1].path == "div > span"


@pytest.mark.parametrize("bad, message", [
    ({"props": {}}, "needs a 'type'"),
    ({"type": 3, "props": {}}, "tag name"),
    ({"type": "div", "props": {"children": [object()]}}, "a child must be"),
    ({"type": "div", "props": {"style": 5}}, "style must be"),
    ("", "empty"),
    ("<div></div><div></div>", "exactly one root"),
    (42, "cannot render"),
])
def test_bad_trees_raise_tree_error(bad, message):
    with pytest.raises(TreeError, match=message):
        build_tree(bad)


def test_bad_child_error_names_the_path():
    with pytest.raises(TreeError) as info:
        build_tree({"type": "div", "props": {"children": [{"type": "section", "props": {"children": [{1, 2}]}}]}})
    assert info.value.path == "div > section"


def test_deep_trees_are_a_limit_error_not_a_crash():
    from ogrender import LimitError, Limits, h, render

    for depth in (200, 10_000):
        deep = {"type": "div", "props": {}}
        for _ in range(depth):
            deep = {"type": "div", "props": {"children": [deep]}}
        with pytest.raises(LimitError, match="nested more than"):
            render(deep, 50, 50)
        html = "<div>" * depth + "x" + "</div>" * depth
        with pytest.raises((LimitError, TreeError)):
            render(html, 50, 50)
    built = "x"
    for _ in range(140):
        built = h("div", None, built)
    with pytest.raises(LimitError, match="max_depth"):
        render(built, 50, 50)  # the default limit is 128 levels
    assert render(built, 50, 50, limits=Limits(max_depth=150))[:4] == b"\x89PNG"


def test_node_count_and_text_limits():
    from ogrender import LimitError, Limits, h, render

    wide = h("div", None, [h("div") for _ in range(50)])
    with pytest.raises(LimitError, match="max_nodes"):
        render(wide, 50, 50, limits=Limits(max_nodes=20))
    with pytest.raises(LimitError, match="max_text"):
        render(h("div", None, "x" * 500), 50, 50, limits=Limits(max_text=100))
