"""Property-based tests: any tree and style gives an image of the requested size or a RenderError."""

import warnings

from hypothesis import HealthCheck, given, settings, strategies as st

from ogrender import RenderError, render
from tests.conftest import decode_png

LENGTHS = st.one_of(st.integers(-50, 400), st.sampled_from(["10%", "50%", "auto", "2em", "1rem", "5vw", "0",
                                                            "bogus", "-3px", "1e3px", "calc(1px)"]))
STYLE_VALUES = {
    "width": LENGTHS, "height": LENGTHS, "margin": LENGTHS, "padding": LENGTHS,
    "flexGrow": st.one_of(st.integers(-1, 3), st.just("x")), "flexShrink": st.integers(0, 2),
    "flexBasis": LENGTHS, "flex": st.sampled_from(["1", "none", "auto", "2 1 10px", "0 0 50%", "junk"]),
    "flexDirection": st.sampled_from(["row", "column", "row-reverse", "column-reverse", "sideways"]),
    "justifyContent": st.sampled_from(["center", "space-between", "space-evenly", "flex-end", "nope"]),
    "alignItems": st.sampled_from(["center", "stretch", "flex-end", "baseline", "???"]),
    "position": st.sampled_from(["absolute", "relative", "static"]),
    "top": LENGTHS, "left": LENGTHS, "right": LENGTHS, "bottom": LENGTHS,
    "border": st.sampled_from(["1px solid red", "3px dashed #00f", "none", "5px", "red", "huge"]),
    "borderRadius": st.sampled_from(["10px", "50%", "1px 2px / 3px", "-1px", "x"]),
    "backgroundColor": st.sampled_from(["red", "#0f08", "rgb(1 2 3 / 50%)", "hsl(1, 2%, 3%)", "nocolor"]),
    "fontSize": st.one_of(st.integers(0, 120), st.just("large"), st.just("-2px")),
    "lineHeight": st.sampled_from([1, 1.5, "20px", "normal", "150%", "-1"]),
    "opacity": st.floats(-1, 2, allow_nan=False), "overflow": st.sampled_from(["hidden", "visible", "clip"]),
    "display": st.sampled_from(["flex", "block", "none", "contents", "inline"]),
    "gap": LENGTHS, "minWidth": LENGTHS, "maxWidth": LENGTHS, "minHeight": LENGTHS, "maxHeight": LENGTHS,
    "boxSizing": st.sampled_from(["border-box", "content-box"]),
    "textAlign": st.sampled_from(["left", "center", "right", "justify"]),
}
styles = st.fixed_dictionaries({}, optional=STYLE_VALUES)
texts = st.text(max_size=40)


def trees(depth=3):
    leaf = st.one_of(texts, st.integers(), st.none())
    if depth == 0:
        return leaf
    return st.one_of(leaf, st.builds(
        lambda style, children: {"type": "div", "props": {"style": style, "children": children}},
        styles, st.lists(st.deferred(lambda: trees(depth - 1)), max_size=4)))


@given(tree=st.builds(lambda style, children: {"type": "div", "props": {"style": style, "children": children}},
                      styles, st.lists(trees(2), max_size=4)),
       width=st.integers(1, 300), height=st.integers(1, 200))
def test_any_tree_renders_or_raises_render_error(tree, width, height):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            png = render(tree, width, height)
        except RenderError:
            return
    assert decode_png(png).shape == (height, width, 4)


ANY_TEXT = st.text(alphabet=st.characters(blacklist_categories=()), max_size=30)  # surrogates, controls, RTL marks


def _as_h(tree):
    from ogrender import h as build
    if not isinstance(tree, dict):
        return tree
    props = dict(tree["props"])
    children = props.pop("children", [])
    return build(tree["type"], props, *[_as_h(c) for c in children])


def _as_html(tree):
    import html as htmllib

    from tools.chromium import style_text
    if tree is None:
        return ""
    if not isinstance(tree, dict):
        return htmllib.escape(str(tree))
    style = style_text(tree["props"].get("style"))
    inner = "".join(_as_html(c) for c in tree["props"].get("children", []))
    return f'<div style="{htmllib.escape(style)}">{inner}</div>'


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])  # capfd is cleared per example
@given(tree=st.builds(lambda style, children: {"type": "div", "props": {"style": style, "children": children}},
                      styles, st.lists(st.one_of(ANY_TEXT, trees(1)), max_size=3)),
       form=st.sampled_from(["dict", "h", "html"]))
def test_every_input_form_renders_deterministically_or_raises_render_error(tree, form, capfd):
    capfd.readouterr()
    source = {"dict": lambda t: t, "h": _as_h, "html": _as_html}[form](tree)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            first = render(source, 64, 48)
        except RenderError:
            return
        assert render(source, 64, 48) == first  # the same input gives the same bytes
    assert decode_png(first).shape == (48, 64, 4)
    captured = capfd.readouterr()  # file-descriptor level: C libraries' messages count too
    assert captured.out == "" and captured.err == ""
