"""Fullwidth punctuation collapsing (CSS Text 4, ``text-spacing-trim: normal``) as Blink's HanKerning does it.

In: a paragraph's text, the range of one shaped run, its font face and language. Out: the indices of the
characters to shape with the OpenType ``halt`` feature (half-width alternates), and which of them were
trimmed because of the character before them (an opening bracket after punctuation: at the start of a
line Blink shapes it again without ``halt``, so it keeps its full width there).

Rules (Blink ``han_kerning.cc``, measured in Chromium 156 with Noto Sans CJK): characters are classed
Open, Close, Middle, Dot, Colon, Semicolon, quotes or Other (``char_type``); the font decides the class of
dots, colons, semicolons and quotes from where its glyphs sit in the em box (``FontData``: left half =
Close, right half = Open, a narrow centred glyph = Middle), so the same 、 is trimmed in Japanese and not in
Traditional Chinese. An Open character after Open, Middle, Close or narrow Open punctuation is trimmed; a
Close character before Close, Middle or narrow Close punctuation is trimmed. Only fonts with ``halt`` are
concerned (a probed character the font lacks is left out of its group: a font without any fullwidth
dot has no trimmable dots), and none when ``font-feature-settings`` turns on a width feature (halt,
palt, pwid...).
"""

from __future__ import annotations

import io
import unicodedata
from functools import lru_cache

OTHER, OPEN, CLOSE, MIDDLE, DOT, COLON, SEMICOLON, OPEN_QUOTE, CLOSE_QUOTE, OPEN_NARROW, CLOSE_NARROW = range(11)
EXCLUSIVE = frozenset(("halt", "hwid", "palt", "pwid", "qwid", "twid", "valt", "vhal", "vpal"))
_PROBES = "\u3001\u3002\uff0c\uff0e\uff1a\uff1b\u201c\u2018\u201d\u2019"  # dots, colon, semicolon, quotes


def _fullwidth(cp: int) -> bool:
    return cp == 0x3000 or 0xFF01 <= cp <= 0xFF60 or 0xFFE0 <= cp <= 0xFFE6


def char_type(ch: str) -> int:
    """Blink's Character::GetHanKerningCharType."""
    cp = ord(ch)
    if cp in (0x2018, 0x201C):
        return OPEN_QUOTE
    if cp in (0x2019, 0x201D):
        return CLOSE_QUOTE
    if cp in (0x3000, 0x00B7, 0x2027, 0x30FB):
        return MIDDLE
    if cp in (0x3001, 0x3002, 0xFF0C, 0xFF0E):
        return DOT
    if cp == 0xFF1A:
        return COLON
    if cp == 0xFF1B:
        return SEMICOLON
    cjk = 0x3000 <= cp <= 0x303F or _fullwidth(cp)
    category = unicodedata.category(ch)
    if category == "Ps":
        return OPEN if cjk else OPEN_NARROW
    if category == "Pe":
        return CLOSE if cjk else CLOSE_NARROW
    return OTHER


def may_apply(text: str) -> bool:
    """Blink's quick test: only text with a character that may be Open or Close is looked at."""
    return any(0x2018 <= ord(c) <= 0x301F or 0xFF08 <= ord(c) <= 0xFF60 for c in text)


class FontData:
    """What a face says about its punctuation (Blink's HanKerning::FontData, horizontal text)."""

    __slots__ = ("applies", "dot", "colon", "semicolon", "quote_fullwidth")

    def __init__(self, applies=False, dot=OTHER, colon=OTHER, semicolon=OTHER, quote_fullwidth=False):
        self.applies, self.dot, self.colon, self.semicolon = applies, dot, colon, semicolon
        self.quote_fullwidth = quote_fullwidth

    def type_of(self, ch: str) -> int:
        kind = char_type(ch)
        if kind == DOT:
            return self.dot
        if kind == COLON:
            return self.colon
        if kind == SEMICOLON:
            return self.semicolon
        if kind == OPEN_QUOTE:
            return OPEN if self.quote_fullwidth else OPEN_NARROW
        if kind == CLOSE_QUOTE:
            return CLOSE if self.quote_fullwidth else CLOSE_NARROW
        return kind


def _has_halt(face) -> bool:
    from fontTools.ttLib import TTFont
    tt = TTFont(io.BytesIO(face.data), fontNumber=face.index, lazy=True)
    if "GPOS" not in tt or tt["GPOS"].table.FeatureList is None:
        return False
    return any(r.FeatureTag == "halt" for r in tt["GPOS"].table.FeatureList.FeatureRecord)


def _type_from_bounds(glyphs: list) -> int:
    """Blink's CharTypeFromBounds over glyphs that must share one advance and one type."""
    kind, advance0 = None, None
    for advance, left, right in (g for g in glyphs if g is not None):  # .notdef glyphs are skipped
        half = (advance0 if advance0 is not None else advance) / 2
        if advance0 is not None and advance != advance0:
            return OTHER
        if right <= half:
            this = CLOSE
        elif left >= half:
            this = OPEN
        elif right - left <= half and left >= half / 2:
            this = MIDDLE
        else:
            this = OTHER
        if kind is not None and this != kind:
            return OTHER
        kind, advance0 = this, advance if advance0 is None else advance0
    return OTHER if kind is None else kind


@lru_cache(maxsize=64)
def font_data(face, language: str | None) -> FontData:
    """The face's punctuation classes for ``language`` (its locl glyphs may sit elsewhere in the em)."""
    import uharfbuzz as hb
    if not _has_halt(face):
        return FontData()
    buf = hb.Buffer()
    buf.add_str(_PROBES)
    buf.guess_segment_properties()
    buf.script = "Hani"
    if language:
        try:
            buf.language = language
        except Exception:  # noqa: BLE001 - an unknown tag shapes as the default language
            pass
    font = face.hb_font_for(())
    hb.shape(font, buf, {})
    infos, positions = buf.glyph_infos, buf.glyph_positions
    if len(infos) != len(_PROBES) or any(i.cluster != k for k, i in enumerate(infos)):
        return FontData()
    glyphs: list = []
    for info, pos in zip(infos, positions):
        if info.codepoint == 0:  # missing from the font: left out of its group, as in Blink
            glyphs.append(None)
            continue
        ext = font.get_glyph_extents(info.codepoint)
        left = pos.x_offset + ext.x_bearing
        glyphs.append((pos.x_advance, left, left + ext.width))
    quote_fullwidth = _type_from_bounds(glyphs[6:8]) == OPEN and _type_from_bounds(glyphs[8:10]) == CLOSE
    return FontData(True, _type_from_bounds(glyphs[:4]), _type_from_bounds(glyphs[4:5]),
                    _type_from_bounds(glyphs[5:6]), quote_fullwidth)


def _kern(kind: int, last: int) -> bool:
    return kind == OPEN and last in (OPEN, MIDDLE, CLOSE, OPEN_NARROW)


def _kern_last(kind: int, last: int) -> bool:
    return last == CLOSE and kind in (CLOSE, MIDDLE, CLOSE_NARROW)


def halt_indices(text: str, start: int, end: int, data: FontData) -> tuple[tuple[int, ...], frozenset[int]]:
    """(indices of text[start:end] to shape with ``halt``, those trimmed because of the character before
    them), as Blink's HanKerning::Compute for a run that does not start a line."""
    if not data.applies or end <= start or not may_apply(text[start:end]):
        return (), frozenset()
    out: list[int] = []
    after: set[int] = set()
    last = data.type_of(text[start])
    if start > 0:
        kind = last
        if _kern(kind, data.type_of(text[start - 1])):
            out.append(start)
            after.add(start)
    for i in range(start + 1, end):
        kind = data.type_of(text[i])
        if _kern_last(kind, last):
            out.append(i - 1)
        elif _kern(kind, last):
            out.append(i)
            after.add(i)
        last = kind
    if end < len(text) and _kern_last(data.type_of(text[end]), last):
        out.append(end - 1)
    return tuple(sorted(set(out))), frozenset(after)
