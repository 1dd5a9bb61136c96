"""Emoji pictures (ogrender.emoji): clusters, Twemoji file names, the sets, and the geometry in paragraphs."""

import warnings

import pytest

from ogrender import RenderError, layout, render
from ogrender.emoji import available, emoji_svg, is_emoji, twemoji_name, use


def test_twemoji_is_packed():
    assert "twemoji" in available()


@pytest.mark.parametrize("cluster", ["\U0001F600", "\U0001F44D\U0001F3FD", "\U0001F1EB\U0001F1F7", "#\ufe0f\u20e3",
                                     "\u2764\ufe0f", "\U0001F468\u200d\U0001F469\u200d\U0001F467",
                                     "\u2764\ufe0f\u200d\U0001F525", "\U0001F3F3\ufe0f\u200d\U0001F308",
                                     "\U0001F3F4\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F"])
def test_emoji_sequences_have_pictures(cluster):
    assert is_emoji(cluster)
    hit = emoji_svg(cluster, "twemoji")
    assert hit is not None and hit[1].startswith(b"<svg")


@pytest.mark.parametrize("cluster", ["\u2764\ufe0e", "\u00a9", "#", "a", "1"])
def test_text_presentation_is_not_a_picture(cluster):
    assert not is_emoji(cluster)
    assert emoji_svg(cluster, "twemoji") is None


def test_twemoji_names():
    assert twemoji_name("\u2764\ufe0f") == ["2764"]
    assert twemoji_name("\u2764\ufe0f\u200d\U0001F525") == ["2764-fe0f-200d-1f525", "2764-200d-1f525"]


@pytest.mark.parametrize("name", ["noto", "openmoji", "blobmoji", "fluent", "fluentFlat"])
def test_unpacked_sets_say_so(name):
    with pytest.raises(RenderError, match="available: twemoji"):
        render({"type": "div", "props": {"children": "x"}}, 10, 10, emoji=name)


def test_unknown_set():
    with pytest.raises(RenderError, match="emoji must be one of"):
        with use("apple"):
            pass


def _line(text, size=20):
    root = layout({"type": "div", "props": {"style": {"fontSize": size}, "children": [text]}}, 400, 100)
    return [line for box in root.walk() if box.text is not None for line in box.text.lines][0]


def test_emoji_advance_one_em_and_no_warning():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        a = _line("ab")
        b = _line("a\U0001F44D\U0001F3FDb")
    assert b.x1 - a.x1 == pytest.approx(20, abs=0.02)
    (x, image), = [e for run in b.runs for e in run.emoji]
    assert image.kind == "svg"


def test_emoji_none_draws_with_fonts():
    with use(None), warnings.catch_warnings():
        warnings.simplefilter("ignore")  # no bundled font has the emoji: .notdef, with a TextWarning
        line = _line("a\U0001F600b")
    assert not any(run.emoji for run in line.runs)


def test_emoji_is_drawn():
    import io

    from PIL import Image

    data = render({"type": "div", "props": {"style": {"fontSize": 40, "background": "white"},
                                            "children": ["\U0001F600"]}}, 60, 60)
    im = Image.open(io.BytesIO(data)).convert("RGB")
    r, g, b = im.getpixel((20, 25))  # the yellow face
    assert r > 200 and g > 150 and b < 120
