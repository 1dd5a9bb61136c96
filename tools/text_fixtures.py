"""Maintainer tool: the Chromium conformance suite for text (line breaks, line boxes, element boxes).

    python tools/text_fixtures.py --out tests/conformance/data/text    # regenerate (needs chromium)
    python tools/text_fixtures.py --report                             # replay all fixtures, no pytest
    python tools/text_fixtures.py --list                               # fixture counts, no browser
    python tools/text_fixtures.py --known-failures                     # rewrite the strict-xfail list
    python tools/text_fixtures.py --ascii-table                        # Blink's ASCII pair table
    python tools/text_fixtures.py --fixtures /tmp/x/mine.py --fonts /tmp/x/fonts --out /tmp/x/data   # scratch set
    python tools/text_fixtures.py --fixtures /tmp/x/mine.py --fonts /tmp/x/fonts --data /tmp/x/data --report -v

In: the fixtures defined here: Satori element objects, a block ``div`` of a stated width holding text and
inline elements (``span``, ``b``, ``strong``, ``i``, ``em``, ``code``, ``small``, ``br``), every element
stating ``display``, ``position`` and ``boxSizing`` and every text container its ``fontFamily`` (one of the
bundled families, loaded in Chromium with ``@font-face`` from the same files), ``fontSize`` and
``lineHeight``. Hand-written suites per feature and seeded random paragraphs (``random.Random(seed)``).

Out: ``<out>/<suite>.json`` = ``{"chromium", "suite", "fixtures": [{"id", "preset": "browser", "width",
"height", "tree", "boxes", "lines"}]}``. ``boxes``: every element's border box ``[x, y, width, height]``
(``getBoundingClientRect``, for an inline element split over lines the union of its fragments) in
pre-order, root first, relative to the canvas, rounded to 1/64 px. ``lines`` (null for fixtures whose characters Chromium reports without showing them, as those cut by
``text-overflow: ellipsis``): per line, ``[text, [x, y,
width, height]]``: the line's characters (its text with white space collapsed to single spaces and
trimmed, soft hyphens removed) and the union of the rectangles ``Range.getClientRects`` gives for each of
its characters that is not white space (the text's content area: for each font, ascent + descent around
the baseline).

How Chromium measures: as ``tools/layout_fixtures.py`` (the flags of DESIGN.md, batches of fixtures, each
in its own hidden canvas at the page origin, measured twice; dropped declarations reported). Characters
are walked per code point in document order; a character starts a new line when it starts left of the
middle of the previous one or below the bottom of the line so far.
"""

from __future__ import annotations

import argparse
import base64
import html
import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from chromium import ROOT, font_faces, run_chromium, style_text  # noqa: E402
from layout_fixtures import CANVAS_STYLE, chromium_version, declared_names, parse_result, snap  # noqa: E402
from layout_fixtures import generate as layout_generate  # noqa: E402

from fixture_fonts import record  # noqa: E402

from ogrender.css.presets import PRESETS  # noqa: E402
from ogrender.text.fonts import bundled_dir  # noqa: E402
from tests.conformance import varfont  # noqa: E402

# Satori's root: a wrapping row flex container aligning to the start (ogrender.layout._canvas_style)
SATORI_CANVAS = ("display: flex; flex-wrap: wrap; align-items: flex-start; align-content: flex-start; "
                 "position: absolute; left: 0; top: 0; will-change: transform")

DEFAULT_OUT = ROOT / "tests" / "conformance" / "data" / "text"
BATCH = 60

SANS, SERIF, MONO, VARIABLE = "Inter", "Noto Serif", "JetBrains Mono", "Inter Variable"
FONTS = (SANS, SERIF, MONO)


# -- element builders -----------------------------------------------------------------------------------

def el(tag: str, *children, display="inline", position="static", boxSizing="content-box", **style) -> dict:
    props = {"style": {"display": display, "position": position, "boxSizing": boxSizing, **style}}
    if children:
        props["children"] = list(children)
    return {"type": tag, "props": props}


def para(*children, width=300, font=SANS, size=16, lh="normal", **style) -> dict:
    """The fixture root: a block of a stated width, font, size and line-height."""
    return el("div", *children, display="block", width=width, fontFamily=font, fontSize=size,
              lineHeight=lh, **style)


def span(*children, **style) -> dict:
    return el("span", *children, **style)


def fx(name: str, tree: dict, width: int = 600, height: int = 400) -> dict:
    return {"id": name, "preset": "browser", "width": width, "height": height, "tree": tree}


LOREM = ("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore "
         "et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut "
         "aliquip ex ea commodo consequat.")
CARD = "The quick brown fox jumps over the lazy dog while the five boxing wizards jump quickly."
TITLE = "Introducing ogrender: Open Graph images from Python, rendered exactly like Chromium"
URL = "Read more at https://example.com/blog/2026/11/a-very-long-article-title-here?ref=og&utm=card today."
PHONE = "Call us on 1-800-555-0199 or +44 20 7946 0958, Monday to Friday (9am-5pm)."
LONGWORD = "Supercalifragilisticexpialidocious pneumonoultramicroscopicsilicovolcanoconiosis words."
PUNCT = "Wait... what?! \"Quoted\" text, (parenthesised) [bracketed] {braced}; semi: colon/slash - dash."
ACCENTS = "Crème brûlée à la française, naïve façade, smörgåsbord, Ærøskøbing, déjà vu."
NUMBERS = "Prices: $1,234.56 vs €99.99 (-12.5%), 3.14159 × 2 = 6.28318; 2026-11-22 10:45."
TEXTS = {"lorem": LOREM, "card": CARD, "title": TITLE, "url": URL, "phone": PHONE, "longword": LONGWORD,
         "punct": PUNCT, "accents": ACCENTS, "numbers": NUMBERS}


# -- hand-written suites --------------------------------------------------------------------------------

def plain():
    """Plain paragraphs in the three bundled families, sizes 10-120 px, several widths."""
    sizes = (10, 12, 14, 16, 18, 20, 24, 32, 40, 48, 64, 80, 96, 120)
    for font in FONTS:
        for size in sizes:
            for width in (180, 420):
                text = LOREM if size <= 24 else CARD if size <= 64 else "Big headline text wraps"
                w = width if size <= 48 else width + 380
                yield fx(f"{font.split()[0].lower()}_{size}px_w{w}", para(text, width=w, font=font, size=size),
                         width=900, height=900)


def breaking():
    """Where lines may break: URLs, phone numbers, punctuation, hyphens, long words, accents, numbers."""
    for name, text in TEXTS.items():
        for width in (90, 150, 230, 330):
            yield fx(f"{name}_w{width}", para(text, width=width))
    for width in (60, 100, 140):
        yield fx(f"soft_hyphen_w{width}", para("Extra\u00adordinary in\u00adcompre\u00adhensible words", width=width))
        yield fx(f"hyphenated_w{width}", para("state-of-the-art well-known mother-in-law e-mail", width=width))
        yield fx(f"slashes_w{width}", para("and/or either/or input/output path/to/some/file.txt", width=width))
        yield fx(f"nbsp_w{width}", para("10\u00a0km of 100\u00a0000 people at 9\u00a0am sharp", width=width))


def white_space():
    texts = {
        "spaces": "Several   spaces   between    words and  a tab\there,   then more words after them.",
        "newlines": "First line\nsecond line after a newline\n\nafter an empty line   with spaces   end",
        "leading": "   leading spaces and trailing spaces   \n   next line indented   ",
    }
    for ws in ("normal", "nowrap", "pre", "pre-wrap", "pre-line", "break-spaces"):
        for name, text in texts.items():
            for width in (120, 260):
                yield fx(f"{ws}_{name}_w{width}", para(text, width=width, whiteSpace=ws))


def word_break():
    for wb in ("normal", "break-all", "keep-all", "break-word"):
        for name in ("longword", "url", "card"):
            for width in (70, 160):
                yield fx(f"word_break_{wb}_{name}_w{width}", para(TEXTS[name], width=width, wordBreak=wb))
    for ow in ("normal", "break-word", "anywhere"):
        for name in ("longword", "url"):
            for width in (70, 160):
                yield fx(f"overflow_wrap_{ow}_{name}_w{width}", para(TEXTS[name], width=width, overflowWrap=ow))


def align():
    for ta in ("start", "end", "left", "right", "center", "justify"):
        for width in (150, 310):
            yield fx(f"{ta}_w{width}", para(LOREM, width=width, textAlign=ta))
        yield fx(f"{ta}_serif", para(CARD, width=200, font=SERIF, size=20, textAlign=ta))


def line_height():
    for lh in ("normal", 1, 1.2, 1.5, 2, 0.8, "20px", "33.3px", "150%", "1.15em"):
        for font in FONTS:
            key = str(lh).replace(".", "_").replace("%", "pct")
            yield fx(f"lh_{key}_{font.split()[0].lower()}", para(CARD, width=220, font=font, size=18, lh=lh))


def spacing():
    for ls in ("1px", "0.1em", "-0.5px", "3px", "0.25em"):
        for width in (160, 300):
            key = ls.replace(".", "_").replace("-", "m")
            yield fx(f"letter_spacing_{key}_w{width}", para(CARD, width=width, letterSpacing=ls))
    for ws in ("4px", "0.5em", "-2px", "12px"):
        for width in (160, 300):
            key = ws.replace(".", "_").replace("-", "m")
            yield fx(f"word_spacing_{key}_w{width}", para(CARD, width=width, wordSpacing=ws))
    yield fx("letter_and_word_spacing", para(LOREM, width=260, letterSpacing="0.5px", wordSpacing="3px"))


def text_wrap():
    for name, style in (("mode_nowrap", {"textWrapMode": "nowrap"}), ("style_balance", {"textWrapStyle": "balance"})):
        for width in (180, 330):
            yield fx(f"text_wrap_{name}_w{width}", para(TITLE, width=width, size=20, **style))
    for tw in ("wrap", "nowrap", "balance", "pretty"):
        for name in ("title", "card", "lorem"):
            for width in (180, 330):
                yield fx(f"text_wrap_{tw}_{name}_w{width}", para(TEXTS[name], width=width, textWrap=tw, size=20))


def transform_indent():
    for tt in ("uppercase", "lowercase", "capitalize", "none"):
        for width in (150, 320):
            yield fx(f"transform_{tt}_w{width}", para(CARD, width=width, textTransform=tt))
    for ti in ("20px", "2em", "-10px", "10%", "0"):
        for ta in ("left", "right"):
            key = ti.replace("%", "pct").replace("-", "m")
            yield fx(f"indent_{key}_{ta}", para(LOREM, width=240, textIndent=ti, textAlign=ta,
                                                paddingLeft=10 if ti == "-10px" else 0))


def rich():
    """Rich text: inline elements with their own font, size, weight, colour and edges, sharing lines."""
    b = lambda *c, **s: el("b", *c, **s)  # noqa: E731
    i = lambda *c, **s: el("i", *c, **s)  # noqa: E731
    for width in (140, 220, 330):
        yield fx(f"bold_words_w{width}", para("Some ", b("bold words", fontWeight=700), " in a sentence that wraps "
                                                "over ", b("several lines", fontWeight=700), " of text.", width=width))
        yield fx(f"italic_words_w{width}", para("An ", i("italic phrase", fontStyle="italic"), " inside plain text, "
                                                  "with more words after it.", width=width))
        yield fx(f"big_span_w{width}", para("Small text with a ", span("much bigger", fontSize=32),
                                            " span in the middle of the line.", width=width))
        yield fx(f"small_span_w{width}", para("Regular text with ", span("a much smaller run of words", fontSize=10),
                                              " inside it, and then regular again.", width=width, size=20))
        yield fx(f"serif_span_w{width}", para("Sans text then ", span("a serif phrase here", fontFamily=SERIF),
                                              " then sans again to the end.", width=width))
        yield fx(f"mono_span_w{width}", para("Call ", el("code", "render(tree, width=1200)", fontFamily=MONO),
                                             " to make a card image quickly.", width=width))
        yield fx(f"color_span_w{width}", para("Coloured ", span("red words", color="#d00"), " and ",
                                              span("blue words", color="#00d"), " in a paragraph.", width=width))
        yield fx(f"padded_span_w{width}", para("A ", span("padded tag", paddingLeft=8, paddingRight=8,
                                                          backgroundColor="#fd0"),
                                               " sits in text that wraps around it.", width=width))
        yield fx(f"bordered_span_w{width}", para("Text ", span("with a border", borderStyle="solid",
                                                               borderWidth=2, borderColor="#333"),
                                                 " around a phrase in the line.", width=width))
        yield fx(f"margin_span_w{width}", para("Text ", span("with margins", marginLeft=12, marginRight=20),
                                               " left and right of a phrase.", width=width))
        yield fx(f"br_w{width}", para("First line", el("br"), "second line after a br that wraps further",
                                      el("br"), "third", width=width))
        yield fx(f"nested_w{width}", para("Outer ", span("inner ", b("bold ", i("bold italic", fontStyle="italic"),
                                                                      fontWeight=700), "back", fontSize=20),
                                          " outer end of the text.", width=width))
        yield fx(f"split_span_w{width}", para("Before ", span("a long span that certainly has to wrap over two "
                                                              "or more lines", backgroundColor="#cef",
                                                              paddingLeft=4, paddingRight=4),
                                              " after.", width=width))
        yield fx(f"lh_span_w{width}", para("Line height ", span("taller span", lineHeight=2.5),
                                           " in a paragraph of normal lines.", width=width, lh=1.2))
        yield fx(f"no_space_join_w{width}", para("unbroken", b("bold", fontWeight=700), "join", span("ed", fontSize=20),
                                                 " words stay together on a line.", width=width))
        yield fx(f"mixed_sizes_w{width}", para(span("Tiny ", fontSize=10), span("small ", fontSize=14),
                                               span("medium ", fontSize=20), span("large ", fontSize=28),
                                               span("huge", fontSize=40), " end.", width=width))


def random_paragraphs():
    """Seeded random paragraphs: words from the texts above, random fonts, sizes, widths and spans."""
    words = " ".join(TEXTS.values()).split()
    for seed in range(1, 121):
        rng = random.Random(seed)
        font = rng.choice(FONTS)
        size = rng.choice((10, 12, 13, 14, 15, 16, 18, 20, 22, 24, 28, 30, 36, 44, 56, 72))
        width = rng.randint(60, 560)
        n = rng.randint(3, 40)
        style = {}
        if rng.random() < 0.3:
            style["textAlign"] = rng.choice(("left", "right", "center", "justify"))
        if rng.random() < 0.3:
            style["lineHeight"] = rng.choice((1, 1.25, 1.5, "24px", "120%"))
        children = []
        k = 0
        while k < n:
            m = rng.randint(1, 6)
            text = " ".join(rng.choice(words) for _ in range(m))
            if seed > 60 and rng.random() < 0.4:
                sstyle = rng.choice(({"fontWeight": 700}, {"fontSize": rng.choice((10, 14, 24, 32))},
                                     {"fontFamily": rng.choice(FONTS)}, {"color": "#c00"},
                                     {"fontStyle": "italic"}))
                children.append(span(text, **sstyle))
                children.append(" ")
            else:
                children.append(text + " ")
            k += m
        kind = "rich" if seed > 60 else "plain"
        yield fx(f"{kind}_{seed}", para(*children, width=width, font=font, size=size,
                                        **{"lh": style.pop("lineHeight", "normal")}, **style),
                 width=900, height=1200)


def features():
    """OpenType features from CSS, synthetic styles, decorations (which must not move anything)."""
    digits = "Order 1111 costs 10,987.01 from 2026-11-22; fi fl ffi office waffle"
    for font in (SANS, SERIF, MONO):
        key = font.split()[0].lower()
        for name, style in (("tnum", {"fontVariantNumeric": "tabular-nums"}),
                            ("onum", {"fontVariantNumeric": "oldstyle-nums"}),
                            ("zero", {"fontVariantNumeric": "slashed-zero"}),
                            ("ffs_tnum", {"fontFeatureSettings": '"tnum"'}),
                            ("ffs_liga_off", {"fontFeatureSettings": '"liga" 0'}),
                            ("no_ligatures", {"fontVariantLigatures": "none"}),
                            ("kerning_none", {"fontKerning": "none"}),
                            ("letter_spacing_ligatures", {"letterSpacing": "1px"}),
                            ("italic", {"fontStyle": "italic"}),
                            ("bold_italic", {"fontStyle": "italic", "fontWeight": 700}),
                            ("weight_900", {"fontWeight": 900}),
                            ("weight_300", {"fontWeight": 300})):
            yield fx(f"{name}_{key}", para(digits, width=260, font=font, size=18, **style))
    for deco in ("underline", "line-through", "overline wavy", "underline double 3px"):
        key = deco.replace(" ", "_").replace("-", "_")
        yield fx(f"decoration_{key}", para("Text with ", span("a decorated phrase that wraps", textDecoration=deco),
                                           " inside it.", width=180))
    yield fx("text_shadow_and_stroke", para("Shadowed ", span("stroked words", WebkitTextStroke="1px red",
                                                              textShadow="2px 2px 4px #000"), " end.", width=200))


def atomic_inlines():
    """inline-block boxes among text, on shared lines, with vertical-align; sub, sup and shifted spans."""
    def box(w, h, **style):
        return el("div", display="inline-block", width=w, height=h, backgroundColor="#f80", **style)

    def chip(text, **style):
        return el("div", text, display="inline-block", padding="2px 6px", backgroundColor="#8cf", **style)

    for width in (150, 260, 400):
        yield fx(f"boxes_in_text_w{width}", para("Text before ", box(40, 30), " between ", box(20, 10),
                                                 " and more words after the boxes end.", width=width))
        yield fx(f"box_inside_span_w{width}", para("Before ", span("a span holding ", box(18, 18), " a box and "
                                                                   "more words", color="#c00", backgroundColor="#eee"),
                                                   " after the span.", width=width))
        yield fx(f"tall_top_bottom_w{width}", para("Top ", box(20, 60, verticalAlign="top"), " and bottom ",
                                                   box(20, 50, verticalAlign="bottom"), " aligned boxes with "
                                                   "text around them.", width=width, size=16))
        yield fx(f"chips_in_text_w{width}", para("Tags: ", chip("python"), " ", chip("layout"), " ",
                                                 chip("text"), " and ", chip("chromium"), " done.", width=width))
        for va in ("middle", "sub", "super", "text-top", "text-bottom", "5px", "-4px", "50%", "top", "bottom"):
            key = va.replace("%", "pct").replace("-", "m")
            yield fx(f"box_va_{key}_w{width}", para("Aligned ", box(24, 24, verticalAlign=va), " box in a line "
                                                    "of text that wraps.", width=width, size=18))
        yield fx(f"sub_sup_w{width}", para("H", el("sub", "2"), "O and E = mc", el("sup", "2"),
                                           " with x", el("sub", "i", el("sup", "n")), " terms.", width=width))
        for va in ("super", "sub", "middle", "6px", "-0.3em", "text-top", "text-bottom"):
            key = va.replace("-", "m").replace(".", "_")
            yield fx(f"span_va_{key}_w{width}", para("Shifted ", span("words here", verticalAlign=va, fontSize=12),
                                                     " and the rest of the text.", width=width, size=20))


def variable():
    """The variable Inter: the wght axis follows font-weight (any number from 1 to 1000, clamped to the
    axis), font-variation-settings sets it directly; sizes 10-120 px."""
    for weight in (100, 250, 350, 400, 450, 550, 650, 700, 800, 900, 950):
        for width in (160, 340):
            yield fx(f"weight_{weight}_w{width}", para(CARD, width=width, font=VARIABLE, size=20, fontWeight=weight))
    for setting in ("'wght' 300", "'wght' 725", "'wght' 900", "'wght' 50"):
        key = setting.split()[1]
        yield fx(f"variation_wght_{key}", para(LOREM, width=250, font=VARIABLE, size=16,
                                                 fontVariationSettings=setting))
    for size in (10, 14, 24, 48, 72, 120):
        yield fx(f"size_{size}_bold", para("Variable weight headline text", width=300 if size < 48 else 900,
                                           font=VARIABLE, size=size, fontWeight=760), width=900, height=900)
    yield fx("rich_weights", para("Light ", span("medium", fontWeight=500), " semibold ",
                                  span("heavy words here", fontWeight=880), " and ",
                                  span("italic synthetic", fontStyle="italic"), " text.", width=200, font=VARIABLE,
                                  size=18, fontWeight=300))


def satori_preset():
    """Under the satori preset every element is a flex container: text runs become anonymous flex items,
    spans are flex items of their own (CSS Flexbox 4), as next/og templates are written."""
    def sdiv(*children, **style):
        return {"type": "div", "props": {"style": style, "children": list(children)}} if children else \
            {"type": "div", "props": {"style": style}}

    def sspan(*children, **style):
        return {"type": "span", "props": {"style": style, "children": list(children)}}

    for width in (200, 420):
        yield dict(fx(f"title_w{width}", sdiv(TITLE, width=width, fontSize=32, fontWeight=700)), preset="satori")
        yield dict(fx(f"column_w{width}", sdiv(sdiv("Engineering blog", fontSize=14, color="#666"),
                                               sdiv(TITLE, fontSize=28, fontWeight=700, lineHeight=1.2),
                                               sdiv(LOREM, fontSize=16, marginTop=12),
                                               width=width, flexDirection="column", padding=20)), preset="satori")
        yield dict(fx(f"text_and_spans_w{width}", sdiv("Hello ", sspan("bold world", fontWeight=700),
                                                       " and more text after it", width=width, fontSize=20,
                                                       flexWrap="wrap")), preset="satori")
        yield dict(fx(f"centered_w{width}", sdiv(CARD, width=width, height=200, fontSize=22, textAlign="center",
                                                 alignItems="center", justifyContent="center")), preset="satori")
        yield dict(fx(f"row_items_w{width}", sdiv(sdiv("Left column text that wraps", flexGrow=1, fontSize=18),
                                                  sdiv("Right", fontSize=18, fontFamily=SERIF),
                                                  width=width, gap=12)), preset="satori")
        yield dict(fx(f"letter_spacing_upper_w{width}", sdiv("Engineering blog posts", width=width, fontSize=24,
                                                             letterSpacing="0.1em", textTransform="uppercase")),
                   preset="satori")
        yield dict(fx(f"mono_w{width}", sdiv("render(tree, width=1200, height=630) -> bytes", width=width,
                                             fontSize=18, fontFamily=MONO)), preset="satori")
        yield dict(fx(f"block_paragraph_w{width}", sdiv("A block ", sspan("with an inline span", display="inline",
                                                                          color="#c00"), " inside it that wraps.",
                                                        width=width, fontSize=20, display="block")), preset="satori")


def overflow():
    """text-overflow: ellipsis on blocks with overflow hidden (element boxes only: the characters after
    the ellipsis still have rectangles in Chromium)."""
    for font in FONTS:
        for width in (120, 200):
            key = font.split()[0].lower()
            yield dict(fx(f"ellipsis_{key}_w{width}", para(el("div", TITLE, display="block", whiteSpace="nowrap",
                                                              overflow="hidden", textOverflow="ellipsis"),
                                                           width=width, font=font, size=20)), lines=None)
            yield fx(f"clip_{key}_w{width}", para(el("div", TITLE, display="block", whiteSpace="nowrap",
                                                     overflow="hidden", textOverflow="clip"),
                                                  width=width, font=font, size=20))


def locale_transform():
    """text-transform by the content language (``lang``): ICU's rules for Turkish and Azerbaijani,
    Lithuanian, Greek uppercasing (accents dropped), full mappings (ß -> SS) and capitalize's simple
    titlecase. ``inner_text``: Chromium's innerText (the transformed text) is recorded too."""
    texts = {
        "el": "Καλημέρα κόσμε! Η Αθήνα είναι πρωτεύουσα, ή όχι; Μάιος, άυλος, προϋπόθεση, ευφυΐα, Ήλιος.",
        "el_polytonic": "Ἀθῆναι, ᾠδή τοῦ Ὀδυσσέως· ἡ ἀρχὴ ᾳ ῼ ή.",
        "tr": "İstanbul'da ılık bir akşam; Iğdır, Diyarbakır ve İzmir. KIŞ İÇİN ISITICI.",
        "az": "Bakı İçərişəhər, ılıq axşam; Işıqlı İsmayıllı.",
        "lt": "Ìš kur Į\u0303 ĮĖJIMAS, J\u0303 ir i\u0307\u0301 bei Ĩ ženklas; Ì Í Ĩ.",
        "de": "Die Straße ist groß, der Fußball und die Maße: ß.",
        "nl": "ijsland en IJmuiden, de ijzeren ijver van Nederland.",
        "full": "Full mappings: ǳ ǰ ΐ ΰ ß and Ǳ, then ǲ.",
    }
    greek = {"el", "el_polytonic", "az", "full"}  # (the bundled Noto Serif has no Greek, nor ə)
    langs = {"el": ("el", "en", "el-GR"), "el_polytonic": ("el",), "tr": ("tr", "en"), "az": ("az",),
             "lt": ("lt", "en"), "de": ("de", "en"), "nl": ("nl",), "full": ("en",)}
    for key, text in texts.items():
        for lang in langs[key]:
            for tt in ("uppercase", "lowercase", "capitalize"):
                for font in (SANS,) if key in greek else (SANS, SERIF):
                    tree = para(text, width=260, font=font, size=22, textTransform=tt)
                    tree["props"]["lang"] = lang
                    name = f"{key}_{lang.replace('-', '_')}_{tt}_{font.split()[0].lower()}"
                    # (combining marks after a capital defeat the grouping of characters into lines:
                    # Lithuanian fixtures compare the element boxes and the text)
                    yield dict(fx(name, tree), inner_text=True, **({"lines": None} if key == "lt" else {}))
    # capitalize: where words start (ICU's word segmentation, and . and : in Chromium's)
    words = ("don't stop self-made 3rd l'avion e-mail x.y.z foo_bar ánimo ñandú «quoted» (paren) [b] 'single' "
             "\"dbl\" 1st-class co-op 2x4 o'neil a.b a,b a;b a:b a/b a|b a@b a#b a&b a+b a=b a?b a!b one—two "
             "three–four five…six seven’s eight‘s nine·ten über-cool hello\u00adworld ß-test")
    for width in (200, 400):
        yield dict(fx(f"capitalize_words_w{width}", para(words, width=width, size=18, textTransform="capitalize")),
                   inner_text=True)
    yield dict(fx("capitalize_across_elements", para("one", span("two three"), " four", el("b", "five", fontWeight=700),
                                                     "-six", width=300, size=18, textTransform="capitalize")),
               inner_text=True)
    # the language of an inline element decides for its text
    tree = para("Türkçe: ", dict(span("istanbul ılık"), ), " and English: istanbul.", width=240, size=22,
                textTransform="uppercase")
    tree["props"]["children"][1]["props"]["lang"] = "tr"
    yield dict(fx("span_lang_tr_uppercase", tree), inner_text=True)
    tree = para("Greek: ", span("Αθήνα άυλος"), " and default: Αθήνα.", width=240, size=22, textTransform="uppercase")
    tree["props"]["children"][1]["props"]["lang"] = "el"
    yield dict(fx("span_lang_el_uppercase", tree), inner_text=True)


def span_vertical_align():
    """vertical-align on plain inline elements (spans, not atomic inlines): top and bottom align the
    span's subtree with the line box, which grows to hold it (CSS 2.1 10.8); the other values shift the
    baseline. Several fonts, sizes, line-heights; nested and wrapping spans."""
    values = ("top", "bottom", "text-top", "text-bottom", "middle", "super", "sub", "10px", "-8px", "50%", "-25%")
    def key(va):
        return va.replace("-", "m").replace("%", "pct")
    for va in values:
        for font in FONTS:
            fname = font.split()[0].lower()
            for inner, lh in ((34, "normal"), (11, "normal"), (26, "1.6"), (14, "40px")):
                yield fx(f"{key(va)}_{fname}_s{inner}_lh{lh.replace('.', '_')}",
                         para("Before the span ", span("aligned words", verticalAlign=va, fontSize=inner, lineHeight=lh),
                              " and after it the text goes on to wrap.", width=260, font=font, size=18))
    for va in ("top", "bottom"):
        # a wrapping span: every line it is on grows
        yield fx(f"wrapping_{va}", para("Start ", span("a long aligned span that wraps over several lines of text",
                                                     verticalAlign=va, fontSize=30),
                                        " end of the paragraph.", width=220, size=16))
        # nested: an inner span shifted inside the aligned one (the aligned subtree)
        for inner_va in ("baseline", "super", "sub", "8px", "-12px", "middle", "text-top", "top", "bottom"):
            f = fx(f"nested_{va}_{key(inner_va)}",
                   para("Outer text ", span("aligned ", span("inner", verticalAlign=inner_va, fontSize=30),
                                             " tail", verticalAlign=va, fontSize=14),
                        " more text after.", width=300, size=18))
            # (raised inner text pushes the top-aligned span wholly below the text before it: the
            # grouping of characters into lines would split the line; the element boxes are compared)
            yield dict(f, lines=None) if (va, inner_va) == ("top", "8px") else f
        # a tall line elsewhere on the line: the aligned span goes to its top or bottom
        yield fx(f"with_tall_{va}", para("Text ", span("Tall", fontSize=48), " and ",
                                          span("aligned", verticalAlign=va, fontSize=12), " end.", width=400, size=18))
        yield fx(f"with_shifted_{va}", para("Text ", span("up", verticalAlign="30px"), " and ",
                                             span("aligned", verticalAlign=va, fontSize=22), " down ",
                                             span("low", verticalAlign="-20px"), " end.", width=400, size=18))
    yield fx("top_and_bottom", para("A ", span("top", verticalAlign="top", fontSize=40), " B ",
                                    span("bottom", verticalAlign="bottom", fontSize=28), " C", width=400, size=18))
    yield fx("top_taller_than_line", para("A ", span("top", verticalAlign="top", fontSize=60, lineHeight="80px"),
                                          " B ", span("bottom", verticalAlign="bottom", fontSize=12), " C",
                                          width=400, size=18))
    # atomic inlines inside aligned or shifted spans (they move with the span)
    def box(**style):
        return el("span", display="inline-block", **{"width": 30, "height": 24, "backgroundColor": "#0a0", **style})
    for va in ("top", "bottom", "super", "sub", "12px", "middle", "text-top"):
        yield fx(f"atomic_in_{key(va)}_span", para("Text ", span("in ", box(), " span", verticalAlign=va, fontSize=14),
                                                    " after the span.", width=300, size=18))
    for va in ("top", "bottom", "middle", "text-bottom"):
        yield fx(f"atomic_{key(va)}_in_span", para("Text ", span("in ", box(verticalAlign=va, height=50), " span",
                                                                  fontSize=24), " after.", width=300, size=18))
    # empty and edge-only spans still hold their strut on the line
    yield fx("empty_big_span", para("Small ", span(fontSize=48), " text", width=300, size=14))
    yield fx("nested_big_outer", para("Small ", span(span("inner", fontSize=10), fontSize=48), " text",
                                      width=300, size=14))
    # seeded random nests of spans with any vertical-align, font, size and line-height
    words = CARD.split()
    values = values + ("baseline", "baseline", "20%", "3px")
    for seed in range(1, 61):
        rng = random.Random(5000 + seed)

        def nest(depth):
            children = []
            for _ in range(rng.randint(1, 3)):
                children.append(" ".join(rng.choice(words) for _ in range(rng.randint(1, 3))) + " ")
                if depth < 3 and rng.random() < 0.5:
                    style = {"verticalAlign": rng.choice(values)}
                    if rng.random() < 0.6:
                        style["fontSize"] = rng.choice((9, 12, 16, 22, 30, 40))
                    if rng.random() < 0.3:
                        style["lineHeight"] = rng.choice(("normal", "1", "1.8", "30px", "8px"))
                    if rng.random() < 0.2:
                        style["fontFamily"] = rng.choice(FONTS)
                    children.append(span(*nest(depth + 1), **style))
                    children.append(" ")
            return children
        yield fx(f"random_{seed}", para(*nest(0), width=rng.choice((180, 260, 400)), font=rng.choice(FONTS),
                                        size=rng.choice((14, 16, 20)), lh=rng.choice(("normal", "normal", "1.5", "28px"))),
                 height=900)
    for va in ("top", "bottom", "middle"):
        yield fx(f"block_lh_{key(va)}", para("Line height set ", span("here", verticalAlign=va, fontSize=24),
                                              " on the block that wraps over lines.", width=200, size=16, lh="36px"))


def wrap_styles():
    """text-wrap: pretty (Blink's score line breaker over a paragraph's last lines, when greedy breaking
    leaves a short last line of one word) and balance, on many seeded random paragraphs and hand-written
    ones (indents, justification, forced breaks, soft hyphens, spans)."""
    words = " ".join(TEXTS.values()).split()
    for seed in range(1, 161):
        rng = random.Random(1000 + seed)
        wrap = "pretty" if seed <= 100 else "balance"
        font = rng.choice(FONTS)
        size = rng.choice((12, 14, 16, 18, 20, 24, 28, 32))
        width = rng.randint(120, 520)
        n = rng.randint(6, 70) if wrap == "pretty" else rng.randint(4, 30)
        style = {"textWrap": wrap}
        if rng.random() < 0.2:
            style["textAlign"] = rng.choice(("center", "right", "justify"))
        if rng.random() < 0.15:
            style["textIndent"] = rng.choice(("20px", "2em", "-10px"))
            style["paddingLeft"] = 10
        children = []
        k = 0
        while k < n:
            m = rng.randint(1, 8)
            text = " ".join(rng.choice(words) for _ in range(m))
            if rng.random() < 0.15:
                children.append(span(text, **rng.choice(({"fontWeight": 700}, {"fontSize": round(size * 1.4)},
                                                          {"letterSpacing": "1px"}))))
                children.append(" ")
            else:
                children.append(text + " ")
            k += m
        # a last word of its own, often: what pretty is about
        if rng.random() < 0.7:
            children.append(rng.choice(words))
        yield fx(f"{wrap}_random_{seed}", para(*children, width=width, font=font, size=size, **style),
                 width=900, height=1400)
    short = ("Every paragraph here is written so that the greedy breaking leaves one short word alone on its last "
             "line, which pretty avoids.")
    for font in FONTS:
        fname = font.split()[0].lower()
        for width in (150, 190, 230, 270, 310, 350, 390, 430):
            yield fx(f"pretty_short_{fname}_w{width}", para(short, width=width, font=font, size=18, textWrap="pretty"))
            yield fx(f"balance_short_{fname}_w{width}", para(short, width=width, font=font, size=18, textWrap="balance"))
    for width in (160, 240, 320):
        yield fx(f"pretty_forced_w{width}", para(short, el("br", display="inline"), LOREM, el("br", display="inline"),
                                                 CARD, width=width, size=16, textWrap="pretty"))
        yield fx(f"pretty_soft_hyphens_w{width}", para("Extra\u00adordinary typo\u00adgraphy needs care\u00adful "
                                                       "hyphen\u00adation in para\u00adgraphs of in\u00adcredible "
                                                       "length, to\u00adgether.", width=width, size=18,
                                                       textWrap="pretty"))
        yield fx(f"pretty_long_w{width}", para(LOREM + " " + LOREM + " end", width=width, size=16, textWrap="pretty"),
                 height=900)
        yield fx(f"balance_long_w{width}", para(TITLE + " " + CARD, width=width, size=16, textWrap="balance"))
    for style in ("textWrapStyle", "textWrap"):
        yield fx(f"pretty_by_{style}", para(short, width=250, size=18, **{style: "pretty"}))
    # balance with forced breaks: each paragraph on its own
    for width in (180, 260, 340):
        yield fx(f"balance_forced_w{width}", para(TITLE, el("br", display="inline"), CARD, el("br", display="inline"),
                                                  "Short end words", width=width, size=16, textWrap="balance"))
        yield fx(f"balance_long_forced_w{width}", para(LOREM, el("br", display="inline"), TITLE, width=width, size=16,
                                                       textWrap="balance"), height=900)
    # other breaking modes under pretty / balance
    for tw in ("pretty", "balance"):
        for key, style in (("break_all", {"wordBreak": "break-all"}), ("anywhere", {"overflowWrap": "anywhere"}),
                           ("letter_spacing", {"letterSpacing": "1.5px"}), ("word_spacing", {"wordSpacing": "6px"}),
                           ("justify", {"textAlign": "justify"}), ("center", {"textAlign": "center"}),
                           ("indent", {"textIndent": "3em"}), ("lh", {"lh": "30px"})):
            for width in (170, 290):
                yield fx(f"{tw}_{key}_w{width}", para(short + " " + CARD, width=width, size=17, textWrap=tw, **style))
    # white-space pre-wrap and overflow-wrap under pretty / balance
    for tw in ("pretty", "balance"):
        yield fx(f"{tw}_pre_wrap", para(short + "  and  more   spaces  here", width=230, size=18, textWrap=tw,
                                        whiteSpace="pre-wrap"))
        yield fx(f"{tw}_overflowing_word", para("A " + LONGWORD + " " + short, width=150, size=18, textWrap=tw,
                                                overflowWrap="break-word"))
        yield fx(f"{tw}_atomic", para("Some ", el("span", display="inline-block", width=60, height=20), " words with "
                                      "a box inside that wrap over lines to an end", width=200, size=18, textWrap=tw))


def line_end_reshape():
    """Lines that end inside a shaped run, after a hyphen kerned with the character after it (Inter kerns
    ``-`` before digits): Chromium reshapes the line's end, so the line is as wide as its text standing
    alone. Widths in small steps, so that the reshaped width decides whether the hyphen's piece fits."""
    text = "Dates 2026-11-22 and 1-800-555-0199, T-shirts, A-Team, Y-axis, V-neck, 7-Eleven, well-known."
    for font in FONTS:
        fname = font.split()[0].lower()
        for width in range(96, 190, 7):
            yield fx(f"hyphen_kern_{fname}_w{width}", para(text, width=width, font=font, size=30), height=900)
    for width in range(120, 150, 2):
        yield fx(f"hyphen_kern_italic_w{width}", para(span("2026-11-22 2026-11-22", fontStyle="italic"),
                                                      width=width, size=30))
        yield fx(f"hyphen_kern_bold_w{width}", para(el("b", "1-800-555-0199 2026-11-22", fontWeight=700),
                                                    width=width, size=30))


VARIABLE_FILE = "inter-variable/Inter-roman.var.ttf"
# family -> (Font's weight, named instance, the @font-face descriptors that do the same in Chromium, which
# ignores font-named-instance: a wght-only instance is a face of that single weight)
REGISTERED = {
    "Var 400": (400, None, "font-weight: 400"),
    "Var 700": (700, None, "font-weight: 700"),
    "Var 300-600": ([300, 600], None, "font-weight: 300 600"),
    "Var Auto": (None, None, ""),
    "Var Bold": (None, "Bold", "font-weight: 700"),
    "Var Light": (None, "Light", "font-weight: 300"),
    "Var SemiBold": (None, "Semi Bold", "font-weight: 600"),
    "Var Black 800": (800, "Black", "font-weight: 800"),  # a weight given wins over the instance's wght
}


def variable_record(family: str) -> dict:
    weight, instance, css = REGISTERED[family]
    out = {"family": family, "bundled": VARIABLE_FILE, "weight": weight, "css": css}
    if instance:
        out["named_instance"] = instance
    return out


def variable_registered():
    """The variable Inter registered as users register it (ogrender.Font, weight and named_instance;
    @font-face in Chromium): one weight fixes the wght axis (bold is synthesized), a range or none lets it
    follow font-weight, a named instance starts from the instance's coordinates."""
    for family in REGISTERED:
        fonts = [variable_record(family)]
        key = family.split(" ", 1)[1].lower().replace("-", "_").replace(" ", "_")
        for weight in (300, 400, 500, 700, 900):
            for width in (170, 330):
                yield dict(fx(f"{key}_weight_{weight}_w{width}", para(CARD, width=width, font=f"'{family}'", size=20,
                                                                     fontWeight=weight)), fonts=fonts)
        yield dict(fx(f"{key}_variation_settings", para(LOREM, width=260, font=f"'{family}'", size=16,
                                                        fontVariationSettings="'wght' 650")), fonts=fonts)
        yield dict(fx(f"{key}_rich", para("Plain ", el("b", "bold words", fontWeight=700), " and ",
                                           span("light", fontWeight=200), " and ",
                                           span("set", fontVariationSettings="'wght' 820"), " text goes on.",
                                           width=200, font=f"'{family}'", size=18)), fonts=fonts)
    # one file registered under two weights: font-weight picks the nearer face
    pair = [dict(variable_record("Var 400"), family="Var Pair"), dict(variable_record("Var 700"), family="Var Pair")]
    for weight in (300, 500, 600, 800):
        yield dict(fx(f"pair_weight_{weight}", para(CARD, width=250, font="'Var Pair'", size=20, fontWeight=weight)),
                   fonts=pair)


# the generated test font (tests/conformance/varfont.py: wght, wdth, opsz, slnt and a custom TEST axis, each
# changing every advance): family -> (weight, named instance, the @font-face descriptors doing the same)
AXES_FONTS = {
    "Axes": (None, None, ""),
    "Axes 400": (400, None, "font-weight: 400"),
    "Axes Wide Bold": (None, "Wide Bold", "font-weight: 700; font-stretch: 150%"),
    # (an instance's wght is the face's one weight: font-weight 400 in @font-face)
    "Axes Slanted": (None, "Slanted", "font-weight: 400; font-style: oblique 15deg"),
    "Axes Display": (None, "Display", "font-weight: 400"),  # its opsz gives way to the font size (optical sizing auto)
}


def variable_axes():
    """Any axis of a variable font: opsz follows the font size (font-optical-sizing: auto), wdth follows
    font-stretch, font-variation-settings sets any axis (a custom one too) over them; named instances on
    other axes than wght."""
    def fonts(family):
        weight, instance, css = AXES_FONTS[family]
        out = {"family": family, "generated": "varfont", "weight": weight, "css": css}
        if instance:
            out["named_instance"] = instance
        return [out]
    text = "The quick brown fox jumps over the lazy dog 0123456789 and five boxing wizards jump quickly"
    for size in (8, 11, 14, 20, 30, 48, 72, 96):
        for optical in ("auto", "none"):
            yield dict(fx(f"axes_opsz_{size}px_{optical}", para(text, width=420, font="'Axes'", size=size,
                                                                  fontOpticalSizing=optical), width=900, height=900),
                       fonts=fonts("Axes"))
    for stretch in ("ultra-condensed", "condensed", "semi-expanded", "expanded", "60%", "150%", "200%"):
        key = stretch.replace("%", "pct").replace("-", "_")
        yield dict(fx(f"axes_stretch_{key}", para(text, width=300, font="'Axes'", size=16, fontStretch=stretch)),
                   fonts=fonts("Axes"))
    for setting in ("'TEST' 30", "'TEST' 100", "'opsz' 40", "'wdth' 60", "'slnt' -10", "'wght' 800, 'TEST' 20",
                    "'XXXX' 5"):
        key = setting.replace("'", "").replace(", ", "_").replace(" ", "").replace("-", "m")
        for stretch in ("normal", "150%"):
            yield dict(fx(f"axes_settings_{key}_{stretch.replace('%', 'pct')}",
                          para(text, width=300, font="'Axes'", size=16, fontVariationSettings=setting,
                               fontStretch=stretch)), fonts=fonts("Axes"))
    for weight in (200, 700):
        yield dict(fx(f"axes_weight_{weight}", para(text, width=300, font="'Axes'", size=16, fontWeight=weight)),
                   fonts=fonts("Axes"))
    yield dict(fx("axes_rich", para("Some ", span("wide words", fontStretch="expanded"), " then ",
                                    span("big", fontSize=40), " and ", span("custom", fontVariationSettings="'TEST' 60"),
                                    " text in one line box", width=260, font="'Axes'", size=16)), fonts=fonts("Axes"))
    for family in ("Axes 400", "Axes Wide Bold", "Axes Slanted", "Axes Display"):
        key = family.lower().replace(" ", "_")
        for size in (12, 20, 40):
            yield dict(fx(f"{key}_{size}px", para(text, width=360, font=f"'{family}'", size=size), height=600),
                       fonts=fonts(family))
        yield dict(fx(f"{key}_bold", para(text, width=300, font=f"'{family}'", size=16, fontWeight=700)),
                   fonts=fonts(family))
        yield dict(fx(f"{key}_settings", para(text, width=300, font=f"'{family}'", size=16,
                                              fontVariationSettings="'TEST' 40")), fonts=fonts(family))


# -- bidi: Hebrew and Arabic in subsets of Debian's Noto fonts (tools/fixture_fonts.py writes them to
# tests/conformance/data/fonts; a fixture names its families, generation records each file's name and SHA-256)

BIDI_FONTS = ("Noto Sans Hebrew", "Noto Sans Arabic")
BIDI_FAMILY = "Inter, 'Noto Sans Hebrew', 'Noto Sans Arabic'"
HEB = "\u05e9\u05dc\u05d5\u05dd \u05e2\u05d5\u05dc\u05dd"          # shalom olam
HEB2 = "\u05d6\u05d4\u05d5 \u05de\u05e9\u05e4\u05d8 \u05d0\u05e8\u05d5\u05da \u05d9\u05d5\u05ea\u05e8 \u05e2\u05dc \u05d4\u05de\u05e1\u05da"
ARA = "\u0645\u0631\u062d\u0628\u0627 \u0628\u0627\u0644\u0639\u0627\u0644\u0645"  # marhaban bil-alam
ARA2 = "\u0647\u0630\u0647 \u062c\u0645\u0644\u0629 \u0637\u0648\u064a\u0644\u0629 \u0644\u0644\u0627\u062e\u062a\u0628\u0627\u0631 \u0641\u064a \u0627\u0644\u0645\u062a\u0635\u0641\u062d"


def bidi():
    fonts = list(BIDI_FONTS)

    def b(name, *children, width=300, size=20, **style):
        f = fx(name, para(*children, width=width, font=BIDI_FAMILY, size=size, **style))
        return dict(f, fonts=fonts, group="rows")
    out = []
    for d in ("ltr", "rtl"):
        for align in ("start", "end", "left", "center"):
            out.append(b(f"{d}-heb-{align}", HEB, direction=d, textAlign=align))
        out.append(b(f"{d}-heb-digits", f"{HEB} 123 {HEB}", direction=d))
        out.append(b(f"{d}-heb-latin", f"{HEB} abc def {HEB}.", direction=d))
        out.append(b(f"{d}-latin-heb", f"The word {HEB} means peace!", direction=d))
        out.append(b(f"{d}-ara", f"{ARA} 2026", direction=d))
        out.append(b(f"{d}-ara-latin", f"{ARA} (test) {ARA}", direction=d))
        out.append(b(f"{d}-heb-brackets", f"{HEB} (abc) [{HEB}] 1-2", direction=d))
        out.append(b(f"{d}-wrap-heb", f"{HEB2} {HEB2}", direction=d, width=200))
        out.append(b(f"{d}-wrap-ara", f"{ARA2} 42 {ARA2}", direction=d, width=200))
        out.append(b(f"{d}-wrap-mixed", f"{HEB2} with English words inside {HEB2} 3.14", direction=d, width=180))
        out.append(b(f"{d}-span-heb", HEB, " ", span("abc"), " ", span(HEB, color="red"), "!", direction=d))
        out.append(b(f"{d}-span-ltr-isolate", HEB, " ", span("abc " + HEB, direction="ltr",
                                                                 unicodeBidi="isolate"), " end", direction=d))
        out.append(b(f"{d}-span-rtl-isolate", "abc ", span("def 12", direction="rtl", unicodeBidi="isolate"),
                     " ghi", direction=d))
        out.append(b(f"{d}-span-embed", "abc ", span("def ghi", direction="rtl", unicodeBidi="embed"),
                     " jkl", direction=d))
        out.append(b(f"{d}-span-override", "abc ", span("def ghi", direction="rtl", unicodeBidi="bidi-override"),
                     " jkl", direction=d))
        out.append(b(f"{d}-span-ltr-normal", HEB, " ", span("abc " + HEB, direction="ltr"), " end",
                     direction=d))
        out.append(b(f"{d}-plaintext", f"{HEB} abc", direction=d, unicodeBidi="plaintext"))
        out.append(b(f"{d}-plaintext-latin", f"abc {HEB}", direction=d, unicodeBidi="plaintext"))
        out.append(b(f"{d}-bold-span", f"{HEB} ", span(HEB, fontWeight=700, backgroundColor="yellow"),
                     f" {HEB}", direction=d))
        out.append(b(f"{d}-punct", f"{HEB}? {HEB}! \"{HEB}\".", direction=d))
        out.append(b(f"{d}-indent", f"{HEB2}", direction=d, textIndent=30, width=200))
        out.append(b(f"{d}-justify", f"{HEB2} {HEB2}", direction=d, textAlign="justify", width=200))
        out.append(b(f"{d}-letter-spacing", f"{HEB} abc {ARA}", direction=d, letterSpacing=2))
        for name, text in (("ellipsis", f"{HEB2} {ARA2} {HEB2}"), ("ellipsis-heb", f"{HEB2} {HEB2}")):
            f = b(f"{d}-{name}", text, direction=d, width=220, overflow="hidden", textOverflow="ellipsis",
                  whiteSpace="nowrap")
            out.append(dict(f, lines=None))  # Chromium reports the characters the ellipsis hides
        out.append(b(f"{d}-span-padding", f"{HEB} ", span(HEB, paddingLeft=6, paddingRight=2, borderLeftWidth=3,
                                                           borderStyle="solid", backgroundColor="#fd0"),
                     f" {HEB}", direction=d))
        out.append(b(f"{d}-span-padding-latin", "abc ", span("def", paddingLeft=6, paddingRight=2,
                                                             backgroundColor="#fd0"), " ghi", direction=d))
        out.append(b(f"{d}-inline-block", f"{HEB} ", el("span", "box", display="inline-block", width=40,
                                                         height=10, backgroundColor="#0af"), f" {HEB}", direction=d))
        out.append(b(f"{d}-wrap-spans", HEB2, " ", span(HEB2 + " abc", backgroundColor="#fd0"), f" {HEB2}",
                     direction=d, width=220))
    # the satori preset: every div a flex row; direction: rtl puts main-start on the right
    for name, style in (("row", {}), ("row-start", {"justifyContent": "start"}),
                        ("row-left", {"justifyContent": "left"}), ("row-reverse", {"flexDirection": "row-reverse"}),
                        ("row-gap-margins", {"gap": 7, "paddingRight": 5}),
                        ("column", {"flexDirection": "column", "alignItems": "flex-start"}),
                        ("column-center", {"flexDirection": "column", "alignItems": "center"}),
                        ("wrap", {"flexWrap": "wrap", "width": 150})):
        for d in ("ltr", "rtl"):
            kids = [{"type": "div", "props": {"style": {"marginLeft": 3 * k, "background": "#ddd"},
                                              "children": [w]}} for k, w in enumerate((HEB, "abc 12", ARA + " 3"))]
            tree = {"type": "div", "props": {"style": {"fontFamily": BIDI_FAMILY, "fontSize": 18, "width": 400,
                                                       "direction": d, **style}, "children": kids}}
            out.append({"id": f"satori-{name}-{d}", "preset": "satori", "width": 600, "height": 400, "tree": tree,
                        "fonts": fonts, "group": "rows"})
    for d in ("ltr", "rtl"):
        tree = {"type": "div", "props": {"style": {"fontFamily": BIDI_FAMILY, "fontSize": 18, "width": 300,
                                                   "direction": d},
                                         "children": [HEB + " ", {"type": "span", "props": {"dir": "ltr",
                                                      "children": ["abc " + HEB]}}, " end"]}}
        out.append({"id": f"satori-dir-attr-{d}", "preset": "satori", "width": 600, "height": 400, "tree": tree,
                    "fonts": fonts, "group": "rows"})
        tree = {"type": "p", "props": {"style": {"fontFamily": BIDI_FAMILY, "fontSize": 18, "width": 300,
                                                 "display": "block", "position": "static", "boxSizing": "content-box",
                                                 "margin": 0},
                                       "dir": d, "children": [HEB + " abc ", {"type": "span", "props": {
                                           "dir": "rtl", "style": {"display": "inline", "position": "static",
                                                                   "boxSizing": "content-box"},
                                           "children": ["def 12 " + HEB]}}, " 3."]}}
        out.append(dict(fx(f"dir-attr-{d}", tree), fonts=fonts, group="rows"))
    return out


def unstated(tree: dict) -> list[str]:
    props = tree.get("props") or {}
    style = props.get("style") or {}
    out = [f"no {key}" for key in ("display", "position", "boxSizing") if key not in style]
    for child in props.get("children") or ():
        if isinstance(child, dict):
            out += unstated(child)
    return out


def suite(name: str, *topics) -> list[dict]:
    out = [dict(f, id=f"{name}.{f['id']}") for topic in topics for f in topic()]
    for f in out:
        if f["preset"] == "browser" and unstated(f["tree"]):  # the satori preset states them for all
            raise SystemExit(f"{f['id']}: {', '.join(unstated(f['tree']))}")
    ids = [f["id"] for f in out]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise SystemExit(f"duplicate fixture ids: {duplicates}")
    return out


def all_suites() -> dict[str, list[dict]]:
    import intl_fixtures
    return {
        "plain": suite("plain", plain),
        "breaking": suite("breaking", breaking, white_space, word_break),
        "lines": suite("lines", align, line_height, spacing, transform_indent, text_wrap),
        "rich": suite("rich", rich),
        "features": suite("features", features),
        "atomic": suite("atomic", atomic_inlines),
        "variable": suite("variable", variable, variable_registered, variable_axes),
        "satori": suite("satori", satori_preset),
        "overflow": suite("overflow", overflow),
        "random": suite("random", random_paragraphs),
        "bidi": suite("bidi", bidi),
        "scripts": suite("scripts", intl_fixtures.scripts),
        "cjk": suite("cjk", intl_fixtures.cjk),
        "transform": suite("transform", locale_transform),
        "valign": suite("valign", span_vertical_align),
        "wrap": suite("wrap", wrap_styles),
        "edges": suite("edges", line_end_reshape),
    }


# suites whose fixtures load Noto subsets from tests/conformance/data/fonts (tools/fixture_fonts.py)
FONT_SUITES = ("bidi", "scripts", "cjk")


# -- measuring in Chromium ----------------------------------------------------------------------------------

def tree_html(tree) -> str:
    if isinstance(tree, str):
        return html.escape(tree)
    props = tree.get("props") or {}
    style = style_text(props.get("style"))
    tag = tree["type"]
    if tag == "br":
        return f'<br style="{html.escape(style)}">'
    inner = "".join(tree_html(child) for child in props.get("children") or ())
    attrs = "".join(f' {name}="{html.escape(props[name])}"' for name in ("dir", "lang") if name in props)
    return f'<{tag}{attrs} style="{html.escape(style)}">{inner}</{tag}>'


MEASURE_SCRIPT = r"""
<script>
function measureCanvas(canvas, decls) {
  canvas.style.display = canvas.dataset.display;
  const root = canvas.firstElementChild;
  const els = [root, ...root.querySelectorAll('*')];
  const origin = canvas.getBoundingClientRect();
  const boxes = els.map((el) => {
    const r = el.getBoundingClientRect();
    return [r.left - origin.left, r.top - origin.top, r.width, r.height];
  });
  const chars = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const s = node.data;
    for (let i = 0; i < s.length;) {
      const n = s.codePointAt(i) > 0xffff ? 2 : 1;
      range.setStart(node, i); range.setEnd(node, i + n);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0 || r.height > 0);
      if (rects.length) {
        const r = rects[0];
        chars.push([s.substr(i, n), r.left - origin.left, r.top - origin.top, r.right - origin.left,
                    r.bottom - origin.top]);
      }
      i += n;
    }
  }
  const dropped = [];
  decls.forEach((names, k) => names.forEach((name) => {
    if (els[k].style.getPropertyValue(name) === '') dropped.push([k, name]);
  }));
  const innerText = root.innerText;  // with text-transform applied
  canvas.style.display = 'none';
  return {boxes, chars, dropped, innerText};
}
async function main() {
  const extra = JSON.parse(document.getElementById('families').textContent);
  for (const f of ['Inter', 'Noto Serif', 'JetBrains Mono', 'Inter Variable', ...extra]) {
    await document.fonts.load(`16px '${f}'`); await document.fonts.load(`bold 16px '${f}'`);
  }
  await document.fonts.load("italic 16px 'Noto Serif'");
  for (const face of document.fonts) await face.load();  // the fixtures' own @font-face rules too
  await document.fonts.ready;
  const decls = JSON.parse(document.getElementById('decls').textContent);
  const canvases = [...document.querySelectorAll('body > div.canvas')];
  const first = canvases.map((c, i) => measureCanvas(c, decls[i]));
  const second = canvases.map((c, i) => measureCanvas(c, decls[i]));
  const font = ['Inter', 'Noto Serif', 'JetBrains Mono'].every((f) => document.fonts.check(`16px '${f}'`));
  return {font, first, second};
}
main().then((out) => { document.getElementById('result').textContent = JSON.stringify(out); },
            (err) => { document.getElementById('result').textContent = JSON.stringify({error: String(err)}); });
</script>"""


def satori_sheet() -> str:
    """The satori preset's rules for the canvases of satori fixtures (as tools/chromium.py's page)."""
    p = PRESETS["satori"]
    rules = [f".satori * {{ {p.all} }}"]
    rules += [f".satori {tag} {{ {css} }}" for tag, css in p.tags.items()]
    return "\n".join(rules)


def batch_page(fixtures: list[dict]) -> str:
    def canvas(f):
        satori = f["preset"] == "satori"
        style = SATORI_CANVAS if satori else CANVAS_STYLE
        return (f'<div class="canvas{" satori" if satori else ""}" data-display="{"flex" if satori else "block"}" '
                f'style="{style}; width: {f["width"]}px; height: {f["height"]}px; display: none">'
                f'{tree_html(f["tree"])}</div>')
    canvases = "".join(canvas(f) for f in fixtures)
    decls = json.dumps([declared_names(f["tree"]) for f in fixtures]).replace("</", "<\\/")
    faces, families = fixture_faces(fixtures)
    return f"""<!doctype html><html><head><meta charset="utf-8"><style>
{font_faces()}
{faces}
body {{ margin: 0; font-family: 'Inter'; font-size: 16px; line-height: normal; }}
{satori_sheet()}
</style></head><body>{canvases}<pre id="result"></pre>
<script type="application/json" id="decls">{decls}</script>
<script type="application/json" id="families">{families}</script>{MEASURE_SCRIPT}</body></html>"""


def fixture_faces(fixtures: list[dict]) -> tuple[str, str]:
    """The ``@font-face`` rules of the Noto subsets the fixtures name, and their families as JSON."""
    from fixture_fonts import path_of
    # fonts a fixture registers itself (a bundled file with ogrender.Font's weight and named instance, the
    # @font-face descriptors "css" doing the same in Chromium; or the test font of tests/conformance/varfont.py,
    # "generated")
    def own_font(font) -> bool:
        return isinstance(font, dict) and ("bundled" in font or "generated" in font)
    own = sorted({(font["family"], font.get("bundled", ""), font.get("css", "")) for f in fixtures
                  for font in f.get("fonts", ()) if own_font(font)})
    families = sorted({font["family"] if isinstance(font, dict) else font
                       for f in fixtures for font in f.get("fonts", ()) if not own_font(font)})
    faces = "\n".join(f"@font-face {{ font-family: '{family}'; src: url(data:font/ttf;base64,"
                      f"{base64.b64encode(path_of(family).read_bytes()).decode()}); }}" for family in families)
    faces += "".join(f"\n@font-face {{ font-family: '{family}'; src: url(data:font/ttf;base64,"
                     f"{base64.b64encode((bundled_dir() / file).read_bytes() if file else varfont.build()).decode()});"
                     f" {css} }}" for family, file, css in own)
    return faces, json.dumps(families + sorted({family for family, _, _ in own}))


def normalize(text: str) -> str:
    """A line's text for comparison: soft hyphens removed, white space collapsed and trimmed."""
    return " ".join(text.replace("\u00ad", "").split())


def group_rows(chars: list) -> list:
    """As :func:`group_lines` for bidi text (characters of a line are not left to right): a character starts
    a line when its top is at or below the bottom of the line so far."""
    lines: list[dict] = []
    for ch, left, top, right, bottom in chars:
        blank = ch.isspace()
        if not lines or (not blank and lines[-1]["rect"] is not None and top >= lines[-1]["bottom"] - 0.01):
            lines.append({"text": "", "rect": None, "bottom": bottom})
        line = lines[-1]
        line["text"] += ch
        if not blank:
            if line["rect"] is None:
                line["rect"] = [left, top, right, bottom]
            else:
                r = line["rect"]
                line["rect"] = [min(r[0], left), min(r[1], top), max(r[2], right), max(r[3], bottom)]
            line["bottom"] = line["rect"][3]
    return line_records(lines)


def line_records(lines: list[dict]) -> list:
    """Grouped lines -> ``[text, [x, y, w, h]]`` each (lines without ink left out)."""
    out = []
    for line in lines:
        if line["rect"] is None:
            continue
        x0, y0, x1, y1 = line["rect"]
        out.append([normalize(line["text"]), [snap(x0), snap(y0), snap(x1 - x0), snap(y1 - y0)]])
    return out


def group_lines(chars: list) -> list:
    """Per-character rectangles in document order -> ``[text, [x, y, w, h]]`` per line (see the module
    docstring): a character starts a line when it starts left of the middle of the previous one or
    below the line."""
    lines: list[dict] = []
    prev_mid = None
    chars = [list(c) for c in chars]
    for k in range(1, len(chars) - 1):
        # Blink reports the character after a soft hyphen taken as a break at the hyphen's place, on
        # the line before: it belongs at the start of the next line (taken to start where the first
        # line does: the soft hyphen fixtures are left-aligned), before the character after it
        ch, left, top, right, bottom = chars[k]
        nxt = chars[k + 1]
        if chars[k - 1][0] == "\u00ad" and nxt[2] >= bottom - 0.01:
            chars[k] = [ch, chars[0][1], nxt[2], nxt[1], nxt[4]]
    for ch, left, top, right, bottom in chars:
        blank = ch.isspace() or ch == "\u00ad"  # a soft hyphen's rectangle is not where its hyphen is
        if lines and not blank and lines[-1]["rect"] is not None and (
                left < prev_mid or top >= lines[-1]["bottom"] - 0.01):
            lines.append({"text": "", "rect": None, "bottom": bottom})
        if not lines:
            lines.append({"text": "", "rect": None, "bottom": bottom})
        line = lines[-1]
        line["text"] += ch
        if not blank:
            prev_mid = (left + right) / 2
            if line["rect"] is None:
                line["rect"] = [left, top, right, bottom]
                line["bottom"] = bottom
            else:
                r = line["rect"]
                line["rect"] = [min(r[0], left), min(r[1], top), max(r[2], right), max(r[3], bottom)]
                line["bottom"] = max(line["bottom"], bottom)
    return line_records(lines)


def measure_batch(fixtures: list[dict]) -> list[dict]:
    result = run_chromium(batch_page(fixtures), "--dump-dom", "--virtual-time-budget=10000",
                          width=1200, height=1000, timeout=300)
    out = parse_result(result.stdout, "the bundled fonts")
    measured = []
    for f, first, second in zip(fixtures, out["first"], out["second"], strict=True):
        group = group_rows if f.get("group") == "rows" else group_lines
        boxes = [[snap(v) for v in b] for b in first["boxes"]]
        again = [[snap(v) for v in b] for b in second["boxes"]]
        lines = group(first["chars"])
        measured.append({"boxes": boxes, "lines": lines, "dropped": first["dropped"], "inner_text": first["innerText"],
                         "unstable": boxes != again or lines != group(second["chars"])})
    return measured


def keep_measured(f: dict, m: dict) -> dict:
    """A measured fixture as the suite keeps it: boxes and lines, font records, Chromium's innerText."""
    lines = m["lines"] if f.get("lines", ()) is not None else None
    if f.get("fonts"):
        f = dict(f, fonts=[font if isinstance(font, dict) else record(font) for font in f["fonts"]])
    if f.get("inner_text"):  # the text as Chromium transformed it (innerText), for text-transform
        f = dict(f, inner_text=m["inner_text"])
    return dict(f, boxes=m["boxes"], lines=lines)


def module_suites(path: Path):
    """The suites of a fixtures module outside the repository (``--fixtures``: a Python file whose
    ``suites()`` returns {suite name: [fixture, ...]}, its fixtures naming Noto families of
    tools/fixture_fonts.py, subset for it with ``fixture_fonts.py --fixtures ... --out ...``), as a
    ``suites`` function for :func:`generate` (ids prefixed with the suite name, as :func:`suite` does)."""
    from fixture_fonts import load_fixtures_module
    module = load_fixtures_module(path)
    return lambda: {name: suite(name, lambda items=items: items) for name, items in module.suites().items()}


def generate(out_dir: Path, jobs: int, only: set[str] | None, suites=all_suites) -> None:
    layout_generate(out_dir, jobs, only, suites=suites, measure=measure_batch, batch=BATCH,
                    keep=keep_measured, generator="tools/text_fixtures.py", tolerance=1)


# -- Blink's pair table for ASCII line breaking ---------------------------------------------------------------

ASCII_TABLE = ROOT / "ogrender" / "text" / "blink_ascii_breaks.txt"
ASCII_TABLE_BREAK_ALL = ROOT / "ogrender" / "text" / "blink_ascii_breaks_break_all.txt"
PAIR_SCRIPT = r"""
<script>
async function main() {
  await document.fonts.ready;
  const out = [];
  const range = document.createRange();
  for (const div of document.querySelectorAll('div.pair')) {
    const node = div.firstChild;
    range.setStart(node, 1); range.setEnd(node, 2);
    const a = range.getBoundingClientRect();
    range.setStart(node, 2); range.setEnd(node, 3);
    const b = range.getBoundingClientRect();
    out.push(b.top > a.top + 1 ? 1 : 0);
  }
  return out;
}
main().then((out) => { document.getElementById('result').textContent = JSON.stringify(out); });
</script>"""


def ascii_table(out: Path, word_break: str = "normal") -> None:
    """For every pair of printable ASCII characters (``!`` to ``~``), whether Blink breaks a line between
    them (under ``word-break``): each pair sits between two letters (``a`` + first + second + ``a``) in a
    block of width 0, so every break opportunity is taken; the pair is split when its second character
    lands on a lower line. Writes one row per first character: 94 digits, 1 where a line may break
    before the second."""
    chars = [chr(c) for c in range(0x21, 0x7F)]
    divs = "".join(f'<div class="pair" style="width: 0; font: 16px Inter; white-space: normal; '
                   f'word-break: {word_break}">{html.escape("a" + a + b + "a")}</div>' for a in chars for b in chars)
    page = f"""<!doctype html><html><head><meta charset="utf-8"><style>{font_faces()}</style></head>
<body>{divs}<pre id="result"></pre>{PAIR_SCRIPT}</body></html>"""
    result = run_chromium(page, "--dump-dom", "--virtual-time-budget=10000", width=800, height=600, timeout=300)
    match = re.search(r'<pre id="result">(.*?)</pre>', result.stdout, re.S)
    bits = json.loads(match.group(1))
    rows = ["".join(str(bits[i * len(chars) + j]) for j in range(len(chars))) for i in range(len(chars))]
    header = (f"# Blink's line breaks between printable ASCII characters under word-break: {word_break}, measured in\n"
              f"# Chromium {chromium_version()} by tools/text_fixtures.py --ascii-table (each pair between two "
              "letters:\n# 'a' + first + second + 'a'). Row: first character, from '!' (0x21) to '~' (0x7E); "
              "column: second\n# character, same order; 1: a line may break between them.\n")
    out.write_text(header + "\n".join(rows) + "\n", encoding="ascii")
    print(f"wrote {out}: {sum(bits)} breakable pairs of {len(bits)}")


# -- replay without pytest ----------------------------------------------------------------------------------

def report(data_dir: Path, verbose: bool, fonts_dir: Path | None = None) -> None:
    sys.path.insert(0, str(ROOT))
    from tests.conformance.text_replay import FONTS, fixture_fonts, known_failures, load_suites, replay

    known = known_failures()
    failing = []
    totals = {"breaks": 0, "geometry": 0, "all": 0}
    count = 0
    for name, fixtures in load_suites(data_dir).items():
        ok = {"breaks": 0, "geometry": 0, "all": 0}
        for f in fixtures:
            fonts = fixture_fonts(f, fonts_dir or FONTS)
            if isinstance(fonts, str):
                print(f"skipped {f['id']}: {fonts}")
                continue
            try:
                result = replay(f, fonts or None)
            except Exception as error:  # noqa: BLE001
                result = {"breaks": f"{type(error).__name__}: {error}", "geometry": "crash", "boxes": "crash"}
            ok["breaks"] += result["breaks"] is None
            ok["geometry"] += result["breaks"] is None and result["geometry"] is None
            passed = all(v is None for v in result.values())
            ok["all"] += passed
            if not passed:
                failing.append((f["id"], next(v for v in result.values() if v is not None)))
        for k in totals:
            totals[k] += ok[k]
        count += len(fixtures)
        print(f"{name:10} {len(fixtures):4} fixtures: breaks {ok['breaks']:4}, lines within 1px {ok['geometry']:4}, "
              f"all (with element boxes) {ok['all']:4}")
    print(f"{'all':10} {count:4} fixtures: breaks {totals['breaks']:4}, lines within 1px {totals['geometry']:4}, "
          f"all (with element boxes) {totals['all']:4}")
    if verbose and failing:
        print("\nfailing:")
        for fid, problem in failing:
            print(f"  {fid}{'  [known]' if fid in known else ''}: {problem}")
    replayed = {f["id"] for fixtures in load_suites(data_dir).values() for f in fixtures}
    fixed = sorted((set(known) & replayed) - {fid for fid, _ in failing})
    if fixed:
        print("\nlisted in text_known_failures.txt but passing now:", " ".join(fixed))


def write_known_failures(data_dir: Path) -> None:
    """List every fixture ogrender does not match yet, with its first difference, in the known-failures
    file of tests/conformance (strict xfail: a fixed fixture must leave the list)."""
    sys.path.insert(0, str(ROOT))
    from tests.conformance.text_replay import KNOWN_FAILURES, fixture_fonts, load_suites, replay

    out = ["# Text fixtures ogrender does not match yet: xfail(strict=True) in tests/conformance/test_text.py.",
           "# Written by python tools/text_fixtures.py --known-failures (the reason is the first difference).", ""]
    for fixtures in load_suites(data_dir).values():
        for f in fixtures:
            fonts = fixture_fonts(f)
            if isinstance(fonts, str):
                continue
            problems = [f"{k}: {v}" for k, v in replay(f, fonts or None).items() if v is not None]
            if problems:
                out.append(f"{f['id']}  # {problems[0].replace('#', 'no.')[:160]}")
    KNOWN_FAILURES.write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"{len(out) - 3} known failures -> {KNOWN_FAILURES}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, help="measure every fixture in Chromium, write the suites here")
    parser.add_argument("--report", action="store_true", help="replay the committed data through ogrender")
    parser.add_argument("-v", "--verbose", action="store_true", help="with --report: list the failures")
    parser.add_argument("--list", action="store_true", help="print the fixture counts per suite")
    parser.add_argument("--known-failures", action="store_true", help="rewrite text_known_failures.txt")
    parser.add_argument("--ascii-table", action="store_true", help=f"measure Blink's ASCII pair table into {ASCII_TABLE.name}")
    parser.add_argument("--data", type=Path, default=DEFAULT_OUT, help="data folder for --report")
    parser.add_argument("--suite", action="append", help="only this suite (repeatable; with --out)")
    parser.add_argument("--jobs", type=int, default=2, help="Chromium processes at a time")
    parser.add_argument("--fixtures", type=Path, help="with --out / --list: the suites of this module (its suites())")
    parser.add_argument("--fonts", type=Path, help="the Noto subsets' folder (default data/fonts)")
    args = parser.parse_args()
    if args.fonts:
        from fixture_fonts import use_directory
        use_directory(args.fonts)
    suites = module_suites(args.fixtures) if args.fixtures else all_suites
    if args.known_failures:
        write_known_failures(args.data)
    elif args.ascii_table:
        ascii_table(ASCII_TABLE)
        ascii_table(ASCII_TABLE_BREAK_ALL, "break-all")
    elif args.out:
        generate(args.out, args.jobs, set(args.suite or ()), suites)
    elif args.report:
        report(args.data, args.verbose, args.fonts)
    elif args.list:
        total = 0
        for name, fixtures in suites().items():
            print(f"{name:10} {len(fixtures):4}")
            total += len(fixtures)
        print(f"{'all':10} {total:4}")
    else:
        parser.print_help()


if __name__ == "__main__":
    main()
