"""Maintainer tool: the gallery (docs/gallery.md), every card of examples/gallery/ rendered by ogrender beside
Chromium's screenshot of the same tree.

    python tools/gallery.py            # writes docs/gallery/*.png and docs/gallery.md
                                       # (needs chromium and fonts-noto-color-emoji)

In: examples/gallery/*.json (Satori element objects) and, for the cards whose scripts the bundled fonts do not
cover, the fonts named in EXTRA_FONTS (subsets committed under fonts/, given to ogrender through ``fonts=``
and to Chromium through ``@font-face``). Out: ``NAME.ogrender.png`` and ``NAME.chromium.png`` at 600x315,
and the Markdown page with both images side by side, the share of pixels that differ by more than 32 in
some channel, the notes in NOTES, and the JSON source.
"""

from __future__ import annotations

import base64
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

import chromium  # noqa: E402
from ogrender import Font, render  # noqa: E402
from ogrender.text.fonts import BUNDLED, bundled_dir  # noqa: E402

CARDS = ROOT / "examples" / "gallery"
OUT = ROOT / "docs" / "gallery"
PAGE = ROOT / "docs" / "gallery.md"
WIDTH, HEIGHT = 600, 315
THRESHOLD = 32

# card -> (family, file under fonts/, weight): fonts the card needs beyond the bundled ones
EXTRA_FONTS = {
    "07-rtl": [("Noto Sans Hebrew", "noto-sans-hebrew/NotoSansHebrew-Regular.ttf", 400),
               ("Noto Sans Hebrew", "noto-sans-hebrew/NotoSansHebrew-Bold.ttf", 700)],
    "08-cjk": [("Noto Sans CJK JP", "noto-sans-cjk-jp/NotoSansCJKjp-Regular.otf", 400),
               ("Noto Sans CJK JP", "noto-sans-cjk-jp/NotoSansCJKjp-Bold.otf", 700)],
}

# card -> ogrender's emoji set: the emoji cards use Noto's artwork, which Chromium draws from the Noto Color
# Emoji font (Debian's fonts-noto-color-emoji, installed beside chromium), so the two sides are comparable
EMOJI_SETS = {"09-emoji": "noto", "13-emoji-heavy": "noto"}

# card -> preset of both sides (else "satori"): the emoji cards use the browser preset, whose emoji geometry
# is Chromium's (Noto Color Emoji's glyph box); under the satori preset an emoji is Satori's 1 em picture
PRESETS = {"09-emoji": "browser", "13-emoji-heavy": "browser"}

NOTES: dict[str, str] = {}  # card -> what differs, written after looking at the pair (see NOTES_FILE)
NOTES_FILE = CARDS / "NOTES.json"


def fonts_for(name: str) -> list[Font] | None:
    """ogrender's fonts= for a card: None (the bundled fonts) or the bundled static fonts plus its extras."""
    extra = EXTRA_FONTS.get(name)
    if not extra:
        return None
    base = bundled_dir()
    bundled = [Font(family, (base / path).read_bytes(), weight=weight, style="italic" if italic else "normal")
               for family, path, weight, italic in BUNDLED if not isinstance(weight, tuple)]
    return bundled + [Font(family, (base / path).read_bytes(), weight=weight) for family, path, weight in extra]


def chromium_page(tree, name: str) -> str:
    """tools/chromium.py's page for the card's preset (PRESETS), with its extra fonts as @font-face rules."""
    text = chromium.page(tree, WIDTH, HEIGHT, PRESETS.get(name, "satori"))
    rules = []
    for family, path, weight in EXTRA_FONTS.get(name, []):
        data = base64.b64encode((bundled_dir() / path).read_bytes()).decode()
        rules.append(f"@font-face {{ font-family: '{family}'; src: url(data:font/otf;base64,{data}); "
                     f"font-weight: {weight}; }}")
    return text.replace("<style>", "<style>\n" + "\n".join(rules), 1)


def screenshot(tree, name: str, out: Path) -> None:
    out = out.resolve()
    if out.exists():
        out.unlink()
    result = chromium.run_chromium(chromium_page(tree, name), f"--screenshot={out}", "--virtual-time-budget=3000",
                                   "--default-background-color=00000000", width=WIDTH, height=HEIGHT)
    if not out.exists():
        raise SystemExit(f"chromium made no screenshot of {name}:\n{result.stderr[-2000:]}")


def pixels(data: bytes) -> np.ndarray:
    import skia
    image = skia.Image.MakeFromEncoded(skia.Data.MakeWithCopy(data))
    return image.toarray(colorType=skia.kRGBA_8888_ColorType, alphaType=skia.kUnpremul_AlphaType)


def differing_share(a: bytes, b: bytes) -> float:
    """The share of pixels where some channel (RGBA) differs by more than THRESHOLD."""
    pa, pb = pixels(a).astype(int), pixels(b).astype(int)
    return float((np.abs(pa - pb) > THRESHOLD).any(axis=2).mean())


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    notes = json.loads(NOTES_FILE.read_text(encoding="utf-8")) if NOTES_FILE.exists() else {}
    sections, summary = [], []
    for path in sorted(CARDS.glob("*.json")):
        if path == NOTES_FILE:
            continue
        name = path.stem
        source = path.read_text(encoding="utf-8")
        tree = json.loads(source)
        preset = PRESETS.get(name, "satori")
        ours = render(tree, WIDTH, HEIGHT, fonts=fonts_for(name), compression=9, preset=preset,
                      emoji=EMOJI_SETS.get(name, "twemoji"))
        (OUT / f"{name}.ogrender.png").write_bytes(ours)
        screenshot(tree, name, OUT / f"{name}.chromium.png")
        share = differing_share(ours, (OUT / f"{name}.chromium.png").read_bytes())
        fonts = ", ".join(sorted({f"{family} (`fonts/{Path(file).parent}/`)" for family, file, _ in
                                  EXTRA_FONTS.get(name, [])}))
        sections += [f"## {name}", "",
                     "| ogrender | Chromium |", "|---|---|",
                     f"| ![{name}, ogrender](gallery/{name}.ogrender.png) | "
                     f"![{name}, Chromium](gallery/{name}.chromium.png) |", "",
                     (f"`preset=\"{preset}\"` on both sides. " if preset != "satori" else "")
                     + f"Pixels differing by more than {THRESHOLD} in a channel: **{share:.1%}**."
                     + (f" Fonts beyond the bundled ones: {fonts}." if fonts else ""), ""]
        if notes.get(name):
            sections += [notes[name], ""]
        sections += ["<details><summary>Source (Satori JSON)</summary>", "", "```json", source.rstrip(), "```", "",
                     "</details>", ""]
        summary.append(f"| [{name}](#{name}) | {share:.1%} |")
        print(f"{name}: {share:.1%}")
    head = ["# Gallery", "",
            f"Every card of [examples/gallery/](../examples/gallery/) rendered by ogrender ({WIDTH}x{HEIGHT}, "
            "`preset=\"satori\"` unless the card says otherwise), beside headless Chromium's screenshot of the "
            "same tree (the page `tools/chromium.py` builds for the preset: its defaults as a style sheet, the "
            "same fonts through `@font-face`).",
            "Generated by `python tools/gallery.py` (needs Debian's `chromium`): do not edit by hand; the notes "
            "under each card come from `examples/gallery/NOTES.json`.",
            "The share is of pixels where some channel differs by more than "
            f"{THRESHOLD}: anti-aliased glyph edges alone give a few tenths of a per cent on text-heavy cards "
            "(more with hinted fonts, which Chromium hints vertically).", "",
            "| card | pixels differing |", "|---|---|", *summary, ""]
    PAGE.write_text("\n".join(head + sections).rstrip() + "\n", encoding="utf-8")
    print(f"wrote {PAGE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
