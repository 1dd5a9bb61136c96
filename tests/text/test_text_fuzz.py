"""Any text and text styles lay out and paint, or fail with a RenderError: never another exception
(hypothesis; the "ci" profile runs a modest number of examples, tools' fuzz profile many more)."""

import warnings

from hypothesis import given, strategies as st

from ogrender import RenderError, layout, render

TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40) | st.sampled_from(
    ["1-800-555-0199", "https://a.com/b-c?d", "e\u0301\u200d\U0001F469\u200d\U0001F4BB", "\t a \n b\u00ad c",
     "\u0645\u0631\u062d\u0628\u0627", "\u4f60\u597d\u3002\u4e16\u754c",
     "\u0e20\u0e32\u0e29\u0e32\u0e44\u0e17\u0e22 \u0e40\u0e02\u0e35\u0e22\u0e19", "\u1797\u17b6\u179f\u17b6\u1781\u17d2\u1798\u17c2\u179a",
     "\u0928\u094d\u0926\u0940 \u0915\u094d\u0937\u093f", "\u300c\u65e5\u672c\u300d\u3001\uff08\u3042\uff09\u3002",
     "\ud55c\uad6d\uc5b4 \ubb38\uc7a5", "\U0001F3F3\ufe0f\u200d\U0001F308 1\ufe0f\u20e3 \U0001F1EF\U0001F1F5"])
STYLE = st.fixed_dictionaries({}, optional={
    "whiteSpace": st.sampled_from(["normal", "nowrap", "pre", "pre-wrap", "pre-line", "break-spaces"]),
    "wordBreak": st.sampled_from(["normal", "break-all", "keep-all", "break-word"]),
    "overflowWrap": st.sampled_from(["normal", "break-word", "anywhere"]),
    "textAlign": st.sampled_from(["left", "right", "center", "justify", "end"]),
    "letterSpacing": st.sampled_from([-3, 0, 2.5, "0.2em", "normal"]),
    "wordSpacing": st.sampled_from([-5, 0, 4]),
    "textIndent": st.sampled_from([-20, 0, 15, "10%"]),
    "textTransform": st.sampled_from(["uppercase", "lowercase", "capitalize"]),
    "fontSize": st.sampled_from([0, 1, 10, 33.3, 120]),
    "lineHeight": st.sampled_from([0, 0.5, 1.5, "normal", "20px"]),
    "textOverflow": st.just("ellipsis"),
    "overflow": st.just("hidden"),
    "WebkitLineClamp": st.sampled_from([1, 2]),
    "WebkitBoxOrient": st.just("vertical"),
    "textWrap": st.sampled_from(["balance", "nowrap", "pretty"]),
    "textDecoration": st.sampled_from(["underline wavy red", "line-through double", "overline dotted"]),
    "textShadow": st.sampled_from(["1px 1px 2px red", "0 0 #000, 2px 2px 4px blue"]),
    "fontFeatureSettings": st.sampled_from(['"tnum"', '"liga" 0', "bogus"]),
    "fontFamily": st.sampled_from(["serif", "monospace", "Nope, sans-serif", "Noto Serif"]),
    "fontStyle": st.sampled_from(["italic", "oblique"]),
    "fontWeight": st.sampled_from([100, 700, 950]),
    "tabSize": st.sampled_from([0, 4, "20px"]),
    "verticalAlign": st.sampled_from(["super", "sub", "middle", "-3px", "50%", "top", "bottom", "text-top",
                                      "text-bottom"]),
    "fontStretch": st.sampled_from(["condensed", "150%", "0%"]),
    "fontOpticalSizing": st.sampled_from(["auto", "none"]),
    "fontVariationSettings": st.sampled_from(["'wght' 850", "'opsz' 30, 'XXXX' 1", "normal"]),
    "lineBreak": st.sampled_from(["auto", "loose", "normal", "strict", "anywhere"]),
    "direction": st.sampled_from(["ltr", "rtl"]),
    "unicodeBidi": st.sampled_from(["isolate", "plaintext", "bidi-override", "embed"]),
})


def tree(text, outer, inner, width, inline_block):
    child = {"type": "span", "props": {"style": {"display": "inline", **inner},
                                       "lang": {0: "ja", 1: "zh-Hant", 37: "el", 300: "tr"}.get(width, "ko"),
                                       "children": [text]}}
    box = {"type": "div", "props": {"style": {"display": "inline-block", "width": 7, "height": 9}}}
    children = [text, child, box, text] if inline_block else [text, child, text]
    return {"type": "div", "props": {"style": {"display": "block", "width": width, **outer}, "children": children}}


@given(TEXT, STYLE, STYLE, st.sampled_from([0, 1, 37, 300]), st.booleans(), st.sampled_from(["browser", "satori"]))
def test_text_never_raises(text, outer, inner, width, inline_block, preset):
    t = tree(text, outer, inner, width, inline_block)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            layout(t, 120, 80, preset=preset)
            render(t, 60, 40, preset=preset)
        except RenderError:
            pass


def test_underlined_emoji_only_run_draws_its_underline():
    """Found by the fuzz test: a run of emoji pictures alone has no glyph blob to skip ink around."""
    import numpy as np
    span = {"type": "span", "props": {"style": {"textDecoration": "underline red", "fontSize": 32}, "children": ["🐀"]}}
    t = {"type": "div", "props": {"style": {"display": "flex", "backgroundColor": "white", "width": 80, "height": 60},
                                  "children": [span]}}
    png = render(t, 80, 60)
    import skia
    pixels = skia.Image.MakeFromEncoded(skia.Data.MakeWithCopy(png)).toarray(
        colorType=skia.ColorType.kRGBA_8888_ColorType)
    red = (pixels[..., 0] > 200) & (pixels[..., 1] < 60) & (pixels[..., 2] < 60)
    assert red.sum() >= 20, "the underline under the emoji is missing"
