"""Property-based: trees of images with arbitrary attributes and sizing styles always give an image or a
RenderError, and boxes with finite, non-negative sizes."""

from __future__ import annotations

import io
import math
import warnings

from hypothesis import given
from hypothesis import strategies as st
from PIL import Image

from ogrender import h, layout, render
from ogrender.errors import RenderError


def _png(w, h_):
    buf = io.BytesIO()
    Image.new("RGBA", (w, h_), (10, 200, 30, 200)).save(buf, "PNG")
    return buf.getvalue()


SOURCES = [_png(3, 7), _png(40, 20), b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 1"/>',
           b'<svg xmlns="http://www.w3.org/2000/svg" width="12" height="30"/>',
           b'<svg xmlns="http://www.w3.org/2000/svg"/>', None, b"broken", "https://example.com/x.png"]

lengths = st.one_of(st.integers(-5, 300), st.sampled_from(["auto", "50%", "0", "10em", "min-content", "120%"]))
attr = st.one_of(st.none(), st.integers(-3, 200), st.sampled_from(["", "50%", "abc", "12.5", "1e3", "20px"]))
style = st.fixed_dictionaries({}, optional={
    "width": lengths, "height": lengths, "minWidth": lengths, "maxWidth": lengths, "minHeight": lengths,
    "maxHeight": lengths, "padding": st.integers(0, 20), "border": st.just("3px solid red"),
    "objectFit": st.sampled_from(["fill", "contain", "cover", "none", "scale-down"]),
    "objectPosition": st.sampled_from(["left", "right 5px bottom", "30% 70%", "center top"]),
    "display": st.sampled_from(["block", "inline", "inline-block", "flex", "none"]),
    "position": st.sampled_from(["static", "absolute", "relative"]),
    "flexGrow": st.integers(0, 2), "flexShrink": st.integers(0, 2), "aspectRatio": st.sampled_from(["1", "auto 2"]),
    "borderRadius": st.integers(0, 40), "imageRendering": st.sampled_from(["auto", "pixelated"]),
})


@st.composite
def images(draw):
    props = {"style": draw(style)}
    src = draw(st.sampled_from(SOURCES))
    if src is not None:
        props["src"] = src
    for name in ("width", "height"):
        value = draw(attr)
        if value is not None:
            props[name] = value
    if draw(st.booleans()):
        return h("svg", {k: v for k, v in props.items() if k != "src"}, h("circle", {"r": 3, "fill": "currentColor"}))
    return h("img", props)


container = st.fixed_dictionaries({
    "display": st.sampled_from(["block", "flex"]),
    "flexDirection": st.sampled_from(["row", "column"]),
    "alignItems": st.sampled_from(["stretch", "flex-start", "center", "baseline"]),
    "width": st.sampled_from([200, "auto"]), "height": st.sampled_from([150, "auto"]),
    "position": st.just("relative"),
})


@given(container, st.lists(images(), min_size=1, max_size=4), st.sampled_from(["satori", "browser"]))
def test_image_trees_render_or_raise_a_render_error(parent, children, preset):
    tree = h("div", {"style": parent}, *children)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            root = layout(tree, 240, 180, preset=preset)
        except RenderError:
            return
        for box in root.walk():
            for v in (box.x, box.y, box.width, box.height):
                assert math.isfinite(v)
            assert box.width >= 0 and box.height >= 0
        assert render(tree, 240, 180, preset=preset)[:4] == b"\x89PNG"
