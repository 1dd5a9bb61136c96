"""Custom properties, var() and calc() (expected values from the CSS specs)."""

import warnings

import pytest

from ogrender import StyleWarning, h, layout
from ogrender.css.values import Percent, RGBA


def style_of(style, parent_style=None, **kw):
    child = h("div", {"style": style})
    tree = h("div", {"style": parent_style or {}}, child) if parent_style is not None else child
    root = layout(tree, 200, 100, preset="browser", **kw)
    return (root.children[0] if parent_style is not None else root).style


def test_var_substitutes_a_colour_and_inherits():
    assert style_of({"--c": "red", "color": "var(--c)"}).color == RGBA(1, 0, 0, 1)
    assert style_of({"backgroundColor": "var(--c)"}, {"--c": "blue"}).background_color == RGBA(0, 0, 1, 1)


def test_fallback_nested_references_and_shorthands():
    assert style_of({"color": "var(--missing, lime)"}).color == RGBA(0, 1, 0, 1)
    assert style_of({"--a": "var(--b)", "--b": "8px", "paddingLeft": "var(--a)"}).padding_left == 8.0
    s = style_of({"--w": "3px", "border": "var(--w) solid black"})
    assert (s.border_top_width, s.border_left_style) == (3.0, "solid")
    assert style_of({"--x": "4px", "margin": "1px var(--x)"}).margin_right == 4.0


def test_a_failed_substitution_warns_and_behaves_as_unset():
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        s = style_of({"color": "var(--nope)"}, {"color": "blue"})
    assert s.color == RGBA(0, 0, 1, 1)   # unset on an inherited property: inherits
    assert any("color" in str(w.message) and "--nope" in str(w.message) for w in caught
               if issubclass(w.category, StyleWarning))


def test_a_cycle_makes_the_custom_properties_invalid():
    with warnings.catch_warnings(record=True):
        warnings.simplefilter("always")
        s = style_of({"--a": "var(--b)", "--b": "var(--a)", "width": "var(--a, 30px)"})
    assert s.width == 30.0


def test_calc_in_shared_length_grammars():
    s = style_of({"width": "calc(10px + 2em)", "height": "calc(100px / 4)", "opacity": "calc(0.25 * 2)"})
    assert (s.width, s.height, s.opacity) == (42.0, 25.0, 0.5)


def test_calc_with_percentages_is_kept_for_paint_and_for_layout():
    s = style_of({"borderRadius": "calc(10px + 10%)"})
    assert s.border_top_left_radius == ((10.0, Percent(10.0)), (10.0, Percent(10.0)))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        s = style_of({"width": "calc(50% - 10px)"})
    assert not [w for w in caught if issubclass(w.category, StyleWarning)]
    assert s.width == Percent(50.0, -10.0)  # resolved by layout against the containing block


@pytest.mark.parametrize("value", ["calc(1px * 2px)", "calc(1px / 0)", "calc(1px + 2)"])
def test_bad_calc_warns(value):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        style_of({"width": value})
    assert any("width" in str(w.message) for w in caught if issubclass(w.category, StyleWarning))
