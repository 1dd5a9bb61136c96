"""Paragraph widths (spacing, transform, tabs) and lines by arithmetic on HarfBuzz advances (no ogrender output as expectations)."""

import uharfbuzz as hb

from ogrender.css.style import StyledNode  # noqa: F401  (the style module builds computed styles)
from ogrender.text import FontSet, Paragraph
from ogrender.text.paragraph import ceil64


def _style(**values):
    from ogrender import layout

    root = layout({"type": "div", "props": {"style": {"display": "block", **values}, "children": ["x"]}},
                  400, 100, preset="browser")
    return root.style


def _advance(face, text, size):
    buf = hb.Buffer()
    buf.add_str(text)
    buf.guess_segment_properties()
    hb.shape(face.hb_font, buf, {})
    return sum(p.x_advance for p in buf.glyph_positions) * size / face.upem


def test_letter_and_word_spacing_add_per_cluster_and_per_space():
    fonts = FontSet([])
    style = _style(fontSize=20, letterSpacing=2, wordSpacing=5)
    p = Paragraph([("ab cd", style)], style, fonts)
    face = fonts.chain(style.font_family, 400.0, False)[0]
    natural = _advance(face, "ab cd", 20)
    # 5 clusters x 2 px letter-spacing, one space x 5 px word-spacing
    assert p.max_content_width() == ceil64(natural + 5 * 2 + 5)


def test_text_transform_and_lines():
    fonts = FontSet([])
    style = _style(fontSize=16, textTransform="uppercase")
    p = Paragraph([("hello world", style)], style, fonts)
    assert p.text == "HELLO WORLD"
    one_word = p.layout(p.min_content_width())
    assert [line.text for line in one_word.lines] == ["HELLO", "WORLD"]


def test_forced_breaks_under_pre_and_tab_stops():
    fonts = FontSet([])
    style = _style(fontSize=10, whiteSpace="pre", tabSize=4)
    p = Paragraph([("a\tb\nc", style)], style, fonts)
    lines = p.layout(None).lines
    assert [line.text for line in lines] == ["a\tb", "c"]
    face = fonts.chain(style.font_family, 400.0, False)[0]
    space = _advance(face, " ", 10)
    # the tab advances to the first stop (4 spaces) after "a"
    assert abs(p._x(0, 2) - 4 * space) < 1e-6


def test_missing_glyph_warns_and_does_not_raise():
    import warnings

    from ogrender.errors import TextWarning

    fonts = FontSet([])
    style = _style()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        p = Paragraph([("a\U0001F9FF\u0f00b", style)], style, fonts)
        p.layout(50)
    assert any(issubclass(w.category, TextWarning) for w in caught)


def test_right_to_left_runs_are_drawn_in_visual_order():
    import os

    import pytest

    from ogrender.text import FontEntry, load_face

    path = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
    if not os.path.exists(path):
        pytest.skip("needs DejaVu Sans (Debian fonts-dejavu-core) for Hebrew")
    fonts = FontSet([FontEntry("DejaVu Sans", load_face(open(path, "rb").read()), 400.0, False)])
    style = _style(fontSize=20, fontFamily="DejaVu Sans")
    p = Paragraph([("ab \u05d0\u05d1\u05d2 cd", style)], style, fonts)
    runs = p.layout(None).lines[0].runs
    hebrew = next(r for r in runs if "\u05d0" in r.text)
    # logical order alef, bet, gimel is drawn right to left: the first glyph drawn (leftmost) is gimel
    assert list(hebrew.xs) == sorted(hebrew.xs)
    assert hebrew.glyphs[0] == fonts.chain(("DejaVu Sans",), 400.0, False)[0].glyph_for(0x05D2)
    # the space after the Hebrew word belongs to the left-to-right text that follows
    assert hebrew.text.rstrip() == hebrew.text


def test_no_letter_spacing_inside_arabic():
    # DESIGN.md (measured in Chromium 156): letter-spacing is not applied inside Arabic runs
    import warnings

    from ogrender.text.paragraph import _unspaced

    assert _unspaced("\u0645\ufefba\u05d0") == [True, True, False, False]
    fonts = FontSet([])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the bundled fonts have no Arabic: .notdef, with a warning
        spaced = Paragraph([("ab\u0645\u0631", _style(fontSize=16, letterSpacing=10))],
                           _style(fontSize=16, letterSpacing=10), fonts)
        plain = Paragraph([("ab\u0645\u0631", _style(fontSize=16))], _style(fontSize=16), fonts)
    assert spaced.advances[0] == plain.advances[0] + 10 and spaced.advances[1] == plain.advances[1] + 10
    assert spaced.advances[2:] == plain.advances[2:]


def test_letter_spacing_follows_the_script_run():
    # measured in Chromium 156 (letter-spacing: 10px, Noto Sans Arabic after Inter): digits, punctuation and
    # brackets take the script of the run they are in (Blink's script segmenter: the text before them,
    # a closing bracket its opening one's), and a cursive run takes no letter-spacing but on its spaces
    # and no-break spaces. Added widths: "ب 450 abc" +50 (2 spaces, a, b, c), "450 ب" +10 (the space),
    # "x (ب) 4" +60 (all but the letter), "ب (4) x" +30, "ب. abc" +40, "ب\u00a0ب" +10, "ب\u2009ب" +0
    from ogrender.text.paragraph import _unspaced

    def spaced(text):
        return len(text) - sum(_unspaced(text))

    for text, count in (("\u0628 450 abc", 5), ("450 \u0628", 1), ("x (\u0628) 4", 6), ("\u0628 (4) x", 3),
                        ("\u0628. abc", 4), ("\u0628\u00a0\u0628", 1), ("\u0628\u2009\u0628", 0),
                        ("abc 450 \u0628", 8), ("\u00ab\u0628\u00bb", 0)):
        assert spaced(text) == count, text


def test_synthetic_bold_and_oblique_unless_font_synthesis_none():
    # Inter has no italic face and the bundled Noto Serif has no bold italic: both are synthesized
    fonts = FontSet([])
    style = _style(fontFamily="Inter", fontStyle="italic")
    run = Paragraph([("Hi", style)], style, fonts).layout(None).lines[0].runs[0]
    assert run.synthetic_oblique and not run.synthetic_bold
    style = _style(fontFamily="Inter", fontStyle="italic", fontSynthesis="none")
    run = Paragraph([("Hi", style)], style, fonts).layout(None).lines[0].runs[0]
    assert not run.synthetic_oblique
    style = _style(fontFamily="Noto Serif", fontStyle="italic", fontWeight=700)
    run = Paragraph([("Hi", style)], style, fonts).layout(None).lines[0].runs[0]
    assert run.synthetic_bold and not run.synthetic_oblique  # the italic face, emboldened


def test_text_transform_follows_lang():
    # ICU's (and so Chromium's) Turkish case mapping: i <-> İ, ı <-> I; an inner lang wins
    from ogrender import layout

    tree = {"type": "div", "props": {"lang": "tr", "style": {"display": "block", "textTransform": "uppercase"},
                                     "children": ["istanbul ", {"type": "span", "props": {
                                         "lang": "en", "children": ["istanbul"]}}]}}
    root = layout(tree, 400, 100, preset="browser")
    lines = [line.text for box in root.walk() if box.text for line in box.text.lines]
    assert lines == ["\u0130STANBUL ISTANBUL"]
    from ogrender.text.paragraph import _transform

    assert _transform("IŞIK İzmir", "lowercase", " ", "tr") == "ışık izmir"
    # capitalize is not language-sensitive in Chromium 156 (measured: "istanbul" -> "Istanbul" in tr and az)
    assert _transform("izmir", "capitalize", " ", "az-Latn") == "Izmir"
