"""Maintainer tool: Chromium's pixels of the international text fixtures, for the per-line ink comparison.

    python tools/text_ink.py                 # screenshot the scripts and cjk suites (needs chromium, ~20 s)
    python tools/text_ink.py --report        # share of differing pixels per line, worst first, no browser
    python tools/text_ink.py --known-failures  # rewrite tests/conformance/text_ink_known_failures.txt

In: the measured suites ``tests/conformance/data/text/{scripts,cjk}.json`` (``tools/text_fixtures.py``) and
the Noto subsets they name (``data/fonts``). Out: one PNG per fixture in ``data/text/ink/<fixture id>.png``:
the fixture's canvas as Chromium paints it (transparent background, device scale factor 1), cut to its
width and to the bottom of its content plus a margin (``crop_height``), stored as the 8-bit grey luma of
the pixels over white (a third of the size of RGBA; the replay compares luma). Chromium paints the fixtures 24 to
a page, each canvas at a whole-pixel offset, with the page and fonts of the measuring pass (the flags of
DESIGN.md, ``@font-face`` from the same files, the same canvas style).

The replay (``tests/conformance/text_ink.py``) renders each fixture with ogrender and compares, line by
line, the pixels inside the line's rectangle as Chromium measured it (grown by ``MARGIN`` px: marks and
stacked vowels reach past the content area) with the paint suite's rule: a pixel differs when a channel
differs by more than 32 over white, and at most 1% of a line's pixels may.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from chromium import ROOT, font_faces, run_chromium  # noqa: E402
from text_fixtures import (CANVAS_STYLE, DEFAULT_OUT, SATORI_CANVAS, fixture_faces, satori_sheet,  # noqa: E402
                           tree_html)

sys.path.insert(0, str(ROOT))
from tests.conformance.text_ink import INK_SUITES, crop_height, luma  # noqa: E402

PER_PAGE = 24
COLUMNS = 6
GAP = 10


def page(fixtures: list[dict]) -> tuple[str, list[tuple[int, int, int, int]], int, int]:
    """The page of a batch and each fixture's cell (x, y, width, height)."""
    cells, x, y, row_h = [], 0, 0, 0
    for k, f in enumerate(fixtures):
        w, h = f["width"], crop_height(f)
        if k and k % COLUMNS == 0:
            x, y, row_h = 0, y + row_h + GAP, 0
        cells.append((x, y, w, h))
        x += w + GAP
        row_h = max(row_h, h)
    html_cells = []
    for f, (x, y, w, h) in zip(fixtures, cells):
        satori = f["preset"] == "satori"
        style = SATORI_CANVAS if satori else CANVAS_STYLE
        # each canvas in a clipping cell: text overflowing its canvas must not reach the next cell
        html_cells.append(f'<div style="position: absolute; left: {x}px; top: {y}px; width: {w}px; height: {h}px; '
                          f'overflow: hidden"><div class="canvas{" satori" if satori else ""}" style="{style}; '
                          f'width: {f["width"]}px; height: {f["height"]}px">{tree_html(f["tree"])}</div></div>')
    faces, _ = fixture_faces(fixtures)
    width = max(x + w for x, _, w, _ in cells) + GAP
    height = max(y + h for _, y, _, h in cells) + GAP
    html_text = f"""<!doctype html><html><head><meta charset="utf-8"><style>
{font_faces()}
{faces}
html, body {{ margin: 0; padding: 0; background: transparent; }}
body {{ font-family: 'Inter'; font-size: 16px; line-height: normal; }}
{satori_sheet()}
</style></head><body>{"".join(html_cells)}</body></html>"""
    return html_text, cells, width, height


def shoot(fixtures: list[dict]) -> list[np.ndarray]:
    import skia
    html_text, cells, width, height = page(fixtures)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "shot.png"
        # (a window of at least 800 x 600: in a narrow one, as a last page of a few fixtures makes, headless
        # Chromium painted only the first line of a paragraph)
        result = run_chromium(html_text, f"--screenshot={out}", "--virtual-time-budget=10000",
                              "--default-background-color=00000000", width=max(width, 800), height=max(height, 600),
                              timeout=300)
        if not out.exists():
            raise SystemExit(f"chromium made no screenshot:\n{result.stderr[-2000:]}")
        image = skia.Image.open(str(out)).toarray(colorType=skia.ColorType.kRGBA_8888_ColorType,
                                                   alphaType=skia.AlphaType.kUnpremul_AlphaType)
    return [np.ascontiguousarray(image[y:y + h, x:x + w]) for x, y, w, h in cells]


def save_png(array: np.ndarray, path: Path) -> None:
    """Chromium's pixels as the replay compares them: the luma over white, 8-bit grey."""
    import skia
    grey = np.ascontiguousarray(luma(array))
    skia.Image.fromarray(grey, colorType=skia.ColorType.kGray_8_ColorType).save(str(path), skia.EncodedImageFormat.kPNG)


def generate(data_dir: Path, jobs: int) -> None:
    from tests.conformance.text_replay import load_suites
    suites = load_suites(data_dir)
    fixtures = [f for name in INK_SUITES for f in suites.get(name, ())]
    batches = [fixtures[i:i + PER_PAGE] for i in range(0, len(fixtures), PER_PAGE)]
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        shots = list(pool.map(shoot, batches))
    out = data_dir / "ink"
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.png"):
        old.unlink()
    total = 0
    for batch, crops in zip(batches, shots):
        for f, crop in zip(batch, crops):
            path = out / f"{f['id']}.png"
            save_png(crop, path)
            total += path.stat().st_size
    print(f"{len(fixtures)} reference images -> {out} ({total / 1024:.0f} KB)")


def report(data_dir: Path) -> None:
    from tests.conformance.text_ink import compare_lines
    from tests.conformance.text_replay import load_suites
    suites = load_suites(data_dir)
    rows = []
    for name in INK_SUITES:
        passed = 0
        for f in suites.get(name, ()):
            worst = max(compare_lines(f, data_dir), key=lambda r: r[1])
            rows.append((worst[1], f["id"], worst[0]))
            passed += worst[1] <= 0.01
        print(f"{name:8} {len(suites.get(name, ())):4} fixtures, every line's ink within 1%: {passed}")
    for share, fid, line in sorted(rows, reverse=True)[:40]:
        print(f"  {share:7.2%}  {fid}  line {line}")


def _max3(a: np.ndarray) -> np.ndarray:
    """The largest value in each pixel's 3 x 3 neighbourhood."""
    p = np.pad(a, 1)
    h, w = a.shape
    return np.max([p[dy:dy + h, dx:dx + w] for dy in range(3) for dx in range(3)], axis=0)


def misplaced_share(fixture: dict, data_dir: Path) -> float:
    """Diagnosis only: the worst line's share of pixels inked (darker by over 64) in one image with no ink
    (nothing darker by 32) within a pixel of them in the other: glyphs missing, different or moved, as
    opposed to antialiasing alone (glyph edges rasterized differently)."""
    from tests.conformance.text_ink import MARGIN, read_grey, regions, render
    expected = 255 - read_grey(data_dir / "ink" / f"{fixture['id']}.png").astype(np.int32)
    h, w = expected.shape
    actual = 255 - luma(render(fixture))[:h, :w].astype(np.int32)
    real = ((expected > 64) & (_max3(actual) < 32)) | ((actual > 64) & (_max3(expected) < 32))
    worst = 0.0
    for _, (x, y, rw, rh) in regions(fixture):
        x0, y0 = max(0, math.floor(x) - MARGIN), max(0, math.floor(y) - MARGIN)
        area = real[y0:math.ceil(y + rh) + MARGIN, x0:math.ceil(x + rw) + MARGIN]
        worst = max(worst, float(area.mean()) if area.size else 0.0)
    return worst


def write_known_failures(data_dir: Path) -> None:
    """List the fixtures whose line ink differs by more than 1% (strict xfail), with the worst line and why."""
    from tests.conformance.text_ink import KNOWN_FAILURES, compare_lines
    from tests.conformance.text_replay import known_failures, load_suites
    layout_known = known_failures()
    suites = load_suites(data_dir)
    out = ["# Text fixtures whose per-line ink differs from Chromium's by more than 1%: xfail(strict=True) in",
           "# tests/conformance/test_text_ink.py. Written by python tools/text_ink.py --known-failures.", ""]
    for name in INK_SUITES:
        for f in suites.get(name, ()):
            label, share = max(compare_lines(f, data_dir), key=lambda r: r[1])
            if share <= 0.01:
                continue
            if f["id"] in layout_known:
                why = "the lines or boxes differ too (text_known_failures.txt)"
            elif misplaced_share(f, data_dir) <= 0.002:
                why = "antialiasing only: the same glyphs in the same places, glyph edges rasterized differently"
            else:
                why = "glyphs missing, different or moved (ink where the other image has none)"
            out.append(f"{f['id']}  # line {label.replace('#', 'no.')}: {share:.1%} of pixels differ; {why}")
    KNOWN_FAILURES.write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"{len(out) - 3} known failures -> {KNOWN_FAILURES}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--report", action="store_true", help="compare ogrender's lines with the stored images")
    parser.add_argument("--known-failures", action="store_true", help="rewrite text_ink_known_failures.txt")
    parser.add_argument("--data", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    if args.known_failures:
        write_known_failures(args.data)
    elif args.report:
        report(args.data)
    else:
        generate(args.data, args.jobs)


if __name__ == "__main__":
    main()
