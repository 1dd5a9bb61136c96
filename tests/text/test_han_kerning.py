"""Fullwidth punctuation collapsing (ogrender.text.han_kerning), with the conformance fixtures' Noto Sans CJK JP subset:
classes from the Unicode categories, the font's own glyph placement deciding dots and quotes, and which
character of each adjacent pair is shaped half-width (CSS Text 4, 8.2.3; Blink's HanKerning)."""

from pathlib import Path

from ogrender.text import han_kerning as hk
from ogrender.text.fonts import load_face

CJK = Path(__file__).resolve().parents[1] / "conformance" / "data" / "fonts" / "NotoSansCJKjp.otf"


def test_char_types():
    assert hk.char_type("\u300c") == hk.OPEN       # 「 (Ps, CJK Symbols and Punctuation)
    assert hk.char_type("\uff09") == hk.CLOSE      # ） (Pe, fullwidth form)
    assert hk.char_type("(") == hk.OPEN_NARROW
    assert hk.char_type("\u3002") == hk.DOT
    assert hk.char_type("\u30fb") == hk.MIDDLE
    assert hk.char_type("\u65e5") == hk.OTHER


def test_pairs():
    data = hk.FontData(True, dot=hk.CLOSE)  # a Japanese font: 、 and 。 sit in the left half of the em
    text = "\u70b9\u3001\u3002\u3084\u300d\uff08\u62ec"  # 点、。や」（括
    indices, after = hk.halt_indices(text, 0, len(text), data)
    # 、 before 。 (Close before Close: the first is trimmed); （ after 」 (Open after Close: the second)
    assert indices == (1, 5)
    assert after == frozenset({5})
    assert hk.halt_indices(text, 0, len(text), hk.FontData()) == ((), frozenset())


def test_font_data_from_glyph_placement():
    face = load_face(CJK.read_bytes())
    if not hk._has_halt(face):  # the subset kept GPOS halt (layout features '*')
        raise AssertionError("the CJK subset lost its halt feature")
    ja = hk.font_data(face, "ja")
    assert ja.applies and ja.dot == hk.CLOSE  # Adobe's convention: dots at the left, except zh-Hant
    assert hk.font_data(face, "zh-Hant").dot != hk.CLOSE  # centred there (locl): not trimmed


def test_justify_opportunities_around_ideographs():
    """text-align: justify in CJK text (Blink's ExpansionOpportunityCount): after every ideograph or kana,
    before one that follows a letter, none at the line's ends; spaces keep theirs."""
    from ogrender.text.paragraph import _expansion_opportunities
    assert _expansion_opportunities("\u65e5\u672c\u8a9e", 0, 3) == [0, 1]
    assert _expansion_opportunities("ab\u65e5c d", 0, 6) == [1, 2, 4]
    assert _expansion_opportunities("a b", 0, 3) == [1]


def test_allow_end_closing_bracket():
    """A closing bracket at the end of a line that would not fit otherwise is half-width there (Chromium's
    text-spacing-trim: normal); 20px ideographs in a 50px line: 括弧） takes 2 em + 1/2 em = 50px."""
    from ogrender import Font, layout
    tree = {"type": "div", "props": {"style": {"display": "block", "width": 50, "fontSize": 20,
                                               "fontFamily": "'Noto Sans CJK JP'"}, "lang": "ja",
                                     "children": ["\u62ec\u5f27\uff09\u62ec\u5f27"]}}
    box = layout(tree, 200, 100, [Font("Noto Sans CJK JP", CJK.read_bytes())], preset="browser")
    para = next(b for b in box.walk() if b.text is not None)
    first = para.text.lines[0]
    assert first.text == "\u62ec\u5f27\uff09"
    assert abs((first.x1 - first.x0) - 50.0) < 0.01
