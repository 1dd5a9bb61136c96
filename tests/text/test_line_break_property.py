"""line-break (CSS Text 3, 5.3) and word-break: keep-all in ogrender.text.linebreak: ICU's @lb tailoring per
value as Blink asks for it, every cluster under anywhere, Blink's keep-all rule (SA scripts still break)."""

from ogrender.text.linebreak import break_opportunities, icu_locale, keep_all_blocks

KANA = "\u30ad\u30e3\u30c3\u30b7\u30e5"  # キャッシュ: small kana (class CJ) after KI and TSU


def test_icu_locale_follows_blink():
    assert icu_locale("ja", "strict") == "ja@lb=strict"
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
