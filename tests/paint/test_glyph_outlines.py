"""ogrender.paint.glyph_outlines: FreeType's light-hinted outlines as Skia paths, and the text they fill."""

from __future__ import annotations

import numpy as np

from ogrender import render
from ogrender.paint import glyph_outlines
from ogrender.text.fonts import BUNDLED, bundled_dir, load_face
from tests.conformance.paint import decode


def _inter():
    path = next(p for family, p, weight, italic in BUNDLED if family == "Inter" and weight == 400 and not italic)
    return load_face((bundled_dir() / path).read_bytes(), 0)


def test_outline_is_in_px_with_y_down():
    """Inter's H at 20 px: FreeType's outline (26.6 coordinates, hinted light: vertical only) lies within a
    tenth of a pixel of the unhinted one (x 1.763..13.042, y -14.546..0, Skia's own outline), on the baseline
    and above it (y down); synthetic bold widens it by Skia's fake-bold stroke."""
    face = _inter()
    h = face.hb_font.get_nominal_glyph(ord("H"))
    bounds = glyph_outlines.glyph_path(face, 20.0, (), False, h).computeTightBounds()
    for got, want in zip((bounds.left(), bounds.top(), bounds.right(), bounds.bottom()), (1.763, -14.546, 13.042, 0)):
        assert abs(got - want) < 0.1
    bold = glyph_outlines.glyph_path(face, 20.0, (), True, h).computeTightBounds()
    width = glyph_outlines.fake_bold_width(20.0)
    assert abs((bold.right() - bold.left()) - (bounds.right() - bounds.left()) - width) < 0.01


def test_glyph_without_outline_is_none():
    face = _inter()
    space = face.hb_font.get_nominal_glyph(ord(" "))
    path = glyph_outlines.glyph_path(face, 20.0, (), False, space)
    assert path is None or path.isEmpty()


def test_face_freetype_cannot_read_is_drawn_by_skia(monkeypatch):
    tree = {"type": "div", "props": {"style": {"display": "flex", "fontSize": 40, "backgroundColor": "white",
                                               "width": 200, "height": 60}, "children": "Hello"}}
    outlines = decode(render(tree, 200, 60))
    monkeypatch.setattr(glyph_outlines, "outlines_available", lambda face: False)
    import ogrender.paint.text as text_paint
    monkeypatch.setattr(text_paint, "outlines_available", lambda face: False)
    blob = decode(render(tree, 200, 60))
    ink = lambda a: (a[..., :3].min(axis=2) < 128).sum()  # noqa: E731
    assert ink(blob) > 100 and abs(ink(blob) - ink(outlines)) < 0.1 * ink(outlines)
    assert not np.array_equal(blob, outlines)
