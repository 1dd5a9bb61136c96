"""Maintainer tool: reference PNGs of paint fixtures from headless Chromium.

    python tools/paint_fixtures.py --out tests/conformance/data/paint     # regenerate (needs chromium, ~30 s)
    python tools/paint_fixtures.py --list                                 # fixture ids, no browser
    python tools/paint_fixtures.py --report                               # ogrender against the stored PNGs
    python tools/paint_fixtures.py --svg-report                           # ogrender's SVGs, drawn by Chromium
    python tools/paint_fixtures.py --pdf-report                           # ogrender's PDFs, drawn by PDFium

Each fixture is a Satori element object rendered at ``width`` x ``height`` (200 x 150 unless stated) with the
``browser`` preset; every element states display, position and box-sizing. Chromium renders a batch of
fixtures on one page, each in its own cell (``position: absolute; overflow: hidden; isolation: isolate``
at whole-pixel offsets, the bundled fonts through ``@font-face``, device scale factor 1, transparent page
background); the screenshot is cut into one ``<id>.png`` per fixture. ``index.json`` lists
``{"id", "width", "height", "preset", "tree"}`` per fixture, in order.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from chromium import element_html, font_faces, preset_sheet, run_chromium  # noqa: E402
from ogrender.tree import build_tree  # noqa: E402

DATA = ROOT / "tests" / "conformance" / "data" / "paint"
W, H = 200, 150
COLUMNS, ROWS = 5, 6
PITCH_X, PITCH_Y = 210, 160


# -- element builders -----------------------------------------------------------------------------------

def el(tag: str, style: dict | None = None, *children, display="block", position="static",
       boxSizing="content-box") -> dict:
    """An element object stating display, position and box-sizing explicitly."""
    props: dict = {"style": {"display": display, "position": position, "boxSizing": boxSizing, **(style or {})}}
    if children:
        props["children"] = list(children)
    return {"type": tag, "props": props}


def div(style=None, *children, **kw) -> dict:
    return el("div", style, *children, **kw)


def canvas(*children, style=None) -> dict:
    """The fixture's root: a 200 x 150 transparent block."""
    return div({"width": W, "height": H, **(style or {})}, *children)


def card(style: dict, *children, w=180, h=130, m=10, **kw) -> dict:
    """One painted box at (m, m) in the canvas."""
    return canvas(div({"width": w, "height": h, "marginLeft": m, "marginTop": m, **style}, *children, **kw))


FIXTURES: list[dict] = []


def fixture(fid: str, tree: dict, width: int = W, height: int = H, preset: str = "browser") -> None:
    FIXTURES.append({"id": fid, "width": width, "height": height, "preset": preset, "tree": tree})


def bg(fid: str, image: str, **style) -> None:
    fixture(fid, card({"backgroundImage": image, **style}))


# -- backgrounds --------------------------------------------------------------------------------------

bg("bg-linear-default", "linear-gradient(red, blue)")
bg("bg-linear-0deg", "linear-gradient(0deg, red, blue)")
bg("bg-linear-45deg", "linear-gradient(45deg, red, blue)")
bg("bg-linear-90deg", "linear-gradient(90deg, #ff0, #0af)")
bg("bg-linear-135deg", "linear-gradient(135deg, orange, purple)")
bg("bg-linear-200deg", "linear-gradient(200deg, lime, navy)")
bg("bg-linear-turn", "linear-gradient(0.3turn, red, white, blue)")
bg("bg-linear-rad", "linear-gradient(1rad, teal, pink)")
bg("bg-linear-to-right", "linear-gradient(to right, red, blue)")
bg("bg-linear-to-left", "linear-gradient(to left, red, blue)")
bg("bg-linear-to-top-right", "linear-gradient(to top right, red, yellow, blue)")
bg("bg-linear-to-bottom-left", "linear-gradient(to bottom left, red, blue)")
bg("bg-linear-to-left-top", "linear-gradient(to left top, black, white)")
bg("bg-linear-stops-px", "linear-gradient(to right, red 20px, blue 60px, green 120px)")
bg("bg-linear-stops-pct", "linear-gradient(red 10%, yellow 30%, blue 90%)")
bg("bg-linear-hard", "linear-gradient(to right, red 33%, white 33%, white 66%, blue 66%)")
bg("bg-linear-double-pos", "linear-gradient(to right, red 0 30%, green 30% 60%, blue 60%)")
bg("bg-linear-hint", "linear-gradient(to right, red, 20%, blue)")
bg("bg-linear-hint-late", "linear-gradient(to right, black, 85%, white)")
bg("bg-linear-transparent", "linear-gradient(to right, transparent, blue)")
bg("bg-linear-alpha", "linear-gradient(rgba(255,0,0,0.8), rgba(0,0,255,0.2))")
bg("bg-linear-decreasing", "linear-gradient(to right, red 60%, blue 20%, green)")
bg("bg-linear-many", "linear-gradient(to right, red, orange, yellow, green, blue, indigo, violet)")
bg("bg-linear-outside", "linear-gradient(to right, red -50%, blue 150%)")
bg("bg-linear-hsl", "linear-gradient(hsl(200 80% 40%), hsl(20 90% 60%))")
bg("bg-repeating-linear", "repeating-linear-gradient(45deg, #333 0 10px, #eee 10px 20px)")
bg("bg-repeating-linear-pct", "repeating-linear-gradient(to right, red, blue 20%)")
bg("bg-repeating-linear-offset", "repeating-linear-gradient(to bottom, gold 15px, teal 35px)")
bg("bg-repeating-degenerate", "repeating-linear-gradient(red 20px, blue 20px)")
bg("bg-radial-default", "radial-gradient(red, blue)")
bg("bg-radial-circle", "radial-gradient(circle, yellow, green)")
bg("bg-radial-closest-side", "radial-gradient(closest-side, red, white, blue)")
bg("bg-radial-circle-closest-side", "radial-gradient(circle closest-side, red, blue)")
bg("bg-radial-farthest-side", "radial-gradient(ellipse farthest-side at 30% 40%, red, blue)")
bg("bg-radial-closest-corner", "radial-gradient(closest-corner at 20% 30%, red, blue)")
bg("bg-radial-circle-farthest-corner", "radial-gradient(circle farthest-corner at 70% 20%, red, blue)")
bg("bg-radial-circle-px", "radial-gradient(circle 40px at center, orange, purple)")
bg("bg-radial-ellipse-px", "radial-gradient(60px 30px at 50% 50%, red, blue)")
bg("bg-radial-ellipse-pct", "radial-gradient(30% 60% at 40% 50%, lime, black)")
bg("bg-radial-at-top-left", "radial-gradient(at top left, red, blue)")
bg("bg-radial-at-edges", "radial-gradient(circle at right 20px bottom 30px, white, navy)")
bg("bg-radial-stops", "radial-gradient(circle, red 10px, yellow 30px, transparent 31px)")
bg("bg-radial-hint", "radial-gradient(circle, black, 30%, white)")
bg("bg-repeating-radial", "repeating-radial-gradient(circle, red 0 5px, white 5px 10px)")
bg("bg-repeating-radial-ellipse", "repeating-radial-gradient(ellipse at 30% 30%, blue, green 20px)")
bg("bg-conic-default", "conic-gradient(red, yellow, lime, aqua, blue, magenta, red)")
bg("bg-conic-from", "conic-gradient(from 90deg, red, blue)")
bg("bg-conic-at", "conic-gradient(at 25% 75%, red, blue, red)")
bg("bg-conic-pie", "conic-gradient(red 0 25%, gold 25% 60%, teal 60%)")
bg("bg-conic-deg-stops", "conic-gradient(from 45deg at 60% 40%, black 0deg, white 90deg, black 180deg)")
bg("bg-repeating-conic", "repeating-conic-gradient(#000 0 25%, #fff 0 50%)", backgroundSize="40px 40px")
bg("bg-repeating-conic-rays", "repeating-conic-gradient(red 0 10deg, white 10deg 20deg)")
bg("bg-layers-two", "linear-gradient(to right, rgba(255,0,0,0.7), transparent), "
                    "linear-gradient(to bottom, blue, yellow)")
bg("bg-layers-over-color", "radial-gradient(circle at 30% 30%, white, transparent 50%)",
   backgroundColor="teal")
bg("bg-size-px", "linear-gradient(red, blue)", backgroundSize="50px 30px")
bg("bg-size-pct", "linear-gradient(45deg, red, blue)", backgroundSize="50% auto")
bg("bg-size-cover", "radial-gradient(red, blue)", backgroundSize="cover")
bg("bg-size-no-repeat", "linear-gradient(orange, purple)", backgroundSize="60px 40px",
   backgroundRepeat="no-repeat", backgroundPosition="center")
bg("bg-repeat-x", "radial-gradient(circle, red 40%, transparent 41%)", backgroundSize="30px 30px",
   backgroundRepeat="repeat-x")
bg("bg-repeat-y", "radial-gradient(circle, blue 40%, transparent 41%)", backgroundSize="30px 30px",
   backgroundRepeat="repeat-y", backgroundPosition="right top")
bg("bg-repeat-space", "radial-gradient(circle, green 45%, transparent 47%)", backgroundSize="40px 40px",
   backgroundRepeat="space")
bg("bg-repeat-round", "radial-gradient(circle, purple 45%, transparent 47%)", backgroundSize="40px 40px",
   backgroundRepeat="round")
bg("bg-position-right-bottom", "linear-gradient(red, blue)", backgroundSize="50px 50px",
   backgroundRepeat="no-repeat", backgroundPosition="right bottom")
bg("bg-position-offsets", "linear-gradient(red, blue)", backgroundSize="50px 50px",
   backgroundRepeat="no-repeat", backgroundPosition="right 10px bottom 20px")
bg("bg-position-3value", "linear-gradient(red, blue)", backgroundSize="40px 40px",
   backgroundRepeat="no-repeat", backgroundPosition="left 30px top")
bg("bg-position-pct", "linear-gradient(red, blue)", backgroundSize="50px 50px",
   backgroundRepeat="no-repeat", backgroundPosition="25% 75%")
bg("bg-position-px-repeat", "linear-gradient(to right, red, blue)", backgroundSize="50px 50px",
   backgroundPosition="15px 10px")
bg("bg-position-calc", "linear-gradient(red, blue)", backgroundSize="40px 40px",
   backgroundRepeat="no-repeat", backgroundPosition="calc(100% - 20px) calc(50% + 10px)")
bg("bg-origin-content", "linear-gradient(red, blue)", padding=20, boxSizing="border-box",
   backgroundOrigin="content-box", backgroundRepeat="no-repeat")
bg("bg-origin-border", "linear-gradient(to right, red, blue)", border="15px dashed rgba(0,0,0,0.3)",
   boxSizing="border-box", backgroundOrigin="border-box")
bg("bg-clip-padding", "linear-gradient(red, blue)", border="15px solid rgba(0,0,0,0.2)",
   boxSizing="border-box", backgroundClip="padding-box")
bg("bg-clip-content", "linear-gradient(red, blue)", padding=20, border="5px solid black",
   boxSizing="border-box", backgroundClip="content-box")
bg("bg-clip-content-radius", "linear-gradient(red, blue)", padding=10, border="10px solid #0003",
   boxSizing="border-box", backgroundClip="content-box", borderRadius=40)
bg("bg-radius", "linear-gradient(135deg, #f06, #48f)", borderRadius=30)
bg("bg-radius-circle", "radial-gradient(white, black)", borderRadius="50%")
fixture("bg-color-alpha", card({"backgroundColor": "rgba(0, 128, 255, 0.5)"}))
fixture("bg-shorthand-color", card({"background": "crimson"}))
fixture("bg-shorthand-layers", card({"background": "linear-gradient(45deg, transparent 40%, white 40% 60%, "
                                                   "transparent 60%) center / 50% 50% no-repeat, navy"}))
fixture("bg-shorthand-full", card({"background": "radial-gradient(circle, gold, red) right 10px top 10px / "
                                                 "40px 40px repeat-y content-box, linear-gradient(#ddd, #999)",
                                   "padding": 15, "boxSizing": "border-box"}))
fixture("bg-clip-text", card({"backgroundImage": "linear-gradient(to right, red, blue)",
                              "backgroundClip": "text", "color": "transparent", "fontSize": 40,
                              "fontWeight": 700}, "Gradient"))
fixture("bg-nested", card({"backgroundColor": "#eee", "padding": 20, "boxSizing": "border-box"},
                          div({"height": 90, "backgroundImage": "linear-gradient(to right, teal, coral)"})))

def _png_data_url() -> str:
    """A 20 x 10 PNG: red left half, blue right half, a white 2px frame (made here, deterministic)."""
    import base64
    import skia
    a = np.zeros((10, 20, 4), np.uint8)
    a[..., 3] = 255
    a[:, :10, 0] = 255
    a[:, 10:, 2] = 255
    a[:2], a[-2:], a[:, :2], a[:, -2:] = 255, 255, 255, 255
    png = skia.Image.fromarray(a, colorType=skia.ColorType.kRGBA_8888_ColorType).encodeToData().bytes()
    return "data:image/png;base64," + base64.b64encode(png).decode()


def _svg_data_url() -> str:
    import base64
    svg = (b'<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24">'
           b'<circle cx="12" cy="12" r="10" fill="green"/></svg>')
    return "data:image/svg+xml;base64," + base64.b64encode(svg).decode()


PNG_URL, SVG_URL = _png_data_url(), _svg_data_url()
bg("bg-url-repeat", f"url({PNG_URL})")
bg("bg-url-cover", f"url({PNG_URL})", backgroundSize="cover", backgroundRepeat="no-repeat")
bg("bg-url-contain-center", f"url({PNG_URL})", backgroundSize="contain", backgroundRepeat="no-repeat",
   backgroundPosition="center", backgroundColor="#eee")
bg("bg-url-size-position", f"url({PNG_URL})", backgroundSize="60px auto", backgroundRepeat="repeat-y",
   backgroundPosition="right 10px top 5px")
bg("bg-url-svg-space", f"url({SVG_URL})", backgroundRepeat="space")
fixture("bg-url-over-gradient", card({"background": f"url({SVG_URL}) center / 48px no-repeat, "
                                                    "linear-gradient(to right, #fc0, #f60)"}))


# -- borders ------------------------------------------------------------------------------------------

def bd(fid: str, **style) -> None:
    fixture(fid, card({"boxSizing": "border-box", "backgroundColor": "#f4f4f4", **style}))


bd("border-solid", border="6px solid navy")
bd("border-sides-width", borderStyle="solid", borderColor="black", borderWidth="2px 8px 14px 20px")
bd("border-sides-color", borderStyle="solid", borderWidth=12, borderColor="red green blue orange")
bd("border-one-side", borderLeft="10px solid red")
bd("border-dashed", border="6px dashed crimson")
bd("border-dashed-thin", border="1px dashed black")
bd("border-dashed-3", border="3px dashed teal")
bd("border-dotted", border="8px dotted purple")
bd("border-dotted-2", border="2px dotted black")
bd("border-double", border="9px double black")
bd("border-double-thick", border="15px double darkgreen")
bd("border-mixed-styles", borderWidth=8, borderStyle="solid dashed dotted double", borderColor="black")
bd("border-alpha", border="10px solid rgba(0, 0, 255, 0.4)")
bd("border-alpha-sides", borderWidth=10, borderStyle="solid", borderColor="rgba(255,0,0,.5) rgba(0,0,255,.5)")
bd("radius-uniform", borderRadius=20, border="4px solid black")
bd("radius-corners", borderRadius="0 20px 40px 60px", border="3px solid black")
bd("radius-elliptical", borderRadius="60px / 30px", border="5px solid maroon")
bd("radius-elliptical-corners", borderRadius="10px 20px 30px 40px / 40px 30px 20px 10px",
   border="4px solid black")
bd("radius-pct", borderRadius="50%", border="6px solid darkorange")
bd("radius-pct-mixed", borderRadius="20% 40%", backgroundColor="teal")
bd("radius-overflow-scale", borderRadius="100px 100px 20px 20px", backgroundColor="slateblue")
bd("radius-inner", borderRadius=30, borderWidth="10px 20px 30px 5px", borderStyle="solid", borderColor="#333")
bd("radius-thick-border", borderRadius=10, border="25px solid #369")
bd("radius-sides-colors", borderRadius=40, borderWidth=15, borderStyle="solid",
   borderColor="red green blue gold")
bd("radius-dashed", borderRadius=30, border="5px dashed black")
bd("radius-dotted", borderRadius=40, border="6px dotted blue")
bd("radius-double", borderRadius=30, border="12px double black")
bd("radius-gradient-border", borderRadius=36, border="4px solid #123",
   backgroundImage="linear-gradient(135deg, #fc0, #f06)")
bd("border-longhands", borderTopWidth=4, borderTopStyle="solid", borderTopColor="red",
   borderBottomWidth=10, borderBottomStyle="double", borderBottomColor="blue",
   borderTopLeftRadius="30px 15px", borderBottomRightRadius="25%")
bd("border-currentcolor", border="8px solid", color="seagreen")

# -- effects ------------------------------------------------------------------------------------------

def fx(fid: str, style: dict, *children, w=120, h=80, m=40) -> None:
    fixture(fid, card({"boxSizing": "border-box", **style}, *children, w=w, h=h, m=m))


fx("shadow-offset", {"backgroundColor": "white", "boxShadow": "10px 10px 0 black"})
fx("shadow-blur", {"backgroundColor": "white", "boxShadow": "5px 5px 10px rgba(0,0,0,0.6)"})
fx("shadow-blur-large", {"backgroundColor": "gold", "boxShadow": "0 0 30px blue"})
fx("shadow-spread", {"backgroundColor": "white", "boxShadow": "0 0 0 8px red"})
fx("shadow-negative-spread", {"backgroundColor": "white", "boxShadow": "0 15px 10px -8px black"})
fx("shadow-radius", {"backgroundColor": "white", "borderRadius": 20, "boxShadow": "6px 6px 12px 2px #0008"})
fx("shadow-multiple", {"backgroundColor": "white", "boxShadow": "-10px -10px 0 red, 10px 10px 0 blue, "
                                                              "0 0 20px 5px green"})
fx("shadow-inset", {"backgroundColor": "white", "boxShadow": "inset 8px 8px 0 rgba(0,0,0,0.5)"})
fx("shadow-inset-blur", {"backgroundColor": "white", "boxShadow": "inset 0 0 20px red"})
fx("shadow-inset-spread-radius", {"backgroundColor": "#eef", "borderRadius": 25,
                                  "boxShadow": "inset 0 0 0 10px navy"})
fx("shadow-transparent-bg", {"boxShadow": "0 0 15px 5px purple"})
fx("shadow-with-border", {"border": "6px solid black", "backgroundColor": "white",
                          "boxShadow": "8px 8px 6px gray, inset 5px 5px 5px red"})
fx("opacity-half", {"backgroundColor": "red", "opacity": 0.5})
fx("opacity-group", {"opacity": 0.6},
   div({"width": 80, "height": 50, "backgroundColor": "blue"}),
   div({"width": 80, "height": 50, "marginTop": -25, "marginLeft": 30, "backgroundColor": "red"}))
fx("opacity-nested", {"opacity": 0.7, "backgroundColor": "yellow"},
   div({"width": 60, "height": 40, "margin": 10, "opacity": 0.5, "backgroundColor": "black"}))
fx("overflow-hidden", {"overflow": "hidden", "backgroundColor": "#ddd"},
   div({"width": 200, "height": 30, "marginLeft": -20, "marginTop": 20, "backgroundColor": "red"}))
fx("overflow-hidden-radius", {"overflow": "hidden", "borderRadius": 30, "backgroundColor": "#ddd"},
   div({"width": 120, "height": 80, "backgroundImage": "linear-gradient(red, blue)"}))
fx("overflow-hidden-border-radius", {"overflow": "hidden", "borderRadius": 30, "border": "8px solid black"},
   div({"width": 120, "height": 80, "backgroundColor": "orange"}))
fx("overflow-hidden-abspos", {"overflow": "hidden", "position": "relative", "backgroundColor": "#ddd"},
   div({"position": "absolute", "left": 60, "top": 40, "width": 100, "height": 100, "backgroundColor": "green"}))


def tf(fid: str, transform: str, origin: str | None = None) -> None:
    style = {"backgroundColor": "teal", "transform": transform, "border": "4px solid black"}
    if origin:
        style["transformOrigin"] = origin
    fx(fid, style, div({"width": 20, "height": 20, "backgroundColor": "yellow"}))


tf("transform-translate", "translate(20px, 10px)")
tf("transform-translate-pct", "translate(-25%, 50%)")
tf("transform-translatex", "translateX(-30px) translateY(15px)")
tf("transform-rotate", "rotate(30deg)")
tf("transform-rotate-turn", "rotate(-0.125turn)")
tf("transform-rotate-origin", "rotate(20deg)", "top left")
tf("transform-rotate-origin-px", "rotate(-15deg)", "100px 10px")
tf("transform-scale", "scale(0.5)")
tf("transform-scale-xy", "scale(1.4, 0.6)")
tf("transform-scale-origin", "scale(0.7)", "right bottom")
tf("transform-skew", "skew(20deg, 10deg)")
tf("transform-skewx", "skewX(-25deg)")
tf("transform-matrix", "matrix(0.9, 0.3, -0.3, 0.9, 10, -5)")
tf("transform-combined", "translate(10px, 5px) rotate(45deg) scale(0.6)")
fx("transform-nested", {"backgroundColor": "#ccc", "transform": "rotate(10deg)"},
   div({"width": 50, "height": 30, "margin": 10, "backgroundColor": "red", "transform": "rotate(30deg)"}))


def flt(fid: str, filt: str, prop: str = "filter") -> None:
    fx(fid, {"backgroundImage": "linear-gradient(to right, red, yellow, blue)", prop: filt},
       div({"width": 40, "height": 30, "margin": 10, "backgroundColor": "green"}))


flt("filter-blur", "blur(4px)")
flt("filter-brightness", "brightness(1.6)")
flt("filter-brightness-dark", "brightness(40%)")
flt("filter-contrast", "contrast(0.4)")
flt("filter-contrast-high", "contrast(200%)")
flt("filter-grayscale", "grayscale(1)")
flt("filter-grayscale-half", "grayscale(50%)")
flt("filter-hue-rotate", "hue-rotate(120deg)")
flt("filter-invert", "invert(1)")
flt("filter-invert-part", "invert(30%)")
flt("filter-opacity", "opacity(0.4)")
flt("filter-saturate", "saturate(3)")
flt("filter-saturate-low", "saturate(0.2)")
flt("filter-sepia", "sepia(1)")
flt("filter-drop-shadow", "drop-shadow(6px 6px 4px rgba(0,0,0,0.7))")
flt("filter-chain", "grayscale(1) brightness(1.3) contrast(1.2)")
fixture("filter-drop-shadow-radius", card({"backgroundColor": "crimson", "borderRadius": "50%",
                                           "filter": "drop-shadow(0 0 8px blue)", "boxSizing": "border-box"},
                                          w=80, h=80, m=50))
fixture("backdrop-blur", canvas(
    div({"width": 200, "height": 150, "backgroundImage": "repeating-linear-gradient(45deg, black 0 10px, "
                                                          "white 10px 20px)"}),
    div({"position": "absolute", "left": 40, "top": 35, "width": 120, "height": 80,
         "backdropFilter": "blur(5px)", "backgroundColor": "rgba(255,255,255,0.2)"}),
    style={"position": "relative"}))
fixture("backdrop-grayscale", canvas(
    div({"width": 200, "height": 150, "backgroundImage": "linear-gradient(to right, red, lime, blue)"}),
    div({"position": "absolute", "left": 40, "top": 35, "width": 120, "height": 80,
         "backdropFilter": "grayscale(1) brightness(1.2)"}),
    style={"position": "relative"}))


def cp(fid: str, clip: str) -> None:
    fx(fid, {"backgroundImage": "linear-gradient(135deg, navy, orange)", "clipPath": clip}, w=180, h=130, m=10)


cp("clip-inset", "inset(10px 20px 30px 40px)")
cp("clip-inset-round", "inset(15px round 20px)")
cp("clip-circle", "circle(50px)")
cp("clip-circle-at", "circle(40% at 30% 40%)")
cp("clip-ellipse", "ellipse(80px 40px at 50% 50%)")
cp("clip-ellipse-default", "ellipse()")
cp("clip-polygon", "polygon(50% 0%, 100% 100%, 0% 100%)")
cp("clip-polygon-star", "polygon(50% 0%, 61% 35%, 98% 35%, 68% 57%, 79% 91%, 50% 70%, 21% 91%, 32% 57%, "
                        "2% 35%, 39% 35%)")
cp("clip-path-svg", "path('M 10 10 L 170 20 L 90 120 Z')")


def mk(fid: str, mask: str, **extra) -> None:
    fx(fid, {"backgroundColor": "darkblue", "maskImage": mask, **extra}, w=180, h=130, m=10)


mk("mask-linear", "linear-gradient(to right, black, transparent)")
mk("mask-radial", "radial-gradient(circle, black 40%, transparent 60%)")
mk("mask-size-repeat", "radial-gradient(circle, black 50%, transparent 51%)", maskSize="30px 30px")
mk("mask-alpha-stops", "linear-gradient(rgba(0,0,0,1), rgba(0,0,0,0.2))")


def blend(fid: str, mode: str) -> None:
    fixture(fid, canvas(
        div({"width": 200, "height": 150, "backgroundImage": "linear-gradient(to right, red, yellow, cyan)"}),
        div({"position": "absolute", "left": 30, "top": 30, "width": 140, "height": 90,
             "backgroundImage": "linear-gradient(to bottom, blue, white, gray)", "mixBlendMode": mode}),
        style={"position": "relative", "isolation": "isolate"}))


for _mode in ("multiply", "screen", "overlay", "darken", "lighten", "color-dodge", "color-burn",
              "hard-light", "soft-light", "difference", "exclusion", "hue", "saturation", "color",
              "luminosity"):
    blend(f"blend-{_mode}", _mode)

# -- paint order and z-index --------------------------------------------------------------------------

def sq(color, **style):
    return div({"width": 80, "height": 60, "backgroundColor": color, **style})


def absq(color, left, top, **style):
    return sq(color, position="absolute", left=left, top=top, **style)


fixture("order-inflow-vs-positioned", canvas(
    absq("red", 20, 20), sq("blue", marginLeft=50, marginTop=40), style={"position": "relative"}))
fixture("order-positioned-tree-order", canvas(
    absq("red", 20, 20), absq("green", 50, 40), absq("blue", 80, 60), style={"position": "relative"}))
fixture("zindex-positive", canvas(
    absq("red", 20, 20, zIndex=2), absq("green", 50, 40, zIndex=1), absq("blue", 80, 60),
    style={"position": "relative"}))
fixture("zindex-negative", canvas(
    div({"position": "relative", "width": 150, "height": 100, "backgroundColor": "rgba(255,255,0,0.8)",
         "marginLeft": 20, "marginTop": 20, "zIndex": 0},
        absq("red", 40, 30, zIndex=-1), absq("blue", 60, 10))))
fixture("zindex-negative-under-parent", canvas(
    div({"position": "relative", "width": 150, "height": 100, "backgroundColor": "rgba(255,255,0,0.8)",
         "marginLeft": 20, "marginTop": 20},
        absq("red", 40, 30, zIndex=-1)), style={"position": "relative", "zIndex": 0}))
fixture("zindex-stacking-context", canvas(
    div({"position": "absolute", "left": 10, "top": 10, "width": 100, "height": 100, "zIndex": 1,
         "backgroundColor": "#ccc"}, absq("red", 50, 30, zIndex=100)),
    absq("blue", 80, 50, zIndex=2), style={"position": "relative"}))
fixture("zindex-sticky-context", canvas(
    div({"position": "sticky", "top": 0, "width": 140, "height": 90, "marginLeft": 20, "marginTop": 20,
         "backgroundColor": "#ccc"}, absq("red", 40, 30, zIndex=-1)),
    style={"position": "relative"}))
fixture("zindex-opacity-context", canvas(
    div({"position": "relative", "width": 100, "height": 100, "opacity": 0.9, "backgroundColor": "#ccc",
         "marginLeft": 10, "marginTop": 10}, absq("red", 50, 30, zIndex=5)),
    absq("blue", 80, 50, zIndex=1), style={"position": "relative"}))
fixture("zindex-auto-interleave", canvas(
    div({"position": "relative", "width": 120, "height": 100, "marginLeft": 10, "marginTop": 10},
        absq("red", 20, 20, zIndex=3)),
    absq("blue", 50, 40, zIndex=2), absq("green", 90, 60, zIndex=4), style={"position": "relative"}))
fixture("zindex-transform-context", canvas(
    div({"position": "relative", "width": 100, "height": 100, "transform": "translate(5px, 5px)",
         "backgroundColor": "#ccc"}, absq("red", 50, 30, zIndex=-1)),
    style={"position": "relative"}))
fixture("order-block-backgrounds-then-inline", canvas(
    div({"height": 40, "backgroundColor": "lightblue"}, "Text over"),
    div({"height": 40, "marginTop": -25, "backgroundColor": "rgba(255,0,0,0.5)"}),
    style={"position": "relative"}))
fixture("order-negative-margin-siblings", canvas(
    sq("red"), sq("blue", marginTop=-30, marginLeft=30), sq("green", marginTop=-30, marginLeft=60)))

# -- variables and calc -------------------------------------------------------------------------------

fixture("var-color", card({"--main": "tomato", "backgroundColor": "var(--main)"}))
fixture("var-inherited", canvas(div({"--c": "purple", "width": 180, "height": 130, "margin": 10},
                                    div({"height": 60, "backgroundColor": "var(--c)"}))))
fixture("var-fallback", card({"backgroundColor": "var(--missing, seagreen)"}))
fixture("var-in-gradient", card({"--a": "red", "--b": "blue",
                                 "backgroundImage": "linear-gradient(var(--a), var(--b))"}))
fixture("var-nested", card({"--x": "var(--y)", "--y": "orange", "backgroundColor": "var(--x)"}))
fixture("var-length", card({"--w": "12px", "border": "var(--w) solid black", "boxSizing": "border-box"}))
fixture("var-shorthand-part", card({"--r": "40px", "borderRadius": "var(--r) 0", "backgroundColor": "navy"}))
fixture("calc-gradient-stop", card({"backgroundImage": "linear-gradient(to right, red calc(50% - 20px), "
                                                       "blue calc(50% + 20px))"}))
fixture("calc-radius", card({"borderRadius": "calc(10px + 10%)", "backgroundColor": "olive"}))
fixture("calc-shadow", card({"backgroundColor": "white", "boxShadow": "calc(2px * 5) calc(20px / 2) 0 black"},
                            w=120, h=80, m=30))
fixture("calc-var-mixed", card({"--pad": "2", "backgroundImage": "linear-gradient(red, blue)",
                                "backgroundSize": "calc(var(--pad) * 25px) calc(1em + 20px)"}))

# -- text on backgrounds (text painting itself belongs to the text engineer) --------------------------

fixture("text-over-gradient", card({"backgroundImage": "linear-gradient(to right, #222, #555)",
                                    "color": "white", "fontSize": 24, "padding": 20, "boxSizing": "border-box"},
                                   "Hello world"))


# -- combinations (effects together, as cards use them) -------------------------------------------------

fixture("combo-rotate-shadow", card({"backgroundColor": "white", "borderRadius": 12, "boxSizing": "border-box",
                                     "boxShadow": "0 6px 12px rgba(0,0,0,0.5)", "transform": "rotate(-8deg)"},
                                    w=120, h=70, m=40))
fixture("combo-rotate-overflow-radius", card(
    {"overflow": "hidden", "borderRadius": 24, "transform": "rotate(12deg)", "boxSizing": "border-box",
     "backgroundColor": "#222"},
    div({"width": 140, "height": 40, "marginTop": 20, "backgroundImage": "linear-gradient(90deg, red, gold)"}),
    w=120, h=90, m=40))
fixture("combo-opacity-transform", card({"backgroundColor": "navy", "opacity": 0.5,
                                         "transform": "translate(10px, 10px) scale(0.8)"}))
fixture("combo-opacity-zindex", canvas(
    div({"position": "relative", "width": 120, "height": 90, "marginLeft": 20, "marginTop": 20, "opacity": 0.8,
         "backgroundColor": "#ddd"},
        absq("red", 10, 10, zIndex=2), absq("blue", 30, 20, zIndex=1)),
    absq("green", 90, 60), style={"position": "relative"}))
fixture("combo-drop-shadow-text", card({"fontSize": 36, "fontWeight": 700, "color": "crimson",
                                        "filter": "drop-shadow(3px 3px 2px rgba(0,0,0,0.5))"}, "Shadow"))
fixture("combo-mask-text", card({"fontSize": 36, "fontWeight": 700, "backgroundColor": "gold",
                                 "maskImage": "linear-gradient(to right, black 40%, transparent)"}, "Masked"))
fixture("combo-backdrop-radius", canvas(
    div({"width": 200, "height": 150, "backgroundImage": "conic-gradient(red, yellow, lime, aqua, blue, "
                                                          "magenta, red)"}),
    div({"position": "absolute", "left": 30, "top": 25, "width": 140, "height": 100, "borderRadius": 20,
         "backdropFilter": "blur(6px)", "backgroundColor": "rgba(255,255,255,0.3)",
         "border": "1px solid rgba(255,255,255,0.6)"}),
    style={"position": "relative"}))
fixture("combo-clip-rotated", card({"backgroundImage": "linear-gradient(red, blue)", "clipPath": "circle(45%)",
                                    "transform": "rotate(30deg) scale(0.8)"}))
fixture("combo-layers-clips", card({"padding": 15, "border": "10px dashed rgba(0,0,0,0.4)",
                                    "boxSizing": "border-box",
                                    "backgroundImage": "linear-gradient(rgba(255,0,0,.6), rgba(255,0,0,.6)), "
                                                       "linear-gradient(to right, lime, cyan)",
                                    "backgroundClip": "content-box, border-box",
                                    "backgroundOrigin": "content-box, border-box"}))
fixture("combo-inset-offset-radius", card(
    {"backgroundColor": "#fafafa", "borderRadius": "30px 10px", "boxSizing": "border-box",
     "boxShadow": "inset 10px 6px 12px -2px rgba(0,0,100,0.6)"}, w=140, h=90, m=30))
fixture("combo-spread-elliptical", card({"backgroundColor": "white", "borderRadius": "50% / 30%",
                                         "boxSizing": "border-box", "boxShadow": "0 0 0 12px orange, "
                                                                                "0 0 0 20px navy"},
                                        w=120, h=70, m=40))
fixture("combo-zindex-flex-items", canvas(
    div({"display": "flex", "width": 180, "height": 100, "margin": 10},
        div({"width": 80, "height": 80, "backgroundColor": "red", "zIndex": 2}),
        div({"width": 80, "height": 80, "marginLeft": -40, "marginTop": 10, "backgroundColor": "blue",
             "zIndex": 1}),
        div({"width": 80, "height": 80, "marginLeft": -40, "marginTop": 20, "backgroundColor": "green"}))))
fixture("combo-inline-blocks-order", canvas(
    div({"width": 180, "height": 120, "margin": 10, "fontSize": 0},
        div({"width": 70, "height": 70, "backgroundColor": "red"}, display="inline-block"),
        div({"width": 70, "height": 70, "marginLeft": -30, "backgroundColor": "rgba(0,0,255,0.7)"},
            display="inline-block"))))
fixture("combo-abspos-escapes-overflow", canvas(
    div({"position": "relative", "width": 180, "height": 130, "margin": 10, "backgroundColor": "#eee"},
        div({"width": 80, "height": 60, "overflow": "hidden", "backgroundColor": "#ccc"},
            div({"position": "absolute", "left": 50, "top": 40, "width": 100, "height": 60,
                 "backgroundColor": "rgba(255,0,0,0.7)"})))))
fixture("combo-abspos-escapes-clip-through-group", canvas(
    div({"position": "relative", "width": 180, "height": 130, "margin": 10, "backgroundColor": "#eee"},
        div({"width": 80, "height": 60, "overflow": "hidden", "backgroundColor": "#ccc"},
            div({"width": 120, "height": 40, "opacity": 0.8, "backgroundColor": "navy"},
                div({"position": "absolute", "left": 50, "top": 40, "width": 100, "height": 60,
                     "backgroundColor": "rgba(255,0,0,0.7)"}))))))
fixture("combo-nested-negative-z", canvas(
    div({"position": "relative", "width": 160, "height": 110, "margin": 20, "backgroundColor": "#ccc",
         "transform": "rotate(5deg)"},
        absq("red", 40, 30, zIndex=-1), div({"height": 40, "backgroundColor": "rgba(0,0,255,0.6)"}))))
fixture("combo-transform-origin-invalid", card({"backgroundColor": "teal", "transform": "rotate(25deg)",
                                                "transformOrigin": "right 10px bottom 20px"}, w=100, h=60, m=50))
fixture("combo-transform-origin-2values", card({"backgroundColor": "teal", "transform": "rotate(25deg)",
                                                "transformOrigin": "right 20px"}, w=100, h=60, m=50))
fixture("combo-transform-origin-3values", card({"backgroundColor": "teal", "transform": "rotate(-20deg)",
                                                "transformOrigin": "10px bottom 0"}, w=100, h=60, m=50))
fixture("combo-scale-flip", card({"backgroundImage": "linear-gradient(to right, red, blue)",
                                  "transform": "scale(-1, 1) rotate(10deg)"}, w=120, h=70, m=40))
fixture("combo-rotate-180-border", card({"border": "6px solid", "borderColor": "red green blue orange",
                                         "transform": "rotate(180deg)", "boxSizing": "border-box"},
                                        w=120, h=70, m=40))
fixture("grad-negative-angle", card({"backgroundImage": "linear-gradient(-45deg, red 0 20%, white 20% 40%, "
                                                        "blue 40% 60%, white 60% 80%, red 80%)"}))
fixture("grad-red-to-transparent", card({"backgroundImage": "linear-gradient(to right, red, transparent)",
                                         "backgroundColor": "white"}))
fixture("grad-currentcolor", card({"color": "purple", "backgroundImage": "linear-gradient(currentColor, white)"}))
fixture("grad-conic-px-position", card({"backgroundImage": "conic-gradient(from 30deg at 40px 30px, "
                                                           "red, orange 30%, white 30% 50%, navy 50%)"}))
fixture("grad-radial-repeating-at", card({"backgroundImage": "repeating-radial-gradient(ellipse 40% 30% at "
                                                             "left 30px top 40px, #000 0 4px, #fff 4px 10px)"}))
fixture("grad-many-layers-sizes", card({
    "backgroundImage": "radial-gradient(circle, rgba(255,255,255,.8) 20%, transparent 21%), "
                       "linear-gradient(45deg, #f06 25%, transparent 25% 75%, #f06 75%), "
                       "linear-gradient(to bottom, #333, #999)",
    "backgroundSize": "20px 20px, 40px 40px, auto",
    "backgroundPosition": "0 0, 10px 10px, 0 0"}))
fixture("border-radius-widths-colors", card({"borderStyle": "solid", "borderWidth": "4px 12px 20px 8px",
                                             "borderColor": "tomato teal gold slateblue",
                                             "borderRadius": "40px 10px 30px 50px / 20px 40px 30px 10px",
                                             "boxSizing": "border-box"}))
fixture("border-groove-ridge", card({"borderWidth": 12, "borderStyle": "groove ridge", "borderColor": "#4a8",
                                     "boxSizing": "border-box"}))
fixture("border-inset-outset", card({"borderWidth": 12, "borderStyle": "inset outset", "borderColor": "#a48",
                                     "boxSizing": "border-box"}))
fixture("border-dashed-sides-colors", card({"borderWidth": 6, "borderStyle": "dashed",
                                            "borderColor": "red green blue orange", "boxSizing": "border-box"}))
fixture("border-dotted-radius-alpha", card({"border": "10px dotted rgba(0,0,128,0.5)", "borderRadius": 50,
                                            "boxSizing": "border-box"}))
fixture("shadow-offset-large-blur-radius", card({"backgroundColor": "white", "borderRadius": 40,
                                                 "boxSizing": "border-box",
                                                 "boxShadow": "20px 20px 40px rgba(0,0,0,0.7)"},
                                                w=100, h=70, m=30))
fixture("shadow-inset-multiple", card({"backgroundColor": "white", "boxSizing": "border-box",
                                       "boxShadow": "inset 0 10px 0 red, inset 0 -10px 0 blue, "
                                                    "inset 10px 0 8px green"}, w=120, h=80, m=40))
fixture("filter-on-children-order", card({"filter": "hue-rotate(180deg) saturate(2)"},
                                         div({"height": 40, "backgroundColor": "red"}),
                                         div({"height": 40, "backgroundColor": "lime"})))
fixture("filter-blur-radius-clip", card({"overflow": "hidden", "borderRadius": 30, "boxSizing": "border-box"},
                                        div({"height": 130, "filter": "blur(8px)",
                                             "backgroundImage": "linear-gradient(45deg, red, blue)"})))
fixture("clip-polygon-evenodd", card({"backgroundColor": "purple", "clipPath":
                                      "polygon(evenodd, 10% 10%, 90% 10%, 90% 90%, 10% 90%, 10% 10%, 30% 30%, "
                                      "70% 30%, 70% 70%, 30% 70%, 30% 30%)"}))
fixture("clip-inset-pct-round", card({"backgroundImage": "linear-gradient(red, blue)",
                                      "clipPath": "inset(10% 20% round 10px 30px)"}))
fixture("clip-path-arcs", card({"backgroundColor": "darkgreen",
                                "clipPath": "path('M 20 65 A 70 50 0 0 1 160 65 Q 90 140 20 65 Z')"}))
fixture("clip-content-box", card({"backgroundColor": "orange", "padding": 20, "border": "8px solid black",
                                  "boxSizing": "border-box", "clipPath": "circle(50%) content-box"}))
fixture("mask-repeat-position", card({"backgroundImage": "linear-gradient(red, blue)",
                                      "maskImage": "linear-gradient(black, transparent)",
                                      "maskSize": "100% 40px", "maskRepeat": "repeat-y"}))
fixture("mask-shorthand", card({"backgroundImage": "linear-gradient(45deg, crimson, navy)",
                                "mask": "radial-gradient(circle, black 60%, transparent 62%) center / 40px 40px "
                                        "space, linear-gradient(black, black) center / 50% 20% no-repeat"}))
fixture("order-flex-order-property", canvas(
    div({"display": "flex", "width": 180, "height": 100, "margin": 10},
        div({"width": 80, "height": 80, "backgroundColor": "red", "order": 2}),
        div({"width": 80, "height": 80, "marginLeft": -40, "marginTop": 10, "backgroundColor": "blue",
             "order": 1}),
        div({"width": 80, "height": 80, "marginLeft": -40, "marginTop": 20, "backgroundColor": "green",
             "order": 3}))))
fixture("webkit-prefixed-clip-text", div(
    {"display": "flex", "width": 200, "height": 150, "alignItems": "center", "justifyContent": "center",
     "fontSize": 40, "fontWeight": 700, "backgroundImage": "linear-gradient(90deg, #f06, #48f)",
     "WebkitBackgroundClip": "text", "WebkitTextFillColor": "transparent", "color": "black"}, "Prefix"),
    preset="satori")
fixture("blend-over-image", canvas(
    div({"width": 200, "height": 150, "backgroundImage": "repeating-linear-gradient(45deg, #000 0 10px, "
                                                          "#fff 10px 20px)"}),
    div({"position": "absolute", "left": 30, "top": 30, "width": 140, "height": 90, "borderRadius": 45,
         "backgroundColor": "rgb(255, 100, 0)", "mixBlendMode": "difference"}),
    style={"position": "relative", "isolation": "isolate"}))
fixture("satori-card", div(
    {"display": "flex", "flexDirection": "column", "justifyContent": "center", "alignItems": "center",
     "width": 200, "height": 150, "backgroundImage": "linear-gradient(135deg, #0f172a, #334155)",
     "color": "white", "fontSize": 22, "fontWeight": 700},
    div({"display": "flex", "padding": "6px 12px", "borderRadius": 999, "backgroundColor": "rgba(255,255,255,.15)",
         "boxShadow": "0 4px 10px rgba(0,0,0,.4)", "border": "1px solid rgba(255,255,255,.4)"}, "ogrender"),
    div({"display": "flex", "marginTop": 10, "fontSize": 13, "color": "#94a3b8"}, "Open Graph")),
    preset="satori")
fixture("satori-row-zindex", div(
    {"display": "flex", "width": 200, "height": 150, "backgroundColor": "#fff"},
    div({"display": "flex", "width": 90, "height": 90, "margin": 20, "backgroundColor": "red", "zIndex": 1}),
    div({"display": "flex", "width": 90, "height": 90, "marginLeft": -70, "marginTop": 40,
         "backgroundColor": "rgba(0,0,255,.8)"})),
    preset="satori")


# -- degenerate values (what Chromium does at the edges of the grammars) ---------------------------------

bg("edge-radial-zero", "radial-gradient(circle 0px, red, blue)", backgroundColor="#eee")
bg("edge-radial-ellipse-zero-height", "radial-gradient(50px 0px, red, blue)", backgroundColor="#eee")
bg("edge-linear-one-position", "linear-gradient(to right, red 40%, blue 40%, lime 40%)")
bg("edge-size-zero", "linear-gradient(red, blue)", backgroundSize="0 20px", backgroundColor="#eee")
bg("edge-conic-one-position", "conic-gradient(red 30%, blue 30%)")
fixture("edge-shadow-spread-swallows", card({"backgroundColor": "white", "boxSizing": "border-box",
                                             "boxShadow": "0 0 0 -80px black, inset 0 0 0 -5px red"},
                                            w=120, h=80, m=40))
fixture("edge-scale-zero", card({"backgroundColor": "red", "transform": "scale(0)"}))
fixture("edge-clip-circle-zero", card({"backgroundColor": "red", "clipPath": "circle(0)"}))
fixture("edge-opacity-zero-child", card({"opacity": 0, "backgroundColor": "red"},
                                        div({"width": 50, "height": 50, "backgroundColor": "blue", "opacity": 1})))
fixture("edge-zindex-static-ignored", canvas(
    div({"width": 100, "height": 80, "backgroundColor": "red", "zIndex": 10}),
    div({"width": 100, "height": 80, "marginTop": -40, "marginLeft": 40, "backgroundColor": "blue"})))
fixture("edge-radius-huge", card({"backgroundColor": "teal", "borderRadius": "1000px 10px",
                                  "border": "5px solid black", "boxSizing": "border-box"}))
fixture("edge-border-wider-than-box", card({"border": "40px solid", "borderColor": "red green blue gold",
                                            "borderRadius": 30, "boxSizing": "border-box"}, w=60, h=50, m=60))
fixture("edge-blur-zero", card({"backgroundImage": "linear-gradient(red, blue)", "filter": "blur(0)"}))
fixture("edge-hint-at-stop", card({"backgroundImage": "linear-gradient(to right, red, 0%, blue)"}))


# -- seeded random combinations -------------------------------------------------------------------------

def _random_style(rnd) -> dict:
    colors = ["red", "navy", "gold", "teal", "#f06", "rgba(0,0,0,0.4)", "rgba(255,255,255,0.7)", "hsl(120 60% 40%)",
              "transparent", "white", "black", "orange"]
    style: dict = {"width": rnd.choice([40, 60, 90, 120]), "height": rnd.choice([30, 50, 70, 90])}
    style["marginLeft"] = rnd.choice([0, 10, 20, -10])
    style["marginTop"] = rnd.choice([0, 10, 20, -10])
    if rnd.random() < 0.6:
        style["backgroundColor"] = rnd.choice(colors)
    if rnd.random() < 0.4:
        a, b = rnd.sample(colors, 2)
        style["backgroundImage"] = rnd.choice([
            f"linear-gradient({rnd.choice([0, 30, 90, 135, 210])}deg, {a}, {b})",
            f"radial-gradient(circle at {rnd.choice([0, 30, 50, 100])}% {rnd.choice([0, 50, 80])}%, {a}, {b})",
            f"conic-gradient(from {rnd.choice([0, 45, 90])}deg, {a}, {b}, {a})",
            f"repeating-linear-gradient({rnd.choice([45, 90])}deg, {a} 0 6px, {b} 6px 12px)"])
    if rnd.random() < 0.5:
        style["border"] = f"{rnd.choice([1, 2, 4, 6])}px {rnd.choice(['solid', 'solid', 'dashed', 'double'])} " \
                          f"{rnd.choice(colors[:8])}"
    if rnd.random() < 0.5:
        style["borderRadius"] = rnd.choice([4, 12, 24, "50%", "20px 0", "30% / 20%"])
    if rnd.random() < 0.3:
        style["boxShadow"] = f"{rnd.choice([0, 4, -4])}px {rnd.choice([0, 4, 8])}px {rnd.choice([0, 6, 12])}px " \
                             f"{rnd.choice([0, 2, -2])}px {rnd.choice(['rgba(0,0,0,.5)', 'navy', 'rgba(255,0,0,.6)'])}"
        if rnd.random() < 0.3:
            style["boxShadow"] = "inset " + style["boxShadow"]
    if rnd.random() < 0.25:
        style["opacity"] = rnd.choice([0.3, 0.6, 0.9])
    if rnd.random() < 0.25:
        style["transform"] = rnd.choice(["rotate(10deg)", "rotate(-30deg) scale(0.8)", "translate(10px, -5px)",
                                         "skewX(10deg)", "scale(1.2, 0.8)"])
    if rnd.random() < 0.3:
        style["position"] = rnd.choice(["relative", "absolute"])
        if style["position"] == "absolute":
            style["left"], style["top"] = rnd.choice([0, 20, 50, 90]), rnd.choice([0, 20, 50])
        if rnd.random() < 0.6:
            style["zIndex"] = rnd.choice([-1, 0, 1, 2])
    if rnd.random() < 0.15:
        style["overflow"] = "hidden"
    if rnd.random() < 0.1:
        style["filter"] = rnd.choice(["blur(2px)", "grayscale(1)", "hue-rotate(90deg)", "brightness(1.3)"])
    return style


def _random_tree(rnd, depth: int = 0) -> dict:
    style = _random_style(rnd)
    position = style.pop("position", "static")
    children = []
    if depth < 2:
        for _ in range(rnd.choice([0, 1, 2, 3])):
            children.append(_random_tree(rnd, depth + 1))
    return div(style, *children, position=position, boxSizing=rnd.choice(["content-box", "border-box"]))


def _random_fixtures(count: int) -> None:
    import random
    for seed in range(count):
        rnd = random.Random(seed)
        tree = canvas(*[_random_tree(rnd) for _ in range(rnd.choice([1, 2, 3]))],
                      style={"position": "relative", "padding": 10, "boxSizing": "border-box"})
        fixture(f"random-{seed:03d}", tree)


_random_fixtures(60)


# -- running Chromium ---------------------------------------------------------------------------------

def batch_page(fixtures: list[dict]) -> str:
    cells = []
    for k, f in enumerate(fixtures):
        x, y = (k % COLUMNS) * PITCH_X, (k // COLUMNS) * PITCH_Y
        root = element_html(build_tree(f["tree"]))
        # the satori preset's canvas is Satori's root container (as tools/chromium.py page() makes it)
        display = ("display: flex; flex-wrap: wrap; align-items: flex-start; align-content: flex-start"
                   if f["preset"] == "satori" else "display: block")
        cells.append(f'<div class="canvas-{f["preset"]}" style="{display}; position: absolute; left: {x}px; '
                     f'top: {y}px; width: {f["width"]}px; height: {f["height"]}px; overflow: hidden; '
                     f'isolation: isolate">{root}</div>')
    sheets = "\n".join(preset_sheet(p).replace("#canvas", f".canvas-{p}") for p in ("browser", "satori"))
    return f"""<!doctype html><html><head><meta charset="utf-8"><style>
{font_faces()}
html, body {{ margin: 0; padding: 0; background: transparent; }}
body {{ font-family: 'Inter'; font-size: 16px; line-height: normal; }}
{sheets}
</style></head><body>{"".join(cells)}</body></html>"""


def shoot_batch(fixtures: list[dict]) -> list[np.ndarray]:
    import skia
    width = COLUMNS * PITCH_X + 40
    height = ROWS * PITCH_Y + 40
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "shot.png"
        result = run_chromium(batch_page(fixtures), f"--screenshot={out}", "--virtual-time-budget=5000",
                              "--default-background-color=00000000", width=width, height=height, timeout=300)
        if not out.exists():
            raise SystemExit(f"chromium made no screenshot:\n{result.stderr[-2000:]}")
        image = skia.Image.open(str(out)).toarray(colorType=skia.ColorType.kRGBA_8888_ColorType,
                                                   alphaType=skia.AlphaType.kUnpremul_AlphaType)
    crops = []
    for k, f in enumerate(fixtures):
        x, y = (k % COLUMNS) * PITCH_X, (k // COLUMNS) * PITCH_Y
        crops.append(np.ascontiguousarray(image[y:y + f["height"], x:x + f["width"]]))
    return crops


def save_png(array: np.ndarray, path: Path) -> None:
    import skia
    skia.Image.fromarray(array, colorType=skia.ColorType.kRGBA_8888_ColorType,
                         alphaType=skia.AlphaType.kUnpremul_AlphaType).save(str(path), skia.EncodedImageFormat.kPNG)


def unchanged(path: Path, crop: np.ndarray) -> bool:
    import skia
    if not path.exists():
        return False
    old = skia.Image.open(str(path)).toarray(colorType=skia.ColorType.kRGBA_8888_ColorType,
                                             alphaType=skia.AlphaType.kUnpremul_AlphaType)
    return old.shape == crop.shape and int(np.abs(old.astype(int) - crop.astype(int)).max()) <= 2


def generate(out: Path, only: list[str] | None = None, jobs: int = 2) -> None:
    out.mkdir(parents=True, exist_ok=True)
    fixtures = [f for f in FIXTURES if not only or any(f["id"].startswith(o) for o in only)]
    per_page = COLUMNS * ROWS
    batches = [fixtures[i:i + per_page] for i in range(0, len(fixtures), per_page)]
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        results = list(pool.map(shoot_batch, batches))
    kept = 0
    for batch, crops in zip(batches, results):
        for f, crop in zip(batch, crops):
            path = out / f"{f['id']}.png"
            if unchanged(path, crop):
                kept += 1  # Chromium's gradient dithering varies by +-1 between runs: keep the data stable
                continue
            save_png(crop, path)
    if kept:
        print(f"kept {kept} stored PNGs that differ by at most 2 per channel")
    index = [{k: f[k] for k in ("id", "width", "height", "preset", "tree")} for f in FIXTURES]
    (out / "index.json").write_text(json.dumps({"fixtures": index}, indent=None, separators=(",", ":")) + "\n",
                                    encoding="utf-8")
    print(f"wrote {len(fixtures)} reference PNGs and index.json ({len(FIXTURES)} fixtures) to {out}")


def report() -> None:
    sys.path.insert(0, str(ROOT / "tests"))
    from conformance.paint import compare_fixture  # noqa: E402
    rows = []
    for f in FIXTURES:
        try:
            share, _, _ = compare_fixture(f, DATA)
        except Exception as exc:  # noqa: BLE001 - a report lists every fixture
            print(f"{f['id']}: {type(exc).__name__}: {exc}")
            share = 1.0
        rows.append((share, f["id"]))
    rows.sort(reverse=True)
    passing = sum(1 for share, _ in rows if share <= 0.01)
    print(f"{passing} of {len(rows)} fixtures within 1% of differing pixels")
    for share, fid in rows:
        print(f"{share * 100:7.2f}%  {fid}")


def svg_report() -> None:
    """ogrender's SVG of every fixture, rendered by Chromium (raster parts included), against the PNGs."""
    import base64
    import warnings

    import skia
    sys.path.insert(0, str(ROOT / "tests"))
    from conformance.paint import decode, differing  # noqa: E402
    from ogrender import render  # noqa: E402
    warnings.simplefilter("ignore")
    rows = []
    per_page = COLUMNS * ROWS
    for start in range(0, len(FIXTURES), per_page):
        batch = FIXTURES[start:start + per_page]
        cells = []
        for k, f in enumerate(batch):
            svg = render(f["tree"], f["width"], f["height"], preset=f["preset"], format="svg")
            url = "data:image/svg+xml;base64," + base64.b64encode(svg).decode()
            x, y = (k % COLUMNS) * PITCH_X, (k // COLUMNS) * PITCH_Y
            cells.append(f'<img style="position: absolute; left: {x}px; top: {y}px; width: {f["width"]}px; '
                         f'height: {f["height"]}px" src="{url}">')
        page = ("<!doctype html><html><body style='margin: 0; background: transparent'>" + "".join(cells)
                + "</body></html>")
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "svg.png"
            run_chromium(page, f"--screenshot={out}", "--virtual-time-budget=5000",
                         "--default-background-color=00000000", width=COLUMNS * PITCH_X + 40,
                         height=ROWS * PITCH_Y + 40, timeout=300)
            shot = skia.Image.open(str(out)).toarray(colorType=skia.ColorType.kRGBA_8888_ColorType,
                                                     alphaType=skia.AlphaType.kUnpremul_AlphaType)
        for k, f in enumerate(batch):
            x, y = (k % COLUMNS) * PITCH_X, (k // COLUMNS) * PITCH_Y
            got = np.ascontiguousarray(shot[y:y + f["height"], x:x + f["width"]])
            expected = decode((DATA / f"{f['id']}.png").read_bytes())
            rows.append((float(differing(expected, got).mean()), f["id"]))
    rows.sort(reverse=True)
    print(f"{sum(1 for share, _ in rows if share <= 0.01)} of {len(rows)} SVGs (drawn by Chromium) within 1%")
    for share, fid in rows:
        print(f"{share * 100:7.2f}%  {fid}")


def pdf_report() -> None:
    """ogrender's PDF of every fixture, rasterized by PDFium (pip install pypdfium2; maintainers only),
    against the PNGs, both over white."""
    import warnings

    import pypdfium2
    sys.path.insert(0, str(ROOT / "tests"))
    from conformance.paint import decode, differing, over_white  # noqa: E402
    from ogrender import render  # noqa: E402
    warnings.simplefilter("ignore")
    rows = []
    for f in FIXTURES:
        pdf = render(f["tree"], f["width"], f["height"], preset=f["preset"], format="pdf")
        page = pypdfium2.PdfDocument(pdf)[0]
        rgb = np.asarray(page.render(scale=1, fill_color=(255, 255, 255, 255)).to_numpy())[..., ::-1]
        got = np.concatenate([rgb, np.full(rgb.shape[:2] + (1,), 255, np.uint8)], axis=2)
        white = over_white(decode((DATA / f"{f['id']}.png").read_bytes()))
        white[..., 3] = 255
        rows.append((float(differing(white.astype(np.uint8), got).mean()), f["id"]))
    rows.sort(reverse=True)
    print(f"{sum(1 for share, _ in rows if share <= 0.01)} of {len(rows)} PDFs (drawn by PDFium) within 1%")
    for share, fid in rows:
        print(f"{share * 100:7.2f}%  {fid}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--only", action="append", help="id prefix (repeatable)")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--list", action="store_true")
    parser.add_argument("--report", action="store_true")
    parser.add_argument("--svg-report", action="store_true", help="ogrender's SVGs drawn by Chromium")
    parser.add_argument("--pdf-report", action="store_true", help="ogrender's PDFs drawn by PDFium (pypdfium2)")
    args = parser.parse_args()
    if args.list:
        for f in FIXTURES:
            print(f["id"])
        print(f"{len(FIXTURES)} fixtures")
    elif args.report:
        report()
    elif args.svg_report:
        svg_report()
    elif args.pdf_report:
        pdf_report()
    else:
        generate(args.out or DATA, args.only, args.jobs)


if __name__ == "__main__":
    main()
