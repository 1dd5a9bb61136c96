"""Emoji pictures (ogrender.emoji): clusters, packed keys, every packed set drawn, fallbacks, the geometry in
paragraphs, and the sets that are not packed."""

import io
import warnings

import numpy as np
import pytest
from PIL import Image

from ogrender import ImageResponse, RenderError, layout, render
from ogrender.emoji import UNPACKED, available, emoji_pieces, emoji_svg, header, is_emoji, key_of, use

SETS = ("twemoji", "openmoji", "noto", "fluent", "fluentFlat")


def test_packed_sets():
    assert set(available()) == set(SETS)
    for name in SETS:
        head = header(name)
        assert head["set"] == name and head["source"].startswith("npm ") and head["count"] > 3000


@pytest.mark.parametrize("cluster", ["\U0001F600", "\U0001F44D\U0001F3FD", "\U0001F1EB\U0001F1F7", "#\ufe0f\u20e3",
                                     "\u2764\ufe0f", "\U0001F468\u200d\U0001F469\u200d\U0001F467",
                                     "\u2764\ufe0f\u200d\U0001F525", "\U0001F3F3\ufe0f\u200d\U0001F308",
                                     "\U0001F3F4\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F"])
def test_emoji_sequences_have_pictures(cluster):
    assert is_emoji(cluster)
    for name in ("twemoji", "openmoji", "noto"):
        hit = emoji_svg(cluster, name)
        assert hit is not None and hit[1].lstrip().startswith(b"<svg"), name


@pytest.mark.parametrize("cluster", ["\u2764\ufe0e", "\u00a9", "#", "a", "1"])
def test_text_presentation_is_not_a_picture(cluster):
    assert not is_emoji(cluster)
    for name in SETS:
        assert emoji_svg(cluster, name) is None


def test_keys_leave_out_fe0f():
    assert key_of("\u2764\ufe0f") == "2764"
    assert key_of("\u2764\ufe0f\u200d\U0001F525") == "2764-200d-1f525"
    assert key_of("#\ufe0f\u20e3") == "23-20e3"


def test_a_sequence_the_set_lacks_falls_back_to_its_parts():
    # not an RGI sequence: the grinning face and the fire, each its own picture (as a font without the
    # ligature draws them)
    pieces = emoji_pieces("\U0001F600\u200d\U0001F525", "twemoji")
    assert [(s, e, k) for s, e, k, _ in pieces] == [(0, 2, "twemoji:1f600"), (2, 3, "twemoji:1f525")]
    # an invalid flag pair: the two regional indicator letters
    pieces = emoji_pieces("\U0001F1E6\U0001F1E6", "twemoji")
    assert [k for _, _, k, _ in pieces] == ["twemoji:1f1e6", "twemoji:1f1e6"]
    # Fluent Emoji has no man-woman-girl family, only its persons: three pictures
    pieces = emoji_pieces("\U0001F468\u200d\U0001F469\u200d\U0001F467", "fluentFlat")
    assert [k for _, _, k, _ in pieces] == ["fluentFlat:1f468", "fluentFlat:1f469", "fluentFlat:1f467"]


@pytest.mark.parametrize("name", sorted(UNPACKED))
def test_unpacked_sets_say_so(name):
    with pytest.raises(RenderError, match="available: twemoji, .*noto") as info:
        render({"type": "div", "props": {"children": "x"}}, 10, 10, emoji=name)
    assert info.value.prop == "emoji"
    with pytest.raises(RenderError, match="not available"):
        ImageResponse({"type": "div", "props": {"children": "x"}}, width=10, height=10, emoji=name)


def test_unknown_set():
    with pytest.raises(RenderError, match="emoji must be one of"):
        with use("apple"):
            pass


def _line(text, size=20, **options):
    root = layout({"type": "div", "props": {"style": {"fontSize": size}, "children": [text]}}, 400, 100, **options)
    return [line for box in root.walk() if box.text is not None for line in box.text.lines][0]


def test_emoji_advance_one_em_and_no_warning():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        a = _line("ab")
        b = _line("a\U0001F44D\U0001F3FDb")
    assert b.x1 - a.x1 == pytest.approx(20, abs=0.02)
    (x, image, _), = [e for run in b.runs for e in run.emoji]
    assert image.kind == "svg"


def test_fallback_parts_advance_one_em_each():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        a = _line("ab")
        b = _line("a\U0001F600\u200d\U0001F525b")
    assert b.x1 - a.x1 == pytest.approx(40, abs=0.02)
    xs = sorted(e[0] for run in b.runs for e in run.emoji)
    assert len(xs) == 2 and xs[1] - xs[0] == pytest.approx(20, abs=0.02)


def test_emoji_none_draws_with_fonts():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # no bundled font has the emoji: .notdef, with a TextWarning
        line = _line("a\U0001F600b", emoji=None)
    assert not any(run.emoji for run in line.runs)


# -- every packed set, drawn ------------------------------------------------------------------------------

SIZE = 48


def _picture(text, name):
    """The pixels (RGB, float) of the em box of the first picture of ``text`` drawn at 48 px on white."""
    data = render({"type": "div", "props": {"style": {"fontSize": SIZE, "background": "white", "width": "100%",
                                                      "height": "100%"}, "children": [text]}},
                  SIZE * 2, SIZE * 2, emoji=name)
    im = np.asarray(Image.open(io.BytesIO(data)).convert("RGB")).astype(float)
    line = _line(text, SIZE, emoji=name)
    (x, _, _), = [e for run in line.runs for e in run.emoji][:1]
    box = im[int(line.top):int(line.top + line.height), int(x):int(x + SIZE)]
    assert box.size
    return box


def _share(box, test) -> float:
    r, g, b = box[..., 0], box[..., 1], box[..., 2]
    return float(test(r, g, b).mean())


@pytest.mark.parametrize("name", SETS)
def test_each_set_draws_a_face(name):
    box = _picture("\U0001F600", name)
    assert _share(box, lambda r, g, b: (r < 250) | (g < 250) | (b < 250)) > 0.2  # drawn
    assert _share(box, lambda r, g, b: (r > 200) & (g > 130) & (b < 120)) > 0.1  # a yellow face


@pytest.mark.parametrize("name", SETS)
def test_each_set_draws_a_zwj_sequence(name):
    box = _picture("\u2764\ufe0f\u200d\U0001F525", name)  # heart on fire: red and orange
    assert _share(box, lambda r, g, b: (r > 180) & (g < 140) & (b < 120)) > 0.05


@pytest.mark.parametrize("name", SETS)
def test_each_set_draws_a_keycap(name):
    box = _picture("#\ufe0f\u20e3", name)  # a blue or grey key with a number sign
    assert _share(box, lambda r, g, b: (r < 250) | (g < 250) | (b < 250)) > 0.2
    assert _share(box, lambda r, g, b: b > r + 30) > 0.1


@pytest.mark.parametrize("name", ["twemoji", "openmoji", "noto"])
def test_each_set_draws_a_flag(name):
    box = _picture("\U0001F1EB\U0001F1F7", name)  # France: blue, white, red
    assert _share(box, lambda r, g, b: (b > 100) & (b > r + 50)) > 0.05
    assert _share(box, lambda r, g, b: (r > 150) & (g < 100) & (b < 100)) > 0.05


def test_fluent_flat_has_no_flags():
    # Fluent Emoji draws no flags: the fonts draw them (here: none has them, a warning says so)
    assert emoji_pieces("\U0001F1EB\U0001F1F7", "fluentFlat") == []
    with pytest.warns(UserWarning, match="no font"):
        _line("\U0001F1EB\U0001F1F7", emoji="fluentFlat")


def test_sets_draw_differently():
    boxes = [_picture("\U0001F600", name) for name in SETS]
    for i in range(len(boxes)):
        for j in range(i + 1, len(boxes)):
            assert np.abs(boxes[i] - boxes[j]).mean() > 5


# -- geometry by preset -----------------------------------------------------------------------------------

def _yellow_box(size, preset, **style):
    """(left, top, right, bottom) of the yellow pixels of Twemoji's grinning face (a disc filling its
    36 x 36 viewBox) drawn at ``size`` px, and the pen x and baseline y of its line."""
    tree = {"type": "div", "props": {"style": {"display": "flex", "fontSize": size, "background": "white",
                                               "width": 300, "height": 300, **style},
                                     "children": ["\U0001F600"]}}
    im = np.asarray(Image.open(io.BytesIO(render(tree, 300, 300, preset=preset, emoji="twemoji"))).convert("RGB"))
    ys, xs = np.nonzero((im[..., 0] > 200) & (im[..., 1] > 150) & (im[..., 2] < 120))
    root = layout(tree, 300, 300, preset=preset, emoji="twemoji")
    box = next(b for b in root.walk() if b.text is not None)
    line = box.text.lines[0]
    (x, _, _), = [e for run in line.runs for e in run.emoji]
    return (xs.min(), ys.min(), xs.max() + 1, ys.max() + 1), box.content_x + line.left + x, \
        box.content_y + line.baseline


def test_browser_preset_draws_where_chromium_draws_noto_color_emoji():
    # Noto Color Emoji at 109 px (its strike's size): a 136 x 128 bitmap, bearing Y 101, the artwork a
    # 128 px square 4 px in from the pen
    (left, top, right, bottom), pen, baseline = _yellow_box(109, "browser")
    assert left == pytest.approx(pen + 4, abs=1) and right == pytest.approx(pen + 132, abs=1)
    assert top == pytest.approx(baseline - 101, abs=1) and bottom == pytest.approx(baseline + 27, abs=1)


def test_satori_preset_draws_an_em_square_or_the_line_height():
    # Satori's <image>: 1 em wide, as tall as the line height, the picture centred in it keeping its ratio
    (left, top, right, bottom), pen, _ = _yellow_box(100, "satori")
    assert (left, right) == (pytest.approx(pen, abs=1), pytest.approx(pen + 100, abs=1))
    assert bottom - top == pytest.approx(100, abs=1)
    (left, top, right, bottom), pen, _ = _yellow_box(100, "satori", lineHeight=0.5)
    assert bottom - top == pytest.approx(50, abs=1) and right - left == pytest.approx(50, abs=1)
    assert (left + right) / 2 == pytest.approx(pen + 50, abs=1)


def _short_font():
    """Inter with its hhea ascent and descent cut to 0.5 and 0.1 em (below Noto Color Emoji's)."""
    from fontTools.ttLib import TTFont

    from ogrender import Font
    from ogrender.text.fonts import bundled_dir

    tt = TTFont(bundled_dir() / "inter" / "Inter-Regular.otf")
    upem = tt["head"].unitsPerEm
    tt["hhea"].ascent, tt["hhea"].descent, tt["hhea"].lineGap = upem // 2, -(upem // 10), 0
    out = io.BytesIO()
    tt.save(out)
    return Font("Short", out.getvalue())


def test_browser_preset_line_box_holds_the_emoji_fonts_metrics():
    # under line-height: normal an emoji counts as a glyph of Chromium's emoji font does: its ascent and
    # descent (1900 and 500 of 2048 units), each rounded, grow the line (at 40 px: 37 + 10 = 47 against the
    # font's 20 + 4); not under a numeric line-height, nor under Satori's geometry
    fonts = [_short_font()]

    def height(text, preset, **style):
        tree = {"type": "div", "props": {"style": {"display": "flex", "fontSize": 40, **style}, "children": [text]}}
        root = layout(tree, 400, 200, fonts, preset=preset, emoji="twemoji")
        return next(b for b in root.walk() if b.text is not None).text.lines[0].height

    assert height("ab", "browser") == 24
    assert height("a\U0001F600b", "browser") == 47
    assert height("a\U0001F600b", "browser", lineHeight=1) == 40
    assert height("a\U0001F600b", "satori") == 24
