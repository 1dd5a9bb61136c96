"""Backgrounds, borders, effects and paint order at known pixels (expected values worked out by hand
from the CSS specs, not taken from ogrender's output)."""

import warnings

import pytest

from ogrender import StyleWarning, h, render
from tests.conftest import decode_png


def div(style=None, *children):
    return h("div", {"style": {"display": "block", "position": "static", "boxSizing": "border-box",
                               **(style or {})}}, *children)


def image(tree, w=40, h=40):
    return decode_png(render(tree, w, h, preset="browser"))


def px(img, x, y):
    return tuple(int(v) for v in img[y, x])


def near(a, b, tol=3):
    return all(abs(x - y) <= tol for x, y in zip(a, b))


def test_linear_gradient_to_right_runs_from_first_to_last_colour():
    img = image(div({"width": 100, "height": 10, "backgroundImage": "linear-gradient(to right, red, blue)"}), 100, 10)
    assert near(px(img, 0, 5), (252, 0, 2, 255), 4)       # pixel centre 0.5 of 100
    assert near(px(img, 99, 5), (2, 0, 252, 255), 4)
    assert near(px(img, 50, 5), (125, 0, 130, 255), 6)    # the middle: half of each (premultiplied sRGB)


def test_hard_stops_make_stripes():
    img = image(div({"width": 90, "height": 10,
                     "backgroundImage": "linear-gradient(to right, red 0 30px, lime 30px 60px, blue 60px)"}), 90, 10)
    assert px(img, 15, 5) == (255, 0, 0, 255)
    assert px(img, 45, 5) == (0, 255, 0, 255)
    assert px(img, 75, 5) == (0, 0, 255, 255)


def test_background_size_and_no_repeat_position_a_tile():
    img = image(div({"width": 40, "height": 40, "backgroundImage": "linear-gradient(red, red)",
                     "backgroundSize": "10px 10px", "backgroundRepeat": "no-repeat",
                     "backgroundPosition": "right 5px bottom 5px"}))
    assert px(img, 29, 29) == (255, 0, 0, 255) and px(img, 25, 25) == (255, 0, 0, 255)
    assert px(img, 24, 24)[3] == 0 and px(img, 35, 35)[3] == 0


def test_background_clip_content_box_leaves_padding_empty():
    img = image(div({"width": 40, "height": 40, "padding": 10, "backgroundColor": "red",
                     "backgroundClip": "content-box"}))
    assert px(img, 5, 5)[3] == 0
    assert px(img, 20, 20) == (255, 0, 0, 255)


def test_background_shorthand_layers_and_colour():
    img = image(div({"width": 40, "height": 40,
                     "background": "linear-gradient(lime, lime) 0 0 / 20px 20px no-repeat, blue"}))
    assert px(img, 5, 5) == (0, 255, 0, 255)
    assert px(img, 30, 30) == (0, 0, 255, 255)


def test_dashed_border_has_gaps_and_double_border_a_middle_gap():
    img = image(div({"width": 100, "height": 40, "border": "4px dashed black"}), 100, 40)
    top = [px(img, x, 1)[3] for x in range(100)]
    assert 0 in top and 255 in top
    img = image(div({"width": 40, "height": 40, "border": "9px double black"}))
    assert px(img, 20, 1)[3] == 255 and px(img, 20, 4)[3] == 0 and px(img, 20, 7)[3] == 255


def test_box_shadow_offset_without_blur():
    img = image(div({"width": 20, "height": 20, "backgroundColor": "white", "boxShadow": "10px 10px 0 black"}))
    assert px(img, 25, 25) == (0, 0, 0, 255)     # shadow beyond the box
    assert px(img, 15, 15) == (255, 255, 255, 255)
    assert px(img, 35, 5)[3] == 0


def test_inset_box_shadow_inside_the_padding_box():
    img = image(div({"width": 40, "height": 40, "backgroundColor": "white",
                     "boxShadow": "inset 0 0 0 5px red"}))
    assert px(img, 2, 20) == (255, 0, 0, 255)
    assert px(img, 20, 20) == (255, 255, 255, 255)


def test_transform_translate_and_rotate_about_the_centre():
    img = image(div({"width": 10, "height": 10, "backgroundColor": "red", "transform": "translate(20px, 15px)"}))
    assert px(img, 5, 5)[3] == 0 and px(img, 25, 20) == (255, 0, 0, 255)
    img = image(div({"width": 40, "height": 10, "marginTop": 15, "backgroundColor": "red",
                     "transform": "rotate(90deg)"}))
    assert px(img, 20, 2) == (255, 0, 0, 255)   # now a vertical bar through the centre
    assert px(img, 2, 20)[3] == 0


def test_opacity_is_group_opacity():
    tree = div({"width": 40, "height": 40, "opacity": 0.5},
               div({"width": 30, "height": 30, "backgroundColor": "blue"}),
               div({"width": 30, "height": 30, "marginTop": -20, "marginLeft": 10, "backgroundColor": "red"}))
    img = image(tree)
    # the overlap shows red at half opacity only (no blue underneath): the children are composited first
    assert near(px(img, 15, 15), (255, 0, 0, 128), 2)


def test_z_index_orders_positioned_boxes():
    tree = div({"position": "relative", "width": 40, "height": 40},
               div({"position": "absolute", "left": 0, "top": 0, "width": 30, "height": 30,
                    "backgroundColor": "red", "zIndex": 2}),
               div({"position": "absolute", "left": 10, "top": 10, "width": 30, "height": 30,
                    "backgroundColor": "blue", "zIndex": 1}))
    assert px(image(tree), 20, 20) == (255, 0, 0, 255)


def test_negative_z_index_paints_under_in_flow_blocks():
    tree = div({"position": "relative", "width": 40, "height": 40, "zIndex": 0},
               div({"width": 40, "height": 40, "backgroundColor": "lime"}),
               div({"position": "absolute", "left": 0, "top": 0, "width": 40, "height": 40,
                    "backgroundColor": "red", "zIndex": -1}))
    assert px(image(tree), 20, 20) == (0, 255, 0, 255)


def test_positioned_box_paints_over_later_in_flow_block():
    tree = div({"position": "relative", "width": 40, "height": 40},
               div({"position": "absolute", "left": 0, "top": 0, "width": 40, "height": 40, "backgroundColor": "red"}),
               div({"width": 40, "height": 40, "backgroundColor": "blue"}))
    assert px(image(tree), 20, 20) == (255, 0, 0, 255)


def test_overflow_hidden_clips_to_the_rounded_padding_box():
    tree = div({"width": 40, "height": 40, "overflow": "hidden", "borderRadius": 20},
               div({"width": 40, "height": 40, "backgroundColor": "red"}))
    img = image(tree)
    assert px(img, 0, 0)[3] == 0 and px(img, 20, 20) == (255, 0, 0, 255)


def test_clip_path_and_filter():
    img = image(div({"width": 40, "height": 40, "backgroundColor": "red", "clipPath": "inset(10px)"}))
    assert px(img, 5, 5)[3] == 0 and px(img, 20, 20) == (255, 0, 0, 255)
    img = image(div({"width": 40, "height": 40, "backgroundColor": "red", "filter": "invert(1)"}))
    assert px(img, 20, 20) == (0, 255, 255, 255)
    img = image(div({"width": 40, "height": 40, "backgroundColor": "red", "filter": "grayscale(1)"}))
    assert near(px(img, 20, 20), (54, 54, 54, 255), 2)   # 0.2126 * 255


def test_mask_image_gradient_fades_the_box():
    img = image(div({"width": 40, "height": 40, "backgroundColor": "blue",
                     "maskImage": "linear-gradient(to right, black, transparent)"}))
    assert px(img, 1, 20)[3] > 240 and px(img, 38, 20)[3] < 15


def test_mix_blend_mode_multiply():
    tree = div({"position": "relative", "width": 40, "height": 40, "backgroundColor": "yellow", "isolation": "isolate"},
               div({"width": 40, "height": 40, "backgroundColor": "cyan", "mixBlendMode": "multiply"}))
    assert px(image(tree), 20, 20) == (0, 255, 0, 255)


@pytest.mark.parametrize("prop, value", [
    ("backgroundImage", "linear-gradient(red)"),
    ("backgroundImage", "radial-gradient(circle 10% , red, blue)"),
    ("boxShadow", "1px"),
    ("transform", "rotate(10px)"),
    ("filter", "blur(-1px)"),
    ("clipPath", "polygon(1px)"),
    ("backgroundPosition", "left right"),
])
def test_bad_values_warn_with_path_and_property(prop, value):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        render(div({"width": 10, "height": 10, prop: value}), 10, 10, preset="browser")
    messages = [str(w.message) for w in caught if issubclass(w.category, StyleWarning)]
    kebab = "".join("-" + c.lower() if c.isupper() else c for c in prop)
    assert any(m.startswith("div: " + kebab) for m in messages), messages


def test_mask_shorthand_layers():
    img = image(div({"width": 40, "height": 40, "backgroundColor": "blue",
                     "mask": "linear-gradient(black, black) 0 0 / 20px 20px no-repeat"}))
    assert px(img, 5, 5) == (0, 0, 255, 255) and px(img, 30, 30)[3] == 0


def test_colour_font_tables_are_found_in_the_table_directory():
    from ogrender.paint.painter import _font_has_color_tables

    def sfnt(*tags):
        head = b"\x00\x01\x00\x00" + len(tags).to_bytes(2, "big") + b"\x00" * 6
        return head + b"".join(t + b"\x00" * 12 for t in tags)

    assert _font_has_color_tables(sfnt(b"cmap", b"CBDT", b"CBLC"))
    assert _font_has_color_tables(sfnt(b"COLR", b"CPAL"))
    assert not _font_has_color_tables(sfnt(b"cmap", b"glyf", b"loca"))
    assert not _font_has_color_tables(b"\x00")


def test_groove_and_inset_use_darker_and_lighter_shades():
    img = image(div({"width": 40, "height": 40, "border": "10px inset rgb(170, 68, 136)"}))
    top, bottom = px(img, 20, 2), px(img, 20, 37)
    assert sum(top[:3]) < sum(bottom[:3])   # inset: the top is darker than the bottom
