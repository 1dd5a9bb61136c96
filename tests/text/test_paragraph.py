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


def test_text_at_its_max_content_width_keeps_its_lines():
    """A shrink-to-fit box is as wide as its text's max-content width, so the text laid out at that width
    must not wrap (CSS Sizing 3: max-content is the size with no soft wrap). The line breaker sums a
    line's fragments (an element's text at one bidi level) each rounded up to 1/64 px, as Blink does;
    the max-content width must sum them the same way, or a right-to-left line mixing Arabic, Arabic-Indic
    digits and a left-to-right number (five fragments) wraps its last word."""
    from pathlib import Path

    from ogrender import Font, layout

    fonts_dir = Path(__file__).resolve().parent.parent / "conformance" / "data" / "fonts"
    arabic = Font("Noto Sans Arabic", (fonts_dir / "NotoSansArabic.ttf").read_bytes())
    texts = ["\u0645\u062f\u0648\u0646\u0629 \u0627\u0644\u0645\u0647\u0646\u062f\u0633\u064a\u0646 \u00b7 "
             "\u0662\u0662 \u0646\u0648\u0641\u0645\u0628\u0631 2026",
             "\u0641\u064a \u0639\u0627\u0645 2026 \u0632\u0627\u0631 12,500 \u0634\u062e\u0635 15%"]
    for size in (13, 17.5, 22, 31):
        for text in texts:
            tree = {"type": "div", "props": {"style": {"display": "flex", "flexDirection": "column",
                                                       "alignItems": "flex-start", "direction": "rtl",
                                                       "fontFamily": "Inter, 'Noto Sans Arabic'",
                                                       "fontSize": size, "width": 900, "height": 200},
                                             "children": [{"type": "div", "props": {"children": text}}]}}
            root = layout(tree, 900, 200, fonts=[arabic], preset="satori")
            box = next(b for b in root.walk() if b.text is not None)
            assert len(box.text.lines) == 1, (size, text, [line.text for line in box.text.lines])
