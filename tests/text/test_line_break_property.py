"""line-break (CSS Text 3, 5.3) and word-break: keep-all in ogrender.text.linebreak: ICU's @lb tailoring per
value as Blink asks for it, every cluster under anywhere, Blink's keep-all rule (SA scripts still break)."""

from ogrender.text.linebreak import break_opportunities, icu_locale, keep_all_blocks

KANA = "\u30ad\u30e3\u30c3\u30b7\u30e5"  # キャッシュ: small kana (class CJ) after KI and TSU


def test_icu_locale_follows_blink():
    # strict: the root rules in any language (Chromium 156 breaks zh / ja under strict as ICU's en@lb=strict)
    assert icu_locale("ja", "strict") == icu_locale("zh-Hans", "strict") == "en@lb=strict"
    assert icu_locale("zh-Hans", "loose") == "zh-Hans@lb=loose"
    assert icu_locale("ja", "auto") == "ja"          # a stated language: ICU's own default for it
    assert icu_locale(None, "auto") == "en@lb=normal"  # none: breaks as normal (measured in Chromium 156)
    assert icu_locale(None, "strict") == "en@lb=strict"


def test_strict_keeps_small_kana_off_the_line_start():
    strict = break_opportunities(KANA, icu_locale("ja", "strict"))
    normal = break_opportunities(KANA, icu_locale("ja", "normal"))
    # UAX #14 LB21 with CJ resolved to NS (strict): no break before ャ (index 1) nor ッ (2) nor ュ (4)
    assert not any(strict[i] for i in (1, 2, 4))
    # normal: CJ resolved to ID, a break before each small kana
    assert all(normal[i] for i in (1, 2, 4))


def test_strict_keeps_quotation_marks_with_ideographs():
    # measured in Chromium 156 (cjk.line_break_*_quotes_*): in zh and ja a line may break before the opening
    # quotation mark of 号“”， under normal, not under strict
    text = "\u53f7\u201c\u201d\uff0c"
    assert break_opportunities(text, icu_locale("zh-Hans", "normal"))[1]
    assert not break_opportunities(text, icu_locale("zh-Hans", "strict"))[1]
    assert not break_opportunities(text, icu_locale("ja", "strict"))[1]


def test_loose_breaks_before_iteration_mark():
    text = "\u671d\u3005"  # 朝々: 々 is NS, breakable before only under loose
    assert break_opportunities(text, icu_locale("ja", "loose"))[1]
    assert not break_opportunities(text, icu_locale("ja", "normal"))[1]


def test_keep_all_rule():
    ko = "\ud55c\uad6d\uc5b4"  # 한국어: letters of general category Lo
    assert keep_all_blocks(ko, 1) and keep_all_blocks(ko, 2)
    thai = "\u0e44\u0e17\u0e22"  # Thai letters have line break class SA: keep-all does not hold them
    assert not keep_all_blocks(thai, 1)
    assert not keep_all_blocks("\u65e5\u3002", 1)  # an ideograph then punctuation (Po)


def test_line_break_anywhere_lays_out_every_cluster():
    from ogrender import layout
    tree = {"type": "div", "props": {"style": {"display": "block", "width": 1, "lineBreak": "anywhere",
                                               "fontSize": 16}, "children": ["abc"]}}
    box = layout(tree, 100, 100, preset="browser")
    texts = [line.text for b in box.walk() if b.text is not None for line in b.text.lines]
    assert texts == ["a", "b", "c"]
    tree["props"]["style"]["lineBreak"] = "normal"
    box = layout(tree, 100, 100, preset="browser")
    assert [line.text for b in box.walk() if b.text is not None for line in b.text.lines] == ["abc"]


def test_rtl_line_ending_in_comma_keeps_it_at_the_left_edge():
    """UAX #9 L1: the space after the comma hangs at the line's end (its left, in a right-to-left
    paragraph), outside the line; the comma, resolved right-to-left, is the leftmost glyph at x = 0 (as
    in Chromium: scripts.hebrew_numbers_* ink)."""
    from pathlib import Path

    from ogrender import Font, layout
    hebrew = Path(__file__).resolve().parents[2] / "fonts" / "noto-sans-hebrew" / "NotoSansHebrew-Regular.ttf"
    word = "\u05e9\u05dc\u05d5\u05dd"
    tree = {"type": "div", "props": {"style": {"display": "block", "width": 60, "direction": "rtl",
                                               "fontFamily": "Inter, 'Noto Sans Hebrew'", "fontSize": 16},
                                     "children": [f"{word}, {word}"]}}
    box = layout(tree, 200, 100, [Font("Inter", (Path(__file__).resolve().parents[2] / "fonts" / "inter" /
                                                 "Inter-Regular.otf").read_bytes()),
                                  Font("Noto Sans Hebrew", hebrew.read_bytes())], preset="browser")
    para = next(b for b in box.walk() if b.text is not None)
    first = para.text.lines[0]
    assert first.text == f"{word},"
    xs = [x for run in first.runs for x in run.xs]
    assert min(xs) >= -0.01
