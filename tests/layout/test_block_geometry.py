"""Block flow under the browser preset: stacking, margin collapsing (CSS 2.1 8.3.1), auto margins,
aspect-ratio; expected boxes worked out by hand from the spec."""

import pytest

from ogrender import h, layout


def block(style=None, *children):
    return h("div", {"style": {"display": "block", **(style or {})}}, *children)


def boxes(tree, width=400, height=300):
    root = layout(tree, width, height, preset="browser")
    out = []

    def walk(box):
        out.append((box.x, box.y, box.width, box.height))
        for child in box.children:
            walk(child)
    walk(root)
    return out


def test_blocks_fill_the_width_and_stack():
    assert boxes(block({"padding": 10}, block({"height": 20}), block({"height": 30}))) == [
        (0, 0, 400, 70), (10, 10, 380, 20), (10, 30, 380, 30)]


def test_sibling_margins_collapse_to_the_larger():
    # 20 and 30 collapse to 30; the border stops parent/child collapsing
    assert boxes(block({"border": "1px solid"}, block({"height": 10, "marginBottom": 20}),
                       block({"height": 10, "marginTop": 30}))) == [
        (0, 0, 400, 52), (1, 1, 398, 10), (1, 41, 398, 10)]


def test_negative_margins_collapse_with_positive_ones():
    # max(20) + min(-5) = 15
    assert boxes(block({"borderTop": "1px solid", "borderBottom": "1px solid"},
                       block({"height": 10, "marginBottom": 20}), block({"height": 10, "marginTop": -5})))[2][1] == 1 + 10 + 15


def test_first_child_margin_escapes_through_the_parent():
    # the child's 25px top margin collapses with the root's 0: the root moves down, the child sits at its top
    result = boxes(block({}, block({"height": 10, "marginTop": 25})))
    assert result == [(0, 25, 400, 10), (0, 25, 400, 10)]


def test_padding_keeps_the_child_margin_inside():
    assert boxes(block({"paddingTop": 1}, block({"height": 10, "marginTop": 25}))) == [
        (0, 0, 400, 36), (0, 26, 400, 10)]


def test_flow_root_keeps_child_margins_inside():
    assert boxes(block({"display": "flow-root"}, block({"height": 10, "marginTop": 25, "marginBottom": 5}))) == [
        (0, 0, 400, 40), (0, 25, 400, 10)]


def test_empty_box_margins_collapse_through_it():
    # 10 (bottom of a), 30 and 20 (empty b), 5 (top of c): all collapse to 30
    result = boxes(block({"border": "1px solid"}, block({"height": 10, "marginBottom": 10}),
                         block({"marginTop": 30, "marginBottom": 20}), block({"height": 10, "marginTop": 5})))
    assert result[3][1] == 1 + 10 + 30
    assert result[0][3] == 2 + 10 + 30 + 10


def test_last_child_margin_escapes_an_auto_height_parent():
    # the parent's height ends at the child's border box; the 40px margin goes outside it
    result = boxes(block({"borderTop": "1px solid"}, block({}, block({"height": 10, "marginBottom": 40})),
                         block({"height": 5})))
    assert result[1][3] == 10
    assert result[3][1] == 1 + 10 + 40


def test_auto_margins_centre_a_block():
    assert boxes(block({"width": 200}, block({"width": 100, "height": 10, "margin": "0 auto"})))[1] == (50, 0, 100, 10)


def test_percentage_margins_refer_to_the_width():
    # 10% of 400 = 40 on every side; the top margin collapses through the root
    assert boxes(block({"borderTop": "1px solid"}, block({"height": 10, "margin": "10%"})))[1] == (40, 41, 320, 10)


def test_aspect_ratio_gives_the_height():
    assert boxes(block({"width": 300}, block({"aspectRatio": "16 / 9"})))[1] == (0, 0, 300, 168.75)


def test_abspos_auto_insets_take_the_static_position():
    result = boxes(block({"position": "relative"}, block({"height": 30}),
                         block({"position": "absolute", "width": 10, "height": 10})))
    assert result[2][:2] == (0, 30)


def test_relative_offsets_move_the_box_only():
    result = boxes(block({}, block({"height": 10, "position": "relative", "left": 5, "top": -3}),
                         block({"height": 10})))
    assert result[1][:2] == (5, -3) and result[2][1] == 10


def test_containing_block_is_the_nearest_positioned_ancestor():
    tree = block({"position": "relative", "padding": 10},
                 block({"padding": 10},
                       block({"position": "absolute", "right": 0, "bottom": 0, "width": 5, "height": 5})))
    # the root is 400 wide and 20 + 20 tall (the inner block has no in-flow content)
    assert boxes(tree)[2] == (395, 35, 5, 5)


@pytest.mark.parametrize("align, x", [("left", 0), ("center", 150), ("right", 300)])
def test_inline_blocks_line_up_and_align(align, x):
    tree = block({"width": 400, "textAlign": align},
                 h("div", {"style": {"display": "inline-block", "width": 60, "height": 20}}),
                 h("div", {"style": {"display": "inline-block", "width": 40, "height": 30}}))
    result = boxes(tree)
    assert result[1][0] == x and result[2][0] == x + 60
    # both sit on the baseline (their bottom margin edges): the taller one starts at the top
    assert result[2][1] == 0 and result[1][1] == 10


def test_a_transformed_ancestor_contains_absolute_and_fixed_boxes():
    # CSS Transforms 1, 3: a transformed element is the containing block of its absolute and fixed
    # descendants, positioned or not (geometry from layout() is before the transform is applied)
    tree = block({"marginTop": 50, "marginLeft": 30, "width": 100, "height": 100, "transform": "rotate(0deg)"},
                 block({"position": "absolute", "right": 0, "bottom": 0, "width": 10, "height": 10}),
                 block({"position": "fixed", "left": 5, "top": 5, "width": 10, "height": 10}))
    result = boxes(block({"borderTop": "1px solid"}, tree))
    assert result[2] == (30 + 90, 1 + 50 + 90, 10, 10)
    assert result[3] == (30 + 5, 1 + 50 + 5, 10, 10)
