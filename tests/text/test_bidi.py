"""The bidi algorithm (ogrender.text.bidi): fixed cases, and PyICU's ubidi (Chromium's) as an oracle on
generated strings when PyICU is installed."""

import random

import pytest

from ogrender.text.bidi import levels, line_levels, visual_runs

A, B, G = "\u05d0", "\u05d1", "\u05d2"  # Hebrew letters
AR = "\u0627\u0644"                       # Arabic letters


def test_plain_ltr_and_rtl():
    assert levels("abc", 0) == [0, 0, 0]
    assert levels(A + B, 0) == [1, 1]
    assert levels(A + B, 1) == [1, 1]
    assert levels("ab", 1) == [2, 2]


def test_numbers_in_rtl():
    # European digits after Hebrew: level 2 in an RTL run; after Arabic they become AN (also 2)
    assert levels(A + " 12", 0) == [1, 1, 2, 2]
    assert levels(AR + " 12", 1) == [1, 1, 1, 2, 2]


def test_first_strong_and_isolates():
    assert levels(A + "b", None)[0] == 1
    assert levels("b" + A, None)[0] == 0
    # an isolate keeps its content from the surroundings
    s = A + " \u2066abc\u2069 " + B
    lv = levels(s, 1)
    assert lv[3:6] == [2, 2, 2]


def test_brackets_n0():
    s = A + "(b)" + G  # the brackets enclose L, embedding is R in an RTL paragraph with context R
    lv = levels(s, 1)
    assert lv == [1, 1, 2, 1, 1]


def test_visual_runs():
    assert visual_runs([0, 0, 1, 1, 0]) == [(0, 2, 0), (2, 4, 1), (4, 5, 0)]
    assert visual_runs([1, 1, 2, 2, 1]) == [(4, 5, 1), (2, 4, 2), (0, 2, 1)]
    assert line_levels("ab  ", [1, 1, 1, 1], 0, 4, 0) == [1, 1, 0, 0]


_ALPHABET = ("a", "b", " ", A, B, AR[0], "1", "2", "\u0661", "+", "-", "$", "%", ",", ".", ":", "(", ")",
             "[", "]", "!", "\u0300", "\u2066", "\u2067", "\u2068", "\u2069", "\u202a", "\u202b", "\u202c",
             "\u202d", "\u202e", "\t", "\u00a0", "\u200d")


@pytest.mark.parametrize("seed", range(4))
def test_against_icu(seed):
    icu = pytest.importorskip("icu", reason="PyICU (icu.Bidi) is the oracle; pip install icukit-pyicu")
    rng = random.Random(seed)
    for _ in range(500):
        s = "".join(rng.choice(_ALPHABET) for _ in range(rng.randint(1, 12)))
        for base in (0, 1):
            bidi = icu.Bidi()
            bidi.setPara(icu.UnicodeString(s), base)
            expected = [i for i in bidi.getVisualMap() if s[i] not in _CONTROLS]
            lv = line_levels(s, levels(s, base), 0, len(s), base)
            order = [a + i for a, b, level in visual_runs(lv)
                     for i in (range(b - a) if level % 2 == 0 else range(b - a - 1, -1, -1))]
            # removed controls (X9) get levels of ICU's choosing: compare the visual order of the rest
            assert [i for i in order if s[i] not in _CONTROLS] == expected, (s, base)


_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u200d"


# -- paragraphs and layout (bundled fonts only: these run without the Noto fonts of the conformance data) --

def _layout(tree, preset="browser"):
    from ogrender import layout
    return layout(tree, 400, 200, preset=preset)


def _div(*children, **style):
    return {"type": "div", "props": {"style": {"width": 300, "fontSize": 20, **style}, "children": list(children)}}


def _lines(root):
    return [line for box in root.walk() if box.text is not None for line in box.text.lines]


def test_rtl_block_aligns_start_right_and_end_left():
    (line,) = _lines(_layout(_div("abc", direction="rtl")))
    assert line.left + line.width == pytest.approx(300)
    (line,) = _lines(_layout(_div("abc", direction="rtl", textAlign="end")))
    assert line.left == 0


def test_bidi_override_reverses_latin():
    span = {"type": "span", "props": {"style": {"direction": "rtl", "unicodeBidi": "bidi-override"},
                                      "children": ["abc"]}}
    (line,) = _lines(_layout(_div(span)))
    (run,) = line.runs
    (plain,) = _lines(_layout(_div("abc")))[0].runs
    assert run.glyphs == plain.glyphs[::-1]  # c b a, left to right


def test_dir_attribute_isolates():
    from ogrender.css.style import _DIR_HINTS
    assert set(_DIR_HINTS) == {"ltr", "rtl", "auto"}
    span = {"type": "span", "props": {"dir": "rtl", "children": ["abc"]}}
    root = _layout(_div(span))
    (paragraph,) = [b.paragraph for b in root.walk() if b.paragraph is not None]
    style = paragraph.marks[0][1].style
    assert style.direction == "rtl" and style.unicode_bidi == "isolate"
    assert paragraph.levels == [2, 2, 2]  # Latin inside a right-to-left isolate


def test_flex_row_rtl_places_items_from_the_right():
    kids = [{"type": "div", "props": {"style": {"width": 50, "height": 10}}} for _ in range(2)]
    root = _layout({"type": "div", "props": {"style": {"display": "flex", "width": 300, "direction": "rtl"},
                                             "children": kids}}, preset="satori")
    first, second = [b for b in root.walk() if b.tag == "div"][1:3]
    assert (first.x, second.x) == (250, 200)
