"""Reading declarations from strings and dicts, validation, shorthands, computed values."""

import warnings

import pytest

from ogrender import StyleError, StyleWarning, h
from ogrender.css import Percent, RGBA, Styler, get_preset
from ogrender.css.declarations import kebab_case
from ogrender.css.values import Number
from ogrender.tree import build_tree


def computed(style, parent_style=None, width=1000, height=500, strict=False):
    """Computed style of the innermost element of a one- or two-level tree."""
    if parent_style is None:
        tree = h("div", {"style": style})
    else:
        tree = h("div", {"style": parent_style}, h("section", {"style": style}))
    styled = Styler(get_preset("satori"), width, height, strict=strict).style_tree(build_tree(tree))
    return styled.style if parent_style is None else styled.children[0].style


@pytest.mark.parametrize("name, expected", [
    ("flexDirection", "flex-direction"), ("flex-direction", "flex-direction"),
    ("WebkitLineClamp", "-webkit-line-clamp"), ("webkitLineClamp", "-webkit-line-clamp"),
    ("msTransform", "-ms-transform"), ("color", "color"), ("--myVar", "--myVar"),
    ("borderTopLeftRadius", "border-top-left-radius"),
])
def test_kebab_case(name, expected):
    assert kebab_case(name) == expected


def test_dict_numbers_are_px_except_unitless_properties():
    s = computed({"width": 100, "flexGrow": 2, "lineHeight": 1.5, "opacity": 0.5, "fontWeight": 700,
                  "marginLeft": -4})
    assert s.width == 100.0
    assert s.flex_grow == 2.0
    assert s.line_height == Number(1.5)
    assert s.opacity == 0.5
    assert s.font_weight == 700.0
    assert s.margin_left == -4.0


def test_string_and_dict_give_the_same_computed_style():
    a = computed("padding: 4px 8px; border: 2px solid red; font-size: 20px; flex: 1")
    b = computed({"padding": "4px 8px", "border": "2px solid red", "fontSize": 20, "flex": 1})
    assert a == b


@pytest.mark.parametrize("value, px", [
    ("10px", 10.0), ("2em", 40.0), ("1.5rem", 24.0), ("10vw", 100.0), ("10vh", 50.0), ("12pt", 16.0),
    ("1in", 96.0), ("0", 0.0),
])
def test_length_units(value, px):
    # parent font-size 20px (em), root font-size 16px (rem: the root's own font size is the initial one)
    s = computed({"marginTop": value, "fontSize": 20}, parent_style={})
    assert s.margin_top == pytest.approx(px)


def test_rem_refers_to_the_root_font_size():
    s = computed({"width": "2rem"}, parent_style={"fontSize": 10})
    assert s.width == 20.0


def test_percentages_stay_percentages_until_layout():
    s = computed({"width": "50%", "paddingLeft": "10%"})
    assert s.width == Percent(50) and s.padding_left == Percent(10)


def test_em_font_size_uses_the_parent_font_size():
    s = computed({"fontSize": "1.5em", "width": "2em"}, parent_style={"fontSize": 10})
    assert s.font_size == 15.0
    assert s.width == 30.0  # other properties use the element's own font size


@pytest.mark.parametrize("value, rgba", [
    ("red", (255, 0, 0, 255)), ("#0f08", (0, 255, 0, 136)), ("#123456", (0x12, 0x34, 0x56, 255)),
    ("rgb(10, 20, 30)", (10, 20, 30, 255)), ("rgba(10, 20, 30, 0.5)", (10, 20, 30, 128)),
    ("rgb(10 20 30 / 25%)", (10, 20, 30, 64)), ("hsl(120, 100%, 50%)", (0, 255, 0, 255)),
    ("hsla(0 100% 50% / 0.5)", (255, 0, 0, 128)), ("transparent", (0, 0, 0, 0)),
])
def test_colors(value, rgba):
    assert computed({"backgroundColor": value}).background_color.to_int8() == rgba


def test_current_color_resolves_to_the_color_property():
    s = computed({"color": "blue", "borderColor": "currentColor", "borderStyle": "solid"})
    assert s.border_top_color.to_int8() == (0, 0, 255, 255)
    assert computed({"color": "currentcolor"}, parent_style={"color": "red"}).color.to_int8() == (255, 0, 0, 255)


def test_inheritance():
    s = computed({}, parent_style={"color": "red", "fontSize": 30, "width": 50})
    assert s.color.to_int8() == (255, 0, 0, 255)
    assert s.font_size == 30.0
    assert s.width == "auto"  # not inherited


def test_box_shorthands():
    s = computed("margin: 1px 2px 3px; padding: 5px 6px")
    assert (s.margin_top, s.margin_right, s.margin_bottom, s.margin_left) == (1.0, 2.0, 3.0, 2.0)
    assert (s.padding_top, s.padding_right, s.padding_bottom, s.padding_left) == (5.0, 6.0, 5.0, 6.0)


def test_border_shorthands_and_width_snapping():
    s = computed("border: 2.7px dashed #00f; border-left: 0.5px solid red; border-right-style: none")
    assert s.border_top_width == 2.0  # floored, as Chromium snaps border widths
    assert s.border_left_width == 1.0  # thinner than 1px becomes 1px
    assert s.border_right_width == 0.0  # style none
    assert s.border_top_style == "dashed"
    assert s.border_left_color.to_int8() == (255, 0, 0, 255)


def test_border_style_without_width_is_medium():
    assert computed("border-style: solid").border_top_width == 3.0
    assert computed("border-width: 4px").border_top_width == 0.0  # no style: no border


def test_border_radius_shorthand():
    s = computed("border-radius: 10px 20% / 5px")
    assert s.border_top_left_radius == (10.0, 5.0)
    assert s.border_top_right_radius == (Percent(20), 5.0)
    assert s.border_bottom_right_radius == (10.0, 5.0)
    assert s.border_bottom_left_radius == (Percent(20), 5.0)


@pytest.mark.parametrize("value, grow, shrink, basis", [
    ("1", 1.0, 1.0, Percent(0)), ("none", 0.0, 0.0, "auto"), ("auto", 1.0, 1.0, "auto"),
    ("2 3", 2.0, 3.0, Percent(0)), ("2 30px", 2.0, 1.0, 30.0), ("30px", 1.0, 1.0, 30.0),
    ("0 0 auto", 0.0, 0.0, "auto"), ("1 0 50%", 1.0, 0.0, Percent(50)), ("content 2", 2.0, 1.0, "content"),
])
def test_flex_shorthand(value, grow, shrink, basis):
    s = computed({"flex": value})
    assert (s.flex_grow, s.flex_shrink, s.flex_basis) == (grow, shrink, basis)


def test_satori_preset_defaults():
    s = computed({})
    assert (s.display, s.flex_direction, s.flex_shrink, s.box_sizing, s.position) == (
        "flex", "row", 0.0, "border-box", "relative")
    assert s.font_size == 16.0 and s.line_height == "normal" and s.color == RGBA(0, 0, 0, 1)


def test_global_keywords():
    s = computed({"color": "inherit", "flexShrink": "initial", "fontSize": "unset"},
                 parent_style={"color": "red", "fontSize": 30})
    assert s.color.to_int8() == (255, 0, 0, 255)
    assert s.flex_shrink == 1.0  # the property's initial value, not the preset's
    assert s.font_size == 30.0  # unset on an inherited property inherits


def test_bad_declaration_warns_with_node_path_and_property():
    tree = h("div", None, h("div", None), h("div", {"style": {"width": "wide", "color": "red"}}))
    with pytest.warns(StyleWarning) as record:
        styled = Styler(get_preset("satori"), 100, 100).style_tree(build_tree(tree))
    messages = [str(w.message) for w in record]
    assert any("div > div[2]: width:" in m and "wide" in m for m in messages), messages
    assert styled.children[1].style.width == "auto"  # dropped, as a browser drops it
    assert styled.children[1].style.color.to_int8() == (255, 0, 0, 255)  # the rest still applies


def test_unknown_property_warns():
    with pytest.warns(StyleWarning, match="div: colour: unknown"):
        computed({"colour": "red"})


def test_strict_mode_raises_style_error():
    with pytest.raises(StyleError) as info:
        computed({"marginTop": "1px 2px"}, strict=True)
    assert info.value.prop == "margin-top" and info.value.path == "div"


@pytest.mark.parametrize("style", [
    {"width": -5}, {"padding": "-1px"}, {"flexGrow": -1}, {"opacity": "red"}, {"display": "grid-ish"},
    {"color": "notacolor"}, {"borderWidth": "1px 2px 3px 4px 5px"}, {"flex": "1 2 3"}, {"fontSize": "big"},
])
def test_invalid_values_are_dropped_with_a_warning(style):
    with warnings.catch_warnings(record=True) as record:
        warnings.simplefilter("always")
        computed(style)
    assert any(issubclass(w.category, StyleWarning) for w in record)


def test_important_wins_over_later_normal_declaration():
    assert computed("width: 10px !important; width: 20px").width == 10.0
    assert computed({"width": "10px !important"}).width == 10.0


def test_calc_mixing_percentages_and_lengths_in_layout_properties():
    from ogrender import layout

    s = computed({"width": "calc(50% - 10px)", "marginLeft": "calc(1em + 2%)", "fontSize": 10})
    assert s.width == Percent(50, -10) and s.margin_left == Percent(2, 10)
    root = layout(h("div", {"style": {"width": 400, "height": 100}},
                    h("div", {"style": {"width": "calc(50% - 10px)", "height": "calc(100% - 2em)"}})), 500, 200)
    (child,) = root.children
    assert (child.width, child.height) == (190, 68)  # 400 / 2 - 10; 100 - 2 x 16


@pytest.mark.parametrize("value, rgba", [
    ("rgb(calc(100 + 155) 0 0)", (255, 0, 0, 255)),
    ("rgb(0% calc(50% * 2) 0% / calc(0.25 * 2))", (0, 255, 0, 128)),
    ("hsl(calc(60deg * 2) 100% 50%)", (0, 255, 0, 255)),
])
def test_calc_inside_colour_functions(value, rgba):
    assert computed({"backgroundColor": value}).background_color.to_int8() == rgba


def test_calc_where_numbers_and_integers_are_accepted():
    s = computed({"opacity": "calc(0.25 * 2)", "flexGrow": "calc(1 + 1)", "zIndex": "calc(1 + 2)", "order": "calc(2.6)"})
    assert (s.opacity, s.flex_grow, s.z_index, s.order) == (0.5, 2.0, 3.0, 3.0)
