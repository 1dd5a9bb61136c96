"""Writes the card benchmark's cards (``benchmarks/cards/*.json``): Satori element objects, 1200 x 630.

Run from the repository root: ``python benchmarks/cards/make_cards.py``. The JSON files are committed; this
script is how they were made, so a new card is added here. Every card uses only what Satori 0.33 supports
(flexbox, px/% sizes, borders, border-radius, backgrounds with linear/radial gradients, box-shadow,
text-shadow-free text, ``<img>`` from a data: URL) and only the bundled fonts: ``Inter`` (400, 700, OTF) and
``JetBrains Mono`` (400, TTF), listed in ``fonts.json``.

The one image (``product``) is a 240 x 240 PNG drawn here with numpy and zlib, so the files do not depend on
ogrender's encoder.
"""

from __future__ import annotations

import base64
import json
import struct
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent

FONTS = [
    {"name": "Inter", "path": "fonts/inter/Inter-Regular.otf", "weight": 400, "style": "normal"},
    {"name": "Inter", "path": "fonts/inter/Inter-Bold.otf", "weight": 700, "style": "normal"},
    {"name": "JetBrains Mono", "path": "fonts/jetbrains-mono/JetBrainsMono-Regular.ttf", "weight": 400,
     "style": "normal"},
]


def el(type_: str, style: dict | None = None, *children, **props) -> dict:
    p = dict(props)
    if style:
        p["style"] = style
    if children:
        p["children"] = list(children) if len(children) > 1 else children[0]
    return {"type": type_, "props": p}


def div(style=None, *children):
    return el("div", style, *children)


ROOT = {"width": "100%", "height": "100%", "display": "flex", "fontFamily": "Inter"}


def hello():
    return div({**ROOT, "alignItems": "center", "justifyContent": "center", "backgroundColor": "white",
                "fontSize": 72, "fontWeight": 700}, "Hello, world!")


def blog():
    return div(
        {**ROOT, "flexDirection": "column", "justifyContent": "space-between", "padding": 72,
         "backgroundColor": "#0b0b0f", "color": "#f5f5f7"},
        div({"display": "flex", "fontSize": 28, "color": "#8a8a99"}, "blog.example.com  ·  Engineering"),
        div({"display": "flex", "fontSize": 64, "fontWeight": 700, "lineHeight": 1.15, "letterSpacing": -1.5},
            "How we cut our image generation time from seconds to milliseconds"),
        div({"display": "flex", "alignItems": "center", "gap": 20},
            div({"width": 64, "height": 64, "borderRadius": 32, "backgroundColor": "#5b5bd6"}),
            div({"display": "flex", "flexDirection": "column"},
                div({"fontSize": 28, "fontWeight": 700}, "Ada Lovelace"),
                div({"fontSize": 24, "color": "#8a8a99"}, "March 14, 2026  ·  8 min read"))))


def gradient():
    return div({**ROOT, "alignItems": "center", "justifyContent": "center", "flexDirection": "column",
                "backgroundImage": "linear-gradient(135deg, #ff6b6b 0%, #845ec2 50%, #2c73d2 100%)",
                "color": "white"},
               div({"fontSize": 96, "fontWeight": 700, "letterSpacing": -3}, "Launch Week"),
               div({"fontSize": 36, "marginTop": 16, "opacity": 0.9}, "Five days. Five releases."))


def shadow():
    return div({**ROOT, "alignItems": "center", "justifyContent": "center", "backgroundColor": "#eef1f6"},
               div({"display": "flex", "flexDirection": "column", "width": 760, "padding": 48,
                    "borderRadius": 24, "backgroundColor": "white",
                    "boxShadow": "0 20px 50px rgba(16, 24, 40, 0.25)"},
                   div({"fontSize": 24, "color": "#667085", "fontWeight": 700}, "CHANGELOG"),
                   div({"fontSize": 52, "fontWeight": 700, "marginTop": 12, "color": "#101828"},
                       "Version 2.0 is here"),
                   div({"fontSize": 28, "marginTop": 16, "color": "#475467", "lineHeight": 1.4},
                       "Faster builds, smaller bundles, and a brand new plugin API.")))


def stats():
    def tile(label, value, colour):
        return div({"display": "flex", "flexDirection": "column", "width": 500, "height": 200, "padding": 32,
                    "margin": 12, "borderRadius": 16, "border": f"2px solid {colour}",
                    "backgroundColor": "#fafafa"},
                   div({"fontSize": 24, "color": "#666"}, label),
                   div({"fontSize": 64, "fontWeight": 700, "color": colour, "marginTop": 8}, value))
    return div({**ROOT, "flexWrap": "wrap", "alignContent": "center", "justifyContent": "center",
                "backgroundColor": "white"},
               tile("Weekly downloads", "1.2M", "#0070f3"), tile("GitHub stars", "48,213", "#f5a623"),
               tile("Contributors", "1,024", "#7928ca"), tile("Open issues", "87", "#e00"))


def _png(size: int = 240) -> str:
    rows = []
    for y in range(size):
        row = bytearray([0])
        for x in range(size):
            inside = (x - size / 2) ** 2 + (y - size / 2) ** 2 < (size * 0.42) ** 2
            row += bytes((255, int(140 + 100 * x / size), 60, 255) if inside
                         else (240, 240, int(200 + 55 * y / size), 255))
        rows.append(bytes(row))
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    png = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0))
           + chunk(b"IDAT", raw) + chunk(b"IEND", b""))
    return "data:image/png;base64," + base64.b64encode(png).decode()


def product():
    return div({**ROOT, "alignItems": "center", "padding": 80, "backgroundColor": "#fffaf3", "gap": 64},
               el("img", {"width": 400, "height": 400, "borderRadius": 32}, src=_png(), width=400, height=400),
               div({"display": "flex", "flexDirection": "column", "flexShrink": 1},
                   div({"fontSize": 28, "color": "#b45309", "fontWeight": 700}, "NEW ARRIVAL"),
                   div({"fontSize": 60, "fontWeight": 700, "color": "#1c1917", "marginTop": 8},
                       "Citrus Ceramic Mug"),
                   div({"fontSize": 30, "color": "#57534e", "marginTop": 16, "lineHeight": 1.4},
                       "Hand-glazed stoneware, 350 ml, dishwasher safe."),
                   div({"display": "flex", "marginTop": 32, "fontSize": 48, "fontWeight": 700, "color": "#15803d"},
                       "$24.00")))


def tags():
    words = ["python", "rendering", "open-graph", "flexbox", "harfbuzz", "skia", "fonts", "png", "jpeg",
             "webp", "satori", "resvg", "takumi", "benchmarks", "layout", "css", "unicode", "gradients",
             "shadows", "images", "caching", "fastapi", "django", "flask"]
    colours = ["#fee2e2", "#dbeafe", "#dcfce7", "#fef9c3", "#f3e8ff", "#ffedd5"]
    pills = [div({"display": "flex", "padding": "10px 22px", "margin": 8, "borderRadius": 999,
                  "backgroundColor": colours[i % len(colours)], "border": "1px solid rgba(0,0,0,0.1)",
                  "fontSize": 28}, f"#{w}") for i, w in enumerate(words)]
    return div({**ROOT, "flexDirection": "column", "padding": 64, "backgroundColor": "white"},
               div({"fontSize": 56, "fontWeight": 700, "marginBottom": 24}, "Topics"),
               div({"display": "flex", "flexWrap": "wrap"}, *pills))


def quote():
    return div({**ROOT, "flexDirection": "column", "justifyContent": "center", "padding": "80px 120px",
                "backgroundColor": "#fdf6e3", "color": "#3b3024"},
               div({"fontSize": 120, "fontWeight": 700, "color": "#cb4b16", "height": 90}, "\u201c"),
               div({"fontSize": 44, "lineHeight": 1.35},
                   "The best way to predict the future is to invent it. It is easier to invent the future "
                   "than to predict it, and it is more fun too."),
               div({"fontSize": 30, "marginTop": 36, "fontWeight": 700, "color": "#93a1a1"}, "\u2014 Alan Kay"))


def code():
    lines = ["from ogrender import render", "", "card = {", '    "type": "div",',
             '    "props": {"style": {"display": "flex"},', '              "children": "Hello"},', "}",
             'png = render(card, width=1200, height=630)', 'open("card.png", "wb").write(png)']
    return div({**ROOT, "flexDirection": "column", "padding": 56, "backgroundColor": "#1e1e2e"},
               div({"display": "flex", "gap": 12, "marginBottom": 32},
                   *[div({"width": 20, "height": 20, "borderRadius": 10, "backgroundColor": c})
                     for c in ("#f38ba8", "#f9e2af", "#a6e3a1")]),
               *[div({"display": "flex", "fontFamily": "JetBrains Mono", "fontSize": 32, "lineHeight": 1.5,
                      "color": "#cdd6f4" if ln.strip() else "#1e1e2e", "whiteSpace": "pre"}, ln or " ")
                 for ln in lines])


def event():
    return div({**ROOT, "flexDirection": "column", "justifyContent": "flex-end", "padding": 72,
                "backgroundColor": "#0f172a",
                "backgroundImage": "radial-gradient(circle at 80% 20%, #7c3aed 0%, #0f172a 60%)",
                "color": "white", "border": "12px solid #a78bfa"},
               div({"display": "flex", "fontSize": 30, "color": "#c4b5fd", "fontWeight": 700},
                   "PYCON  ·  MAY 14-22, 2026  ·  PITTSBURGH"),
               div({"fontSize": 80, "fontWeight": 700, "lineHeight": 1.05, "marginTop": 16},
                   "Rendering the web without a browser"),
               div({"display": "flex", "marginTop": 28, "gap": 16},
                   *[div({"display": "flex", "padding": "8px 20px", "borderRadius": 8,
                          "border": "2px solid #a78bfa", "fontSize": 26}, t)
                     for t in ("Talk", "45 min", "Intermediate")]))


def dense():
    para = ("ogrender turns an element tree with inline CSS into an image, as Satori and resvg do behind "
            "Next.js ImageResponse, in Python and with no browser. It lays out flexbox and text, shapes with "
            "HarfBuzz, breaks lines as Blink does, and paints with Skia.")
    return div({**ROOT, "flexDirection": "column", "padding": 48, "backgroundColor": "white", "gap": 20},
               div({"fontSize": 44, "fontWeight": 700}, "Release notes"),
               *[div({"fontSize": 22, "lineHeight": 1.45, "color": "#333"}, para) for _ in range(4)])


def dashboard():
    bars = [35, 62, 48, 80, 55, 91, 70, 44, 66, 85, 58, 76]
    return div({**ROOT, "flexDirection": "column", "padding": 56, "backgroundColor": "#f8fafc"},
               div({"display": "flex", "justifyContent": "space-between", "alignItems": "center"},
                   div({"fontSize": 44, "fontWeight": 700, "color": "#0f172a"}, "Monthly revenue"),
                   div({"display": "flex", "padding": "8px 18px", "borderRadius": 8, "backgroundColor": "#dcfce7",
                        "color": "#166534", "fontSize": 28, "fontWeight": 700}, "+18.4%")),
               div({"display": "flex", "alignItems": "flex-end", "flexGrow": 1, "gap": 18, "marginTop": 32,
                    "paddingBottom": 8, "borderBottom": "2px solid #cbd5e1"},
                   *[div({"display": "flex", "flexGrow": 1, "height": f"{b}%", "borderRadius": "8px 8px 0 0",
                          "backgroundImage": "linear-gradient(to top, #2563eb, #60a5fa)"}) for b in bars]),
               div({"display": "flex", "justifyContent": "space-between", "marginTop": 12, "fontSize": 20,
                    "color": "#64748b"},
                   *[div({"display": "flex"}, m) for m in ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul",
                                                           "Aug", "Sep", "Oct", "Nov", "Dec")]))


CARDS = {f.__name__: f for f in (hello, blog, gradient, shadow, stats, product, tags, quote, code, event, dense,
                                   dashboard)}


def main() -> None:
    for name, make in CARDS.items():
        (HERE / f"{name}.json").write_text(json.dumps(make(), indent=1, ensure_ascii=False) + "\n")
    (HERE / "fonts.json").write_text(json.dumps(FONTS, indent=1) + "\n")
    print(f"wrote {len(CARDS)} cards to {HERE}")


if __name__ == "__main__":
    main()
