"""Pixels at known coordinates, and small WeasyPrint-style grids (one character per pixel)."""

import numpy as np

from ogrender import h, layout, render
from tests.conftest import decode_png

RED = (255, 0, 0, 255)
CLEAR = (0, 0, 0, 0)


def div(style=None, *children):
    return h("div", {"style": style or {}}, *children)


def px(image, x, y):
    return tuple(int(v) for v in image[y, x])


def test_red_box_at_known_coordinates():
    tree = div({"width": 200, "height": 100},
               div({"position": "absolute", "left": 10, "top": 20, "width": 100, "height": 50,
                    "backgroundColor": "red"}))
    image = decode_png(render(tree, 200, 100))
    assert image.shape == (100, 200, 4)
    for x, y in [(10, 20), (109, 20), (10, 69), (109, 69), (60, 45)]:
        assert px(image, x, y) == RED, (x, y)
    for x, y in [(9, 20), (110, 20), (10, 19), (10, 70), (0, 0), (199, 99)]:
        assert px(image, x, y) == CLEAR, (x, y)
    assert (image[..., 3] == 255).sum() == 100 * 50


def test_border_colour_at_its_edge():
    tree = div({"width": 40, "height": 30, "border": "5px solid blue", "backgroundColor": "white"})
    image = decode_png(render(tree, 50, 40))
    for x, y in [(0, 0), (4, 4), (39, 0), (0, 29), (20, 2), (37, 15)]:
        assert px(image, x, y) == (0, 0, 255, 255), (x, y)
    for x, y in [(5, 5), (34, 24), (20, 15)]:
        assert px(image, x, y) == (255, 255, 255, 255), (x, y)
    assert px(image, 40, 0) == CLEAR


def test_per_side_border_colours():
    tree = div({"width": 30, "height": 30, "borderStyle": "solid", "borderWidth": "4px 6px 8px 2px",
                "borderColor": "red lime blue black"})
    image = decode_png(render(tree, 30, 30))
    assert px(image, 15, 1) == RED                      # top
    assert px(image, 27, 15) == (0, 255, 0, 255)        # right
    assert px(image, 15, 25) == (0, 0, 255, 255)        # bottom
    assert px(image, 0, 15) == (0, 0, 0, 255)           # left
    assert px(image, 15, 15) == CLEAR                   # no background


def test_rounded_corner_is_transparent_at_the_corner_point():
    tree = div({"width": 100, "height": 100, "backgroundColor": "red", "borderRadius": 50})
    image = decode_png(render(tree, 100, 100))
    for x, y in [(0, 0), (99, 0), (0, 99), (99, 99), (10, 10)]:
        assert px(image, x, y)[3] == 0, (x, y)
    for x, y in [(50, 1), (1, 50), (50, 50), (30, 30)]:
        assert px(image, x, y) == RED, (x, y)


def test_elliptical_and_percentage_radius():
    tree = div({"width": 200, "height": 100, "backgroundColor": "red", "borderRadius": "50%"})
    image = decode_png(render(tree, 200, 100))
    # an ellipse with semi-axes 100 x 50: (30, 10) lies outside it, (100, 2) inside
    assert px(image, 30, 10)[3] == 0
    assert px(image, 100, 2) == RED


def test_opacity_is_group_opacity():
    tree = div({"width": 20, "height": 20, "opacity": 0.5, "backgroundColor": "red"},
               div({"width": 10, "height": 10, "backgroundColor": "blue"}))
    image = decode_png(render(tree, 20, 20))
    # the blue child replaces the red under it inside the group: no red shows through
    r, g, b, a = px(image, 5, 5)
    assert (r, g, b) == (0, 0, 255) and abs(a - 128) <= 1
    r, g, b, a = px(image, 15, 15)
    assert (r, g, b) == (255, 0, 0) and abs(a - 128) <= 1


def test_overflow_hidden_clips_children_to_the_padding_box():
    child = div({"width": 100, "height": 100, "backgroundColor": "red"})
    clipped = decode_png(render(div({"width": 20, "height": 20, "overflow": "hidden", "border": "2px solid blue"},
                                    child), 60, 60))
    open_ = decode_png(render(div({"width": 20, "height": 20, "border": "2px solid blue"}, child), 60, 60))
    assert px(clipped, 40, 40) == CLEAR
    assert px(open_, 40, 40) == RED
    assert px(clipped, 10, 10) == RED
    assert px(clipped, 1, 10) == (0, 0, 255, 255)  # the border is not clipped away


def test_overflow_hidden_with_radius_clips_corners():
    tree = div({"width": 40, "height": 40, "overflow": "hidden", "borderRadius": 20},
               div({"width": 40, "height": 40, "backgroundColor": "red"}))
    image = decode_png(render(tree, 40, 40))
    assert px(image, 0, 0)[3] == 0 and px(image, 20, 20) == RED


def test_grid_two_boxes(assert_pixels):
    tree = div({"width": 6, "height": 4, "padding": 1, "gap": 1},
               div({"width": 2, "backgroundColor": "red"}), div({"width": 1, "backgroundColor": "blue"}))
    assert_pixels("""
        ______
        _RR_B_
        _RR_B_
        ______
    """, render(tree, 6, 4))


def test_grid_border_and_background(assert_pixels):
    tree = div({"width": 5, "height": 5, "border": "1px solid black", "backgroundColor": "lime"})
    assert_pixels("""
        KKKKK
        KGGGK
        KGGGK
        KGGGK
        KKKKK
    """, render(tree, 5, 5))


def test_text_ink_is_inside_the_text_box_and_nowhere_else():
    tree = div({"width": 300, "height": 100, "alignItems": "center", "justifyContent": "center",
                "backgroundColor": "white"},
               div({"fontSize": 30, "color": "black"}, "Hello ink"))
    image = decode_png(render(tree, 300, 100))
    text_box = layout(tree, 300, 100).children[0]
    ink = (image[..., :3] < 200).any(axis=2)
    assert ink.sum() > 200  # glyphs were drawn
    ys, xs = np.nonzero(ink)
    assert xs.min() >= int(text_box.x) - 1 and xs.max() <= text_box.x + text_box.width + 1
    assert ys.min() >= int(text_box.y) and ys.max() <= text_box.y + text_box.height


def test_text_colour_is_used():
    tree = div({"width": 200, "height": 60, "fontSize": 40, "color": "red", "backgroundColor": "white"}, "HH")
    image = decode_png(render(tree, 200, 60))
    solid = image[(image[..., 0] == 255) & (image[..., 1] == 0) & (image[..., 2] == 0)]
    assert len(solid) > 50


def test_transparent_canvas_where_nothing_is_painted():
    image = decode_png(render(div({"width": 10, "height": 10}), 30, 30))
    assert (image[..., 3] == 0).all()
