"""Maintainer tool: ground truth from headless Chromium (never needed at run time or in CI).

    python tools/chromium.py screenshot INPUT.(json|html) OUT.png [--width W --height H]

Builds a page that shows the tree the way ogrender's ``satori`` preset defines it (the preset's rules as a
style sheet under the inline styles, the canvas as Satori's root container, the bundled fonts loaded with
``@font-face``), and screenshots it with Debian's ``chromium`` and the flags of DESIGN.md. The same page
builder serves the fixture generators.
"""

from __future__ import annotations

import argparse
import base64
import html
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ogrender.css.declarations import kebab_case, UNITLESS  # noqa: E402
from ogrender.css.presets import PRESETS  # noqa: E402
from ogrender.text.fonts import BUNDLED, bundled_dir  # noqa: E402
from ogrender.tree import Element, build_tree  # noqa: E402

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--hide-scrollbars", "--force-device-scale-factor=1", "--font-render-hinting=none"]


def chromium_binary() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    raise SystemExit("chromium is not installed (apt-get install -y chromium)")


def style_text(style) -> str:
    if style is None:
        return ""
    if isinstance(style, str):
        return style
    parts = []
    for key, value in style.items():
        name = kebab_case(key)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            value = f"{value:g}" + ("" if name in UNITLESS or value == 0 else "px")
        parts.append(f"{name}: {value}")
    return "; ".join(parts)


def element_html(el: Element) -> str:
    attrs = "".join(f' {name}="{html.escape(str(value))}"' for name, value in el.attrs.items())
    style = style_text(el.style)
    if style:
        attrs += f' style="{html.escape(style)}"'
    inner = "".join(element_html(c) if isinstance(c, Element) else html.escape(c) for c in el.children)
    return f"<{el.tag}{attrs}>{inner}</{el.tag}>"


def font_faces() -> str:
    base = bundled_dir()
    rules = []
    for family, path, weight, italic in BUNDLED:
        data = base64.b64encode((base / path).read_bytes()).decode()
        weights = f"{weight[0]:g} {weight[1]:g}" if isinstance(weight, tuple) else f"{weight:g}"  # a range: variable
        rules.append(f"@font-face {{ font-family: '{family}'; src: url(data:font/otf;base64,{data}); "
                     f"font-weight: {weights}; font-style: {'italic' if italic else 'normal'}; }}")
    return "\n".join(rules)


def preset_sheet(preset: str) -> str:
    p = PRESETS[preset]
    rules = [f"#canvas * {{ {p.all} }}"]
    rules += [f"#canvas {tag} {{ {css} }}" for tag, css in p.tags.items()]
    return "\n".join(rules)


def page(tree, width: int, height: int, preset: str = "satori", script: str = "") -> str:
    el = build_tree(tree)
    canvas = ("display: flex; flex-wrap: wrap; align-items: flex-start; align-content: flex-start"
              if preset == "satori" else "display: block")
    return f"""<!doctype html><html><head><meta charset="utf-8"><style>
{font_faces()}
html, body {{ margin: 0; padding: 0; background: transparent; }}
body {{ font-family: 'Inter'; font-size: 16px; line-height: normal; }}
#canvas {{ width: {width}px; height: {height}px; overflow: hidden; position: relative; {canvas} }}
{preset_sheet(preset)}
</style></head><body><div id="canvas">{element_html(el)}</div>{script}</body></html>"""


def run_chromium(html_text: str, *args: str, width: int, height: int, timeout: int = 60) -> subprocess.CompletedProcess:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "page.html"
        src.write_text(html_text, encoding="utf-8")
        cmd = [chromium_binary(), *FLAGS, f"--user-data-dir={tmp}/profile", f"--window-size={width},{height}",
               *args, src.as_uri()]
        return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, cwd=tmp)


def screenshot(tree, width: int, height: int, out: Path, preset: str = "satori") -> None:
    out = Path(out).resolve()
    result = run_chromium(page(tree, width, height, preset), f"--screenshot={out}",
                          "--virtual-time-budget=3000", "--default-background-color=00000000",
                          width=width, height=height)
    if not out.exists():
        raise SystemExit(f"chromium made no screenshot:\n{result.stderr[-2000:]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    shot = sub.add_parser("screenshot")
    shot.add_argument("input", type=Path)
    shot.add_argument("output", type=Path)
    shot.add_argument("--width", type=int, default=1200)
    shot.add_argument("--height", type=int, default=630)
    args = parser.parse_args()
    text = args.input.read_text(encoding="utf-8")
    tree = json.loads(text) if args.input.suffix == ".json" else text
    screenshot(tree, args.width, args.height, args.output)
    print(f"wrote {args.output}")


if __name__ == "__main__":
    main()
