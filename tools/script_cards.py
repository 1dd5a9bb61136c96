"""Maintainer tool: an Arabic card and a Japanese card rendered by ogrender and by Chromium, side by side.

    python tools/script_cards.py        # writes docs/scripts-{arabic,japanese}.png and *-chromium.png

In: the two cards defined here (Satori element objects, ``satori`` preset, 800 x 420) and Debian's Noto
fonts (``fonts-noto-core``, ``fonts-noto-cjk``), subset to the cards' characters for the run (every
layout feature kept, as ``tools/fixture_fonts.py`` does). Out: ogrender's PNG and Chromium's screenshot of
each card (the page of ``tools/chromium.py`` with the same font files added by ``@font-face``), and the
share of pixels that differ (over white, a channel off by more than 32: the paint suite's rule).
"""

from __future__ import annotations

import base64
import io
import sys
import tempfile
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from chromium import ROOT, page, run_chromium  # noqa: E402

sys.path.insert(0, str(ROOT))
from ogrender import Font, render  # noqa: E402

CORE = Path("/usr/share/fonts/truetype/noto")
CJK = Path("/usr/share/fonts/opentype/noto")
W, H = 800, 420

ARABIC_FONTS = [("Noto Sans Arabic", CORE / "NotoSansArabic-Regular.ttf", 0, 400),
                ("Noto Sans Arabic", CORE / "NotoSansArabic-Bold.ttf", 0, 700)]
CJK_FONTS = [("Noto Sans CJK JP", CJK / "NotoSansCJK-Regular.ttc", 0, 400),
             ("Noto Sans CJK JP", CJK / "NotoSansCJK-Bold.ttc", 0, 700)]


def div(*children, **style) -> dict:
    return {"type": "div", "props": {"style": style, "children": list(children)}}


def arabic_card() -> dict:
    family = "Inter, 'Noto Sans Arabic'"
    return div(
        div("\u0645\u062f\u0648\u0646\u0629 \u0627\u0644\u0645\u0647\u0646\u062f\u0633\u064a\u0646 \u00b7 "
            "\u0662\u0662 \u0646\u0648\u0641\u0645\u0628\u0631 2026", fontSize=22, color="#9fb3c8"),
        div("\u0635\u0648\u0631 \u0627\u0644\u0645\u0634\u0627\u0631\u0643\u0629 \u0645\u0646 Python: "
            "\u0643\u064a\u0641 \u062a\u0631\u0633\u0645 ogrender \u0627\u0644\u0646\u0635\u0648\u0635 "
            "\u0627\u0644\u0639\u0631\u0628\u064a\u0629", fontSize=50, fontWeight=700, lineHeight=1.3, color="white"),
        div("\u062a\u062a\u0635\u0644 \u0627\u0644\u062d\u0631\u0648\u0641 \u0627\u0644\u0639\u0631\u0628\u064a\u0629 "
            "\u0628\u0628\u0639\u0636\u0647\u0627 \u062d\u062a\u0649 \u0639\u0628\u0631 \u0627\u0644\u0639\u0646\u0627\u0635\u0631 "
            "\u0627\u0644\u0645\u062e\u062a\u0644\u0641\u0629\u060c \u0648\u062a\u064f\u0643\u062a\u0628 \u0627\u0644\u0623\u0631\u0642\u0627\u0645 "
            "\u0645\u062b\u0644 12,500 \u0648 \u0661\u0662\u0663 \u0645\u0646 \u0627\u0644\u064a\u0633\u0627\u0631 "
            "\u0625\u0644\u0649 \u0627\u0644\u064a\u0645\u064a\u0646.", fontSize=26, lineHeight=1.5, color="#e2e8f0"),
        width=W, height=H, padding="48px 56px", flexDirection="column", justifyContent="space-between",
        backgroundImage="linear-gradient(135deg, #0f2027, #203a43 60%, #2c5364)", fontFamily=family,
        direction="rtl")


def japanese_card() -> dict:
    family = "Inter, 'Noto Sans CJK JP'"
    tag = dict(padding="6px 16px", borderRadius=999, backgroundColor="#fde68a", color="#78350f", fontSize=20)
    card = div(
        div(div("Python", **tag), div("\u65e5\u672c\u8a9e", **tag), div("OG\u753b\u50cf", **tag), gap=12),
        div("\u300c\u898b\u51fa\u3057\u300d\u306e\u6539\u884c\u3068\u7d04\u7269\uff1a"
            "ogrender\u306f\u65e5\u672c\u8a9e\u3092\u3069\u3046\u7d44\u3080\u304b\uff1f",
            fontSize=48, fontWeight=700, lineHeight=1.35, color="#111827"),
        div("\u53e5\u8aad\u70b9\uff08\u3001\u3002\uff09\u3084\u62ec\u5f27\u300c\u300d\u306f\u884c\u982d\u306b"
            "\u6765\u307e\u305b\u3093\u3002\u9023\u7d9a\u3059\u308b\u7d04\u7269\u306f\u534a\u89d2\u5206\u8a70\u3081"
            "\u3001\u5c0f\u3055\u3044\u3063\u3083\u3085\u3087\u3082\u7981\u5247\u51e6\u7406\u306e\u5bfe\u8c61\u3067"
            "\u3059\u30022026\u5e7411\u670822\u65e5\u516c\u958b\u3002",
            fontSize=26, lineHeight=1.6, color="#374151"),
        width=W, height=H, padding="44px 56px", flexDirection="column", justifyContent="space-between",
        backgroundColor="#fffbeb", fontFamily=family)
    card["props"]["lang"] = "ja"
    return card


def characters(tree) -> set[str]:
    if isinstance(tree, str):
        return set(tree)
    out: set[str] = set()
    for child in (tree.get("props") or {}).get("children") or ():
        out |= characters(child)
    return out


def subset_fonts(specs, chars: set[str]) -> list[tuple[str, int, bytes]]:
    from fontTools import subset as ft_subset
    from fontTools.ttLib import TTFont
    out = []
    for family, path, index, weight in specs:
        font = TTFont(path, fontNumber=index)
        options = ft_subset.Options()
        options.layout_features, options.name_IDs, options.hinting = ["*"], ["*"], False
        options.notdef_outline = True
        subsetter = ft_subset.Subsetter(options)
        subsetter.populate(unicodes=sorted({ord(c) for c in chars} | set(range(0x3000, 0x3040)) | set(range(0xFF01, 0xFF20))))
        subsetter.subset(font)
        buf = io.BytesIO()
        font.save(buf)
        out.append((family, weight, buf.getvalue()))
    return out


def chromium_png(tree, fonts) -> bytes:
    faces = "\n".join(f"@font-face {{ font-family: '{family}'; font-weight: {weight}; src: url(data:font/otf;base64,"
                      f"{base64.b64encode(data).decode()}); }}" for family, weight, data in fonts)
    html_text = page(tree, W, H, "satori").replace("<style>", "<style>\n" + faces, 1)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "shot.png"
        run_chromium(html_text, f"--screenshot={out}", "--virtual-time-budget=5000",
                     "--default-background-color=00000000", width=W, height=H)
        return out.read_bytes()


def differing_share(a: bytes, b: bytes) -> float:
    from tests.conformance.paint import decode, differing
    x, y = decode(a), decode(b)
    return float(differing(x, y).mean()) if x.shape == y.shape else 1.0


def main() -> None:
    for name, tree, specs in (("arabic", arabic_card(), ARABIC_FONTS), ("japanese", japanese_card(), CJK_FONTS)):
        fonts = subset_fonts(specs, characters(tree))
        ours = render(tree, W, H, [Font(family, data, weight=weight) for family, weight, data in fonts]
                      + [Font("Inter", (ROOT / "fonts" / "inter" / "Inter-Regular.otf").read_bytes()),
                         Font("Inter", (ROOT / "fonts" / "inter" / "Inter-Bold.otf").read_bytes(), weight=700)])
        theirs = chromium_png(tree, fonts)
        (ROOT / "docs" / f"scripts-{name}.png").write_bytes(ours)
        (ROOT / "docs" / f"scripts-{name}-chromium.png").write_bytes(theirs)
        print(f"{name}: docs/scripts-{name}.png, docs/scripts-{name}-chromium.png; "
              f"{differing_share(ours, theirs):.2%} of pixels differ")


if __name__ == "__main__":
    main()
