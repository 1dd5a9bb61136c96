"""Break opportunities: Blink's facts from DESIGN.md (measured in Chromium 156) and ICU's UTF-16 offsets."""

from ogrender.text.linebreak import break_opportunities, grapheme_boundaries


def breaks(text: str) -> list[str]:
    """The pieces between break opportunities."""
    ops = break_opportunities(text)
    out, start = [], 0
    for i in range(1, len(text)):
        if ops[i]:
            out.append(text[start:i])
            start = i
    return out + [text[start:]]


def test_phone_number_breaks_after_its_hyphens():
    assert breaks("1-800-555-0199") == ["1-", "800-", "555-", "0199"]


def test_minus_sign_does_not_break():
    assert breaks("x -5") == ["x ", "-5"]


def test_url_breaks_after_hyphen_and_question_mark_not_slash():
    assert breaks("https://a.com/b-c?d=e") == ["https://a.com/b-", "c?", "d=e"]


def test_spaces_hang_on_the_line_before():
    assert breaks("a  b") == ["a  ", "b"]


def test_non_ascii_uses_icu_with_code_point_offsets():
    # U+1F600 is two UTF-16 code units: the break after it must land on the next code point.
    assert breaks("é 😀 ü") == ["é ", "😀 ", "ü"]
    assert breaks("naïve-word") == ["naïve-", "word"]


def test_soft_hyphen_is_an_opportunity():
    assert breaks("ex\u00adtra") == ["ex\u00ad", "tra"]


def test_grapheme_clusters():
    text = "e\u0301a👍🏽b"
    starts = [i for i, b in enumerate(grapheme_boundaries(text)) if b]
    assert starts == [0, 2, 3, 5, 6]
