"""Emoji pictures under ``preset="browser"`` against Chromium's Noto Color Emoji glyphs.

In: the fixtures of ``data/text/scripts.json`` that Chromium measured with the Noto Color Emoji font
(``"emoji": "font"``: ZWJ families, skin tones, flags, keycaps, VS16, at several widths; written by
``tools/text_fixtures.py``; the ``emoji_metrics`` ones show a line box a pixel taller for the emoji font's
metrics). Out: the same line breaks, line rectangles and element boxes (within the text suite's 1 px; the
``emoji_metrics`` line boxes exactly) when ogrender draws those emoji as pictures from a set instead, with
no emoji font at all: the browser preset gives a picture the advance and line metrics of Chromium's emoji
font (``ogrender.emoji.NOTO_COLOR_EMOJI``). Under the satori preset the same text is narrower (1 em per
emoji, as Satori), which ``test_satori_preset_keeps_one_em`` checks from the same data.
"""

from __future__ import annotations

import pytest

from .text_replay import load_suites, replay

EMOJI_FIXTURES = [f for fixtures in load_suites().values() for f in fixtures if f.get("emoji") == "font"]


def test_fixtures_present():
    assert len(EMOJI_FIXTURES) >= 5


@pytest.mark.parametrize("name", ["twemoji", "noto", "openmoji"])
@pytest.mark.parametrize("fixture", EMOJI_FIXTURES, ids=[f["id"] for f in EMOJI_FIXTURES])
def test_pictures_take_chromiums_emoji_geometry(fixture, name):
    assert fixture["preset"] == "browser"
    problems = [f"{k}: {v}" for k, v in replay(fixture, None, emoji=name).items() if v is not None]
    assert not problems, f"{fixture['id']} with emoji={name!r}: " + "; ".join(problems)


def test_satori_preset_keeps_one_em():
    # lines of emoji clusters and nothing else, 24 px: Chromium's first line holds three, 89.84375 px wide
    # (3 x 136/109 em, rounded up to 1/64 px); under Satori's geometry each is 1 em
    fixture = next(f for f in EMOJI_FIXTURES if f["id"] == "scripts.emoji_run_w100")
    (_, rect), = fixture["lines"][:1]
    assert rect[2] == pytest.approx(3 * 24 * 136 / 109, abs=1 / 64)
    from ogrender import layout

    for preset, per_emoji in (("browser", 24 * 136 / 109), ("satori", 24)):
        root = layout(fixture["tree"], fixture["width"], fixture["height"], preset=preset, emoji="twemoji")
        line = next(box for box in root.walk() if box.text is not None).text.lines[0]
        pictures = [e for run in line.runs for e in run.emoji]
        assert len(pictures) == (3 if preset == "browser" else 4)  # 100 px hold four 24 px squares
        assert line.x1 - line.x0 == pytest.approx(len(pictures) * per_emoji, abs=0.05), preset


METRICS = [f for f in EMOJI_FIXTURES if "emoji_metrics" in f["id"]]


@pytest.mark.parametrize("fixture", METRICS, ids=[f["id"] for f in METRICS])
def test_line_box_holds_the_emoji_fonts_metrics_exactly(fixture):
    # one line "Go <emoji> team" at 39 or 64 px: Chromium's line box is a pixel taller than Inter alone gives
    # under line-height: normal (Noto Color Emoji's rounded descent, 500/2048 em, is a pixel more than
    # Inter's), and not under line-height: 1.2 -- finer than the suite's 1 px tolerance, so compared exactly
    from ogrender import layout

    assert len(METRICS) == 4
    want = fixture["boxes"][0][3]
    for name in ("twemoji", "noto"):
        root = layout(fixture["tree"], fixture["width"], fixture["height"], preset="browser", emoji=name)
        assert root.height == pytest.approx(want, abs=1 / 64), name
