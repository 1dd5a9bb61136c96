"""Paragraphs: styled text items -> lines of positioned glyph runs, at a given width.

A :class:`Paragraph` is built once from the text of one block (its items may differ in style); it
shapes its runs once and then answers layout's measure questions (min-content and max-content widths,
the lines at a width) from that one shaping result, so layout and paint can never wrap differently.

Output geometry is in px relative to the paragraph's content box: each :class:`Line` has its box
(``left``, ``top``, ``width``, ``height``) and ``baseline``; each :class:`GlyphRun` its glyph ids and
x / y positions relative to the line's left and baseline, with the colour to draw it in.
"""

from __future__ import annotations

import math
import unicodedata
import warnings

from ..errors import TextWarning
from .fonts import FontFace, FontSet
from .linebreak import break_opportunities
from .shaping import shape
from .whitespace import NO_WRAP, collapse

_UNIT = 64.0


def ceil64(x: float) -> float:
    """Round up to Blink's layout unit (1/64 px), allowing for float noise."""
    return math.ceil(x * _UNIT - 1e-6) / _UNIT


def floor64(x: float) -> float:
    return math.floor(x * _UNIT + 1e-6) / _UNIT


class GlyphRun:
    """Glyphs of one face, size and colour on one line: ``xs`` / ``ys`` relative to the line's left edge
    and baseline (y down)."""

    __slots__ = ("face", "size", "color", "glyphs", "xs", "ys", "text")

    def __init__(self, face, size, color, glyphs, xs, ys, text):
        self.face = face
        self.size = size
        self.color = color
        self.glyphs = glyphs
        self.xs = xs
        self.ys = ys
        self.text = text

    def __repr__(self) -> str:
        return f"<GlyphRun {self.text!r} {self.face.family} {self.size:g}px>"


class Line:
    __slots__ = ("left", "top", "width", "height", "baseline", "runs", "text")

    def __init__(self, left, top, width, height, baseline, runs, text):
        self.left = left
        self.top = top
        self.width = width
        self.height = height
        self.baseline = baseline
        self.runs = runs
        self.text = text

    def __repr__(self) -> str:
        return f"<Line {self.text!r} top={self.top:g} w={self.width:g}>"


class TextLayout:
    """The lines of a paragraph at one width; ``width`` is the widest line, ``height`` their sum."""

    __slots__ = ("lines", "width", "height")

    def __init__(self, lines: list[Line], width: float, height: float):
        self.lines = lines
        self.width = width
        self.height = height


class _Run:
    """A shaped piece of the paragraph: one item, one face; ``start`` indexes the paragraph text."""

    __slots__ = ("start", "end", "item", "face", "shaped", "scale")

    def __init__(self, start, end, item, face, shaped, scale):
        self.start, self.end, self.item, self.face, self.shaped, self.scale = start, end, item, face, shaped, scale


def _vertical_metrics(face: FontFace, size: float) -> tuple[float, float, float]:
    """Ascent, descent and line gap in px as Blink rounds them (SimpleFontData: each rounded)."""
    scale = size / face.upem
    return (float(round(face.ascent * scale)), float(round(face.descent * scale)),
            float(round(face.line_gap * scale)))


def _line_height(style, face: FontFace) -> tuple[float, float]:
    """(space above the baseline, space below) of an inline box of ``style``, half-leading included."""
    ascent, descent, gap = _vertical_metrics(face, style.font_size)
    lh = style.line_height
    if lh == "normal":
        height = ascent + descent + gap
    elif lh.__class__ is float:
        height = floor64(lh)
    else:  # Number
        height = floor64(lh.value * style.font_size)
    leading = height - (ascent + descent)
    above = floor64(leading / 2)
    return ascent + above, descent + (leading - above)


def strut(style, fonts: FontSet) -> tuple[float, float]:
    """(above, below) the baseline of the strut of a block container with this style: the space every
    line box of the container holds at least (CSS 2.1 10.8.1)."""
    face = fonts.chain(style.font_family, style.font_weight, style.font_style != "normal")[0]
    return _line_height(style, face)


class Paragraph:
    """``items`` are (text, computed style) pairs in order; ``style`` is the block container's style
    (its font sets the strut, its text-align aligns the lines)."""

    def __init__(self, items: list[tuple[str, object]], style, fonts: FontSet):
        self.style = style
        self.fonts = fonts
        texts = collapse([(text, item_style.white_space) for text, item_style in items])
        self.items = [(text, item_style) for text, (_, item_style) in zip(texts, items)]
        self.text = "".join(texts)
        item_of: list[int] = []
        wrap: list[bool] = []
        for index, (text, item_style) in enumerate(self.items):
            item_of += [index] * len(text)
            wrap += [item_style.white_space not in NO_WRAP] * len(text)
        self.item_of = item_of
        self.runs = self._itemize_and_shape()
        self.advances = [0.0] * len(self.text)  # px per character (cluster advance on its first char)
        for run in self.runs:
            for i, adv in enumerate(run.shaped.char_advances()):
                self.advances[run.start + i] = adv * run.scale
        self.soft_breaks, self.forced_breaks = break_opportunities(self.text, wrap)
        self.strut = strut(style, fonts)
        self._min_content: float | None = None
        self._max_content: float | None = None
        self._layouts: dict[float | None, TextLayout] = {}

    # -- itemizing: runs of one item and one face --------------------------------------------------

    def _itemize_and_shape(self) -> list[_Run]:
        runs: list[_Run] = []
        text = self.text
        start = 0
        current = None  # (item index, face)
        missing: set[str] = set()
        for i, ch in enumerate(text):
            item_index = self.item_of[i]
            item_style = self.items[item_index][1]
            chain = self.fonts.chain(item_style.font_family, item_style.font_weight,
                                     item_style.font_style != "normal")
            cp = ord(ch)
            if current is not None and current[0] == item_index and (
                    ch in " \n" or unicodedata.combining(ch) or current[1].has(cp)):
                continue  # spaces and marks stay with the current face
            face = next((f for f in chain if f.has(cp)), None)
            if face is None:
                if ch not in " \n" and unicodedata.category(ch)[0] not in "CZ":
                    missing.add(ch)
                face = chain[0]
            if current is None or current != (item_index, face):
                if current is not None:
                    runs.append(self._make_run(start, i, *current))
                start, current = i, (item_index, face)
        if current is not None and start < len(text):
            runs.append(self._make_run(start, len(text), *current))
        if missing:
            warnings.warn(f"no font has a glyph for {''.join(sorted(missing))!r}; drawn as .notdef",
                          TextWarning, stacklevel=2)
        return runs

    def _make_run(self, start: int, end: int, item_index: int, face: FontFace) -> _Run:
        item_style = self.items[item_index][1]
        piece = self.text[start:end].replace("\n", " ")  # a forced break is not drawn
        shaped = shape(face, piece)
        return _Run(start, end, item_index, face, shaped, item_style.font_size / face.upem)

    # -- measuring ------------------------------------------------------------------------------------

    def _width(self, start: int, end: int) -> float:
        """Width of text[start:end] without its trailing (hanging) spaces and newlines."""
        while end > start and self.text[end - 1] in " \n":
            end -= 1
        return sum(self.advances[start:end])

    def _pieces(self) -> list[tuple[int, int]]:
        """Unbreakable pieces: text between consecutive break opportunities."""
        bounds = [0, *self.soft_breaks, len(self.text)]
        return [(a, b) for a, b in zip(bounds, bounds[1:]) if b > a]

    def min_content_width(self) -> float:
        if self._min_content is None:
            self._min_content = ceil64(max((self._width(a, b) for a, b in self._pieces()), default=0.0))
        return self._min_content

    def max_content_width(self) -> float:
        if self._max_content is None:
            self._max_content = self.layout(None).width
        return self._max_content

    # -- breaking into lines --------------------------------------------------------------------------

    def _break(self, width: float | None) -> list[tuple[int, int]]:
        lines: list[tuple[int, int]] = []
        start = 0
        end = 0  # end of the last piece that fits
        for a, b in self._pieces():
            if a == start:
                end = b
            elif width is not None and self._width(start, b) > width + 1e-6:
                lines.append((start, end))
                start, end = a, b
            else:
                end = b
            if b in self.forced_breaks:
                lines.append((start, end))
                start = end = b
        if start < len(self.text) or not lines:
            lines.append((start, max(end, start)))
        return lines

    def layout(self, width: float | None) -> TextLayout:
        """Lines at ``width`` (None: no wrapping). Cached per width."""
        cached = self._layouts.get(width)
        if cached is not None:
            return cached
        lines: list[Line] = []
        top = 0.0
        widest = 0.0
        for start, end in self._break(width):
            line_width = ceil64(self._width(start, end))
            above, below = self.strut
            runs = []
            pen = 0.0
            for run in self.runs:
                if run.end <= start or run.start >= end:
                    continue
                item_style = self.items[run.item][1]
                a, b = _line_height(item_style, run.face)
                above, below = max(above, a), max(below, b)
                glyph_run, pen = self._slice(run, start, end, pen)
                if glyph_run is not None:
                    runs.append(glyph_run)
            widest = max(widest, line_width)
            left = self._align(line_width, width)
            lines.append(Line(left, top, line_width, above + below, top + above, runs,
                              self.text[start:end].rstrip(" \n")))
            top += above + below
        result = TextLayout(lines, widest, top)
        self._layouts[width] = result
        return result

    def _slice(self, run: _Run, start: int, end: int, pen: float):
        """The glyphs of ``run`` whose cluster lies in text[start:end], placed from ``pen``."""
        shaped = run.shaped
        scale = run.scale
        glyphs, xs, ys = [], [], []
        x = pen
        lo, hi = max(start, run.start) - run.start, min(end, run.end) - run.start
        for gid, adv, dx, dy, cluster in zip(shaped.glyphs, shaped.advances, shaped.x_offsets,
                                             shaped.y_offsets, shaped.clusters):
            if lo <= cluster < hi:
                if shaped.text[cluster] not in " \n":
                    glyphs.append(gid)
                    xs.append(x + dx * scale)
                    ys.append(-dy * scale)
                x += adv * scale
        if not glyphs:
            return None, x
        item_style = self.items[run.item][1]
        return GlyphRun(run.face, item_style.font_size, item_style.color, tuple(glyphs), tuple(xs),
                        tuple(ys), shaped.text[lo:hi]), x

    def _align(self, line_width: float, width: float | None) -> float:
        if width is None:
            return 0.0
        align = self.style.text_align
        free = width - line_width
        if align in ("right", "end"):
            return free
        if align == "center":
            return free / 2
        return 0.0
