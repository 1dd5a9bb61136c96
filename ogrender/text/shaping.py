"""Shaping: (face, text, direction, features) -> :class:`ShapedRun` with HarfBuzz.

Runs are shaped in font units (the HarfBuzz font's scale is the em size), so one result serves every font
size, and are cached: the same words come back on every render of a template.
"""

from __future__ import annotations

import re
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


def resolved_scripts(text: str) -> list[str | None]:
    """The script of each character as Blink's script segmenter (``ScriptRunIterator``) resolves it:
    a character of the Common or Inherited script (digits, spaces, punctuation, marks) takes the script of
    the text before it, or after it when none comes before; a closing bracket takes the script of the
    opening bracket it pairs with (BidiBrackets.txt pairs), and what follows it continues from there.
    None where the text has no character of a real script."""
    from .bidi import _CLOSE, _OPEN

    out: list[str | None] = [None] * len(text)
    current = None
    leading = 0  # characters before the first real script: they take the first one
    stack: list[tuple[str, int]] = []  # open brackets: (the closing one, index)
    for i, ch in enumerate(text):
        sc = script_of(ch)
        if sc is None:
            if ch in _OPEN:
                stack.append((_OPEN[ch], i))
            elif ch in _CLOSE:
                k = next((k for k in range(len(stack) - 1, -1, -1) if stack[k][0] == ch), None)
                if k is not None:
                    opened = stack[k][1]
                    del stack[k:]
                    if out[opened] is not None:
                        current = out[opened]
            sc = current
        current = sc
        out[i] = sc
        if sc is None:
            leading = i + 1
        elif leading:
            for k in range(leading):
                out[k] = sc
            leading = 0
    return out


# scripts where Blink applies no letter-spacing to the run (CSS Text 3 "cursive scripts"; shape_result.cc
# IsCursiveScript): Arabic, Hanifi Rohingya, Mandaic, Mongolian, N'Ko, Phags Pa, Syriac
CURSIVE_SCRIPTS = frozenset(("Arab", "Rohg", "Mand", "Mong", "Nkoo", "Phag", "Syrc"))


# the joining scripts: Arabic (and its presentation forms), Syriac, N'Ko, Mongolian; HarfBuzz chooses their
# letters' forms from the characters around them, so a run cut by an element or a font change is shaped
# with its neighbours as context (as Blink gives HarfBuzz the whole paragraph's text around each run)
_JOINING = ((0x0600, 0x08FF), (0x0700, 0x074F), (0x07C0, 0x07FF), (0x1800, 0x18AF), (0xFB50, 0xFDFF),
            (0xFE70, 0xFEFF), (0x200C, 0x200D))
CONTEXT = 8  # characters of context each side


_JOINING_RE = re.compile("[" + "".join(f"\\U{lo:08x}-\\U{hi:08x}" for lo, hi in _JOINING) + "]")


def joins(text: str) -> bool:
    """Whether ``text`` has a character of a joining script (or a joiner): its shaping needs context."""
    return _JOINING_RE.search(text) is not None


@lru_cache(maxsize=8192)
def shape(face: FontFace, text: str, direction: str = "ltr", features: tuple = (), variations: tuple = (),
          language: str | None = None, script: str | None = None, before: str = "", after: str = "",
          ranges: tuple = ()) -> ShapedRun:
    """Shape ``text`` with ``face`` (cached; a HarfBuzz font may shape from several threads at once):
    ``features`` (tag, value) pairs, ``variations`` (axis, value) coordinates, a BCP 47 ``language``, an
    ISO 15924 ``script`` for text of the Common script that takes its neighbours' (as Blink's segmenter);
    ``before`` and ``after``: the text around the run in logical order, HarfBuzz's pre- and post-context
    (Arabic letters keep their joining forms across an element boundary or a font change); ``ranges``:
    features on some characters only, ``(tag, start, end, value)`` with indices into ``text``."""
    buf = hb.Buffer()
    if before or after:
        buf.add_str(before + text + after, len(before), len(text))
    else:
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
    feats: dict = dict(features)
    for tag, start, end, value in ranges:
        if not isinstance(feats.get(tag, []), list):
            feats[tag] = [(0, len(before) + len(text) + len(after), int(feats[tag]))]
        feats.setdefault(tag, []).append((start + len(before), end + len(before), value))
    hb.shape(face.hb_font_for(variations), buf, feats)
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
        tuple(i.cluster - len(before) for i in infos),
    )

