"""Maintainer tool: memory over many renders in one process.

    python tools/soak.py [--renders 2000] [--width 1200 --height 630]

Renders a varied set of cards (different titles each time, so caches see new text) and prints the
resident set size (RSS, from /proc/self/status) after a warm-up and then every 10% of the run, and the
growth per 1,000 renders after the warm-up.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from ogrender import h, render  # noqa: E402


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def card(i: int):
    return h("div", {"style": {"width": "100%", "height": "100%", "flexDirection": "column", "padding": 60,
                               "backgroundColor": "#0f172a", "color": "white", "justifyContent": "space-between"}},
             h("div", {"style": {"fontSize": 28, "color": "#94a3b8"}}, f"Post {i}"),
             h("div", {"style": {"fontSize": 64, "fontWeight": 700}}, f"A title that changes every time: #{i * 7919 % 100003}"),
             h("div", {"style": {"fontSize": 28}}, f"by author {i % 97}"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--renders", type=int, default=2000)
    parser.add_argument("--width", type=int, default=1200)
    parser.add_argument("--height", type=int, default=630)
    args = parser.parse_args()
    print(f"start: {rss_mb():.1f} MB")
    for i in range(50):
        render(card(i), args.width, args.height)
    base = rss_mb()
    print(f"after 50 warm-up renders: {base:.1f} MB")
    start = time.perf_counter()
    step = max(1, args.renders // 10)
    for i in range(args.renders):
        render(card(1000 + i), args.width, args.height)
        if (i + 1) % step == 0:
            print(f"{i + 1:6d} renders: {rss_mb():.1f} MB")
    end = rss_mb()
    elapsed = time.perf_counter() - start
    print(f"{args.renders} renders in {elapsed:.1f} s; RSS {base:.1f} -> {end:.1f} MB "
          f"({(end - base) / args.renders * 1000:+.1f} MB per 1,000 renders)")


if __name__ == "__main__":
    main()
