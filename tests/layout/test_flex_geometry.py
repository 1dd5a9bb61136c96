"""Box geometry from layout() for small trees, checked against arithmetic done by hand (comments show it)."""

import pytest

from ogrender import h, layout


def div(style=None, *children):
    return h("div", {"style": style or {}}, *children)


def rect(box):
    return (box.x, box.y, box.width, box.height)


def test_fixed_children_with_padding_gap_and_margin():
    root = layout(div({"width": 300, "height": 100, "padding": 10, "gap": 5},
                      div({"width": 50, "height": 20}),
                      div({"width": 60, "height": 30, "marginLeft": 7})), 400, 200)
    a, b = root.children
    assert rect(root) == (0, 0, 300, 100)
    assert rect(a) == (10, 10, 50, 20)
    # b starts after a (10 + 50), the gap (5) and its margin (7)
    assert rect(b) == (72, 10, 60, 30)


def test_flex_grow_with_zero_basis_splits_in_ratio():
    root = layout(div({"width": 300, "height": 50}, div({"flex": 1}), div({"flex": 2})), 400, 100)
    a, b = root.children
    assert (a.width, b.width) == (100, 200)
    assert b.x == 100
    assert a.height == b.height == 50  # align-items: normal stretches


def test_flex_grow_distributes_free_space_over_bases():
    # bases 50 and 100, free space 300 - 150 = 150, grow 1:2 -> +50, +100
    root = layout(div({"width": 300, "height": 10},
                      div({"flexGrow": 1, "flexBasis": 50}), div({"flexGrow": 2, "flexBasis": 100})), 400, 100)
    assert [c.width for c in root.children] == [100, 200]


def test_flex_shrink_is_weighted_by_base_size():
    # overflow 100 + 300 - 200 = 200, scaled factors 100 and 300: shrink by 50 and 150
    root = layout(div({"width": 200, "height": 10},
                      div({"width": 100, "flexShrink": 1, "minWidth": 0}),
                      div({"width": 300, "flexShrink": 1, "minWidth": 0})), 400, 100)
    assert [c.width for c in root.children] == [50, 150]


def test_satori_preset_items_do_not_shrink():
    root = layout(div({"width": 200, "height": 10}, div({"width": 150}), div({"width": 150})), 400, 100)
    assert [c.width for c in root.children] == [150, 150]


def test_max_width_violation_freezes_and_redistributes():
    # 300 free, equal grow: 150 each, but the first is capped at 100; the second gets the remaining 200
    root = layout(div({"width": 300, "height": 10},
                      div({"flex": 1, "maxWidth": 100}), div({"flex": 1})), 400, 100)
    assert [c.width for c in root.children] == [100, 200]


@pytest.mark.parametrize("justify, xs", [
    ("flex-start", [0, 50]), ("flex-end", [200, 250]), ("center", [100, 150]),
    ("space-between", [0, 250]), ("space-around", [50, 200]), ("space-evenly", [200 / 3, 400 / 3 + 50]),
])
def test_justify_content(justify, xs):
    # container 300, two 50px items, free space 200
    root = layout(div({"width": 300, "height": 10, "justifyContent": justify},
                      div({"width": 50}), div({"width": 50})), 400, 100)
    assert [c.x for c in root.children] == pytest.approx(xs, abs=1 / 64)


@pytest.mark.parametrize("align, y, height", [
    ("flex-start", 0, 20), ("flex-end", 80, 20), ("center", 40, 20), ("stretch", 0, 100),
])
def test_align_items(align, y, height):
    style = {"width": 50} if align == "stretch" else {"width": 50, "height": 20}
    root = layout(div({"width": 300, "height": 100, "alignItems": align}, div(style)), 400, 200)
    (child,) = root.children
    assert (child.y, child.height) == (y, height)


def test_align_self_overrides_align_items():
    root = layout(div({"width": 300, "height": 100, "alignItems": "flex-start"},
                      div({"width": 10, "height": 10, "alignSelf": "flex-end"})), 400, 200)
    assert root.children[0].y == 90


def test_column_direction_stacks_and_stretches_width():
    root = layout(div({"width": 200, "height": 300, "flexDirection": "column", "rowGap": 10},
                      div({"height": 40}), div({"flexGrow": 1})), 400, 400)
    a, b = root.children
    assert rect(a) == (0, 0, 200, 40)
    assert rect(b) == (0, 50, 200, 250)  # 300 - 40 - 10


def test_row_reverse_places_items_from_the_right():
    root = layout(div({"width": 300, "height": 10, "flexDirection": "row-reverse"},
                      div({"width": 50}), div({"width": 70})), 400, 100)
    a, b = root.children
    assert (a.x, b.x) == (250, 180)


def test_percentages_resolve_against_the_container():
    # padding % refers to the containing block's width (400 -> 10% = 40)
    root = layout(div({"width": 400, "height": 200},
                      div({"width": "50%", "height": "25%", "paddingLeft": "10%"})), 800, 400)
    (child,) = root.children
    assert (child.width, child.height) == (200, 50)


def test_auto_margins_centre_an_item():
    root = layout(div({"width": 300, "height": 100}, div({"width": 100, "height": 40, "margin": "auto"})), 400, 200)
    (child,) = root.children
    assert (child.x, child.y) == (100, 30)


def test_box_sizing_content_box_adds_padding_and_border():
    root = layout(div({"width": 100, "height": 50, "padding": 10, "border": "5px solid red",
                       "boxSizing": "content-box"}), 400, 200)
    assert (root.width, root.height) == (130, 80)


def test_absolute_position_with_insets():
    root = layout(div({"width": 300, "height": 200, "borderWidth": 4, "borderStyle": "solid"},
                      div({"position": "absolute", "right": 10, "bottom": "10%", "width": 50, "height": 20}),
                      div({"position": "absolute", "left": 5, "right": 5, "top": 0, "bottom": 0})), 400, 400)
    a, b = root.children
    # containing block: the padding box, 292 x 192 starting at (4, 4)
    # (positions are kept to 1/64 px, the precision of Chromium's layout unit)
    assert rect(a) == pytest.approx((4 + 292 - 10 - 50, 4 + 192 - 19.2 - 20, 50, 20), abs=1 / 64)
    assert rect(b) == (9, 4, 282, 192)


def test_absolute_children_are_not_flex_items():
    root = layout(div({"width": 300, "height": 50, "justifyContent": "space-between"},
                      div({"width": 50}), div({"position": "absolute", "width": 10}), div({"width": 50})), 400, 100)
    assert [c.x for c in root.children] == [0, 0, 250]


def test_root_without_size_takes_its_content_size_as_in_satori():
    root = layout(div({"padding": 5}, div({"width": 40, "height": 30})), 400, 300)
    assert rect(root) == (0, 0, 50, 40)


def test_display_none_makes_no_box():
    root = layout(div({"width": 100, "height": 10}, div({"display": "none", "width": 50}), div({"width": 20})),
                  200, 100)
    assert len(root.children) == 1 and root.children[0].x == 0


def test_min_width_auto_keeps_text_from_shrinking_below_its_longest_word():
    root = layout(div({"width": 10, "height": 100},
                      div({"flexShrink": 1, "fontSize": 20}, "Unbreakable")), 400, 200)
    (child,) = root.children
    assert child.width > 10  # overflows rather than shrinking below the min-content width
