"""Property-based: any mix of paint properties (valid, odd or invalid values) gives an image or a
RenderError, in every output format; never another exception."""

import warnings

from hypothesis import given, strategies as st

from ogrender import RenderError, render

VALUES = {
    "backgroundImage": ["linear-gradient(red)", "linear-gradient(red, 10%, blue)", "radial-gradient(circle 0px, red, blue)",
                        "repeating-linear-gradient(red 10px, blue 10px)", "repeating-radial-gradient(red -10px, blue 5px)",
                        "conic-gradient(red 10%, blue 10%)", "repeating-conic-gradient(red 0, blue 0)", "url()",
                        "linear-gradient(to top top, red, blue)", "radial-gradient(farthest-side at 0 0, red, blue)",
                        "linear-gradient(red calc(100% + 10px), blue), none", "url(data:image/png;base64,AAAA)"],
    "backgroundSize": ["0 0", "cover", "contain", "1px 1px", "auto 0", "-5px", "calc(50% - 100px)", "0.01px"],
    "backgroundRepeat": ["space", "round", "repeat-x", "no-repeat repeat", "bogus"],
    "backgroundPosition": ["center", "left 10px", "right 10% bottom", "10px 20px 30px", "calc(100% + 1e9px)"],
    "backgroundClip": ["text", "content-box", "padding-box, text"],
    "boxShadow": ["0 0 0 -100px red", "inset 0 0 0 1000px red", "1px", "10px 10px 1000px 50px red, inset 0 0",
                  "0 0 1e6px red"],
    "transform": ["scale(0)", "matrix(0,0,0,0,0,0)", "translate(50%)", "skew(90deg)", "rotate(1e9deg)",
                  "scale(1e20)", "scale(-1)"],
    "transformOrigin": ["0 0", "right", "1e9px 1e9px"],
    "filter": ["blur(0)", "blur(1000px)", "drop-shadow(0 0)", "brightness(-1)", "contrast(1e9)", "invert(2)"],
    "backdropFilter": ["blur(3px)", "invert(1)", "none"],
    "clipPath": ["inset(100%)", "circle(0)", "ellipse(0 0)", "polygon(0 0)", "path('M')", "path('garbage')",
                 "path('M 0 0 A 0 0 0 0 0 10 10')", "inset(10px round 100%)"],
    "maskImage": ["linear-gradient(black, transparent)", "none", "url(x)"],
    "mixBlendMode": ["multiply", "plus-lighter", "bogus", "luminosity"],
    "border": ["1px dotted red", "0.5px dashed", "100px double", "3px groove", "7px inset", "2px outset"],
    "borderRadius": ["50%", "1000px", "0 / 100px", "calc(10% + 5px)"],
    "opacity": [0, 0.5, 1],
    "zIndex": [-1, 0, 5],
    "position": ["relative", "absolute", "static"],
    "overflow": ["hidden", "visible"],
    "--x": ["red", "var(--x)", "10px"],
    "color": ["var(--x)", "var(--y, blue)"],
    "width": [0, 1, 30, "calc(1px * 3)"],
    "height": [0, 1, 30],
    "padding": [0, 10],
}
styles = st.dictionaries(st.sampled_from(sorted(VALUES)), st.none(), max_size=8).flatmap(
    lambda keys: st.fixed_dictionaries({k: st.sampled_from(VALUES[k]) for k in keys}))


@given(outer=styles, inner=styles, fmt=st.sampled_from(["png", "svg", "pdf"]))
def test_any_paint_style_renders_or_raises_render_error(outer, inner, fmt):
    tree = {"type": "div", "props": {"style": {"display": "block", **outer},
                                     "children": ["Hi", {"type": "div", "props": {"style": {"display": "block", **inner}}}]}}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            data = render(tree, 40, 30, format=fmt, preset="browser")
        except RenderError:
            return
    assert data[:4] in (b"\x89PNG", b"<?xm", b"%PDF")
