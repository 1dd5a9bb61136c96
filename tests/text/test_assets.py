"""Satori's graphemeImages and loadAdditionalAsset (ogrender.emoji, ogrender.text.assets)."""

import base64
import io
import warnings
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from ogrender import Font, ImageResponse, RenderError, layout, render
from ogrender.text.assets import language_code, normal_locale

FONTS = Path(__file__).resolve().parents[2] / "fonts"
CJK = FONTS / "noto-sans-cjk-jp" / "NotoSansCJKjp-Regular.otf"   # has 日本語 but no Latin letters
HEBREW = FONTS / "noto-sans-hebrew" / "NotoSansHebrew-Regular.ttf"


def _png_url(w, h, color):
    buf = io.BytesIO()
    Image.new("RGB", (w, h), color).save(buf, "PNG")
    return "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode()


RED = _png_url(10, 10, (255, 0, 0))


def _card(text, size=40, **style):
    return {"type": "div", "props": {"style": {"fontSize": size, "background": "white", "width": "100%",
                                               "height": "100%", **style}, "children": [text]}}


def _pixels(png):
    return np.asarray(Image.open(io.BytesIO(png)).convert("RGB")).astype(int)


def _lines(tree, **options):
    root = layout(tree, 400, 100, **options)
    return [line for box in root.walk() if box.text is not None for line in box.text.lines]


def _pictures(tree, **options):
    return [e for line in _lines(tree, **options) for run in line.runs for e in run.emoji]


# -- graphemeImages -------------------------------------------------------------------------------------------

def test_grapheme_image_replaces_the_emoji():
    (x, image, _), = _pictures(_card("a\U0001F389b"), grapheme_images={"\U0001F389": RED})
    assert image.kind == "raster"
    plain = _lines(_card("ab"))[0]
    line = _lines(_card("a\U0001F389b"), grapheme_images={"\U0001F389": RED})[0]
    assert line.x1 - plain.x1 == pytest.approx(40, abs=0.02)  # 1 em, as Satori
    px = _pixels(render(_card("\U0001F389"), 80, 60, grapheme_images={"\U0001F389": RED}))
    red = (px[..., 0] > 200) & (px[..., 1] < 60) & (px[..., 2] < 60)
    ys, xs = np.nonzero(red)
    assert xs.min() <= 1 and 38 <= xs.max() <= 40           # 40 px wide from the line's start
    assert ys.max() - ys.min() + 1 == pytest.approx(40, abs=1)  # and 40 px tall: a square


def test_grapheme_image_keeps_its_aspect_ratio():
    wide = _png_url(20, 10, (0, 0, 255))
    px = _pixels(render(_card("\U0001F389"), 80, 60, grapheme_images={"\U0001F389": wide}))
    blue = (px[..., 2] > 200) & (px[..., 0] < 60)
    ys, xs = np.nonzero(blue)
    assert xs.max() - xs.min() + 1 == pytest.approx(40, abs=1)
    assert ys.max() - ys.min() + 1 == pytest.approx(20, abs=1)  # 2:1, fitted in the 1 em wide box


def test_grapheme_image_of_a_word_only_where_it_is_a_whole_word():
    images = {"X": RED}
    assert len(_pictures(_card("X marks"), grapheme_images=images)) == 1
    assert _pictures(_card("aXb"), grapheme_images=images) == []  # Satori matches word segments


def test_satori_spelling_and_image_response():
    assert len(_pictures(_card("\U0001F389"), graphemeImages={"\U0001F389": RED})) == 1
    resp = ImageResponse(_card("\U0001F389"), width=80, height=60, graphemeImages={"\U0001F389": RED})
    assert (_pixels(resp.body)[30, 20] == [255, 0, 0]).all()
    with pytest.raises(RenderError, match="not both"):
        render(_card("x"), 10, 10, grapheme_images={}, graphemeImages={})


def test_bad_grapheme_image_names_the_entry():
    with pytest.raises(RenderError) as info:
        render(_card("\U0001F389"), 80, 60, grapheme_images={"\U0001F389": "data:image/png;base64,AAAA"})
    assert "grapheme_images" in info.value.prop
    with pytest.raises(RenderError, match="grapheme_images"):
        render(_card("x"), 10, 10, grapheme_images={"": RED})
    with pytest.raises(RenderError, match="grapheme_images"):
        render(_card("x"), 10, 10, grapheme_images=["x"])


# -- load_additional_asset ------------------------------------------------------------------------------------

def test_language_codes_as_satori():
    assert language_code("\U0001F389") == "emoji"
    assert language_code("あ") == "ja-JP"
    assert language_code("한") == "ko-KR"
    assert language_code("骨") == "ja-JP|zh-CN|zh-TW|zh-HK"
    assert language_code("骨", "zh-TW") == "zh-TW|ja-JP|zh-CN|zh-HK"
    assert language_code("ש") == "he-IL"
    assert language_code("\u2295") == "symbol"
    assert language_code("\u0d15") == "ml-IN"
    assert language_code("\u16a0") == "unknown"  # a rune: no language of Satori's
    assert normal_locale("ja") == "ja-JP" and normal_locale("en") is None


def test_hook_gets_the_missing_text_and_its_font_is_used():
    calls = []

    def hook(code, segment):
        calls.append((code, segment))
        return CJK.read_bytes() if code.startswith("ja-JP") else None

    with warnings.catch_warnings():
        warnings.simplefilter("error")  # every character is covered once the hook has answered
        line, = _lines(_card("Hi 日本語のレン", 20), load_additional_asset=hook)
    # one call per code, with its graphemes joined (Han is written in several languages)
    assert calls == [("ja-JP|zh-CN|zh-TW|zh-HK", "日本語"), ("ja-JP", "のレン")]
    faces = {run.text: run.face.family for run in line.runs}
    assert any("日本語" in text and family == "Noto Sans CJK JP" for text, family in faces.items())
    assert any(text.startswith("Hi") and family == "Inter" for text, family in faces.items())


def test_hook_is_asked_once_per_code_and_segment():
    calls = []

    def hook(code, segment):
        calls.append((code, segment))
        return [Font("Hebrew", HEBREW.read_bytes())]

    tree = {"type": "div", "props": {"style": {"display": "flex", "flexDirection": "column"},
                                     "children": [{"type": "div", "props": {"children": "שלום"}},
                                                  {"type": "div", "props": {"children": "שלום"}}]}}
    layout(tree, 200, 100, load_additional_asset=hook)
    assert calls == [("he-IL", "שלום")]


def test_hook_image_for_an_emoji():
    calls = []

    def hook(code, segment):
        calls.append((code, segment))
        return RED if code == "emoji" else None

    (x, image, _), = _pictures(_card("a\U0001F389"), emoji=None, load_additional_asset=hook)
    assert calls == [("emoji", "\U0001F389")] and image.kind == "raster"
    # with an emoji set, the set draws the emoji and the hook is not asked
    calls.clear()
    assert len(_pictures(_card("a\U0001F389"), load_additional_asset=hook)) == 1
    assert calls == []


def test_hook_errors_name_the_option():
    def broken(code, segment):
        raise ValueError("offline")

    with pytest.raises(RenderError, match="load_additional_asset.*ValueError: offline") as info:
        render(_card("日本"), 50, 50, load_additional_asset=broken)
    assert info.value.prop == "load_additional_asset"
    with pytest.raises(RenderError, match="must return font data"):
        render(_card("日本"), 50, 50, load_additional_asset=lambda code, segment: 42)
    with pytest.raises(RenderError, match="callable"):
        render(_card("x"), 10, 10, load_additional_asset="https://fonts.example")
    with pytest.raises(RenderError, match="font"):
        render(_card("日本"), 50, 50, load_additional_asset=lambda code, segment: b"not a font")


def test_image_response_takes_the_text_options():
    calls = []

    def hook(code, segment):
        calls.append((code, segment))
        return RED

    resp = ImageResponse(_card("\u16a0"), width=60, height=60, emoji=None, loadAdditionalAsset=hook)
    assert calls == [("unknown", "\u16a0")]  # a rune no font has: drawn as the hook's picture
    px = _pixels(resp.body)
    assert ((px[..., 0] > 200) & (px[..., 1] < 60)).sum() > 30 * 30
    with pytest.raises(RenderError, match="system_fonts"):
        ImageResponse(_card("x"), width=10, height=10, system_fonts="yes")


def test_cache_keys_follow_grapheme_images():
    from ogrender.cache import cache_key

    blue = _png_url(10, 10, (0, 0, 255))
    a = cache_key(_card("\U0001F389"), 80, 60, grapheme_images={"\U0001F389": RED})
    b = cache_key(_card("\U0001F389"), 80, 60, grapheme_images={"\U0001F389": blue})
    assert a and b and a != b
    assert cache_key(_card("x"), 10, 10, load_additional_asset=lambda c, s: None) is None  # never cached wrongly
