"""Single glyphs against Chromium's pixels: where a glyph lands and how its outline is filled.

In: ``data/glyph_probe`` (``tools/glyph_probe.py``): cells holding one glyph each (Noto Sans CJK JP, Noto Sans
Arabic, Noto Sans Devanagari, Inter, and the CJK glyph in synthetic bold, at 20 px), placed 10 + k/16 px from
the left or k/16 px down, and Chromium's screenshot of them. Out: ogrender renders the same page; every cell
must be Chromium's within a few levels of grey, and the glyph must move (to the next quarter pixel across,
the next whole pixel down) at the same offsets as in Chromium. Skia's glyph masks drawn by FreeType's
rasterizer (ogrender before it filled the outlines itself) differ by up to 56 levels on curved edges.

Also the pen positions of glyph runs (``ogrender.text.paragraph``): the glyphs of the ink fixtures whose
quarter pixel depends on Chromium's arithmetic (FreeType's 16.16 advances summed in floats; text
fragments at LayoutUnits).
"""

from __future__ import annotations

import json
import warnings
from functools import lru_cache

import numpy as np
import pytest

from ogrender.paint.glyph_outlines import fake_bold_width, pen_position
from tests.conftest import save_failure

from .text_ink import PROBE, PROBE_CELL, probe_tree, read_grey
from .text_replay import fixture_fonts

# Skia's path rasterizer here and in Chromium 156 agree to 6 levels (Chromium's text is a little lighter
# where coverage is high); FreeType's rasterizer differs by up to 56
MAX_LEVELS = 16


@lru_cache(maxsize=1)
def probe() -> tuple[list[dict], np.ndarray, np.ndarray]:
    from ogrender import render

    from .paint import decode
    from .text_ink import luma
    data = json.loads((PROBE / "cells.json").read_text(encoding="utf-8"))
    fonts = fixture_fonts(data)
    if isinstance(fonts, str):
        pytest.skip(fonts)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        png = render(probe_tree(data["cells"]), data["width"], data["height"], fonts, preset=data["preset"])
    return data["cells"], read_grey(PROBE / "chromium.png").astype(np.int32), luma(decode(png)).astype(np.int32)


def _cell(image: np.ndarray, cell: dict) -> np.ndarray:
    x, y, w, h = cell["rect"]
    return image[y:y + h, x:x + w]


def _series(cells: list[dict], key: tuple, axis: str) -> list[dict]:
    """The cells of one glyph (family, char, weight) moved along one axis, in order of the offset."""
    other = "dy" if axis == "dx" else "dx"
    return sorted((c for c in cells if (c["family"], c["char"], c["weight"]) == key and c[other] == 0.0),
                  key=lambda c: c[axis])


def _groups() -> list[tuple]:
    data = json.loads((PROBE / "cells.json").read_text(encoding="utf-8"))
    return sorted({(c["family"], c["char"], c["weight"]) for c in data["cells"]})


@pytest.mark.parametrize("key", _groups(), ids=lambda k: f"{k[0]}-{k[2]}")
def test_glyph_pixels_match_chromium(key):
    cells, expected, actual = probe()
    mine = [c for c in cells if (c["family"], c["char"], c["weight"]) == key]
    worst = max(mine, key=lambda c: int(np.abs(_cell(expected, c) - _cell(actual, c)).max()))
    levels = int(np.abs(_cell(expected, worst) - _cell(actual, worst)).max())
    if levels > MAX_LEVELS:
        grey = lambda a: np.repeat(a.astype(np.uint8)[..., None], 4, axis=2)  # noqa: E731
        e, a = grey(_cell(expected, worst)), grey(_cell(actual, worst))
        e[..., 3] = a[..., 3] = 255
        path = save_failure(f"glyph-probe-{key[0]}-{key[2]}", e, a)
        pytest.fail(f"{key}: the cell at dx={worst['dx']}, dy={worst['dy']} differs by {levels} levels "
                    f"(expected | diff | actual in {path})", pytrace=False)


@pytest.mark.parametrize("axis", ["dx", "dy"])
def test_glyph_moves_where_chromium_moves_it(axis):
    """Chromium's glyph changes at dx = 2/16, 6/16, 10/16, 14/16 (quarter-pixel positions, rounded from an
    eighth) and at dy = 8/16 (whole pixels, half up); ogrender's must change at the same offsets."""
    cells, expected, actual = probe()
    for key in _groups():
        series = _series(cells, key, axis)
        if len(series) < 2:
            continue
        moves = [lambda image, a=a, b=b: not np.array_equal(_cell(image, a), _cell(image, b))
                 for a, b in zip(series, series[1:])]
        chromium = [k + 1 for k, moved in enumerate(moves) if moved(expected)]
        ours = [k + 1 for k, moved in enumerate(moves) if moved(actual)]
        assert ours == chromium, f"{key} along {axis}: Chromium's glyph moves at {chromium}/16, ogrender's at {ours}/16"


def test_pen_position_quantises_as_chromium():
    """The rule itself against the picture: where Chromium's glyph changes along x (from 10 px by k/16)
    is where the quarter pixel ``pen_position`` picks changes."""
    cells, expected, _ = probe()
    series = _series(cells, ("Noto Sans CJK JP", "\uc5b4", 400), "dx")
    chromium = [k + 1 for k, (a, b) in enumerate(zip(series, series[1:]))
                if not np.array_equal(_cell(expected, a), _cell(expected, b))]
    quarters = [pen_position(10 + c["dx"], 0)[0] for c in series]
    assert [k + 1 for k in range(len(quarters) - 1) if quarters[k] != quarters[k + 1]] == chromium == [2, 6, 10, 14]
    assert pen_position(10.124, 7.49) == (10.0, 7.0)
    assert pen_position(10.125, 7.5) == (10.25, 8.0)


def test_fake_bold_width():
    """Skia's fake bold: the size times 1/24 up to 9 px, 1/32 from 36 px, linear between."""
    assert fake_bold_width(9) == pytest.approx(9 / 24)
    assert fake_bold_width(36) == pytest.approx(36 / 32)
    assert fake_bold_width(72) == pytest.approx(72 / 32)
    assert fake_bold_width(22.5) == pytest.approx(22.5 * (1 / 24 + 0.5 * (1 / 32 - 1 / 24)))


def _line_runs(tree: dict, width: int, fonts) -> list:
    from ogrender import layout
    box = layout(tree, width, 200, fonts, preset="browser")

    def walk(b):  # anonymous boxes (the text of a block) included
        yield b
        for c in b.boxes or ():
            yield from walk(c)
    return [line for b in walk(box) if b.text is not None for line in b.text.lines]


def _noto(family: str, file: str):
    """ogrender Fonts of a Noto subset of data/fonts (the fixtures' records)."""
    import hashlib

    from .text_replay import FONTS
    fonts = fixture_fonts({"fonts": [{"family": family, "file": file,
                                      "sha256": hashlib.sha256((FONTS / file).read_bytes()).hexdigest()}]})
    if isinstance(fonts, str):
        pytest.skip(fonts)
    return fonts


def test_glyphs_after_many_advances_land_on_chromiums_quarter():
    """'한국어는 단어' in Noto Sans CJK JP at 20 px after Inter's space: each syllable advances 920 units of
    1000 = 18.4 px; Blink's advance is FreeType's 16.16 one, FT_MulDiv(920, x_scale, 64) with x_scale =
    FT_DivFix(20 x 64, 1000) = 83886, i.e. 1205861 / 65536 = 18.39998 px, so the last syllable sits at
    5 x 18.39998 + 5.625 = 97.62491 px, below the quarter boundary 97.625 (plain arithmetic gives 97.625
    exactly, a quarter higher); Chromium draws it at 97.5 (cjk.korean_w130, line 1)."""
    tree = {"type": "div", "props": {"style": {"display": "block", "width": 300, "fontSize": 20,
                                               "fontFamily": "Inter, 'Noto Sans CJK JP'"},
                                     "children": "\ud55c\uad6d\uc5b4\ub294 \ub2e8\uc5b4"}}
    line = _line_runs(tree, 400, _noto("Noto Sans CJK JP", "NotoSansCJKjp.otf"))[0]
    last = line.runs[-1].xs[-1]
    assert last == pytest.approx(5 * 1205861 / 65536 + 5.625, abs=3e-5)  # summed in float32
    assert last < 97.625
    assert pen_position(last, 0)[0] == 97.5


def test_fragment_after_a_bidi_run_starts_on_layout_units():
    """'and תודה twice.': Blink places ' twice.' after 'and ' (41.0227 px, 41.03125 in LayoutUnits) and the
    Hebrew (42.7 px, 42.703125), at 83.734375 px; its 't' at 83.734375 + 5.625 px (Inter's space at 20 px),
    where plain sums give 89.3477 (scripts.english_hebrew_w280, line 3)."""
    tree = {"type": "div", "props": {"style": {"display": "block", "width": 300, "fontSize": 20,
                                               "fontFamily": "Inter, 'Noto Sans Hebrew'"},
                                     "children": "and \u05ea\u05d5\u05d3\u05d4 twice."}}
    line = _line_runs(tree, 400, _noto("Noto Sans Hebrew", "NotoSansHebrew.ttf"))[0]
    twice = line.runs[-1]
    assert twice.text.strip() == "twice."
    assert twice.xs[0] == pytest.approx(83.734375 + 5.625, abs=1e-4)


def test_glyph_after_exact_sums_lands_as_in_chromium():
    """Inter at 24 px: 'Hell' is 2084 + 1640 + 668 + 668 units of 2816 = 43.125 px exactly; Blink's 16.16
    advances (x_scale = FT_DivFix(24 x 64, 2816) = 35747) sum to 43.12511 px, so the 'o' of 'Hello' at
    30 px lands on the quarter above 73.125 (the paint fixture text-over-gradient); Inter at 20 px: '45'
    (1808 + 1712 units = 25 px exactly) sums to 24.99992 px, so the '6' of '4567' lands on the quarter
    below (scripts.arabic_phone_w150, line 2)."""
    def xs(text: str, size: float) -> tuple:
        tree = {"type": "div", "props": {"style": {"display": "block", "width": 600, "fontSize": size,
                                                   "fontFamily": "Inter"}, "children": text}}
        return _line_runs(tree, 800, None)[0].runs[0].xs
    assert xs("Hello", 24)[4] == pytest.approx(43.12511, abs=1e-5)
    assert pen_position(30 + xs("Hello", 24)[4], 0)[0] == 73.25
    assert xs("4567", 20)[2] == pytest.approx(24.99992, abs=1e-5)
    assert pen_position(42.875 + xs("4567", 20)[2], 0)[0] == 67.75


def _decoration_probe():
    from ogrender import render

    from .paint import decode
    from .text_ink import DECORATION_PROBE, decoration_tree, luma
    data = json.loads((DECORATION_PROBE / "cells.json").read_text(encoding="utf-8"))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        png = render(decoration_tree(data["cells"]), data["width"], data["height"], None, preset="browser")
    return data["cells"], read_grey(DECORATION_PROBE / "chromium.png").astype(np.int32), luma(decode(png)).astype(np.int32)


def test_decoration_lines_match_chromium():
    """Every decoration line of the probe (tools/decoration_probe.py) on the same rows, as dark, as
    Chromium's: rows and coverage of the column 4 px in, where every line is drawn and no glyph is."""
    from .text_ink import DECORATION_CELL
    cells, expected, actual = _decoration_probe()
    height = DECORATION_CELL[1]
    wrong = []
    for k, c in enumerate(cells):
        e, a = expected[k * height:(k + 1) * height, 4], actual[k * height:(k + 1) * height, 4]
        if np.abs(e - a).max() > 32:
            rows = lambda col: [y for y in range(height) if col[y] < 224]  # noqa: E731
            wrong.append(f"{c}: Chromium's rows {rows(e)}, ogrender's {rows(a)}")
    assert not wrong, f"{len(wrong)} of {len(cells)} decoration lines differ:\n" + "\n".join(wrong[:10])
