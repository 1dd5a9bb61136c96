"""Multi-line flex containers, order, baseline alignment; expected boxes worked out by hand."""

import pytest

from ogrender import h, layout


def div(style=None, *children):
    return h("div", {"style": {"display": "flex", **(style or {})}}, *children)


def rects(tree, width=400, height=300, preset="browser"):
    return [(c.x, c.y, c.width, c.height) for c in layout(tree, width, height, preset=preset).children]


def test_wrap_breaks_lines_and_stacks_them():
    tree = div({"width": 100, "flexWrap": "wrap", "alignItems": "flex-start"},
               *[div({"width": 40, "height": 10 + i}) for i in range(3)])
    assert rects(tree) == [(0, 0, 40, 10), (40, 0, 40, 11), (0, 11, 40, 12)]


def test_wrap_reverse_starts_from_the_bottom():
    tree = div({"width": 100, "height": 50, "flexWrap": "wrap-reverse", "alignContent": "flex-start",
                "alignItems": "flex-start"}, *[div({"width": 60, "height": 10}) for _ in range(2)])
    assert rects(tree) == [(0, 40, 60, 10), (0, 30, 60, 10)]


@pytest.mark.parametrize("align, ys", [
    ("flex-start", [0, 10]), ("flex-end", [80, 90]), ("center", [40, 50]), ("space-between", [0, 90]),
    ("space-around", [20, 70]), ("space-evenly", [80 / 3, 10 + 160 / 3]), ("stretch", [0, 50]),
])
def test_align_content(align, ys):
    # two lines of 10px in a 100px container: 80px to distribute
    tree = div({"width": 100, "height": 100, "flexWrap": "wrap", "alignContent": align, "alignItems": "flex-start"},
               div({"width": 60, "height": 10}), div({"width": 60, "height": 10}))
    assert [r[1] for r in rects(tree)] == pytest.approx(ys, abs=1 / 64)


def test_stretched_lines_stretch_their_items():
    tree = div({"width": 100, "height": 100, "flexWrap": "wrap"}, div({"width": 60}), div({"width": 60}))
    assert [r[3] for r in rects(tree)] == [50, 50]


def test_order_changes_placement_not_document_order():
    tree = div({"width": 100, "height": 10}, div({"width": 10, "order": 2}), div({"width": 20, "order": -1}),
               div({"width": 30}))
    # placed: second (20), third (30), first (10)
    assert [r[0] for r in rects(tree)] == [50, 0, 20]


def test_baseline_alignment_of_boxes_without_text_uses_their_bottom_edges():
    tree = div({"width": 200, "alignItems": "baseline"},
               div({"width": 10, "height": 30}), div({"width": 10, "height": 10, "marginBottom": 5}))
    # baselines are the border-box bottoms: 30 and 10 (+5 margin below); the tallest part above is 30
    assert rects(tree) == [(0, 0, 10, 30), (10, 20, 10, 10)]


def test_column_wrap_with_definite_height():
    tree = div({"flexDirection": "column", "flexWrap": "wrap", "height": 50, "alignContent": "flex-start"},
               *[div({"width": 20, "height": 20}) for _ in range(3)])
    assert rects(tree) == [(0, 0, 20, 20), (0, 20, 20, 20), (20, 0, 20, 20)]


def test_flex_grow_fraction_below_one_uses_only_that_share():
    tree = div({"width": 100, "height": 10}, div({"flexGrow": 0.5}))
    assert rects(tree)[0][2] == 50


def test_free_space_is_shared_in_layout_units_from_the_last_item():
    # 100px among three: Blink rounds each share to 1/64 px starting from the last item; sizes sum to 100
    widths = [r[2] for r in rects(div({"width": 100, "height": 10}, div({"flex": 1}), div({"flex": 1}), div({"flex": 1})))]
    assert sum(widths) == 100 and all(abs(w - 100 / 3) < 1 / 64 for w in widths)
    assert all((w * 64) == int(w * 64) for w in widths)


def test_shrink_is_weighted_by_the_inner_base_size():
    # bases (content) 100 and 100, but the second has 50px of padding: border boxes 100 and 150
    # overflow 50 shared by inner sizes 100 : 100 -> 25 each
    tree = div({"width": 200, "height": 10},
               div({"width": 100, "flexShrink": 1, "minWidth": 0, "boxSizing": "content-box"}),
               div({"width": 100, "flexShrink": 1, "minWidth": 0, "paddingLeft": 50, "boxSizing": "content-box"}))
    assert [r[2] for r in rects(tree)] == [75, 125]


def test_abspos_child_of_flex_container_takes_its_static_position_from_justify_and_align():
    tree = div({"width": 100, "height": 100, "justifyContent": "center", "alignItems": "flex-end",
                "position": "relative"}, div({"position": "absolute", "width": 20, "height": 10}))
    assert rects(tree) == [(40, 90, 20, 10)]
