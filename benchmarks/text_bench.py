"""Text benchmark: time to shape and wrap paragraphs of 100, 1,000 and 10,000 characters.

    python benchmarks/text_bench.py [--repeat N] [--width PX]

For each size, a deterministic paragraph (words drawn with ``random.Random(size)``) in the bundled Inter,
16 px, is turned into a :class:`ogrender.text.Paragraph` and broken into lines at ``--width`` px, also
asking for its min-content and max-content widths (what layout asks). *Cold*: every text cache emptied
first (shaped runs, break opportunities, grapheme clusters; the font itself stays loaded, as it does in a
server). *Warm*: the same paragraph built again with the caches full (a template rendered again).
Reported: median milliseconds of ``--repeat`` runs and characters per second.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from ogrender import layout  # noqa: E402
from ogrender.text import FontSet, Paragraph  # noqa: E402
from ogrender.text import linebreak, shaping  # noqa: E402

WORDS = ("the quick brown fox jumps over lazy dog Open Graph images rendered exactly like Chromium with "
         "wrapping lines 1-800-555-0199 https://example.com/a-b?c=d crème brûlée naïve façade").split()


def paragraph_text(size: int) -> str:
    rng = random.Random(size)
    out = []
    length = 0
    while length < size:
        word = rng.choice(WORDS)
        out.append(word)
        length += len(word) + 1
    return " ".join(out)[:size]


def style():
    root = layout({"type": "div", "props": {"style": {"display": "block", "fontSize": 16}, "children": ["x"]}},
                  100, 100, preset="browser")
    return root.style


def clear_caches() -> None:
    shaping.shape.cache_clear()
    linebreak.break_opportunities.cache_clear()
    linebreak.grapheme_boundaries.cache_clear()
    linebreak._icu_breaks.cache_clear()


def run(text: str, st, fonts, width: float) -> int:
    p = Paragraph([(text, st)], st, fonts)
    p.min_content_width()
    p.max_content_width()
    return len(p.layout(width).lines)


def bench(size: int, repeat: int, width: float) -> dict:
    text = paragraph_text(size)
    st = style()
    fonts = FontSet([])
    cold, warm = [], []
    lines = 0
    for _ in range(repeat):
        clear_caches()
        t0 = time.perf_counter()
        lines = run(text, st, fonts, width)
        cold.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        run(text, st, fonts, width)
        warm.append(time.perf_counter() - t0)
    c, w = statistics.median(cold), statistics.median(warm)
    return {"size": len(text), "lines": lines, "cold_ms": c * 1e3, "warm_ms": w * 1e3,
            "cold_cps": len(text) / c, "warm_cps": len(text) / w}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=9)
    parser.add_argument("--width", type=float, default=600.0)
    args = parser.parse_args()
    FontSet([])  # load the bundled fonts once, outside the timings
    print(f"| characters | lines at {args.width:g}px | cold ms | cold chars/s | warm ms | warm chars/s |")
    print("|---:|---:|---:|---:|---:|---:|")
    for size in (100, 1_000, 10_000):
        r = bench(size, args.repeat, args.width)
        print(f"| {r['size']:,} | {r['lines']} | {r['cold_ms']:.2f} | {r['cold_cps']:,.0f} | {r['warm_ms']:.2f} | "
              f"{r['warm_cps']:,.0f} |")


if __name__ == "__main__":
    main()
