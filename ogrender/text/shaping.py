"""Shaping: (face, text, direction, features) -> :class:`ShapedRun` with HarfBuzz.

Runs are shaped in font units (the HarfBuzz font's scale is the em size), so one result serves every font
size, and are cached: the same words come back on every render of a template.
"""

from __future__ import annotations

from functools import lru_cache

import uharfbuzz as hb

from .fonts import FontFace


class ShapedRun:
    """Glyphs of one run in logical order: ids, advances and offsets in font units, and for each glyph
    the index (into the run's text) of the first character of its cluster."""

    __slots__ = ("face", "text", "glyphs", "advances", "x_offsets", "y_offsets", "clusters", "advance")

    def __init__(self, face, text, glyphs, advances, x_offsets, y_offsets, clusters):
        self.face = face
        self.text = text
        self.glyphs = glyphs
        self.advances = advances
        self.x_offsets = x_offsets
        self.y_offsets = y_offsets
        self.clusters = clusters
        self.advance = sum(advances)

    def char_advances(self) -> list[float]:
        """Advance (font units) per character: a cluster's advance is carried by its first character."""
        out = [0.0] * len(self.text)
        for cluster, advance in zip(self.clusters, self.advances):
            out[cluster] += advance
        return out


@lru_cache(maxsize=1024)
def script_of(ch: str) -> str | None:
    """HarfBuzz's script tag of one character (None for Common and Inherited characters)."""
    buf = hb.Buffer()
    buf.add_str(ch)
    buf.guess_segment_properties()
    return buf.script


@lru_cache(maxsize=8192)
def shape(face: FontFace, text: str, direction: str = "ltr", features: tuple = (), variations: tuple = (),
          language: str | None = None, script: str | None = None) -> ShapedRun:
    """Shape ``text`` with ``face`` (cached; a HarfBuzz font may shape from several threads at once):
    ``features`` (tag, value) pairs, ``variations`` (axis, value) coordinates, a BCP 47 ``language``, an
    ISO 15924 ``script`` for text of the Common script that takes its neighbours' (as Blink's segmenter)."""
    buf = hb.Buffer()
    buf.add_str(text)
    buf.guess_segment_properties()
    buf.direction = direction  # the paragraph splits runs where the direction changes
    if script:
        buf.script = script
    if language:
        try:
            buf.language = language
        except Exception:  # noqa: BLE001 - an unknown tag shapes as the default language
            pass
    hb.shape(face.hb_font_for(variations), buf, dict(features))
    infos = buf.glyph_infos
    positions = buf.glyph_positions
    advances = tuple(float(p.x_advance) for p in positions)
    if face.has_bitmaps:  # colour bitmap glyphs advance by their bitmaps, as in Chromium
        bitmap = face.bitmap_advances()
        advances = tuple(bitmap.get(i.codepoint, a) if a else a for i, a in zip(infos, advances))
    return ShapedRun(
        face, text,
        tuple(i.codepoint for i in infos),
        advances,
        tuple(float(p.x_offset) for p in positions),
        tuple(float(p.y_offset) for p in positions),
        tuple(i.cluster for i in infos),
    )

