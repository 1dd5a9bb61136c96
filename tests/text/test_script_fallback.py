"""Font fallback for international text (ogrender.text.paragraph itemization), with the conformance
fixtures' Noto subsets: each character from the first font of the list having it, emoji presentation
sequences from a colour font first, as Blink (checked against Chromium by the scripts and cjk suites)."""

from pathlib import Path

from ogrender import Font, layout

FONTS = Path(__file__).resolve().parents[1] / "conformance" / "data" / "fonts"


def faces_of(text, family, files, **style):
    fonts = [Font(name, (FONTS / file).read_bytes()) for name, file in files]
    tree = {"type": "div", "props": {"style": {"display": "block", "fontFamily": family, "fontSize": 20, **style},
                                     "children": [text]}}
    box = layout(tree, 400, 200, fonts, preset="browser", emoji=None)
    para = next(b for b in box.walk() if b.text is not None)
    return [(para.paragraph.text[r.start:r.end], r.face.family) for r in para.paragraph.runs]


def test_digits_after_kanji_come_from_the_first_font():
    runs = faces_of("\u5e7411\u6708", "Inter, 'Noto Sans CJK JP'", [("Noto Sans CJK JP", "NotoSansCJKjp.otf")])
    assert ("11", "Inter") in runs


def test_emoji_presentation_prefers_the_colour_font():
    # U+2764 with VS16 asks for emoji presentation: the colour font draws it even if Inter has a heart
    runs = faces_of("a \u2764\ufe0f b", "Inter, 'Noto Color Emoji'", [("Noto Color Emoji", "NotoColorEmoji.ttf")])
    assert ("\u2764\ufe0f", "Noto Color Emoji") in runs
