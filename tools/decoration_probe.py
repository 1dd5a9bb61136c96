"""Maintainer tool: Chromium's pixels of text decoration lines, to learn where and how thick it draws them.

    python tools/decoration_probe.py        # screenshot the probe (needs chromium), ~5 s

In: the probe's cells (``cells()``: underline, line-through and overline under six no-break spaces, in Inter
and Noto Serif at 10-64 px; thickness auto, from-font and 0.5-4.7 px; text-underline-offset; the line box
moved down by a quarter, a half and three quarters of a pixel). Out:
``tests/conformance/data/decoration_probe/cells.json`` (the cells) and ``chromium.png`` (Chromium's
screenshot, with the flags of DESIGN.md, of the page ``tests.conformance.text_ink.decoration_tree`` makes of
the cells: 8-bit grey, black on white). ``tests/conformance/test_text_ink_probe.py`` renders the same page
with ogrender and compares cell by cell.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
sys.path.insert(0, str(ROOT))

from chromium import page, run_chromium  # noqa: E402
from tests.conformance.text_ink import DECORATION_CELL, DECORATION_PROBE, decoration_tree  # noqa: E402

SIZES = [10, 12, 15, 17, 20, 24, 28, 33, 40, 48, 56, 64]


def cells() -> list[dict]:
    out = []
    for family in ("Inter", "Noto Serif"):
        for kind in ("underline", "line-through", "overline"):
            for size in SIZES:
                out.append({"family": family, "line": kind, "size": size})
            out.append({"family": family, "line": kind, "size": 40, "thickness": "from-font"})
    for kind in ("underline", "line-through", "overline"):
        for thickness in ("from-font", "0.5px", "1.2px", "1.5px", "2.2px", "2.5px", "3px", "4.5px"):
            out.append({"family": "Inter", "line": kind, "size": 17, "thickness": thickness})
        for dy in (0.25, 0.5, 0.75):
            out.append({"family": "Inter", "line": kind, "size": 17, "dy": dy})
        out.append({"family": "Inter", "line": kind, "size": 40, "dy": 0.5})
    for size in (12, 24, 33, 48, 64):
        out.append({"family": "Inter", "line": "underline", "size": size, "thickness": "from-font"})
        out.append({"family": "Noto Serif", "line": "underline", "size": size, "thickness": "from-font"})
    for offset in ("3px", "2.5px", "-2px"):
        out.append({"family": "Inter", "line": "underline", "size": 17, "offset": offset})
    return out


def main() -> None:
    import numpy as np
    import skia
    probe = cells()
    width, height = DECORATION_CELL[0], len(probe) * DECORATION_CELL[1]
    with tempfile.TemporaryDirectory() as tmp:
        shot = Path(tmp) / "shot.png"
        result = run_chromium(page(decoration_tree(probe), width, height, preset="browser"), f"--screenshot={shot}",
                              "--virtual-time-budget=5000", width=width, height=height, timeout=120)
        if not shot.exists():
            raise SystemExit(f"chromium made no screenshot:\n{result.stderr[-2000:]}")
        rgba = skia.Image.open(str(shot)).toarray(colorType=skia.ColorType.kRGBA_8888_ColorType)
    grey = np.ascontiguousarray(rgba[:height, :width, :3].mean(axis=2).round().astype(np.uint8))
    DECORATION_PROBE.mkdir(parents=True, exist_ok=True)
    skia.Image.fromarray(grey, colorType=skia.ColorType.kGray_8_ColorType).save(
        str(DECORATION_PROBE / "chromium.png"), skia.EncodedImageFormat.kPNG)
    (DECORATION_PROBE / "cells.json").write_text(json.dumps({"width": width, "height": height, "cells": probe})
                                                 + "\n", encoding="utf-8")
    print(f"{len(probe)} cells -> {DECORATION_PROBE}")


if __name__ == "__main__":
    main()
