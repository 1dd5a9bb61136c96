"""Maintainer tool: Chromium's pixels of single glyphs at sixteenth-pixel offsets, to learn how it places and
rasterizes a glyph (the pen position's quantisation, the outline's hinting, the rasterizer, fake bold).

    python tools/glyph_probe.py        # screenshot the probe (needs chromium), ~5 s

In: the probe's cells (``CELLS``: a font, a character, a weight, and the glyph's x and y offsets of k/16 px
from a whole pixel), the Noto subsets of ``data/fonts`` and the bundled Inter. Out:
``tests/conformance/data/glyph_probe/cells.json`` (the cells, their rectangles and the fonts) and
``chromium.png`` (Chromium's screenshot, with the flags of DESIGN.md, of the page
``tests.conformance.text_ink.probe_tree`` makes of the cells: 8-bit grey, black text on white). ``tests/conformance/test_text_ink_probe.py`` renders
the same tree with ogrender and compares cell by cell.
"""

from __future__ import annotations

import base64
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
sys.path.insert(0, str(ROOT))

from chromium import page, run_chromium  # noqa: E402
from fixture_fonts import path_of, record  # noqa: E402
from tests.conformance.text_ink import PROBE, PROBE_CELL, probe_tree  # noqa: E402

CELL_W, CELL_H = PROBE_CELL
# (family, character, font-weight): CFF hinted by FreeType's Adobe engine (Noto Sans CJK JP, Inter), TrueType
# without instructions (autohinted light: Noto Sans Arabic, Devanagari), synthetic bold (the CJK subset has
# only its regular face)
GLYPHS = [("Noto Sans CJK JP", "\uc5b4", 400), ("Noto Sans Arabic", "\u0639", 400),
          ("Noto Sans Devanagari", "\u0915", 400), ("Inter", "g", 400), ("Noto Sans CJK JP", "\uc5b4", 700)]


def cells() -> list[dict]:
    out = []
    for family, char, weight in GLYPHS:
        offsets = [(k / 16, 0.0) for k in range(16)]
        if weight == 400:
            offsets += [(0.0, k / 16) for k in range(1, 16)]
        for dx, dy in offsets:
            out.append({"family": family, "char": char, "weight": weight, "dx": dx, "dy": dy,
                        "rect": [0, len(out) * CELL_H, CELL_W, CELL_H]})
    return out


def main() -> None:
    import numpy as np
    import skia
    probe = cells()
    width, height = CELL_W, len(probe) * CELL_H
    families = sorted({family for family, _, _ in GLYPHS if family != "Inter"})
    faces = "\n".join(f"@font-face {{ font-family: '{family}'; src: url(data:font/ttf;base64,"
                      f"{base64.b64encode(path_of(family).read_bytes()).decode()}); }}" for family in families)
    data = {"width": width, "height": height, "preset": "browser", "fonts": [record(family) for family in families],
            "cells": probe}
    html_text = page(probe_tree(probe), width, height, preset="browser").replace("<style>", "<style>\n" + faces, 1)
    with tempfile.TemporaryDirectory() as tmp:
        shot = Path(tmp) / "shot.png"
        result = run_chromium(html_text, f"--screenshot={shot}", "--virtual-time-budget=5000",
                              width=width, height=height, timeout=120)
        if not shot.exists():
            raise SystemExit(f"chromium made no screenshot:\n{result.stderr[-2000:]}")
        rgba = skia.Image.open(str(shot)).toarray(colorType=skia.ColorType.kRGBA_8888_ColorType)
    grey = np.ascontiguousarray(rgba[:height, :width, :3].mean(axis=2).round().astype(np.uint8))
    skia.Image.fromarray(grey, colorType=skia.ColorType.kGray_8_ColorType).save(
        str(PROBE / "chromium.png"), skia.EncodedImageFormat.kPNG)
    (PROBE / "cells.json").write_text(json.dumps(data, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(probe)} cells -> {PROBE}")


if __name__ == "__main__":
    main()
