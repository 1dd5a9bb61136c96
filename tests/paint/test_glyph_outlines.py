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


def test_sprites_are_the_filled_outlines():
    """Glyphs in a plain colour are drawn as cached sprites (text._fill_sprites): each pixel within 2 levels
    of filling the glyph's outline at its quantised pen position directly, and the same when drawn twice
    (the second time from the cache), at every quarter-pixel offset and for a colour with alpha."""
    import skia

    from ogrender.paint import text as paint_text

    face = _inter()
    glyphs = [face.hb_font.get_nominal_glyph(ord(c)) for c in "Rag&e"]

    class Run:
        pass

    run = Run()
    run.face, run.size, run.variations, run.synthetic_bold = face, 23.0, (), False
    run.glyphs, run.xs, run.ys = glyphs, [0.0, 15.3, 28.55, 41.8, 58.07], [0.0] * 5
    for color in (skia.Color(20, 40, 200), skia.Color(200, 30, 30, 128)):
        for shift in (0.0, 0.13, 0.37, 0.5, 0.88):
            pictures = []
            for way in ("direct", "sprites", "sprites"):
                surface = skia.Surface(120, 40)
                canvas = surface.getCanvas()
                canvas.clear(skia.ColorWHITE)
                canvas.translate(3.0, 0.0)
                if way == "direct":
                    paint = skia.Paint(AntiAlias=True, Color=color)
                    for glyph, x in zip(run.glyphs, run.xs):
                        px, py = glyph_outlines.pen_position(shift + x + 3.0, 30.0)
                        canvas.save()
                        canvas.translate(px - 3.0, py)
                        canvas.drawPath(glyph_outlines.glyph_path(face, 23.0, (), False, glyph), paint)
                        canvas.restore()
                else:
                    paint_text._fill_sprites(canvas, run, shift, 30.0, 3.0, 0.0, color)
                pictures.append(surface.makeImageSnapshot().toarray().astype(int))
            assert (pictures[0] != 255).any()
            assert np.abs(pictures[0] - pictures[1]).max() <= 2
            assert np.array_equal(pictures[1], pictures[2])
