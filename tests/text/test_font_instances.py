"""Variable fonts registered with a weight, a weight range or a named instance (ogrender.Font); the
``variable`` conformance suite checks the same against Chromium's @font-face."""

import pytest

from ogrender import Font, FontError, layout
from ogrender.fonts import font_set
from ogrender.text.fonts import bundled_dir

VAR = (bundled_dir() / "inter-variable" / "Inter-roman.var.ttf").read_bytes()
STATIC = (bundled_dir() / "inter" / "Inter-Regular.otf").read_bytes()


def face(font: Font):
    return font_set([font]).chain((font.name,), 400.0, False)[0]


def test_a_named_instance_sets_the_axes_and_the_weight():
    f = face(Font("V", VAR, named_instance="Semi Bold"))
    assert f.variations_for(400.0, ()) == (("wght", 600.0),)  # registered as 600 alone: wght stays
    assert f.variations_for(900.0, ()) == (("wght", 600.0),)
    assert f.variations_for(400.0, (("wght", 750.0),)) == (("wght", 750.0),)  # font-variation-settings win


def test_instance_names_ignore_case_and_spaces():
    assert face(Font("V", VAR, named_instance="semibold")).coords == (("wght", 600.0),)
    assert face(Font("V", VAR, named_instance="EXTRA LIGHT")).coords == (("wght", 200.0),)


def test_a_weight_given_wins_over_the_instance_weight():
    assert face(Font("V", VAR, weight=800, named_instance="Black")).variations_for(400.0, ()) == (("wght", 800.0),)


@pytest.mark.parametrize("weight, asked, wght", [
    (400, 700.0, None),            # one weight: the axis stays there (the default, 400: no variation)
    ((300, 600), 700.0, 600.0),    # a range: font-weight clamped to it
    ((300, 600), 200.0, 300.0),
    (None, 650.0, 650.0),          # none given: the whole axis
])
def test_the_wght_axis_follows_font_weight_within_the_registered_weights(weight, asked, wght):
    got = face(Font("V", VAR, weight=weight)).variations_for(asked, ())
    assert got == ((("wght", wght),) if wght is not None else ())


def test_bold_is_synthesized_past_a_single_registered_weight():
    tree = {"type": "div", "props": {"style": {"display": "block", "fontFamily": "V", "fontWeight": 700},
                                     "children": ["Bold"]}}
    for weight, synthetic in ((400, True), ((100, 900), False)):
        root = layout(tree, 200, 100, [Font("V", VAR, weight=weight)], preset="browser")
        box = next(b for b in root.walk() if b.text is not None)
        assert box.paragraph.runs[0].synthetic[0] is synthetic


def test_unknown_instances_and_static_fonts_are_errors_naming_the_font():
    with pytest.raises(FontError, match="no named instance 'Wide'.*Semi Bold") as err:
        font_set([Font("V", VAR, named_instance="Wide")])
    assert err.value.path == "V" and err.value.prop == "named_instance"
    with pytest.raises(FontError, match="not a variable font"):
        font_set([Font("S", STATIC, named_instance="Bold")])


@pytest.mark.parametrize("weight", [0, 1001, (600, 300), (100, 2000), "bold", True])
def test_bad_weights_are_errors(weight):
    with pytest.raises(FontError, match="weight must be"):
        Font("V", VAR, weight=weight)


def test_dicts_take_named_instance():
    f = font_set([{"name": "V", "data": VAR, "named_instance": "Light"}]).chain(("V",), 400.0, False)[0]
    assert f.variations_for(400.0, ()) == (("wght", 300.0),)


def test_any_axis_of_a_variable_font():
    # the test font of tests/conformance/varfont.py: every advance 500 units at the default coordinates,
    # +150 at opsz 72, +300 at wdth 200, +400 at TEST 100 (linear in between)
    from tests.conformance.varfont import build

    def width(**style):
        tree = {"type": "div", "props": {"style": {"display": "block"}, "children": [{"type": "span", "props": {
            "style": {"fontFamily": "AT", "fontSize": 100, "whiteSpace": "nowrap", **style},
            "children": ["AAAAAAAAAA"]}}]}}
        return layout(tree, 2000, 300, [Font("AT", build())], preset="browser").children[0].width

    assert width(fontOpticalSizing="none") == 10 * 50.0             # 500 units at 100px
    assert width() == 10 * 65.0                                     # opsz follows 100px, clamped to 72
    assert width(fontStretch="150%") == 10 * (65.0 + 15.0)          # wdth 150: half of +300
    assert width(fontStretch="condensed") == 10 * (65.0 - 7.5)      # wdth 75: half of -150
    assert width(fontVariationSettings="'TEST' 50, 'opsz' 14") == 10 * (50.0 + 20.0)  # settings win
    coords = face(Font("AT", build(), named_instance="Test Max")).coords
    assert dict(coords)["TEST"] == 100.0
