"""Maintainer tool: the pictures of the emoji sets in the fonts guide (``docs/emoji/<set>.png``).

    python tools/emoji_pictures.py          # every packed set

In: the packed sets (:func:`ogrender.emoji.available`). Out: one 600 x 160 PNG per set, the same card drawn
with ``emoji=<set>``: a face, objects, skin tones, a family and a heart on fire (ZWJ sequences), flags, a
keycap and a text-presentation digit.
"""

from __future__ import annotations

import sys
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from ogrender import h, render  # noqa: E402
from ogrender.emoji import available  # noqa: E402

OUT = ROOT / "docs" / "emoji"
LINES = ("Launch day \U0001F389\U0001F680\u2728 \U0001F44D\U0001F3FD\U0001F44B\U0001F3FF",
         "\U0001F468\u200d\U0001F469\u200d\U0001F466 \u2764\ufe0f\u200d\U0001F525 \U0001F3F3\ufe0f\u200d\U0001F308 "
         "\U0001F1EF\U0001F1F5\U0001F1EB\U0001F1F7 #\ufe0f\u20e3 1 \u2615")


def card(name: str):
    return h("div", {"style": {"display": "flex", "flexDirection": "column", "width": "100%", "height": "100%",
                               "padding": "28px 28px", "background": "#f8fafc", "color": "#0f172a"}},
             h("div", {"style": {"fontSize": 18, "color": "#64748b"}}, f'emoji="{name}"'),
             h("div", {"style": {"fontSize": 28}}, LINES[0]),
             h("div", {"style": {"fontSize": 28}}, LINES[1]))


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name in available():
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # sets without flags leave them to the fonts (none has them here)
            png = render(card(name), width=600, height=160, emoji=name)
        (OUT / f"{name}.png").write_bytes(png)
        print(OUT / f"{name}.png", len(png), "bytes")


if __name__ == "__main__":
    main()
