"""Maintainer tool: Chromium geometry of replaced elements (``<img>`` and inline ``<svg>``).

    python tools/image_fixtures.py --out tests/conformance/data/images/geometry.json   # needs chromium
    python tools/image_fixtures.py --paint        # reference PNGs -> tests/conformance/data/images/paint/

In: the fixtures below (Satori element objects; images are small generated PNG / SVG ``data:`` URLs made by
:func:`images`, so the same bytes on every run). Each fixture is shown in its own canvas (``display: block``
for the ``browser`` preset, the preset's rules as a style sheet, as tools/chromium.py builds pages); the
script waits for every image to decode and for the bundled Inter, then records the border box ``[x, y, w,
h]`` of every element in pre-order relative to the canvas, rounded to Blink's 1/64 px.

Out: ``{"chromium": version, "images": {name: data URL}, "fixtures": [{"id", "preset", "width",
"height", "tree", "boxes"}]}``; ``tree`` refers to images by name (``"src": "@png40x20"``), replaced by
the data URL when replayed (tests/layout/test_replaced.py).
"""

from __future__ import annotations

import argparse
import base64
import html
import io
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from chromium import ROOT, element_html, font_faces, preset_sheet, run_chromium  # noqa: E402
from layout_fixtures import chromium_version, snap  # noqa: E402

from ogrender.tree import build_tree  # noqa: E402

DEFAULT_OUT = ROOT / "tests" / "conformance" / "data" / "images" / "geometry.json"


def png(w: int, h: int, rgb=(255, 0, 0)) -> str:
    from PIL import Image
    buf = io.BytesIO()
    Image.new("RGB", (w, h), rgb).save(buf, "PNG")
    return "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode()


def svg(attrs: str) -> str:
    body = f'<svg xmlns="http://www.w3.org/2000/svg" {attrs}><rect width="10" height="10" fill="red"/></svg>'
    return "data:image/svg+xml;base64," + base64.b64encode(body.encode()).decode()


def images() -> dict[str, str]:
    return {
        "png40x20": png(40, 20),
        "png30x60": png(30, 60, (0, 0, 255)),
        "svg50x25": svg('width="50" height="25"'),
        "svg1in": svg('width="1in" height="0.5in"'),
        "svgvb": svg('viewBox="0 0 40 10"'),
        "svgw60vb": svg('width="60" viewBox="0 0 40 10"'),
        "svgnone": svg(""),
        "png800x400": png(800, 400, (0, 128, 0)),
    }


def img(src, style=None, **attrs):
    props = {"src": "@" + src, **attrs}
    if style:
        props["style"] = style
    return {"type": "img", "props": props}


def div(*children, **style):
    return {"type": "div", "props": {"style": style, "children": list(children)}}


def fixtures() -> list[dict]:
    out = []

    def fx(name, tree, preset="browser", width=400, height=300):
        out.append({"id": name, "preset": preset, "width": width, "height": height, "tree": tree})

    block = dict(display="block", position="static", boxSizing="content-box")
    flexd = dict(display="flex", position="static", boxSizing="content-box")
    # Sizing from attributes and CSS, in block flow (img is display: inline there, an atomic inline).
    for name in ("png40x20", "svg50x25", "svg1in", "svgvb", "svgw60vb", "svgnone"):
        fx(f"block_natural_{name}", div(img(name), **block))
        fx(f"block_block_{name}", div(img(name, {"display": "block"}), **block))
        fx(f"flex_natural_{name}", div(img(name), **flexd))
        fx(f"flexcol_natural_{name}", div(img(name), flexDirection="column", **flexd))
    for name in ("png40x20", "svgvb"):
        fx(f"block_wattr_{name}", div(img(name, width=80), **block))
        fx(f"block_hattr_{name}", div(img(name, height=50), **block))
        fx(f"block_both_{name}", div(img(name, width=30, height=70), **block))
        fx(f"block_cssw_{name}", div(img(name, {"width": "100px"}), **block))
        fx(f"block_cssh_{name}", div(img(name, {"height": "100px"}), **block))
        fx(f"block_css_over_attr_{name}", div(img(name, {"width": "60px"}, width=200, height=100), **block))
        fx(f"block_pct_{name}", div(img(name, {"width": "50%"}), width="300px", **block))
        fx(f"flex_wattr_{name}", div(img(name, width=80), **flexd))
        fx(f"flex_hattr_{name}", div(img(name, height=50), **flexd))
        fx(f"flex_both_{name}", div(img(name, width=30, height=70), **flexd))
        fx(f"flex_start_{name}", div(img(name), div(height="100px", width="10px", **block),
                                     alignItems="flex-start", **flexd))
        fx(f"flex_stretch_{name}", div(img(name), div(height="100px", width="10px", **block), **flexd))
        fx(f"flex_shrink_{name}", div(img(name, {"width": "300px"}), div(width="300px", height="10px", **block),
                                      width="400px", **flexd))
        fx(f"flex_minw0_{name}", div(img(name, {"width": "300px", "minWidth": "0"}),
                                     div(width="300px", height="10px", **block), width="400px", **flexd))
        fx(f"flex_grow_{name}", div(img(name, {"flexGrow": "1"}), width="200px", **flexd))
        fx(f"flexcol_stretch_{name}", div(img(name), width="200px", flexDirection="column", **flexd))
    for name in ("png40x20", "png30x60"):
        fx(f"minmax_maxw_{name}", div(img(name, {"maxWidth": "20px"}), **block))
        fx(f"minmax_maxh_{name}", div(img(name, {"maxHeight": "10px"}), **block))
        fx(f"minmax_minw_{name}", div(img(name, {"minWidth": "100px"}), **block))
        fx(f"minmax_minh_{name}", div(img(name, {"minHeight": "100px"}), **block))
        fx(f"minmax_both_{name}", div(img(name, {"maxWidth": "20px", "maxHeight": "15px"}), **block))
        fx(f"minmax_conflict_{name}", div(img(name, {"minWidth": "100px", "maxHeight": "10px"}), **block))
        fx(f"edges_{name}", div(img(name, {"padding": "5px", "borderWidth": "3px", "borderStyle": "solid",
                                           "margin": "7px"}), **block))
        fx(f"borderbox_{name}", div(img(name, {"padding": "5px", "width": "50px", "boxSizing": "border-box"}),
                                    **block))
        fx(f"inline_row_{name}", div(img(name), img("png40x20", {"marginLeft": "4px"}), img("svg50x25"),
                                     **block))
        fx(f"satori_{name}", div(img(name)), preset="satori")
        fx(f"satori_w_{name}", div(img(name, width=100)), preset="satori")
        fx(f"satori_col_{name}", div(img(name, height=100), flexDirection="column"), preset="satori")
        fx(f"satori_pad_{name}", div(img(name, {"padding": "10px"}, width=100)), preset="satori")
    # No natural width, a ratio: what the shrink-to-fit width is.
    fx("stf_inline_block_svgvb", div(div(img("svgvb"), display="inline-block", position="static",
                                         boxSizing="content-box"), **block))
    fx("stf_flex_item_svgvb", div(div(img("svgvb"), **block), alignItems="flex-start", **flexd))
    fx("stf_flex_item_wrap_svgvb", div(div(img("svgvb"), **block), div(width="100px", height="5px", **block),
                                       alignItems="flex-start", width="200px", **flexd))
    fx("stf_abspos_svgvb", div(img("svgvb", {"position": "absolute"}), position="relative", width="200px",
                               display="block", boxSizing="content-box"))
    fx("stf_inline_block_svgnone", div(div(img("svgnone"), display="inline-block", position="static",
                                           boxSizing="content-box"), **block))
    # Positioned, centred, percentage heights, with text.
    rel = dict(display="block", position="relative", boxSizing="content-box")
    for name in ("png40x20", "svgvb", "svgnone"):
        fx(f"abspos_stretch_insets_{name}", div(img(name, {"position": "absolute", "left": "0", "right": "0",
                                                         "top": "0", "bottom": "0"}), width="200px", height="100px", **rel))
        fx(f"abspos_left_right_{name}", div(img(name, {"position": "absolute", "left": "10px", "right": "10px"}),
                                           width="200px", height="100px", **rel))
        fx(f"abspos_right_{name}", div(img(name, {"position": "absolute", "right": "10px", "bottom": "5px"}),
                                      width="200px", height="100px", **rel))
    fx("block_margin_auto", div(img("png40x20", {"display": "block", "margin": "0 auto"}), **block))
    fx("pct_height", div(img("png40x20", {"height": "50%"}), height="100px", **block))
    fx("pct_height_indefinite", div(img("png40x20", {"height": "50%"}), **block))
    fx("flexcol_center", div(img("png40x20"), img("svgvb"), flexDirection="column", alignItems="center",
                             width="200px", **flexd))
    fx("flex_center_both", div(img("png40x20"), img("png30x60"), alignItems="center", height="100px", **flexd))
    fx("flex_baseline", div(img("png40x20"), img("png30x60"), alignItems="baseline", **flexd))
    fx("text_and_img", div("Hello ", img("png40x20"), " world", **block))
    fx("text_and_tall_img", div("Hi ", img("png30x60"), **block))
    fx("img_vertical_align_middle", div("Hi ", img("png30x60", {"verticalAlign": "middle"}), **block))
    # Responsive patterns: max-width: 100% with height auto, width: 100%.
    fx("responsive_max_width", div(img("png800x400", {"maxWidth": "100%", "height": "auto"}), width="300px", **block))
    fx("responsive_attrs_max_width", div(img("png800x400", {"maxWidth": "100%", "height": "auto"}, width=800,
                                             height=400), width="300px", **block))
    fx("responsive_width_100", div(img("png800x400", {"width": "100%", "height": "auto"}, width=10, height=10),
                                   width="300px", **block))
    fx("responsive_flexcol", div(img("png800x400", {"maxWidth": "100%"}), width="300px", flexDirection="column",
                                 **flexd))
    fx("responsive_flexrow", div(img("png800x400", {"maxWidth": "100%"}), width="300px", **flexd))
    fx("inline_block_parent_pct", div(div(img("png800x400", {"width": "50%"}), display="inline-block",
                                          position="static", boxSizing="content-box"), width="300px", **block))
    fx("max_height_pct", div(img("png800x400", {"maxHeight": "50%"}), height="100px", **block))
    span = {"type": "span", "props": {"children": ["Hi ", img("png40x20"), " there"]}}
    fx("img_in_span", div(span, **block))
    fx("img_in_link_flex", div({"type": "a", "props": {"children": [img("png40x20")]}}, **flexd))
    fx("svg_in_span", div({"type": "span", "props": {"children": [
        "A ", {"type": "svg", "props": {"width": 16, "height": 16, "viewBox": "0 0 1 1"}}, " B"]}}, **block))
    # Satori-style cards.
    fx("satori_card_avatar", div(img("png30x60", {"borderRadius": "50%", "objectFit": "cover"}, width=96, height=96),
                                 div(width="100px", height="20px"), flexDirection="column", alignItems="center",
                                 justifyContent="center", width="400px", height="300px"), preset="satori")
    fx("satori_logo_row", div(img("svg50x25", {"height": "40px"}), div(width="50px", height="10px"),
                              img("svgvb", {"height": "20px"}), alignItems="center", gap="10px"), preset="satori")
    fx("satori_bg_cover", div(img("png40x20", {"position": "absolute", "width": "100%", "height": "100%",
                                               "objectFit": "cover"}), width="300px", height="200px"),
       preset="satori")
    fx("satori_grow_img", div(img("png40x20", {"flexGrow": "1"}), div(width="100px", height="10px"),
                              width="300px"), preset="satori")
    fx("inline_svg_vb_flex", div({"type": "svg", "props": {"viewBox": "0 0 8 4"}}, width="200px", **flexd))
    fx("inline_svg_none_flex", div({"type": "svg", "props": {}}, **flexd))
    fx("inline_svg_css_size", div({"type": "svg", "props": {"viewBox": "0 0 8 4", "style": {"width": "48px"}}},
                                  **block))
    fx("inline_svg_size", div({"type": "svg", "props": {"width": 64, "height": 32, "viewBox": "0 0 8 4"}},
                              **block))
    fx("inline_svg_vb", div({"type": "svg", "props": {"viewBox": "0 0 8 4"}}, width="200px", **block))
    fx("inline_svg_none", div({"type": "svg", "props": {}}, **block))
    fx("inline_svg_flex", div({"type": "svg", "props": {"width": 24, "height": 24}}, **flexd))
    fx("satori_svg", div({"type": "svg", "props": {"width": 24, "height": 48, "viewBox": "0 0 1 2"}}),
       preset="satori")
    return out


def resolve(tree, table: dict[str, str]):
    """A fixture's tree with ``@name`` image references replaced by their data URLs."""
    if isinstance(tree, dict):
        return {k: resolve(v, table) for k, v in tree.items()}
    if isinstance(tree, list):
        return [resolve(v, table) for v in tree]
    if isinstance(tree, str) and tree.startswith("@") and tree[1:] in table:
        return table[tree[1:]]
    return tree


SCRIPT = r"""
<script>
async function main() {
  await document.fonts.load("16px 'Inter'");
  await document.fonts.ready;
  await Promise.all([...document.images].map((i) => i.complete ? null :
    new Promise((done) => { i.onload = done; i.onerror = done; })));
  const out = [];
  for (const canvas of document.querySelectorAll('body > div.canvas')) {
    canvas.style.cssText += '; ' + canvas.dataset.display;
    const root = canvas.firstElementChild;
    const els = [root, ...root.querySelectorAll('*')];
    const origin = canvas.getBoundingClientRect();
    out.push(els.map((el) => { const r = el.getBoundingClientRect();
      return [r.left - origin.left, r.top - origin.top, r.width, r.height]; }));
    canvas.style.display = 'none';
  }
  return {font: document.fonts.check("16px 'Inter'"), boxes: out};
}
main().then((o) => { document.getElementById('result').textContent = JSON.stringify(o); },
            (e) => { document.getElementById('result').textContent = JSON.stringify({error: String(e)}); });
</script>"""


def page(items: list[dict], table) -> str:
    sheets, canvases = [], []
    for i, f in enumerate(items):
        canvas_display = ("display: flex; flex-wrap: wrap; align-items: flex-start; align-content: flex-start"
                          if f["preset"] == "satori" else "display: block")
        sheets.append(preset_sheet(f["preset"]).replace("#canvas", f"#c{i}"))
        body = element_html(build_tree(resolve(f["tree"], table)))
        canvases.append(f'<div class="canvas" id="c{i}" data-display="{canvas_display}" '
                        f'style="position: absolute; left: 0; top: 0; '
                        f'width: {f["width"]}px; height: {f["height"]}px; {canvas_display}; display: none">'
                        f'{body}</div>')
    return f"""<!doctype html><html><head><meta charset="utf-8"><style>
{font_faces()}
body {{ margin: 0; font-family: 'Inter'; font-size: 16px; line-height: normal; }}
{chr(10).join(sheets)}
</style></head><body>{''.join(canvases)}<pre id="result"></pre>{SCRIPT}</body></html>"""


def measure(items: list[dict], table) -> list:
    result = run_chromium(page(items, table), "--dump-dom", "--virtual-time-budget=10000", width=1200,
                          height=1000, timeout=300)
    m = re.search(r'<pre id="result">(.*?)</pre>', result.stdout, re.S)
    if not m or not m.group(1):
        raise SystemExit(f"no result from chromium: {result.stderr[-1500:]}")
    out = json.loads(html.unescape(m.group(1)))
    if "error" in out or not out["font"]:
        raise SystemExit(f"measuring failed: {out.get('error', 'Inter did not load')}")
    return [[[snap(v) for v in b] for b in boxes] for boxes in out["boxes"]]


# -- paint: reference PNGs -------------------------------------------------------------------------------

PAINT_OUT = ROOT / "tests" / "conformance" / "data" / "images" / "paint"
CELL_W, CELL_H, PITCH = 120, 90, 130


def quadrants(w: int, h: int) -> str:
    """A w x h PNG with four flat quadrants (red, blue / green, yellow), for object-fit and scaling."""
    from PIL import Image
    im = Image.new("RGB", (w, h))
    colors = ((255, 0, 0), (0, 0, 255), (0, 160, 0), (255, 200, 0))
    px = im.load()
    for y in range(h):
        for x in range(w):
            px[x, y] = colors[(2 if y >= h // 2 else 0) + (1 if x >= w // 2 else 0)]
    buf = io.BytesIO()
    im.save(buf, "PNG")
    return "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode()


def exif_jpeg() -> str:
    """A 40 x 20 JPEG (left half red, right half blue) tagged with EXIF orientation 6 (shown rotated
    90 degrees clockwise: 20 x 40, red on top)."""
    from PIL import Image
    im = Image.new("RGB", (40, 20), (255, 0, 0))
    im.paste((0, 0, 255), (20, 0, 40, 20))
    exif = Image.Exif()
    exif[0x0112] = 6
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=95, exif=exif.tobytes())
    return "data:image/jpeg;base64," + base64.b64encode(buf.getvalue()).decode()


def p3_png() -> str:
    """A 40 x 20 PNG of (200, 100, 50) tagged Display P3 (profile built by tests/images/icc.py)."""
    sys.path.insert(0, str(ROOT / "tests" / "images"))
    from icc import display_p3
    from PIL import Image
    buf = io.BytesIO()
    Image.new("RGB", (40, 20), (200, 100, 50)).save(buf, "PNG", icc_profile=display_p3())
    return "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode()


def paint_images() -> dict[str, str]:
    return {
        "p3": p3_png(),
        "q4": quadrants(4, 4), "q40x20": quadrants(40, 20), "q64": quadrants(64, 64),
        "svgvb": svg('viewBox="0 0 40 10"'),
        "svgcirc": "data:image/svg+xml;base64," + base64.b64encode(
            b'<svg xmlns="http://www.w3.org/2000/svg" width="20" height="10" viewBox="0 0 20 10">'
            b'<rect width="10" height="10" fill="#0a0"/><circle cx="15" cy="5" r="5" fill="#00f"/></svg>').decode(),
        "svgnovb": "data:image/svg+xml;base64," + base64.b64encode(
            b'<svg xmlns="http://www.w3.org/2000/svg" width="20" height="10">'
            b'<rect width="10" height="10" fill="#0a0"/><rect x="10" width="10" height="10" fill="#00f"/></svg>'
        ).decode(),
        "exif6": exif_jpeg(),
    }


def paint_fixtures() -> list[dict]:
    out = []
    white = dict(display="block", position="relative", boxSizing="content-box", width=f"{CELL_W}px",
                 height=f"{CELL_H}px", backgroundColor="white", overflow="hidden")

    def fx(name, *children):
        out.append({"id": name, "preset": "browser", "width": CELL_W, "height": CELL_H,
                    "tree": {"type": "div", "props": {"style": white, "children": list(children)}}})

    def at(src, style=None, **attrs):
        st = {"display": "block", "position": "absolute", "left": "10px", "top": "10px", **(style or {})}
        return img(src, st, **attrs)

    fx("scale_up_q4", at("q4", width=40, height=40))
    fx("scale_down_q64", at("q64", width=16, height=16))
    fx("scale_uneven_q40x20", at("q40x20", width=100, height=30))
    for fit in ("fill", "contain", "cover", "none", "scale-down"):
        fx(f"fit_{fit}", at("q40x20", {"objectFit": fit, "backgroundColor": "#ddd"}, width=60, height=60))
    fx("fit_cover_pos_left", at("q40x20", {"objectFit": "cover", "objectPosition": "left top"}, width=60, height=60))
    fx("fit_none_pos_px", at("q40x20", {"objectFit": "none", "objectPosition": "right 5px bottom 10px",
                                        "backgroundColor": "#ddd"}, width=60, height=60))
    fx("fit_contain_pos_pct", at("q40x20", {"objectFit": "contain", "objectPosition": "20% 80%",
                                            "backgroundColor": "#ddd"}, width=40, height=70))
    fx("radius_padding_border", at("q40x20", {"borderRadius": "20px", "padding": "4px", "border": "3px solid black",
                                             "backgroundColor": "#ddd"}, width=80, height=60))
    fx("radius_big_padding", at("q40x20", {"borderRadius": "40px", "padding": "15px", "backgroundColor": "#ddd"},
                                width=70, height=50))
    fx("radius_cover", at("q40x20", {"borderRadius": "50%", "objectFit": "cover"}, width=60, height=60))
    fx("pixelated_q4", at("q4", {"imageRendering": "pixelated"}, width=40, height=40))
    fx("pixelated_uneven_q40x20", at("q40x20", {"imageRendering": "pixelated"}, width=90, height=50))
    fx("inline_svg_root_fill", {"type": "svg", "props": {
        "width": 40, "height": 40, "viewBox": "0 0 4 4",
        "style": {"display": "block", "position": "absolute", "left": "10px", "top": "10px", "fill": "#c0c"},
        "children": [{"type": "rect", "props": {"width": 2, "height": 2}}]}})
    fx("fractional_position", at("q40x20", {"left": "10.4px", "top": "10.6px", "width": "50.3px",
                                            "height": "30.7px"}))
    fx("fractional_svg", at("svgcirc", {"left": "10.4px", "top": "10.6px", "width": "50.3px"}))
    fx("svg_natural", at("svgcirc"))
    fx("svg_scaled", at("svgcirc", width=80, height=40))
    fx("svg_stretched", at("svgcirc", {"backgroundColor": "#ddd"}, width=80, height=70))
    fx("svg_no_viewbox_scaled", at("svgnovb", {"backgroundColor": "#ddd"}, width=80, height=40))
    fx("svg_viewbox_only", at("svgvb", {"width": "100px"}))
    fx("svg_cover", at("svgcirc", {"objectFit": "cover", "backgroundColor": "#ddd"}, width=60, height=60))
    fx("exif_orientation", at("exif6"))
    fx("icc_display_p3", at("p3"))
    fx("inline_svg_current_color", {"type": "svg", "props": {
        "width": 60, "height": 30, "viewBox": "0 0 20 10",
        "style": {"display": "block", "position": "absolute", "left": "10px", "top": "10px", "color": "#c00"},
        "children": [{"type": "circle", "props": {"cx": 15, "cy": 5, "r": 5, "fill": "currentColor"}},
                     {"type": "rect", "props": {"x": 1, "y": 1, "width": 8, "height": 8, "fill": "none",
                                                "stroke": "currentColor", "stroke-width": 2}}]}})
    return out


def shoot(items: list[dict], table) -> list:
    import tempfile

    import numpy as np
    from PIL import Image
    cols = 5
    rows = (len(items) + cols - 1) // cols
    width, height = cols * PITCH, rows * PITCH
    cells = []
    for i, f in enumerate(items):
        x, y = (i % cols) * PITCH, (i // cols) * PITCH
        body = element_html(build_tree(resolve(f["tree"], table)))
        cells.append(f'<div id="p{i}" style="position: absolute; left: {x}px; top: {y}px; width: {f["width"]}px; '
                     f'height: {f["height"]}px; overflow: hidden; isolation: isolate">{body}</div>')
    sheet = preset_sheet("browser").replace("#canvas", "body")
    html_text = f"""<!doctype html><html><head><meta charset="utf-8"><style>
{font_faces()}
html, body {{ margin: 0; background: transparent; font-family: 'Inter'; font-size: 16px; }}
{sheet}
</style></head><body>{''.join(cells)}</body></html>"""
    with tempfile.TemporaryDirectory() as tmp:
        shot = Path(tmp) / "shot.png"
        run_chromium(html_text, f"--screenshot={shot}", "--virtual-time-budget=3000",
                     "--default-background-color=00000000", width=width, height=height)
        sheet_px = np.asarray(Image.open(shot).convert("RGBA"))
    out = []
    for i, f in enumerate(items):
        x, y = (i % cols) * PITCH, (i // cols) * PITCH
        out.append(sheet_px[y:y + f["height"], x:x + f["width"]])
    return out


def generate_paint(out_dir: Path) -> None:
    from PIL import Image
    table = paint_images()
    items = paint_fixtures()
    out_dir.mkdir(parents=True, exist_ok=True)
    for f, px in zip(items, shoot(items, table), strict=True):
        Image.fromarray(px).save(out_dir / f"{f['id']}.png")
    (out_dir / "index.json").write_text(json.dumps({"chromium": chromium_version(), "images": table,
                                                    "fixtures": items}, indent=1) + "\n")
    print(f"{len(items)} paint fixtures -> {out_dir}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--paint", type=Path, nargs="?", const=PAINT_OUT, default=None,
                        help="write the paint reference PNGs instead (default dir: %(const)s)")
    args = parser.parse_args()
    if args.paint is not None:
        generate_paint(args.paint)
        return
    table = images()
    items = fixtures()
    boxes = measure(items, table)
    for f, b in zip(items, boxes, strict=True):
        f["boxes"] = b
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"chromium": chromium_version(), "images": table, "fixtures": items},
                                   indent=1) + "\n")
    print(f"{len(items)} fixtures -> {args.out}")


if __name__ == "__main__":
    main()
