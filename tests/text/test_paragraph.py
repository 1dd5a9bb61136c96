"""Text measurement and wrapping; line-height normal from the font's own metrics (read here with
fontTools, independently of ogrender)."""

from pathlib import Path

import pytest
from fontTools.ttLib import TTFont

from ogrender import Font, FontError, h, layout

FONTS = Path(__file__).resolve().parents[2] / "fonts" / "inter"


def inter_metrics():
    tt = TTFont(FONTS / "Inter-Regular.otf")
    return tt["hhea"].ascent, -tt["hhea"].descent, tt["hhea"].lineGap, tt["head"].unitsPerEm


@pytest.mark.parametrize("size", [10, 16, 33, 60, 120])
def test_line_height_normal_is_rounded_ascent_plus_descent(size):
    ascent, descent, gap, upem = inter_metrics()
    expected = round(ascent * size / upem) + round(descent * size / upem) + round(gap * size / upem)
    root = layout(h("div", {"style": {"fontSize": size}}, "Hxg"), 800, 400)
    assert root.height == expected


def test_numeric_and_px_line_heights():
    assert layout(h("div", {"style": {"fontSize": 20, "lineHeight": 1.5}}, "x"), 400, 100).height == 30
    assert layout(h("div", {"style": {"fontSize": 20, "lineHeight": "42px"}}, "x"), 400, 100).height == 42
    assert layout(h("div", {"style": {"fontSize": 20, "lineHeight": "150%"}}, "x"), 400, 100).height == 30


def test_text_wraps_at_spaces_to_the_box_width():
    words = "alpha beta gamma delta epsilon zeta eta theta"
    one_line = layout(h("div", {"style": {"fontSize": 20, "lineHeight": 1}}, words), 2000, 100)
    assert one_line.height == 20
    root = layout(h("div", {"style": {"width": 200, "fontSize": 20, "lineHeight": 1}}, words), 2000, 400)
    text_box = root.boxes[0]
    lines = [line.text for line in text_box.text.lines]
    assert " ".join(lines) == words
    assert len(lines) > 1
    assert all(line.width <= 200 for line in text_box.text.lines)
    assert root.height == 20 * len(lines)


def test_white_space_collapses():
    root = layout(h("div", {"style": {"fontSize": 20}}, "  a \n\t  b  "), 400, 100)
    assert [line.text for line in root.boxes[0].text.lines] == ["a b"]


def test_bold_is_wider_than_regular():
    regular = layout(h("div", {"style": {"fontSize": 40}}, "Heading"), 800, 100)
    bold = layout(h("div", {"style": {"fontSize": 40, "fontWeight": 700}}, "Heading"), 800, 100)
    assert bold.width > regular.width


def test_custom_font_is_used_and_first_font_is_the_default():
    data = (FONTS / "Inter-Bold.otf").read_bytes()
    custom = layout(h("div", {"style": {"fontSize": 40}}, "Heading"), 800, 100,
                    fonts=[Font("Brand", data, weight=700)])
    bold = layout(h("div", {"style": {"fontSize": 40, "fontWeight": 700}}, "Heading"), 800, 100)
    assert custom.width == bold.width
    run = custom.boxes[0].text.lines[0].runs[0]
    assert run.face.weight == 700


def test_font_dicts_are_accepted():
    data = (FONTS / "Inter-Regular.otf").read_bytes()
    root = layout(h("div", {"style": {"fontFamily": "My Font"}}, "x"), 100, 100,
                  fonts=[{"name": "My Font", "data": data, "weight": 400, "style": "normal"}])
    assert root.boxes[0].text.lines[0].runs[0].face.family == "Inter"


@pytest.mark.parametrize("data, message", [(b"not a font at all", "not a font file"),
                                           (b"OTTO" + b"\0" * 20, "cannot read the font")])
def test_bad_font_bytes_raise_font_error_naming_the_font(data, message):
    with pytest.raises(FontError, match=message) as info:
        layout(h("div", None, "x"), 100, 100, fonts=[Font("Broken", data)])
    assert info.value.path == "Broken"


def test_font_argument_errors():
    with pytest.raises(FontError, match="weight"):
        Font("X", b"...", weight=5000)
    with pytest.raises(FontError, match="bytes"):
        Font("X", "path/to/font.ttf")
