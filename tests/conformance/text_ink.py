"""Per-line ink of the international text fixtures: ogrender's pixels against Chromium's.

In: a fixture of ``data/text/{scripts,cjk}.json`` (its tree, fonts and the lines Chromium measured) and
Chromium's image of it, ``data/text/ink/<id>.png`` (``tools/text_ink.py``; stored as 8-bit grey: the
luma of the canvas over white, which keeps the files small). Out: :func:`compare_lines` gives, per line,
the share of pixels that differ inside the line's rectangle grown by ``MARGIN`` px (marks and stacked
vowels reach past the content area), with the paint suite's bound (over white, off by more than 32;
here on the luma), at most 1% per line. A fixture whose lines were not measured (``text-overflow:
ellipsis``: Chromium reports the hidden characters) is compared as one region, its root element's box.
"""

from __future__ import annotations

import math
import warnings
from pathlib import Path

import numpy as np

from .paint import CHANNEL_TOLERANCE, MAX_SHARE, decode, over_white
from .text_replay import DATA, emoji_set, fixture_fonts

INK_SUITES = ("scripts", "cjk")
PROBE = DATA.parent / "glyph_probe"  # cells.json, chromium.png (tools/glyph_probe.py)
PROBE_CELL = (44, 36)  # width, height of a cell of the glyph probe (tools/glyph_probe.py)
MARGIN = 3
KNOWN_FAILURES = Path(__file__).resolve().parent / "text_ink_known_failures.txt"


def regions(fixture: dict) -> list[tuple[str, list[float]]]:
    """(label, [x, y, w, h]) of every region to compare: each line, or the root box."""
    if fixture.get("lines"):
        return [(f"{k + 1} {text[:24]!r}", rect) for k, (text, rect) in enumerate(fixture["lines"])]
    return [("root box", fixture["boxes"][0])]


def crop_height(fixture: dict) -> int:
    """How much of the canvas the reference image keeps: down to the lowest box or line, plus margins."""
    bottoms = [b[1] + b[3] for b in fixture["boxes"] if b] + [r[1] + r[3] for _, r in regions(fixture)]
    return min(fixture["height"], math.ceil(max(bottoms)) + 2 * MARGIN + 2)


def luma(rgba: np.ndarray) -> np.ndarray:
    """(h, w, 4) straight RGBA -> (h, w) uint8: the luma (Rec. 601) of the pixels over white."""
    rgb = over_white(rgba)[..., :3]
    return ((rgb[..., 0] * 299 + rgb[..., 1] * 587 + rgb[..., 2] * 114 + 500) // 1000).astype(np.uint8)


def read_grey(path: Path) -> np.ndarray:
    import skia
    image = skia.Image.MakeFromEncoded(skia.Data.MakeWithCopy(Path(path).read_bytes()))
    return image.toarray(colorType=skia.ColorType.kGray_8_ColorType)


def render(fixture: dict) -> np.ndarray:
    from ogrender import StyleWarning
    from ogrender import render as og_render
    from ogrender.errors import OgRenderWarning

    fonts = fixture_fonts(fixture)
    if isinstance(fonts, str):
        raise FileNotFoundError(fonts)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", StyleWarning)
        warnings.simplefilter("ignore", OgRenderWarning)
        png = og_render(fixture["tree"], fixture["width"], fixture["height"], fonts or None,
                        preset=fixture["preset"], emoji=emoji_set(fixture))
    return decode(png)


def compare_lines(fixture: dict, data_dir: Path = DATA, actual: np.ndarray | None = None) -> list[tuple[str, float]]:
    """[(line label, share of differing pixels)] for every region of the fixture."""
    expected = read_grey(Path(data_dir) / "ink" / f"{fixture['id']}.png").astype(np.int32)
    if actual is None:
        actual = render(fixture)
    h, w = expected.shape[:2]
    bad = np.abs(expected - luma(actual[:h, :w]).astype(np.int32)) > CHANNEL_TOLERANCE
    out = []
    for label, (x, y, rw, rh) in regions(fixture):
        x0, y0 = max(0, math.floor(x) - MARGIN), max(0, math.floor(y) - MARGIN)
        x1, y1 = min(w, math.ceil(x + rw) + MARGIN), min(h, math.ceil(y + rh) + MARGIN)
        area = bad[y0:y1, x0:x1]
        out.append((label, float(area.mean()) if area.size else 0.0))
    return out


def passes(shares: list[tuple[str, float]]) -> bool:
    return all(share <= MAX_SHARE for _, share in shares)


def probe_tree(cells: list[dict]) -> dict:
    """The glyph probe's page (``tools/glyph_probe.py``): per cell a block holding one glyph at 20 px, its
    line box at the cell's top + ``dy``, the glyph at 10 + ``dx`` px from the left."""
    width, height = PROBE_CELL
    kids = [{"type": "div", "props": {"style": {
        "display": "block", "position": "absolute", "left": 10 + c["dx"], "top": c["rect"][1] + c["dy"],
        "fontFamily": f"'{c['family']}'", "fontWeight": c["weight"], "fontSize": 20, "lineHeight": f"{height}px",
        "whiteSpace": "pre", "color": "black"}, "children": c["char"]}} for c in cells]
    return {"type": "div", "props": {"style": {
        "display": "block", "position": "relative", "boxSizing": "content-box", "width": width,
        "height": len(cells) * height, "backgroundColor": "white", "overflow": "hidden"}, "children": kids}}


DECORATION_PROBE = DATA.parent / "decoration_probe"  # cells.json, chromium.png (tools/decoration_probe.py)
DECORATION_CELL = (24, 100)  # width, height of a cell of the decoration probe


def decoration_tree(cells: list[dict]) -> dict:
    """The decoration probe's page (``tools/decoration_probe.py``): per cell a block of six no-break spaces
    with one decoration line, its 100 px line box at the cell's top + ``dy``."""
    width, height = DECORATION_CELL
    kids = []
    for k, c in enumerate(cells):
        style = {"display": "block", "position": "absolute", "left": 0, "top": k * height + c.get("dy", 0),
                 "fontFamily": f"'{c['family']}'", "fontSize": c["size"], "lineHeight": f"{height}px",
                 "whiteSpace": "pre", "color": "black", "textDecoration": c["line"]}
        if "thickness" in c:
            style["textDecorationThickness"] = c["thickness"]
        if "offset" in c:
            style["textUnderlineOffset"] = c["offset"]
        kids.append({"type": "div", "props": {"style": style, "children": "\u00a0" * 6}})
    return {"type": "div", "props": {"style": {
        "display": "block", "position": "relative", "boxSizing": "content-box", "width": width,
        "height": len(cells) * height, "backgroundColor": "white", "overflow": "hidden"}, "children": kids}}
