"""Paragraphs: styled text items -> lines of positioned glyph runs, at a given width.

A :class:`Paragraph` is built once from the text of one block (its items may differ in style): white
space is processed (CSS Text 3, 4.1), ``text-transform`` applied, the text itemized into runs of one
item and one font face (each character from the first font of the list having it, marks and joiners
with their base, emoji presentation from a colour font first), each run shaped once (adjacent items in
the same font together, as Blink), and break opportunities found (:mod:`.linebreak`). It then answers layout's measure questions (min-content and max-content
widths, the lines at a width) from that one shaping result, so layout and paint never wrap differently.

Widths follow Blink: advances are summed in float and a line's width is rounded up to 1/64 px;
``letter-spacing`` is added after every grapheme cluster (and every shaper cluster), ``word-spacing`` to
every space and no-break space; spaces at the end of a line hang (except under ``break-spaces``);
``text-align: justify`` spreads the free space over the spaces (and around CJK ideographs) of every line
but the last and those ending in a forced break; fullwidth CJK punctuation collapses in pairs
(:mod:`.han_kerning`).

Output geometry is in px relative to the paragraph's content box: each :class:`Line` has its box
(``left``, ``top``, ``width``, ``height``), ``baseline``, and the extent ``x0``..``x1`` of its text
(white space excluded) from ``left``; each :class:`GlyphRun` its glyph ids and x / y positions relative
to the line's left and baseline, with the style to draw it in.
"""

from __future__ import annotations

import bisect
import math
import unicodedata
import warnings

import numpy as np
import regex

from ..errors import TextWarning
from .fonts import FontFace, FontSet
from . import casemap, scorebreak
from .bidi import levels as bidi_levels, line_levels, visual_runs
from .linebreak import GRAPHEME, break_opportunities, grapheme_boundaries, icu_locale, keep_all_blocks
from . import han_kerning
from .shaping import CONTEXT, CURSIVE_SCRIPTS, ShapedRun, joins, resolved_scripts, script_of, shape
from .whitespace import NO_WRAP, collapse

_UNIT = 64.0
_FIT = 1 / 64  # Blink tests whether a line fits against its available width plus LayoutUnit::Epsilon()
_BLANKS = " \n\t"
_HANGING = frozenset({"normal", "nowrap", "pre-line", "pre-wrap"})  # trailing spaces hang
SOFT_HYPHEN = "\u00ad"
OBJECT = "\ufffc"  # stands for an atomic inline in the paragraph's text
_INKLESS = frozenset(" \n\t\u00ad\ufffc")
_RTL_CLASSES = frozenset(("R", "AL", "AN", "RLE", "RLO", "RLI", "FSI", "LRE", "LRO", "LRI", "PDF", "PDI"))


def _zero_width(ch: str) -> bool:
    """Characters Blink treats as zero-width spaces (Character::TreatAsZeroWidthSpace): no letter-spacing
    after them (controls, soft hyphen, ZWSP, ZWNJ, ZWJ, LRM, RLM, the bidi embedding and isolate controls,
    BOM, U+FFFC)."""
    cp = ord(ch)
    return (cp < 0x20 or 0x7F <= cp < 0xA0 or cp == 0xAD or 0x200B <= cp <= 0x200F or 0x202A <= cp <= 0x202E
            or 0x2066 <= cp <= 0x2069 or cp in (0xFEFF, 0xFFFC))


def _unspaced(text: str) -> list[bool]:
    """Where letter-spacing is not applied: characters of a run of a cursive script (Arabic...), the run's
    script as Blink's segmenter resolves it (digits and punctuation after Arabic letters are in their run:
    "ب 450" takes none on the digits), but for spaces and no-break spaces, which take it in any run
    (measured in Chromium 156)."""
    if not any(0x0600 <= ord(ch) for ch in text):
        return [False] * len(text)
    return [sc in CURSIVE_SCRIPTS and ch not in " \t\n\u00a0" for ch, sc in zip(text, resolved_scripts(text))]


# Blink's Character::IsCJKIdeographOrSymbol, by block: ideographs, kana, bopomofo, CJK symbols and
# punctuation (but U+3030), CJK compatibility forms and the fullwidth forms
_CJK_EXPANSION = ((0x2E80, 0x2FDF), (0x2FF0, 0x302F), (0x3031, 0x312F), (0x3190, 0x31EF), (0x31F0, 0x33FF),
                  (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0xFE30, 0xFE4F), (0xFF01, 0xFFEF),
                  (0x20000, 0x2FA1F))


def _cjk_expansion(ch: str) -> bool:
    cp = ord(ch)
    return cp >= 0x2E80 and any(lo <= cp <= hi for lo, hi in _CJK_EXPANSION)


def _expansion_opportunities(text: str, start: int, stop: int) -> list[int]:
    """Where ``text-align: justify`` adds space on the line text[start:stop], as indices after which it
    goes (one entry per opportunity; repeated when two fall there), as Blink's ExpansionOpportunityCount:
    after every space, and around every CJK ideograph or symbol (before it unless an opportunity is
    already there; none before the line's first character, none after its last)."""
    out: list[int] = []
    after_expansion = True  # no opportunity before the line's first character
    for i in range(start, stop):
        ch = text[i]
        if ch in " \u00a0":
            out.append(i)
            after_expansion = True
        elif _cjk_expansion(ch):
            if not after_expansion:
                out.append(i - 1)
            out.append(i)
            after_expansion = True
        else:
            after_expansion = False
    if out and out[-1] == stop - 1 and _cjk_expansion(text[stop - 1]):
        out.pop()  # the line's end takes no expansion after an ideograph
    return out


def _first_having(chain, cp: int):
    return next((f for f in chain if f.has(cp)), None)


_EMOJI_PRESENTATION = regex.compile(r"\p{Emoji_Presentation}")
_IGNORABLE = regex.compile(r"\p{Default_Ignorable_Code_Point}")
_EMOJI_HINT = regex.compile(r"[\ufe0f\u20e3]|\p{Emoji_Presentation}")  # what can make a cluster one


def _emoji_presentation(text: str) -> tuple[frozenset[int], frozenset[int]]:
    """Where a grapheme cluster in emoji presentation starts (an Emoji_Presentation character, or a
    base with VS16 or the keycap mark): its base goes to a colour font first, as Blink's emoji fallback
    priority does (❤️ from Noto Color Emoji even when the text font has a plain heart); and the other
    characters of such clusters, which stay with the base's font when it has them (Blink's emoji
    segmentation keeps a ZWJ sequence whole: the ❤ of 👩‍❤️‍👨 is not the text font's heart)."""
    if text.isascii() or _EMOJI_HINT.search(text) is None:
        return frozenset(), frozenset()
    starts, inner = set(), set()
    for m in GRAPHEME.finditer(text):
        cluster = m.group()
        if "\ufe0f" in cluster or "\u20e3" in cluster or _EMOJI_PRESENTATION.match(cluster):
            starts.add(m.start())
            inner.update(range(m.start() + 1, m.end()))
    return frozenset(starts), frozenset(inner)


def _emoji_face(chain, cp: int):
    """The first colour (bitmap) font of the list having ``cp``, else the first font having it."""
    return next((f for f in chain if f.has_bitmaps and f.has(cp)), None) or _first_having(chain, cp)


def ceil64(x: float) -> float:
    """Round up to Blink's layout unit (1/64 px), allowing for float noise."""
    return math.ceil(x * _UNIT - 1e-6) / _UNIT


def _mul_div(a: int, b: int, c: int) -> int:
    """FreeType's FT_MulDiv: a x b / c, rounded half away from zero."""
    sign = -1 if (a < 0) != (b < 0) else 1
    return sign * ((abs(a) * abs(b) + c // 2) // c)


def floor64(x: float) -> float:
    return math.floor(x * _UNIT + 1e-6) / _UNIT


class GlyphRun:
    """Glyphs of one face, size and colour on one line: ``xs`` / ``ys`` relative to the line's left edge
    and baseline (y down); ``style`` is the computed style of the text (decorations, shadows);
    ``baseline_shift`` moves the run's baseline down from the line's (vertical-align)."""

    __slots__ = ("face", "size", "color", "glyphs", "xs", "ys", "text", "style", "baseline_shift", "x0", "x1",
                 "variations", "synthetic_bold", "synthetic_oblique", "decorations", "primary", "emoji")

    def __init__(self, face, size, color, glyphs, xs, ys, text, style=None, baseline_shift=0.0, x0=0.0, x1=0.0):
        self.face = face
        self.size = size
        self.color = color
        self.glyphs = glyphs
        self.xs = xs
        self.ys = ys
        self.text = text
        self.style = style
        self.baseline_shift = baseline_shift
        self.x0 = x0    # extent of the run's text (advances), relative to the line's left edge
        self.x1 = x1
        self.variations = ()           # variable font axis coordinates, as shaped
        self.synthetic_bold = False    # embolden the outlines (the face lacks the weight)
        self.synthetic_oblique = False  # skew the outlines (the face lacks italic)
        self.decorations = ()          # styles of the boxes whose text-decoration lines this text gets
        self.primary = face            # the first font of the style's family list (fallback runs differ)
        self.emoji = ()                # (x, ImageData, PictureBox): pictures in text (ogrender.emoji)

    def __repr__(self) -> str:
        return f"<GlyphRun {self.text!r} {self.face.family} {self.size:g}px>"


class Line:
    __slots__ = ("left", "top", "width", "height", "baseline", "_runs", "_make_runs", "text", "x0", "x1", "start",
                 "end", "fragments", "atomics")

    def __init__(self, left, top, width, height, baseline, runs, text, x0=0.0, x1=0.0, start=0, end=0):
        self.left = left
        self.top = top
        self.width = width
        self.height = height
        self.baseline = baseline
        # ``runs`` may be a function that makes them: the glyph runs of a line are placed (Chromium's
        # glyph positions included) when something asks for them, so measuring at other widths skips it
        self._runs, self._make_runs = (None, runs) if callable(runs) else (runs, None)
        self.text = text
        self.x0 = x0          # the text (white space excluded) spans x0..x1 from ``left``
        self.x1 = x1
        self.start = start    # indices into the paragraph's text
        self.end = end
        self.fragments = ()   # Fragment of inline elements on this line
        self.atomics = ()     # (key, x of its margin box from ``left``, its margin-box top above the baseline)

    @property
    def runs(self) -> list:
        """The line's GlyphRuns, left to right."""
        if self._make_runs is not None:
            self._runs, self._make_runs = self._make_runs(), None
        return self._runs

    @runs.setter
    def runs(self, runs) -> None:
        self._runs, self._make_runs = runs, None

    def __repr__(self) -> str:
        return f"<Line {self.text!r} top={self.top:g} w={self.width:g}>"


class TextLayout:
    """The lines of a paragraph at one width; ``width`` is the widest line, ``height`` their sum."""

    __slots__ = ("lines", "width", "height")

    def __init__(self, lines: list[Line], width: float, height: float):
        self.lines = lines
        self.width = width
        self.height = height


def features_of(style) -> tuple:
    """OpenType features of a computed style: font-kerning, font-variant-*, ligatures off under
    letter-spacing (as Blink does), then font-feature-settings (which win)."""
    out: dict[str, int] = {}
    if _get(style, "font_kerning", "auto") == "none":
        out["kern"] = 0
    if _get(style, "letter_spacing", 0.0):
        out["liga"] = out["clig"] = 0
    for attr in ("font_variant_ligatures", "font_variant_caps", "font_variant_numeric", "font_feature_settings"):
        for tag, value in _get(style, attr, ()):
            out[tag] = value
    return tuple(sorted(out.items()))


class _Run:
    """A shaped piece of the paragraph: one item, one face; ``start`` indexes the paragraph text."""

    __slots__ = ("start", "end", "item", "face", "shaped", "scale", "glyph_chars", "glyph_within", "variations",
                 "synthetic", "rtl", "char_adv", "params", "halted", "offset_fix")

    def __init__(self, start, end, item, face, shaped, scale):
        self.start, self.end, self.item, self.face, self.shaped, self.scale = start, end, item, face, shaped, scale
        # per glyph: its cluster's first character (paragraph index) and its pen offset inside the cluster
        chars, within = [], []
        last, acc = None, 0.0
        for cluster, adv in zip(shaped.clusters, shaped.advances):
            if cluster != last:
                last, acc = cluster, 0.0
            chars.append(start + cluster)
            within.append(acc * scale)
            acc += adv
        self.glyph_chars = chars
        self.glyph_within = within
        self.variations = ()
        self.synthetic = (False, False)
        self.rtl = False  # shaped right to left: glyphs in visual order (clusters descending)
        self.char_adv = shaped.char_advances()  # font units per character (a cluster's on its first)
        self.params = ()  # shape()'s arguments after the text: direction, features, variations, language, script
        self.halted = frozenset()  # characters shaped half-width (adjacent CJK punctuation)
        self.offset_fix = None  # per glyph: Chromium's x and y offsets minus ours (Paragraph._advance_fix)


def _vertical_metrics(face: FontFace, size: float) -> tuple[float, float, float]:
    """Ascent, descent and line gap in px as Blink rounds them (SimpleFontData: each rounded)."""
    scale = size / face.upem
    return (_round(face.ascent * scale), _round(face.descent * scale), _round(face.line_gap * scale))


def _round(x: float) -> float:
    """Half away from zero, as Blink's SkScalarRoundToScalar (Python's round() rounds half to even)."""
    return float(math.floor(x + 0.5))


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
    above = float(math.floor(leading / 2))  # Blink floors the half-leading to whole pixels (CalculateLeadingSpace)
    return ascent + above, descent + (leading - above)


def _face_of(style, fonts: FontSet) -> FontFace:
    return fonts.chain(style.font_family, style.font_weight, style.font_style != "normal")[0]


def strut(style, fonts: FontSet) -> tuple[float, float]:
    """(above, below) the baseline of the strut of a block container with this style: the space every
    line box of the container holds at least (CSS 2.1 10.8.1)."""
    return _line_height(style, _face_of(style, fonts))


def _transform(text: str, mode: str, previous: str, lang: str | None = None) -> str:
    """``text-transform`` of one item (``previous``: the character before it, for capitalize), by the
    language of the text as Chromium's (ICU's) case mapping does it (:mod:`ogrender.text.casemap`)."""
    if mode == "uppercase":
        return casemap.upper(text, lang)
    if mode == "lowercase":
        return casemap.lower(text, lang)
    if mode == "capitalize":
        return casemap.capitalize(text, previous)
    return text


def _axis_settings(style, face: FontFace) -> tuple:
    """The axis values a run asks of a variable face besides its weight, in CSS Fonts 4's order (7.1):
    ``opsz`` from the font size (``font-optical-sizing: auto``) and ``wdth`` from ``font-stretch``, then
    ``font-variation-settings`` over them (measured in Chromium 156)."""
    settings = _get(style, "font_variation_settings", ())
    axes = face.axes
    if not axes:
        return settings
    auto = []
    if "opsz" in axes and _get(style, "font_optical_sizing", "auto") == "auto":
        auto.append(("opsz", style.font_size))
    if "wdth" in axes:
        stretch = _get(style, "font_stretch", 100.0)
        if stretch != 100.0:
            auto.append(("wdth", stretch))
    return tuple(auto) + tuple(settings) if auto else settings


def _get(style, attr: str, default):
    return getattr(style, attr, default)


class InlineMark:
    """An inline element's start (``open``) or end (``close``) among a paragraph's items, or a ``br``
    (a forced break). ``key`` is whatever the caller uses to find the element's box again (layout's
    LayoutBox); the paragraph reports where each element's fragments lie (``TextLayout.fragments``)."""

    __slots__ = ("kind", "style", "key", "parent_style", "lang")

    def __init__(self, kind: str, style, key=None, parent_style=None, lang=None):
        self.kind, self.style, self.key = kind, style, key
        self.parent_style = parent_style  # for an atomic inline: the style of the text around it
        self.lang = lang                  # the element's own lang attribute, if any


def _px(value) -> float:
    return value if value.__class__ is float else 0.0


def inline_edges(style) -> tuple[float, float, float, float]:
    """(left margin + border + padding, right ..., top border + padding, bottom ...) of an inline box;
    percentages and auto count as 0 here."""
    return (_px(style.margin_left) + style.border_left_width + _px(style.padding_left),
            _px(style.margin_right) + style.border_right_width + _px(style.padding_right),
            style.border_top_width + _px(style.padding_top),
            style.border_bottom_width + _px(style.padding_bottom))


def start_end_edges(style) -> tuple[float, float]:
    """(inline-start, inline-end) horizontal edges (margin + border + padding) of an inline box: the left
    and right ones, the other way round for a right-to-left element (its start edge is its right one, on
    the line where it starts)."""
    left, right, _, _ = inline_edges(style)
    return (right, left) if _get(style, "direction", "ltr") == "rtl" else (left, right)


class Fragment:
    """One line's piece of an inline element: its border box in the paragraph's content box (``first`` /
    ``last``: its left / right edge is drawn on this line: where a left-to-right element starts / ends,
    where a right-to-left one ends / starts)."""

    __slots__ = ("key", "style", "x", "y", "width", "height", "first", "last", "line")

    def __init__(self, key, style, x, y, width, height, first, last, line):
        self.key, self.style, self.x, self.y, self.width, self.height = key, style, x, y, width, height
        self.first, self.last, self.line = first, last, line


class Paragraph:
    """``items`` are (text, computed style) pairs in order (or :class:`InlineMark` for inline elements'
    starts and ends and ``br``); ``style`` is the block container's style
    (its font sets the strut, its text-align and text-indent place the lines)."""

    def __init__(self, items: list, style, fonts: FontSet, decorating=(), path: str | None = None,
                 lang: str | None = None):
        """``decorating``: styles of the block containers around the paragraph whose text decorations
        propagate to its text (CSS Text Decoration 3, 2)."""
        self.style = style
        self.fonts = fonts
        self.path = path  # the element holding the text, for warnings
        self.lang = lang  # BCP 47 language of the block (its lang attribute or an ancestor's)
        # the block container (its overflow, text-overflow and line-clamp are not inherited by the
        # anonymous box holding the paragraph)
        self.container = decorating[0] if decorating else style
        marks: list[tuple[int, InlineMark]] = []  # (item position, mark)
        plain: list[tuple[str, object]] = []
        atomic_items: dict[int, InlineMark] = {}
        for item in items:
            if item.__class__ is InlineMark:
                if item.kind == "br":
                    plain.append(("\n", item.style))
                    marks.append((len(plain) - 1, item))
                elif item.kind == "atomic":  # an inline-block or image: one object character
                    atomic_items[len(plain)] = item
                    plain.append((OBJECT, item.parent_style or item.style))
                else:
                    marks.append((len(plain), item))
            else:
                plain.append(item)
        br_items = {index for index, mark in marks if mark.kind == "br"}
        # decorations in effect per item: the block's, then those of the open inline elements
        base = tuple(d for d in decorating if _get(d, "text_decoration_line", ()))
        stack: list = []
        decorations: list[tuple] = []
        mark_at: dict[int, list] = {}
        for index, mark in marks:
            mark_at.setdefault(index, []).append(mark)
        shifts: list[float] = []  # baseline shift (down) of each item, from vertical-align
        shift_stack: list[float] = []
        langs: list = []          # language of each item: the innermost lang attribute
        lang_stack: list = [lang]
        # the inline boxes of the elements, in document order: [style, parent box (-1: the line's root
        # box), first item, end item, key]; per line, vertical_align places them (Blink's inline box state)
        boxes: list[list] = []
        box_stack: list[int] = []
        item_box: list[int] = []  # each item's innermost inline box (-1: none)
        for k in range(len(plain) + 1):
            for mark in mark_at.get(k, ()):
                if mark.kind == "open":
                    parent = stack[-1] if stack else style
                    shift_stack.append((shift_stack[-1] if shift_stack else 0.0) + self._shift(mark.style, parent))
                    stack.append(mark.style)
                    lang_stack.append(mark.lang or lang_stack[-1])
                    box_stack.append(len(boxes))
                    boxes.append([mark.style, box_stack[-2] if len(box_stack) > 1 else -1, k, len(plain), mark.key])
                elif mark.kind == "close" and stack:
                    stack.pop()
                    shift_stack.pop()
                    lang_stack.pop()
                    boxes[box_stack.pop()][3] = k
            if k < len(plain):
                decorations.append(base + tuple(d for d in stack if _get(d, "text_decoration_line", ())))
                shifts.append(shift_stack[-1] if shift_stack else 0.0)
                langs.append(lang_stack[-1])
                item_box.append(box_stack[-1] if box_stack else -1)
        self.decorations = decorations
        self.shifts = shifts
        self.langs = langs

        items = plain
        texts = collapse([(text, "pre" if k in br_items else item_style.white_space)
                          for k, (text, item_style) in enumerate(items)])
        previous = " "
        transformed = []
        for k, (text, (_, item_style)) in enumerate(zip(texts, items)):
            mode = _get(item_style, "text_transform", "none")
            if mode != "none" and text:
                text = _transform(text, mode, previous, langs[k] if k < len(langs) else lang)
            if text:
                previous = text[-1]
            transformed.append(text)
        self.items = [(text, item_style) for text, (_, item_style) in zip(transformed, items)]
        self.text = text = "".join(transformed)
        n = len(text)
        item_of: list[int] = []
        for index, (piece, _) in enumerate(self.items):
            item_of += [index] * len(piece)
        self.item_of = item_of
        starts = [0]
        for piece, _ in self.items:
            starts.append(starts[-1] + len(piece))
        self.marks = [(starts[index], mark) for index, mark in marks if mark.kind != "br"]
        # inline boxes: (style, parent, first character, end character, key); the box of each item
        self.boxes = [(st, parent, starts[a], starts[b], key) for st, parent, a, b, key in boxes]
        self.box_of_key = {id(b[4]): i for i, b in enumerate(self.boxes)}
        self.item_box = item_box
        self._no_shifts = [0.0] * len(self.items)
        self._line_shifts: list[float] = shifts
        self._box_shifts: dict[int, float] = {}
        # atomic inlines: character index -> mark; their sizes come from layout (set_atomics)
        self.atomic_at = {starts[index]: mark for index, mark in atomic_items.items()}
        self._atomic_box = {id(mark.key): item_box[index] for index, mark in atomic_items.items()}
        self.atomic_size: dict[int, tuple[float, float, float]] = {i: (0.0, 0.0, 0.0) for i in self.atomic_at}
        self.atomic_measure = None  # callable(key, "min" | "max") -> outer width, set by layout
        if fonts.asset_hook is not None:  # load_additional_asset: fonts or pictures for what no font has
            fonts.request_assets([(piece, self.langs[k]) for k, (piece, _) in enumerate(self.items)], path)
        self.emoji_at = self._find_emoji()
        self.isolate_edges: dict[int, list[int]] = {}  # (set by _bidi)
        self.bidi_controls: tuple = ()  # (index, controls before text[index]) of unicode-bidi (set by _bidi)
        self.base_level, self.levels = self._bidi()
        self.line_start_extra: dict[int, float] = {}  # trimmed opening punctuation: its width back at a line start
        self.end_trim: dict[int, float] = {}  # closing punctuation: what it gives up at the end of a full line
        self.runs = self._itemize_and_shape()
        self._run_starts = [r.start for r in self.runs]
        self._fix: np.ndarray | None = None  # _advance_fix
        self._fixes: dict[int, float] = {}
        self._fragment_bounds: list[int] | None = None  # _fit_width
        self._line_end_trim = 0.0  # what the line being built gives up at its end (_line, for _fragments)
        self._fix_sums = None

        # advances per character (px): a cluster's advance on its first character, spacing added
        graphemes = grapheme_boundaries(text)
        self.graphemes = graphemes
        adv = [0.0] * n
        for run in self.runs:
            for i, a in enumerate(run.shaped.char_advances()):
                adv[run.start + i] = a * run.scale
        for s, (e, _, box) in self.emoji_at.items():  # a picture advances by its box's advance (1 em in Satori)
            adv[s] = self.items[item_of[s]][1].font_size * box.advance
            for i in range(s + 1, e):
                adv[i] = 0.0
        # per item: (letter-spacing, word-spacing), then per character
        spacing = [(_get(st, "letter_spacing", 0.0), _get(st, "word_spacing", 0.0)) for _, st in self.items]
        if any(ls or ws for ls, ws in spacing) or "\n" in text or SOFT_HYPHEN in text:
            # letter-spacing goes after each cluster the shaper made, as in Blink: a grapheme cluster,
            # or a part of one (a Devanagari conjunct of a half form: न्|दी in Chromium 156)
            shaped_starts = {run.start + c for run in self.runs for c in run.shaped.clusters} \
                if any(ls for ls, _ in spacing) else set()
            unspaced = _unspaced(text) if shaped_starts else ()
            for i, ch in enumerate(text):
                if ch == "\n" or ch == SOFT_HYPHEN:
                    adv[i] = 0.0
                    continue
                ls, ws = spacing[item_of[i]]
                if ls and (graphemes[i] or i in shaped_starts) and not unspaced[i] and not _zero_width(ch):
                    adv[i] += ls
                if ws and ch in " \u00a0":
                    adv[i] += ws
        self._tabs(adv)
        # inline elements' margins, borders and padding: the start edges go with the element's first
        # character (its glyphs sit after them: open_gap), the end edges with its last
        self.open_gap: dict[int, float] = {}
        for position, mark in self.marks:
            left, right = start_end_edges(mark.style)  # (an element's start edge, its end edge)
            if mark.kind == "open" and position < n and left:
                adv[position] += left
                self.open_gap[position] = self.open_gap.get(position, 0.0) + left
            elif mark.kind == "close" and position > 0 and right:
                adv[position - 1] += right
        for i in self.atomic_at:
            adv[i] = 0.0
        self.advances = adv
        self._prefix()

        # break opportunities: soft[i] = a line may break before text[i]
        line_break = _get(style, "line_break", "auto")
        locale = icu_locale(lang, line_break)
        controls = self.bidi_controls
        controls_at = frozenset(i for i, _ in controls)
        base = break_opportunities(text, locale, False, controls) if n else ()
        base_all = (break_opportunities(text, locale, True, controls)
                    if n and any(_get(st, "word_break", "normal") == "break-all" for _, st in self.items) else base)
        soft = [False] * (n + 1)
        forced: list[int] = []
        emergency = [False] * (n + 1)  # overflow-wrap / word-break breaks inside words
        anywhere = [False] * (n + 1)   # ... that also count for min-content
        # per item: (wraps, white-space, word-break, overflow-wrap, hyphens: none)
        modes = []
        for _, st in self.items:
            ws = st.white_space
            modes.append((ws not in NO_WRAP and _get(st, "text_wrap", "wrap") != "nowrap"
                          and _get(st, "text_wrap_mode", "wrap") != "nowrap", ws,
                          _get(st, "word_break", "normal"), _get(st, "overflow_wrap", "normal"),
                          _get(st, "hyphens", "manual") == "none"))
        plain_modes = line_break != "anywhere" and all(
            m[0] and m[1] != "break-spaces" and m[2] == "normal" and m[3] == "normal" for m in modes)
        for i in range(1, n + 1):
            last = text[i - 1]
            if last == "\n":
                forced.append(i)
                continue
            if i == n:
                continue
            if plain_modes:  # the common case: UAX #14 / Blink's opportunities as they are
                soft[i] = base[i] and not (last == SOFT_HYPHEN and modes[item_of[i - 1]][4])
                continue
            wraps, ws, wb, ow, no_hyphens = modes[item_of[i - 1]]
            if not wraps:
                continue
            ok = base[i]
            if ws == "break-spaces" and last == " ":
                ok = True
            if last == SOFT_HYPHEN and no_hyphens:
                ok = False
            if wb == "keep-all" and ok and last not in _BLANKS and keep_all_blocks(text, i) \
                    and i not in controls_at:  # (a bidi control there is no letter to keep with)
                ok = False
            if line_break == "anywhere" and graphemes[i]:
                ok = anywhere[i] = True
            if graphemes[i] and text[i] not in _BLANKS:
                if wb == "break-all" and last not in _BLANKS:
                    ok = ok or base_all[i]
                if ow == "anywhere" or wb == "break-word":
                    anywhere[i] = True
                if ow in ("anywhere", "break-word") or wb == "break-word":
                    emergency[i] = True
            soft[i] = ok
        self.soft = soft
        self.forced = forced
        self.forced_set = frozenset(forced)
        self.emergency = emergency
        self.anywhere = anywhere
        hang_items = [st.white_space in _HANGING for _, st in self.items]
        self.hangs = [hang_items[k] for k in item_of]
        self.strut = strut(style, fonts)
        self._hyphen: dict[int, float] = {}
        self._min_content: float | None = None
        self._max_content: float | None = None
        self._layouts: dict[float | None, TextLayout] = {}

    def _prefix(self) -> None:
        prefix = [0.0] * (len(self.advances) + 1)
        acc = 0.0
        for i, a in enumerate(self.advances):
            acc += a
            prefix[i + 1] = acc
        self.prefix = prefix

    def _shift(self, style, parent) -> float:
        """How far vertical-align moves an inline element's baseline down from its parent's, line by line
        unknown (top and bottom as baseline): the estimate for the text an ellipsis hides. The lines
        place inline boxes with :meth:`_vertical`."""
        va = _get(style, "vertical_align", "baseline")
        if va == "baseline" or va in ("top", "bottom"):
            return 0.0
        parent_size = parent.font_size if parent is not None else self.style.font_size
        if va == "sub":
            return floor64(parent_size / 5 + 1)
        if va == "super":
            return -floor64(parent_size / 3 + 1)
        if va.__class__ is float:
            return -va
        face = _face_of(style, self.fonts)
        ascent, descent, _ = _vertical_metrics(face, style.font_size)
        if va in ("middle", "text-top", "text-bottom"):
            pface = _face_of(parent if parent is not None else self.style, self.fonts)
            pa, pd, _ = _vertical_metrics(pface, parent_size)
            if va == "middle":
                xh = pface.x_height * parent_size / pface.upem
                return (ascent - descent) / 2 - xh / 2
            return ascent - pa if va == "text-top" else pd - descent
        if hasattr(va, "resolve"):  # a percentage of the element's line-height
            above, below = _line_height(style, face)
            return -va.resolve(above + below)
        return 0.0

    def _run_line_height(self, run: _Run, start: int = 0, end: int | None = None) -> tuple[float, float]:
        """(above, below) the baseline that a run adds to its line box: under ``line-height: normal`` its
        own face's metrics (a fallback font counts), and those of the emoji font an emoji picture in
        text[start:end] stands for (``PictureBox.ascent``: the browser preset's); otherwise its item's
        primary font's only (Blink's include_used_fonts holds for normal alone: fallback glyphs do not grow
        a numeric line)."""
        item_style = self.items[run.item][1]
        if item_style.line_height == "normal":
            a, b = _line_height(item_style, run.face)
            if self.emoji_at:
                lo, hi = max(start, run.start), run.end if end is None else min(end, run.end)
                size = item_style.font_size
                for s, (_, _, box) in self.emoji_at.items():
                    if lo <= s < hi and box.ascent:  # each rounded, as Blink rounds a font's metrics
                        a, b = max(a, _round(box.ascent * size)), max(b, _round(box.descent * size))
            return a, b
        return _line_height(item_style, _face_of(item_style, self.fonts))

    def parent_metrics(self, key=None) -> tuple[float, float, float, float]:
        """(ascent, descent, x-height, font size) in px of the font of the inline box an atomic inline
        (``key``, a mark's key) sits in, the paragraph's own without one: what its vertical-align refers to."""
        style = self.style
        if key is not None and self.boxes:
            box = self._atomic_box.get(id(key), -1)
            if box != -1:
                style = self.boxes[box][0]
        face = _face_of(style, self.fonts)
        ascent, descent, _ = _vertical_metrics(face, style.font_size)
        return ascent, descent, face.x_height * style.font_size / face.upem, style.font_size

    def set_atomics(self, sizes: dict) -> None:
        """Sizes of the atomic inlines, ``id(key) -> (outer width, above the baseline, below[, "top" |
        "bottom"])`` (margin boxes, vertical-align applied; top and bottom align with the line box): their
        characters advance by their widths; the cached lines of other sizes are dropped."""
        changed = False
        for i, mark in self.atomic_at.items():
            size = sizes.get(id(mark.key), (0.0, 0.0, 0.0))
            if size != self.atomic_size[i]:
                self.atomic_size[i] = size
                self.advances[i] = size[0]
                changed = True
        if changed:
            self._prefix()
            self._layouts.clear()
            self._min_content = self._max_content = None

    def _measured_atomics(self, mode: str) -> None:
        if self.atomic_at and self.atomic_measure is not None:
            self.set_atomics({id(m.key): (self.atomic_measure(m.key, mode), 0.0, 0.0)
                              for m in self.atomic_at.values()})

    # -- itemizing: runs of one item and one face --------------------------------------------------

    def _find_emoji(self) -> dict:
        """Ranges drawn as pictures (``ogrender.emoji``: emoji from the set in use, grapheme images):
        start -> (end, ImageData, PictureBox); ``self.emoji_chars`` every index inside one."""
        from .. import emoji

        found = {s: (e, image, emoji.picture_box(image))
                 for s, (e, image) in emoji.pictures_in(self.text, self.path).items()}
        self.emoji_chars = frozenset(i for s, (e, _, _) in found.items() for i in range(s, e))
        return found

    def _bidi(self):
        """(paragraph level, embedding level per character) by UAX #9, with the bidi controls CSS
        ``unicode-bidi`` and ``direction`` of inline elements stand for (CSS Writing Modes 3, 2.4.2);
        levels None for left-to-right text without right-to-left characters or bidi styling."""
        text = self.text
        plaintext = _get(self.container, "unicode_bidi", "normal") == "plaintext"
        base = 1 if _get(self.style, "direction", "ltr") == "rtl" else 0
        styled = [(position, mark) for position, mark in self.marks
                  if _get(mark.style, "unicode_bidi", "normal") != "normal"]
        # a right-to-left element has its start edge on its right: lines are placed in visual order
        rtl_element = any(_get(mark.style, "direction", "ltr") == "rtl" for _, mark in self.marks)
        if not base and not plaintext and not styled and not rtl_element and not any(
                ord(ch) >= 0x590 and unicodedata.bidirectional(ch) in _RTL_CLASSES for ch in text):
            return 0, None  # no right-to-left character nor control (curly quotes and dashes are neutral)
        if not styled:
            lv = bidi_levels(text, None if plaintext else base)
        else:
            controls: dict[int, list[str]] = {}
            for position, mark in styled:
                ub = mark.style.unicode_bidi
                rtl = _get(mark.style, "direction", "ltr") == "rtl"
                if mark.kind == "open":
                    code = {"embed": "\u202b" if rtl else "\u202a", "isolate": "\u2067" if rtl else "\u2066",
                            "bidi-override": "\u202e" if rtl else "\u202d", "plaintext": "\u2068",
                            "isolate-override": ("\u2067\u202e" if rtl else "\u2066\u202d")}[ub]
                else:
                    code = {"embed": "\u202c", "isolate": "\u2069", "bidi-override": "\u202c",
                            "plaintext": "\u2069", "isolate-override": "\u202c\u2069"}[ub]
                controls.setdefault(position, []).append(code)
            self.bidi_controls = tuple(sorted((i, "".join(codes)) for i, codes in controls.items()))
            pieces, index = [], []
            isolates: dict[int, list[int]] = {}  # text index -> positions of isolate controls before it
            for i in range(len(text) + 1):
                for code in controls.get(i, ()):
                    for c in code:
                        if c in "\u2066\u2067\u2068\u2069":
                            isolates.setdefault(i, []).append(len(pieces))
                        pieces.append(c)
                if i < len(text):
                    index.append(len(pieces))
                    pieces.append(text[i])
            augmented = "".join(pieces)
            full = bidi_levels(augmented, None if plaintext else base)
            lv = [full[k] for k in index]
            # the isolate controls stay in the line as Blink keeps them in its text (zero-width, at the
            # level outside the isolate): what is inside is reordered apart from what is around it
            self.isolate_edges = {i: [full[k] for k in ks] for i, ks in isolates.items()}
        if plaintext:
            from .bidi import first_strong
            base = first_strong(text) or 0
        if not base and not any(lv) and not rtl_element:
            return 0, None
        return base, lv

    def _itemize_and_shape(self) -> list[_Run]:
        runs: list[_Run] = []
        text = self.text
        start = 0
        current = None  # (item index, face, right-to-left)
        missing: set[str] = set()
        chain_cache: dict[int, tuple] = {}
        rtl = False  # direction of the last strong character (runs split where it changes)
        levels = self.levels
        presentation, in_emoji = _emoji_presentation(text)
        for i, ch in enumerate(text):
            item_index = self.item_of[i]
            cp = ord(ch)
            if levels is not None:  # the bidi algorithm's levels: a run has one level
                changed = levels[i] != rtl
                strong_rtl = levels[i]
            elif cp >= 0x590:
                bidi = unicodedata.bidirectional(ch)
                strong_rtl = bidi in ("R", "AL")
                changed = strong_rtl != rtl and (strong_rtl or bidi == "L")
            else:
                changed = rtl and ch.isalpha()  # a Latin letter after right-to-left text
                strong_rtl = False
            if changed:
                rtl = strong_rtl
            chain = chain_cache.get(item_index)
            if chain is None:
                item_style = self.items[item_index][1]
                chain = self.fonts.chain(item_style.font_family, item_style.font_weight,
                                         item_style.font_style != "normal")
                chain_cache[item_index] = chain
            if current is not None and current[0] == item_index and not changed and (
                    current[1] is chain[0] if ch in " \n\t\u00a0\u00ad" else (
                        (current[1].has(cp) and i not in presentation
                         and (current[1] is chain[0] or _first_having(chain, cp) is current[1]))
                        or (i in presentation and _emoji_face(chain, cp) is current[1])
                        or (i in in_emoji and current[1].has(cp))
                        or unicodedata.combining(ch) or 0xFE00 <= cp <= 0xFE0F
                        or cp == 0x200D or 0x1F3FB <= cp <= 0x1F3FF or 0xE0020 <= cp <= 0xE007F
                        or _IGNORABLE.match(ch))):
                # marks, joiners, variation selectors, skin tones and tags stay with their base's face;
                # spaces too when that face is the primary font (else the first font having them takes
                # them, as in Blink: a space after an emoji is the text font's); any other character
                # goes to the first font of the list having it (Blink shapes with the primary font and
                # falls back only for what it lacks: digits after kanji stay Inter's)
                continue
            face = (_emoji_face(chain, cp) if i in presentation else _first_having(chain, cp)) \
                if ch != OBJECT and not _IGNORABLE.match(ch) else chain[0]
            if face is None and self.fonts.system is not None:  # system_fonts=True: an installed font
                st = self.items[item_index][1]
                face = self.fonts.fallback_face(cp, st.font_weight, st.font_style != "normal", self.langs[item_index])
            if face is None:
                if ch not in " \n\t" and unicodedata.category(ch)[0] not in "CZ" and i not in self.emoji_chars:
                    missing.add(ch)
                face = chain[0]
            if current is None or current != (item_index, face, rtl):
                if current is not None:
                    cut = self._rtl_end(start, i) if current[2] and not rtl and levels is None else i
                    runs.append(self._make_run(start, cut, *current))
                    if cut < i:  # neutrals after right-to-left text take the paragraph's direction
                        runs.append(self._make_run(cut, i, current[0], current[1], False))
                start, current = i, (item_index, face, rtl)
        if current is not None and start < len(text):
            cut = self._rtl_end(start, len(text)) if current[2] and levels is None else len(text)
            runs.append(self._make_run(start, cut, *current))
            if cut < len(text):
                runs.append(self._make_run(cut, len(text), current[0], current[1], False))
        runs = self._shape_together(runs)
        if missing:
            families = ", ".join(self.style.font_family)
            where = f"{self.path}: " if self.path else ""
            warnings.warn(f"{where}font-family: no font of {families!r} nor any loaded or bundled font has a glyph "
                          f"for {''.join(sorted(missing))!r}; drawn as .notdef", TextWarning, stacklevel=3)
        return runs

    def _font_key(self, run: _Run):
        """What makes two items' text one shaping run for Blink (the same Font): face, direction, size,
        weight, style, features, variations, language and spacing; colour and boxes do not count."""
        st = self.items[run.item][1]
        if any(i in self.end_trim or i in self.line_start_extra for i in range(run.start, run.end)):
            return None  # fullwidth punctuation trimmed at this run's edges: shaped alone
        if self.levels is not None and not any(script_of(ch) for ch in self.text[run.start:run.end]):
            return None  # Common characters in bidi text take a neighbour's script: shaped alone
        return (run.face, run.rtl, st.font_size, st.font_weight, st.font_style, features_of(st), run.variations,
                self.langs[run.item] if run.item < len(self.langs) else self.lang,
                _get(st, "letter_spacing", 0.0), _get(st, "word_spacing", 0.0))

    def _shape_together(self, runs: list[_Run]) -> list[_Run]:
        """Adjacent runs of different items in the same font are shaped as one text and the glyphs
        shared out by cluster, as Blink shapes them: Arabic keeps its cursive attachment and kerning
        across a coloured span, a Devanagari conjunct forms across one (its glyphs go with the item of
        the cluster's first character)."""
        out: list[_Run] = []
        k = 0
        while k < len(runs):
            key = self._font_key(runs[k])
            j = k + 1
            while key is not None and j < len(runs) and runs[j].start == runs[j - 1].end \
                    and runs[j].item != runs[j - 1].item and self._font_key(runs[j]) == key:
                j += 1
            out += self._reshape(runs[k:j]) if j - k > 1 else runs[k:j]
            k = j
        return out

    def _reshape(self, group: list[_Run]) -> list[_Run]:
        first = group[0]
        st = self.items[first.item][1]
        g0, g1 = first.start, group[-1].end
        piece = self.text[g0:g1].replace("\n", " ").replace("\t", " ")
        before = after = ""
        if joins(self.text[max(0, g0 - 1):g1 + 1]):
            before = self.text[max(0, g0 - CONTEXT):g0].replace("\n", " ").replace("\t", " ")
            after = self.text[g1:g1 + CONTEXT].replace("\n", " ").replace("\t", " ")
        language = self.langs[first.item] if first.item < len(self.langs) else self.lang
        # (with the half-width punctuation of each run: text-spacing-trim across a coloured span)
        ranges = tuple(("halt", i - g0, i - g0 + 1, 1) for run in group for i in sorted(run.halted))
        whole = shape(first.face, piece, "rtl" if first.rtl else "ltr", features_of(st), first.variations, language,
                      None, before, after, ranges)
        out = []
        for run in group:
            lo, hi = run.start - g0, run.end - g0
            keep = [n for n, c in enumerate(whole.clusters) if lo <= c < hi]
            sub = ShapedRun(run.face, piece[lo:hi], tuple(whole.glyphs[n] for n in keep),
                            tuple(whole.advances[n] for n in keep), tuple(whole.x_offsets[n] for n in keep),
                            tuple(whole.y_offsets[n] for n in keep), tuple(whole.clusters[n] - lo for n in keep))
            new = _Run(run.start, run.end, run.item, run.face, sub, run.scale)
            new.rtl, new.variations, new.synthetic = run.rtl, run.variations, run.synthetic
            new.params, new.halted = run.params, run.halted
            out.append(new)
        return out

    def _rtl_end(self, start: int, end: int) -> int:
        """Where a right-to-left run ends when left-to-right text (or the paragraph's end) follows it:
        after its last strong right-to-left character and the marks on it (UAX #9 N1/N2 for a
        left-to-right paragraph: the neutrals after it take the paragraph's direction)."""
        j = end
        while j > start:
            ch = self.text[j - 1]
            if unicodedata.bidirectional(ch) in ("R", "AL") or unicodedata.combining(ch):
                break
            j -= 1
        return j if j > start else end

    def _make_run(self, start: int, end: int, item_index: int, face: FontFace, rtl: bool = False) -> _Run:
        item_style = self.items[item_index][1]
        piece = self.text[start:end].replace("\n", " ").replace("\t", " ")  # not drawn
        variations = face.variations_for(item_style.font_weight, _axis_settings(item_style, face))
        rtl = bool(rtl & 1)  # a bidi level, or a flag
        script = None
        if self.levels is not None and not any(script_of(ch) for ch in piece):
            # a run of Common characters (digits, punctuation) in bidi text: the script of the text
            # before it (after it at the start), as Blink's segmenter gives it; kerning follows the script
            text = self.text
            script = next((sc for sc in map(script_of, reversed(text[:start])) if sc), None) or next(
                (sc for sc in map(script_of, text[end:]) if sc), None)
        before = after = ""
        if joins(self.text[max(0, start - 1):end + 1]):  # joining letters see across the run's ends
            before = self.text[max(0, start - CONTEXT):start].replace("\n", " ").replace("\t", " ")
            after = self.text[end:end + CONTEXT].replace("\n", " ").replace("\t", " ")
        language = self.langs[item_index] if item_index < len(self.langs) else self.lang
        features = features_of(item_style)
        halts, after_open = (), frozenset()
        kerning = not rtl and not any(tag in han_kerning.EXCLUSIVE and value for tag, value in features)
        if kerning:
            # fullwidth punctuation side by side: one of each pair is half-width (text-spacing-trim)
            halts, after_open = han_kerning.halt_indices(self.text, start, end, han_kerning.font_data(face, language))
        ranges = tuple(("halt", i - start, i - start + 1, 1) for i in halts)
        shaped = shape(face, piece, "rtl" if rtl else "ltr", features, variations, language, script,
                       before, after, ranges)
        data = han_kerning.font_data(face, language) if kerning else None
        if data is not None and data.applies and han_kerning.may_apply(piece):
            # a closing bracket may be half-width at a line's end when the line would not fit otherwise
            # (text-spacing-trim allow-end; measured in Chromium 156: brackets only, not 、 and 。)
            halted = set(halts)
            for i in range(start, end):
                if i not in halted and han_kerning.char_type(self.text[i]) == han_kerning.CLOSE:
                    whole = shape(face, self.text[i], "ltr", features, variations, language).advance
                    half = shape(face, self.text[i], "ltr", features, variations, language, None, "", "",
                                 (("halt", 0, 1, 1),)).advance
                    if half < whole:
                        self.end_trim[i] = (whole - half) * item_style.font_size / face.upem
        if after_open:  # at a line's start these keep their full width (Blink shapes them again)
            full = shape(face, piece, "rtl" if rtl else "ltr", features, variations, language, script, before, after,
                         tuple(r for r in ranges if r[1] + start not in after_open))
            trimmed, whole = shaped.char_advances(), full.char_advances()
            for i in after_open:
                self.line_start_extra[i] = (whole[i - start] - trimmed[i - start]) * item_style.font_size / face.upem
        # (what shape() was given after the text: _end_fix shapes a line's last character alike)
        params = ("rtl" if rtl else "ltr", features, variations, language, script)
        run = _Run(start, end, item_index, face, shaped, item_style.font_size / face.upem)
        run.params = params
        run.halted = frozenset(halts)
        run.rtl = rtl
        run.variations = variations
        # synthetic bold and oblique where the face lacks them (drawn only: Chromium keeps the advances)
        synthesis = _get(item_style, "font_synthesis", ("weight", "style"))
        # (a variable face offers the weights it was registered with: bold is synthesized past them)
        light = face.weight < 600 and ("wght" not in face.axes or getattr(face, "weight_range", None) is not None)
        run.synthetic = ("weight" in synthesis and item_style.font_weight >= 600 and light,
                         "style" in synthesis and item_style.font_style != "normal" and not face.italic
                         and "slnt" not in face.axes and "ital" not in face.axes)
        return run

    def _tabs(self, adv: list[float]) -> None:
        """Tab stops of preserved tabs (``tab-size``): a tab advances to the next multiple of its stop,
        counted from the start of its line (``_x``); here each gets the width of a whole stop."""
        self.tab_stops: dict[int, float] = {}
        for i, ch in enumerate(self.text):
            if ch == "\t":
                item_style = self.items[self.item_of[i]][1]
                kind, value = _get(item_style, "tab_size", ("spaces", 8.0))
                if kind == "spaces":
                    value = value * adv[i]  # the tab was shaped as a space (word-spacing included)
                if value > 0:
                    self.tab_stops[i] = value
                    adv[i] = value
        self.tab_list = sorted(self.tab_stops)

    def _x(self, start: int, i: int) -> float:
        """Pen position of text[i] on a line starting at text[start] (before justification); an opening
        bracket trimmed after punctuation gets its width back at a line's start (``line_start_extra``)."""
        prefix = self.prefix
        extra = self.line_start_extra
        if extra and i > start and start in extra:
            return self._x_tabs(start, i) + extra[start] if self.tab_list else prefix[i] - prefix[start] + extra[start]
        if not self.tab_list:
            return prefix[i] - prefix[start]
        return self._x_tabs(start, i)

    def _x_tabs(self, start: int, i: int) -> float:
        prefix = self.prefix
        k = bisect.bisect_left(self.tab_list, start)
        if k == len(self.tab_list) or self.tab_list[k] >= i:
            return prefix[i] - prefix[start]
        x, j = 0.0, start
        for t in self.tab_list[k:]:
            if t >= i:
                break
            x += prefix[t] - prefix[j]
            stop = self.tab_stops[t]
            x = (math.floor(x / stop + 1e-9) + 1) * stop
            j = t + 1
        return x + prefix[i] - prefix[j]

    # -- measuring ------------------------------------------------------------------------------------

    def _hyphen_width(self, index: int) -> float:
        """Width of the hyphen shown when a line breaks after the soft hyphen at ``index``."""
        cached = self._hyphen.get(index)
        if cached is None:
            item_style = self.items[self.item_of[index]][1]
            face = next((r.face for r in self.runs if r.start <= index < r.end), _face_of(item_style, self.fonts))
            cached = shape(face, "-").advance * item_style.font_size / face.upem + _get(item_style, "letter_spacing", 0.0)
            self._hyphen[index] = cached
        return cached

    def _content_end(self, start: int, end: int) -> int:
        """``end`` without the hanging white space at the end of text[start:end]."""
        text, hangs = self.text, self.hangs
        while end > start and (text[end - 1] == "\n" or (text[end - 1] in " \t" and hangs[end - 1])):
            end -= 1
        return end

    def _end_trim(self, start: int, end: int) -> float:
        """How much a line text[start:end] may give up at its end: half of a closing punctuation mark
        (text-spacing-trim allow-end), taken only by a line that would not fit otherwise."""
        if not self.end_trim:
            return 0.0
        stop = self._content_end(start, end)
        return self.end_trim.get(stop - 1, 0.0) if stop > start else 0.0

    def _width(self, start: int, end: int) -> float:
        """Width of text[start:end] on a line of its own: hanging spaces left out, a hyphen added when
        it ends at a soft hyphen, the last character's advance as shaped at the line's end."""
        stop = self._content_end(start, end)
        width = self._x(start, stop)
        if stop > start and self.text[stop - 1] == SOFT_HYPHEN:
            width += self._hyphen_width(stop - 1)
        elif stop == end and stop > start:
            width += self._end_fix(end)
        return width

    def _fit_width(self, start: int, end: int) -> float:
        """:meth:`_width` as Blink's line breaker sums it to see whether a line fits: each fragment (the
        text of one item at one bidi level) rounded up to a LayoutUnit (1/64 px)."""
        width = self._width(start, end)
        bounds = self._fragment_bounds
        if bounds is None:
            item_of, levels = self.item_of, self.levels
            bounds = self._fragment_bounds = [k for k in range(1, len(self.text)) if item_of[k] != item_of[k - 1]
                                              or (levels is not None and levels[k] != levels[k - 1])]
            # Blink's advances (16.16 from FreeType's scaled linear advances) minus ours, summed: a CJK
            # glyph of 1000 units is 16.00003 px at 16 px, so a fragment of them rounds up a LayoutUnit
            self._fix_sums = np.concatenate(((0.0,), np.cumsum(self._advance_fix()[:-1])))
        fix = self._fix_sums
        stop = self._content_end(start, end)
        lo, hi = bisect.bisect_right(bounds, start), bisect.bisect_left(bounds, stop)
        total, a = 0.0, start
        for k in bounds[lo:hi]:
            total += ceil64(self._x(start, k) - self._x(start, a) + fix[k] - fix[a])
            a = k
        return total + ceil64(width - self._x(start, a) + fix[stop] - fix[a])

    def _end_fix(self, end: int) -> float:
        """How much wider (px) the character before ``end`` is at the end of a line than in its run: Blink
        reshapes a line's end where a break falls inside a shaped run at a place HarfBuzz marks unsafe to
        break, so kerning with the character after it (``-`` before a digit in Inter) is dropped. The
        character is shaped alone, as the line ends it."""
        fix = self._fixes.get(end)
        if fix is None:
            fix = 0.0
            text = self.text
            i = end - 1
            if 0 < end < len(text) and text[i] not in _INKLESS and text[end] not in _BLANKS \
                    and i not in self.emoji_chars:
                k = bisect.bisect_right(self._run_starts, i) - 1
                run = self.runs[k] if k >= 0 else None
                if run is not None and run.start <= i and end < run.end and not run.rtl \
                        and run.char_adv[i - run.start] and i not in run.halted:
                    alone = shape(run.face, text[i], *run.params)
                    if len(alone.glyphs) == 1:
                        fix = (alone.advance - run.char_adv[i - run.start]) * run.scale
            self._fixes[end] = fix
        return fix

    def _indent(self, width: float | None) -> float:
        indent = _get(self.style, "text_indent", 0.0)
        if indent.__class__ is not float:  # Percent, of the block's width
            return indent.resolve(width) if width is not None else 0.0
        return indent

    def min_content_width(self) -> float:
        if self.atomic_at and self.atomic_measure is not None:
            saved = dict(self.atomic_size)
            self._measured_atomics("min")
            value = self._min_content_now()
            self.set_atomics({id(self.atomic_at[i].key): size for i, size in saved.items()})
            return value
        return self._min_content_now()

    def _min_content_now(self) -> float:
        if self._min_content is None:
            bounds = [0] + [i for i in range(1, len(self.text)) if self.soft[i] or self.anywhere[i]
                            or i in self.forced_set] + [len(self.text)]
            widest = 0.0
            for k, (a, b) in enumerate(zip(bounds, bounds[1:])):
                # (as wide as the line breaker needs the piece to fit: its fragments rounded up)
                w = max(self._width(a, b), self._fit_width(a, b)) + (self._indent(None) if k == 0 else 0.0)
                widest = max(widest, w)
            self._min_content = ceil64(widest) if self.text else 0.0
        return self._min_content

    def max_content_width(self) -> float:
        if self.atomic_at and self.atomic_measure is not None:
            saved = dict(self.atomic_size)
            self._measured_atomics("max")
            value = self._unwrapped_width()
            self.set_atomics({id(self.atomic_at[i].key): size for i, size in saved.items()})
            return value
        if self._max_content is None:
            self._max_content = self._unwrapped_width() if self.text else 0.0
        return self._max_content

    def _unwrapped_width(self) -> float:
        """The widest line without wrapping, as wide as the line breaker needs it to fit (:meth:`_fit_width`:
        each fragment rounded up to a LayoutUnit, as Blink sums a max-content size), so the text laid out
        at its max-content width keeps its lines."""
        layout = self.layout(None)
        fit = max((self._fit_width(line.start, line.end) + (self._indent(None) if k == 0 else 0.0)
                   for k, line in enumerate(layout.lines) if line.end > line.start), default=0.0)
        return max(layout.width, fit)

    # -- breaking into lines --------------------------------------------------------------------------

    def _break(self, width: float | None) -> list[tuple[int, int]]:
        """Greedy line breaking (as Blink's): each line takes the last break opportunity that fits."""
        text = self.text
        n = len(text)
        lines: list[tuple[int, int]] = []
        soft, forced_set = self.soft, self.forced_set
        pos = 0
        first = True
        while pos < n:
            avail = None if width is None else width - (self._indent(width) if first else 0.0)
            best = None
            end = None
            i = pos + 1
            while i <= n:
                if soft[i] or i in forced_set or i == n:
                    if avail is None or self._fit_width(pos, i) - self._end_trim(pos, i) <= avail + _FIT:
                        best = i
                        if i in forced_set:
                            break
                    else:
                        end = i
                        break
                i += 1
            if best is None:  # the first piece does not fit: an emergency break inside it, else overflow
                best = end if end is not None else n
                if avail is not None:
                    cut = None
                    for j in range(pos + 1, best):
                        if self.emergency[j]:
                            if self._fit_width(pos, j) <= avail + _FIT:
                                cut = j
                            else:
                                break
                    if cut is None:
                        # at least one grapheme when breaking inside a word is allowed
                        cut = next((j for j in range(pos + 1, best) if self.emergency[j]), None)
                    if cut is not None:
                        best = cut
            lines.append((pos, best))
            pos = best
            first = False
        return lines

    def _scored(self, width: float, breaks: list[tuple[int, int]], balanced: bool) -> list[tuple[int, int]]:
        """text-wrap: pretty and balance, as Blink's score line breaker: per paragraph (the lines up to a
        forced break or the end), ``balance`` re-breaks all of the block's first paragraph when it has up to
        6 lines (measured: the paragraphs after a ``br`` are not balanced), ``pretty``
        the last 4 lines of one whose greedy last line is a single word (no break opportunity in it)
        shorter than a third of the room. A paragraph with a line that overflows is left greedy."""
        out: list[tuple[int, int]] = []
        first = 0
        for k, (_, end) in enumerate(breaks):
            if end in self.forced_set or k == len(breaks) - 1:
                lines = breaks[first:k + 1]
                # Blink balances from the block's start only: the paragraphs after a forced break stay greedy
                out += self._score_paragraph(width, lines, first == 0, balanced) if not balanced or first == 0 \
                    else lines
                first = k + 1
        return out

    def _score_paragraph(self, width: float, lines: list[tuple[int, int]], block_start: bool,
                         balanced: bool) -> list[tuple[int, int]]:
        if len(lines) < 2:
            return lines
        indent = self._indent(width) if block_start else 0.0
        for j, (s, e) in enumerate(lines):
            if self._width(s, e) > width - (indent if j == 0 else 0.0) + 1e-6:
                return lines  # an overflowing line: Blink turns the score off
        if balanced:
            if len(lines) > 6:
                return lines
            window = 0
        else:
            s, e = lines[-1]
            stop = self._content_end(s, e)
            if self._width(s, e) >= width / 3 or any(self.soft[i] for i in range(s + 1, stop)):
                return lines
            window = max(0, len(lines) - 4)
        ws, pe = lines[window][0], lines[-1][1]
        base = self.prefix[ws]
        text = self.text
        cands = [scorebreak.Candidate(ws, 0.0, 0.0)]
        for i in range(ws + 1, pe):
            if self.soft[i] and i not in self.forced_set:
                hyphen = text[i - 1] == SOFT_HYPHEN
                cands.append(scorebreak.Candidate(i, self.prefix[i] - base, self._width(ws, i), hyphen))
        cands.append(scorebreak.Candidate(pe, self.prefix[pe] - base, self._width(ws, pe)))
        first_room = width - (indent if window == 0 else 0.0)
        chosen = scorebreak.optimal_breaks(cands, first_room, width, self.style.font_size,
                                           self.style.text_align == "justify", balanced)
        if chosen is None:
            return lines
        out = lines[:window]
        start = ws
        for index in chosen:
            out.append((start, cands[index].offset))
            start = cands[index].offset
        return out

    def layout(self, width: float | None) -> TextLayout:
        """Lines at ``width`` (None: no wrapping). Cached per width."""
        cached = self._layouts.get(width)
        if cached is not None:
            return cached
        lines: list[Line] = []
        top = 0.0
        widest = 0.0
        breaks = self._break(width)
        if width is not None and len(breaks) > 1:
            wrap = _get(self.style, "text_wrap", "wrap")
            mode = wrap if wrap in ("balance", "pretty") else _get(self.style, "text_wrap_style", "auto")
            if mode in ("balance", "pretty"):
                breaks = self._scored(width, breaks, mode == "balance")
        last_index = len(breaks) - 1
        container = self.container
        # line-clamp (CSS Overflow 4), or the WebKit form: -webkit-line-clamp with -webkit-box-orient:
        # vertical (display: -webkit-box itself is not a display type here)
        clamp = _get(container, "line_clamp", "none")
        if clamp == "none" and _get(container, "webkit_box_orient", "horizontal") in ("vertical", "block-axis"):
            clamp = _get(container, "webkit_line_clamp", "none")
        clamped = None
        if clamp != "none" and clamp >= 1 and len(breaks) > clamp:
            breaks = breaks[:int(clamp)]
            clamped = len(breaks) - 1
            last_index = clamped
        ellipsis = (_get(container, "text_overflow", "clip") == "ellipsis" and width is not None
                    and _get(container, "overflow_x", "visible") not in ("visible",))
        for k, (start, end) in enumerate(breaks):
            line = self._line(k, start, end, width, top, last=(k == last_index),
                              ellipsis="always" if k == clamped else "overflow" if ellipsis else None)
            widest = max(widest, line.width + (self._indent(width) if k == 0 else 0.0))
            lines.append(line)
            top += line.height
        result = TextLayout(lines, widest, top)
        self._layouts[width] = result
        return result

    def _ellipsis_run(self):
        """(face, size, style, shaped '…') in the block container's font, as Chromium draws it."""
        style = self.container
        chain = self.fonts.chain(style.font_family, style.font_weight, style.font_style != "normal")
        face = next((f for f in chain if f.has(0x2026)), None)
        text = "\u2026" if face is not None else "..."
        face = face or chain[0]
        return face, style.font_size, style, shape(face, text), text

    def _line(self, k: int, start: int, end: int, width: float | None, top: float, last: bool,
              ellipsis: str | None = None) -> Line:
        if ellipsis is not None and width is not None:
            avail = width - (self._indent(width) if k == 0 else 0.0)
            if ellipsis == "always" or self._width(start, end) > avail + 1e-6:
                face, size, style, shaped, etext = self._ellipsis_run()
                ell_w = shaped.advance * size / face.upem
                # Blink keeps whole graphemes, spaces included, before the ellipsis
                stop = end
                while stop > start and self.text[stop - 1] == "\n":
                    stop -= 1
                cut = start
                content = self._content_end(start, end)
                if ellipsis == "always" and self._x(start, content) + ell_w <= avail + 1e-6:
                    cut = content  # a clamped line that fits: the ellipsis follows its last character
                else:
                    for j in range(start + 1, stop + 1):
                        if self.graphemes[j] and self._x(start, j) + ell_w <= avail + 1e-6:
                            cut = j
                line = self._line(k, start, cut, width, top, True) if cut > start else \
                    Line(self._indent(width) if k == 0 else 0.0, top, 0.0, self.strut[0] + self.strut[1],
                         top + self.strut[0], [], "", 0.0, 0.0, start, start)
                # the line box holds the fonts of the text the ellipsis hides too (as Chromium's)
                above, below = line.baseline - line.top, line.top + line.height - line.baseline
                for r in self.runs:
                    if r.start < end and r.end > start:
                        a, b = self._run_line_height(r, start, end)
                        shift = self.shifts[r.item]
                        above, below = max(above, a - shift), max(below, b + shift)
                delta = top + above - line.baseline
                if delta or above + below != line.height:
                    for f in line.fragments:
                        f.y += delta
                    line.baseline += delta
                    line.height = above + below
                x = self._x(start, cut)
                if self.base_level == 1:  # a right-to-left line: the ellipsis goes on its left, after the
                    # white space kept before it (which does not hang there: it separates the two)
                    gap = x - self._x(start, self._content_end(start, cut)) if cut > start else 0.0
                    return self._ellipsis_left(line, face, size, style, shaped, etext, ell_w, end, gap)
                run = GlyphRun(face, size, style.color, shaped.glyphs, tuple(x + sum(shaped.advances[:i]) * size / face.upem
                                                                               for i in range(len(shaped.glyphs))),
                               (0.0,) * len(shaped.glyphs), etext, style, 0.0, x, x + ell_w)
                line.runs = list(line.runs) + [run]
                line.x1 = x + ell_w
                line.width = ceil64(line.x1)
                line.text = line.text + etext
                line.end = end
                return line
        text = self.text
        stop = self._content_end(start, end)
        hyphen = stop > start and text[stop - 1] == SOFT_HYPHEN
        natural = self._width(start, end)
        indent = self._indent(width) if k == 0 else 0.0
        avail = None if width is None else width - indent
        end_trim = 0.0
        if avail is not None and natural > avail + 1e-6 and self.end_trim:
            end_trim = self._end_trim(start, end)  # the last mark half-width: the line fits with it so
            end_trim = end_trim if natural - end_trim <= avail + 1e-6 else 0.0
            natural -= end_trim
        # justification: the free space goes to the spaces of the line
        align = self.style.text_align
        expand = 0.0
        opportunities: list[int] = []
        tail = self._hanging_edges(stop, end)
        if align == "justify" and avail is not None and not last and end not in self.forced_set:
            opportunities = _expansion_opportunities(text, start, stop)
            if opportunities and avail > natural + tail:
                expand = (avail - natural - tail) / len(opportunities)
        line_width = ceil64(natural + expand * len(opportunities) + tail)
        rtl_base = self.base_level == 1

        def place(line_width: float) -> float:
            if rtl_base and avail is not None:  # the indent is on the right; an overflowing line overflows left
                return self._align(line_width, avail, align, True) if line_width <= avail else avail - line_width
            return indent + self._align(line_width, avail, align, rtl_base)
        left = place(line_width)

        def pen(i: int) -> float:
            x = self._x(start, i)
            if expand:
                x += expand * bisect.bisect_left(opportunities, i)
            return x
        self._visual = None
        self._order = None
        if self.levels is not None:
            # UAX #9 L1-L2: the line's characters (hanging white space left out) in visual order, each
            # at the x of its left edge
            vis = {}
            x = 0.0
            adv = self.advances
            spread = frozenset(opportunities) if expand else ()
            order = []
            line_lv = line_levels(text, self.levels, start, stop, self.base_level)
            if any(start < i < stop for i in self.isolate_edges):
                # the line's characters and its isolate controls (index -1) reordered together
                slots, slot_lv = [], []
                for i in range(start, stop):
                    for level in self.isolate_edges.get(i, ()) if i > start else ():
                        slots.append(-1)
                        slot_lv.append(level)
                    slots.append(i)
                    slot_lv.append(line_lv[i - start])
                for a, b, level in visual_runs(slot_lv):
                    order += [slots[k] for k in (range(a, b) if level % 2 == 0 else range(b - 1, a - 1, -1))
                              if slots[k] >= 0]
            else:
                for a, b, level in visual_runs(line_lv):
                    order += range(start + a, start + b) if level % 2 == 0 else range(start + b - 1, start + a - 1, -1)
            self._order = order
            # inline elements' edges (margin, border, padding) go on their visual sides: the left ones
            # before their leftmost character on the line, the right ones after the rightmost (the start
            # edge, on the line where the element starts, is the right one in a right-to-left element)
            own = {i: adv[i] for i in order}
            # as _width measures the line: an opening bracket's width back at its start, a closing one
            # half-width at its end (text-spacing-trim), the last character as shaped at the line's end
            if start in own and start in self.line_start_extra:
                own[start] += self.line_start_extra[start]
            if stop - 1 in own and stop > start:
                own[stop - 1] += (self._end_fix(end) if stop == end else 0.0) - end_trim
            before: dict[int, float] = {}
            after: dict[int, float] = {}
            if self.marks:
                rank = {i: k for k, i in enumerate(order)}
                for p, q, style in self._elements():
                    chars = [i for i in range(max(p, start), min(q, stop)) if i in rank]
                    edge_s, edge_e = start_end_edges(style)
                    if p < stop and p < q and p in own:
                        own[p] -= edge_s
                    if q - 1 in own and q > p:
                        own[q - 1] -= edge_e
                    if not chars:
                        continue
                    rtl_element = _get(style, "direction", "ltr") == "rtl"
                    ends = q <= stop or (q <= end and p < stop)  # (closing in hanging white space too)
                    left_edge = (ends and edge_e) if rtl_element else (p >= start and edge_s)
                    right_edge = (p >= start and edge_s) if rtl_element else (ends and edge_e)
                    if left_edge:
                        i = min(chars, key=rank.__getitem__)
                        before[i] = before.get(i, 0.0) + left_edge
                    if right_edge:
                        i = max(chars, key=rank.__getitem__)
                        after[i] = after.get(i, 0.0) + right_edge
            for i in order:
                x += before.get(i, 0.0)
                vis[i] = x
                x += own[i] + (expand if i in spread else 0.0) + after.get(i, 0.0)
            self._own = own
            self._spread = {i: expand for i in spread} if spread else {}
            for i in range(stop, end + 1):
                vis[i] = x if not rtl_base else -(self._x(stop, end) if i < end else 0.0)
            self._visual = vis

            def pen(i: int) -> float:  # noqa: F811 - the visual position in a bidi line
                return vis[i]

        above, below, atomics = self._vertical(start, end, pen)
        state = (self._visual, self._order, getattr(self, "_own", None), getattr(self, "_spread", None),
                 self._line_shifts, self._box_shifts)

        def make_runs() -> list:
            """The line's glyph runs, placed where Chromium draws them (the line's bidi order and baseline
            shifts restored: other lines may have been laid out since)."""
            self._visual, self._order, self._own, self._spread, self._line_shifts, self._box_shifts = state
            self._glyph_shift, chromium_width = self._chromium_pens(
                start, stop, pen, natural + expand * len(opportunities) + tail, opportunities, expand, avail)
            if chromium_width != line_width:  # Chromium aligns the line by its fragments' LayoutUnit widths
                moved = place(chromium_width) - left
                if moved:
                    self._glyph_shift = {c: d + moved for c, d in self._glyph_shift.items()}
            runs = []
            for run in self.runs:
                if run.end <= start or run.start >= end:
                    continue
                glyph_run = self._slice(run, start, end, pen)
                if glyph_run is not None:
                    runs.append(glyph_run)
            if hyphen and runs:
                self._add_hyphen(runs, stop - 1, pen(stop))
            return runs
        # extent of the text, white space excluded
        first_ink = next((i for i in range(start, stop) if text[i] not in _INKLESS), None)
        if first_ink is None:
            x0 = x1 = 0.0
        else:
            last_ink = max(i for i in range(start, stop) if text[i] not in _INKLESS)
            x0 = pen(first_ink) + self.open_gap.get(first_ink, 0.0)
            x1 = pen(last_ink) + self.advances[last_ink] - self._close_gap(last_ink) \
                - end_trim
            if last_ink == end - 1 == stop - 1:
                x1 += self._end_fix(end)
            if self._visual is not None:
                inked = [i for i in range(first_ink, last_ink + 1) if text[i] not in _INKLESS]
                x0 = min(self._visual[i] for i in inked)
                x1 = max(self._visual[i] + self._own[i] for i in inked)
        line = Line(left, top, line_width, above + below, top + above, make_runs,
                    text[start:end].rstrip(" \n\t").replace(SOFT_HYPHEN, "").replace(OBJECT, ""), x0, x1,
                    start, end)
        line.atomics = atomics
        if self.marks:
            self._line_end_trim = end_trim
            self._fragments(line, k, start, end, stop, pen)
        return line

    def _chromium_pens(self, start: int, stop: int, pen, right: float, opportunities=(), expand: float = 0.0,
                       avail: float | None = None) -> tuple[dict[int, float], float]:
        """Per character of the line text[start:stop]: how far right of ``pen`` Chromium draws its glyphs
        (a few 1/65536 px to 1/64 px; what matters is which quarter pixel a glyph lands on, see
        ogrender.paint.glyph_outlines.pen_position); and the line's width as Chromium aligns it (its
        content ends at ``right`` in pen coordinates). Blink places each text fragment (an item: the
        text of one element at one bidi level) at a whole LayoutUnit (1/64 px), after the previous
        fragments' widths rounded up to LayoutUnits, and its glyphs at float32 sums of their advances in
        16.16 fixed point (:meth:`_advance_fix`) from the fragment's start. Measured: a Hangul syllable
        (0.92 em at 20 px: 18.39998 px in 16.16) after five others and an Inter space lands on Chromium's
        quarter below 97.625 px; the Latin text after a Hebrew fragment on the quarter above 96.62 px; a
        right-aligned Hebrew line of 4 fragments is 1/64 px wider than its text (203.078125 px).

        A justified line (``expand`` px after each of ``opportunities``, filling ``avail``): Blink spreads
        the free space left by the fragments' widths in LayoutUnits, in a float, and places the
        fragments after their justified widths (a Devanagari conjunct after four justified spaces lands on
        Chromium's quarter below 161.8774 px)."""
        order = [c for c in (self._order if self._order is not None else range(start, stop)) if start <= c < stop]
        if not order:
            return {}, ceil64(right)
        pens = [pen(c) for c in order]
        if not (expand and opportunities and avail is not None):
            xs, width = self._chromium_xs(order, pens, right)
            return {c: x - p for c, x, p in zip(order, xs, pens)}, width
        spread_after = frozenset(opportunities)
        counts, k = [], 0  # opportunities before each character (in the line's visual order)
        for c in order:
            counts.append(k)
            k += c in spread_after
        n = len(opportunities)
        base = [p - expand * k for p, k in zip(pens, counts)]
        _, natural = self._chromium_xs(order, base, right - expand * n)
        spread = float(np.float32((avail - natural) / n))
        justified = [b + spread * k for b, k in zip(base, counts)]
        xs, width = self._chromium_xs(order, justified, right + (spread - expand) * n)
        return {c: x - p for c, x, p in zip(order, xs, pens)}, width

    def _chromium_xs(self, order: list[int], pens: list[float], right: float) -> tuple[list[float], float]:
        """Chromium's x of each character of ``order`` whose exact pen positions are ``pens`` (the line's
        content ending at ``right``), and the line's width: :meth:`_chromium_pens`."""
        item_of, levels, atomic_at = self.item_of, self.levels, self.atomic_at
        fix = self._advance_fix()
        out: list[float] = []
        piece = piece_pen = pens[0]  # Chromium's x of the current fragment's start; our pen there
        k0, n = 0, len(order)
        for k in range(1, n + 1):
            if k < n:
                c, p = order[k], order[k - 1]
                if item_of[c] == item_of[p] and (levels is None or levels[c] == levels[p]) \
                        and c not in atomic_at and p not in atomic_at:
                    continue
            # the fragment order[k0:k]: its glyphs at float32 sums of Blink's 16.16 advances
            if k - k0 > 1:
                advances = np.diff(np.array(pens[k0:k])) + fix[order[k0:k - 1]]
                out += np.cumsum(np.concatenate(((piece,), advances)).astype(np.float32)).tolist()
            else:
                out.append(piece)
            if k < n:
                piece += ceil64(pens[k] - piece_pen)
                piece_pen, k0 = pens[k], k
        return out, piece + ceil64(right - piece_pen)

    def _advance_fix(self) -> np.ndarray:
        """Per character, its glyphs' advances as Blink sums them minus ours (px, a few 1/65536). Blink
        gives HarfBuzz Skia's advances, FreeType's linear advances at the font size in 16.16 fixed point
        (``x_scale`` = FT_DivFix(size in 26.6, upem); advance = FT_MulDiv(units, x_scale, 64)), and
        HarfBuzz adds GPOS adjustments scaled to 16.16 with rounding (its ``em_mult``); ours are exact.
        Measured against Chromium's quarter pixels: after 'Hell' (Inter, 24 px; 43.125 px exactly)
        Chromium draws the 'o' on the quarter above, after '45' (Inter, 20 px; 25 px exactly) the '6' on
        the quarter below, after five Hangul syllables (Noto Sans CJK JP, 20 px) the next one below; so
        neither exact sums nor HarfBuzz's own rounding of whole advances, nor truncated float advances."""
        if self._fix is None:
            fix = np.zeros(len(self.text) + 1)
            for run in self.runs:
                face = run.face
                if face.has_bitmaps:  # colour bitmap glyphs advance by their bitmaps
                    continue
                upem = face.upem
                size = self.items[run.item][1].font_size
                x_scale = _mul_div(int(size * 64), 65536, upem)  # FT_DivFix
                mult = (int(size * 65536) << 16) // upem
                font = face.hb_font_for(run.variations)
                shaped, scale = run.shaped, run.scale
                dxs, dys, last, within = [], [], None, 0.0
                for gid, units, dx, dy, char in zip(shaped.glyphs, shaped.advances, shaped.x_offsets,
                                                     shaped.y_offsets, run.glyph_chars):
                    if char != last:
                        last, within = char, 0.0
                    # the glyph's offsets (GPOS, rounded as HarfBuzz scales them) and the advances of the
                    # glyphs before it in its cluster
                    dxs.append(within + (int(dx) * mult + 32768 >> 16) / 65536 - dx * scale)
                    dys.append((int(dy) * mult + 32768 >> 16) / 65536 - dy * scale)
                    if units and char not in self.emoji_at:
                        base = font.get_glyph_h_advance(gid)
                        fixed = _mul_div(base, x_scale, 64) + ((int(units) - base) * mult + 32768 >> 16)
                        fix[char] += fixed / 65536 - units * scale
                        within += fixed / 65536 - units * scale
                run.offset_fix = (dxs, dys)
            self._fix = fix
        return self._fix

    def _vertical(self, start: int, end: int, pen) -> tuple[float, float, list]:
        """vertical-align on the line text[start:end], as Blink's inline layout state stack does it: every
        inline box on the line has its font's metrics with its half-leading (and its runs', and those of
        its children placed on its baseline); when a box ends, the children it waits for are aligned to
        it (text-top and text-bottom to its font's ascent and descent; then top and bottom to its aligned
        subtree, or to the line's root box when no ancestor is aligned top or bottom), and it shifts by its
        own value (sub, super, lengths, percentages, middle). Returns (above, below) the baseline of the
        line box and its atomic inlines ``(key, x, ascent above the baseline)``; sets the baseline shift of
        each item (``_line_shifts``) and inline box (``_box_shifts``) on this line."""
        root_a, root_d = self.strut
        boxes = self.boxes
        present = [i for i, b in enumerate(boxes) if (b[2] < end and b[3] > start) or (b[2] == b[3] and start <= b[2] < end)]
        inner = {}  # box -> (ascent, descent) of its runs and plain atomic inlines
        for run in self.runs:
            if run.end <= start or run.start >= end:
                continue
            a, b = self._run_line_height(run, start, end)
            key = self.item_box[run.item] if boxes else -1
            old = inner.get(key)
            inner[key] = (a, b) if old is None else (max(old[0], a), max(old[1], b))
        pending_atomics = []  # (box aligned to, close position, key, x, above, below, "top" | "bottom")
        atomics = []
        placed_in = []  # (key, x, above its box's baseline, box): atomic inlines that move with their box
        if self.atomic_at:
            for i in range(start, end):
                mark = self.atomic_at.get(i)
                if mark is not None:
                    w, a, b, *rest = self.atomic_size[i]
                    box = self.item_box[self.item_of[i]] if boxes else -1
                    if rest and rest[0] in ("top", "bottom"):
                        to = box if box == -1 or _get(boxes[box][0], "vertical_align", "baseline") in (
                            "top", "bottom") else self._aligned_ancestor(box)
                        pending_atomics.append((to, i + 1, mark.key, pen(i), a, b, rest[0]))
                        continue
                    if box == -1:
                        root_a, root_d = max(root_a, a), max(root_d, b)
                    else:
                        old = inner.get(box)
                        inner[box] = (a, b) if old is None else (max(old[0], a), max(old[1], b))
                    placed_in.append((mark.key, pen(i), a, box))
        if not present:
            atomics = [(key, x, a) for key, x, a, _ in placed_in]
            a, d = inner.get(-1, (root_a, root_d))
            a, d = max(a, root_a), max(d, root_d)
            if pending_atomics:
                (a, d), placed = self._align_pending(a, d, [(p, ("atomic", key, x), aa, bb, va)
                                                              for _, p, key, x, aa, bb, va in pending_atomics])
                atomics += [(ref[1], ref[2], aa - shift) for ref, aa, shift in placed]
            self._line_shifts = self._no_shifts
            self._box_shifts = {}
            return a, d, atomics
        children: dict[int, list[int]] = {}
        for i in present:
            children.setdefault(boxes[i][1], []).append(i)
        shift_of: dict[int, float] = {}
        pending: dict[int, list] = {}  # box (-1: root) -> [(close position, ref, ascent, descent, va)]

        aligned_ancestor = self._aligned_ancestor
        for to, p, key, x, aa, bb, va in pending_atomics:
            pending.setdefault(to, []).append((p, ("atomic", key, x, to), aa, bb, va))

        def close(i: int) -> tuple[float, float]:
            """The metrics of box i (-1: the root) once its content is placed, about its own baseline."""
            st = self.style if i == -1 else boxes[i][0]
            face = _face_of(st, self.fonts)
            if i == -1:
                a, d = root_a, root_d
            else:
                a, d = _line_height(st, face)
            own = inner.get(i)
            if own is not None:
                a, d = max(a, own[0]), max(d, own[1])
            for c in children.get(i, ()):
                m = close(c)
                if m is not None:
                    a, d = max(a, m[0]), max(d, m[1])
            waiting = sorted(pending.pop(i, []), key=lambda w: w[0])
            if waiting:
                fa, fd, _ = _vertical_metrics(face, st.font_size)
                for _, ref, ca, cd, va in waiting:  # text-top and text-bottom: the box's font
                    if va == "text-top":
                        shift = ca - fa
                    elif va == "text-bottom":
                        shift = fd - cd
                    else:
                        continue
                    shift_of[ref] = shift
                    a, d = max(a, ca - shift), max(d, cd + shift)
                (a, d), placed = self._align_pending(a, d, [w for w in waiting if w[4] in ("top", "bottom")])
                for ref, ca, shift in placed:
                    if ref.__class__ is tuple:  # an atomic inline: above its box's baseline
                        placed_in.append((ref[1], ref[2], ca - shift, ref[3]))
                    else:
                        shift_of[ref] = shift
            if i == -1:
                return a, d
            va = _get(st, "vertical_align", "baseline")
            if va == "baseline":
                shift_of[i] = 0.0
                return a, d
            parent_style = self.style if boxes[i][1] == -1 else boxes[boxes[i][1]][0]
            close_at = min(boxes[i][3], end)
            if va in ("top", "bottom"):
                pending.setdefault(aligned_ancestor(i), []).append((close_at, i, a, d, va))
                return None
            if va in ("text-top", "text-bottom"):
                pending.setdefault(boxes[i][1], []).append((close_at, i, a, d, va))
                return None
            if va == "sub":
                shift = floor64(parent_style.font_size / 5 + 1)
            elif va == "super":
                shift = -floor64(parent_style.font_size / 3 + 1)
            elif va == "middle":
                pface = _face_of(parent_style, self.fonts)
                xh = pface.x_height * parent_style.font_size / pface.upem
                shift = (a - d) / 2 - _round(xh / 2 * 64) / 64
            elif va.__class__ is float:
                shift = -va
            elif hasattr(va, "resolve"):  # a percentage of the element's line-height
                above, below = _line_height(st, face)
                shift = -va.resolve(above + below)
            else:
                shift = 0.0
            shift_of[i] = shift
            return a - shift, d + shift

        a, d = close(-1)
        box_shifts = {}
        for i in present:  # a box moves with the boxes around it
            total = shift_of.get(i, 0.0)
            parent = boxes[i][1]
            if parent != -1:
                total += box_shifts.get(parent, 0.0)
            box_shifts[i] = total
        shifts = list(self.shifts)
        for k, b in enumerate(self.item_box):
            shifts[k] = box_shifts.get(b, 0.0) if b != -1 else 0.0
        self._line_shifts = shifts
        self._box_shifts = box_shifts
        atomics = [(key, x, above - (box_shifts.get(box, 0.0) if box != -1 else 0.0))
                   for key, x, above, box in placed_in]
        return a, d, atomics

    def _aligned_ancestor(self, i: int) -> int:
        """The nearest inline box around box i aligned top or bottom, else -1 (the line's root box)."""
        boxes = self.boxes
        parent = boxes[i][1]
        while parent != -1 and _get(boxes[parent][0], "vertical_align", "baseline") not in ("top", "bottom"):
            parent = boxes[parent][1]
        return parent

    @staticmethod
    def _align_pending(a: float, d: float, waiting: list) -> tuple[tuple[float, float], list]:
        """Boxes aligned top or bottom (``(position, ref, ascent, descent, va)``, in the order they end)
        against a box of metrics (a, d): Blink aligns them to its aligned subtree, grown to hold the
        tallest; returns the new metrics and (ref, ascent, shift) of each."""
        if not waiting:
            return (a, d), []
        max_a, max_d = a, d
        for _, ref, ca, cd, va in waiting:
            if ca + cd > max_a + max_d:
                max_a, max_d = (a, ca + cd - a) if va == "top" else (ca + cd - d, d)
        placed = []
        for _, ref, ca, cd, va in waiting:
            shift = ca - max_a if va == "top" else max_d - cd
            a, d = max(a, ca - shift), max(d, cd + shift)
            placed.append((ref, ca, shift))
        return (a, d), placed

    @staticmethod
    def _ellipsis_left(line, face, size, style, shaped, etext, ell_w, end, gap=0.0):
        """The ellipsis of a right-to-left line on its left: the line's content moves right by its width
        and that of the white space (``gap``) kept between them."""
        shift = ell_w + gap
        for r in line.runs:
            r.xs = tuple(x + shift for x in r.xs)
            r.x0 += shift
            r.x1 += shift
        line.atomics = [(key, x + shift, *rest) for key, x, *rest in line.atomics]
        scale = size / face.upem
        run = GlyphRun(face, size, style.color, shaped.glyphs,
                       tuple(sum(shaped.advances[:i]) * scale for i in range(len(shaped.glyphs))),
                       (0.0,) * len(shaped.glyphs), etext, style, 0.0, 0.0, ell_w)
        line.runs = [run] + list(line.runs)
        line.left -= shift
        line.x0 = 0.0
        line.x1 += shift
        line.width = ceil64(line.width + shift)
        line.text = line.text + etext
        line.end = end
        return line

    def _hanging_edges(self, stop: int, end: int) -> float:
        """The end edges (margin, border, padding) of inline elements that close inside the hanging white
        space text[stop:end] at a line's end: the space goes, the edges stay on the line (they count
        where the line is aligned, not where it breaks; measured in Chromium 156)."""
        if stop >= end or not self.marks:
            return 0.0
        return sum(start_end_edges(mark.style)[1] for position, mark in self.marks
                   if mark.kind == "close" and stop < position <= end)

    def _close_gap(self, index: int) -> float:
        """The end edges of inline elements whose last character is text[index]."""
        return sum(start_end_edges(mark.style)[1] for position, mark in self.marks
                   if mark.kind == "close" and position == index + 1)

    def _fragments(self, line: Line, k: int, start: int, end: int, stop: int, pen) -> None:
        """The pieces of inline elements on this line (``line.fragments``), in document order."""
        out = []
        opened: dict[int, tuple[int, float]] = {}  # id(key) -> (start position, edges opened before it there)
        ends: dict[int, tuple[int, float]] = {}
        before_at: dict[int, float] = {}
        for position, mark in self.marks:
            left, right, _, _ = inline_edges(mark.style)
            if mark.kind == "open":
                opened[id(mark.key)] = (position, before_at.get(position, 0.0))
                before_at[position] = before_at.get(position, 0.0) + left
        after_at: dict[int, float] = {}
        for position, mark in reversed(self.marks):
            if mark.kind == "close":
                ends[id(mark.key)] = (position, after_at.get(position, 0.0))
                after_at[position] = after_at.get(position, 0.0) + inline_edges(mark.style)[1]
        for position, mark in self.marks:
            if mark.kind != "open":
                continue
            p, before = opened[id(mark.key)]
            q, after = ends.get(id(mark.key), (len(self.text), 0.0))
            if q <= start or p >= end:
                continue
            style = mark.style
            ml = _px(style.margin_left)
            mr = _px(style.margin_right)
            if p >= stop and p > start:  # opens in the line's hanging white space: its start edge, at the
                # content's end (a left-to-right line), is all of it there, as Blink makes a box fragment of it
                if self.base_level == 1 or _get(style, "direction", "ltr") == "rtl" or not before + \
                        start_end_edges(style)[0]:
                    continue
                x_left = (pen(stop) if self._visual is None else self._visual[stop]) + before + ml
                face = _face_of(style, self.fonts)
                ascent, descent, _ = _vertical_metrics(face, style.font_size)
                _, _, top_edge, bottom_edge = inline_edges(style)
                shift = self._box_shifts.get(self.box_of_key.get(id(mark.key)), 0.0)
                out.append(Fragment(mark.key, style, line.left + x_left, line.baseline + shift - ascent - top_edge,
                                    max(0.0, start_end_edges(style)[0] - ml), ascent + descent + top_edge + bottom_edge,
                                    True, False, k))
                continue
            first, last = p >= start, q <= end
            x_left = pen(max(p, start)) + (before + ml if first else 0.0)
            if last and q <= stop:
                x_right = pen(q) - after - mr
            elif last and q <= end and p < stop:  # closes in the hanging white space: its edges stay
                x_right = pen(stop) + self._hanging_edges(stop, q) - after - mr
            else:
                x_right = pen(min(q, stop))
            if min(q, stop) == stop == end > start:  # the line's end, reshaped (_end_fix)
                x_right += self._end_fix(end)
            if min(q, stop) == stop > start and self._visual is None:  # a closing bracket halved there
                x_right -= self._line_end_trim
            draws_left, draws_right = first, last and (q <= stop or p < stop)
            if self._visual is not None:
                x_left, x_right = self._span(max(p, start), min(q, stop))
                left_edge, right_edge, _, _ = inline_edges(style)
                if _get(style, "direction", "ltr") == "rtl":  # its start edge is its right one
                    draws_left, draws_right = draws_right, draws_left
                x_left -= (left_edge - ml) if draws_left else 0.0
                x_right += (right_edge - mr) if draws_right else 0.0
            face = _face_of(style, self.fonts)
            ascent, descent, _ = _vertical_metrics(face, style.font_size)
            _, _, top_edge, bottom_edge = inline_edges(style)
            shift = self._box_shifts.get(self.box_of_key.get(id(mark.key)), 0.0)
            out.append(Fragment(mark.key, style, line.left + x_left, line.baseline + shift - ascent - top_edge,
                                max(0.0, x_right - x_left), ascent + descent + top_edge + bottom_edge,
                                draws_left, draws_right, k))
        line.fragments = out

    def _slice(self, run: _Run, start: int, end: int, pen):
        """The glyphs of ``run`` whose cluster lies in text[start:end], placed by ``pen``."""
        shaped = run.shaped
        scale = run.scale
        text = self.text
        glyphs, xs, ys = [], [], []
        images = []  # (x, ImageData) of the emoji pictures in the slice
        placed: set[int] = set()
        emoji_chars = self.emoji_chars
        lo, hi = max(start, run.start), min(end, run.end)
        chars = run.glyph_chars
        vis = self._visual
        shift = self._glyph_shift
        self._advance_fix()
        fix_x, fix_y = run.offset_fix if run.offset_fix is not None else ((0.0,) * len(chars), (0.0,) * len(chars))
        if run.rtl:
            # right-to-left: the slice's glyphs in visual order from the slice's left edge; each
            # cluster's extra advance (spacing) goes after its glyphs
            # (in a bidi line, white space hanging at the line's end is placed apart: it is skipped here)
            ordered = range(lo, hi) if vis is None else [c for c in range(lo, hi) if c in self._own]
            if not ordered:
                return None
            x = pen(lo) if vis is None else min(vis[c] for c in ordered)
            seen: set[int] = set()
            for gid, adv, dx, dy, char, fx, fy in zip(shaped.glyphs, shaped.advances, shaped.x_offsets,
                                                      shaped.y_offsets, chars, fix_x, fix_y):
                if not lo <= char < hi or (vis is not None and char not in self._own):
                    continue
                if char in emoji_chars:
                    if char in self.emoji_at and char not in seen:
                        images.append((x, *self.emoji_at[char][1:]))
                elif text[char] not in _INKLESS:
                    glyphs.append(gid)
                    xs.append(x + dx * scale + shift.get(char, 0.0) + fx)
                    ys.append(-dy * scale - fy)
                x += adv * scale
                if char not in seen:
                    seen.add(char)
                    x += (self.advances[char] if vis is None else self._own.get(char, 0.0)) \
                        - run.char_adv[char - run.start] * scale
        else:
            # ascending clusters: runs shaped left to right
            g0, g1 = bisect.bisect_left(chars, lo), bisect.bisect_left(chars, hi)
            for gid, dx, dy, char, within, fx, fy in zip(shaped.glyphs[g0:g1], shaped.x_offsets[g0:g1],
                                                         shaped.y_offsets[g0:g1], chars[g0:g1],
                                                         run.glyph_within[g0:g1], fix_x[g0:g1], fix_y[g0:g1]):
                if char in emoji_chars:
                    if char in self.emoji_at and char not in placed:
                        placed.add(char)
                        images.append((pen(char) + (self.open_gap.get(char, 0.0) if vis is None else 0.0),
                                       *self.emoji_at[char][1:]))
                elif text[char] not in _INKLESS:
                    glyphs.append(gid)
                    xs.append(pen(char) + (self.open_gap.get(char, 0.0) if vis is None else 0.0) + within
                              + dx * scale + (self.line_start_extra.get(char, 0.0) if char == start else 0.0)
                              + shift.get(char, 0.0) + fx)
                    ys.append(-dy * scale - fy)
            for s, (_, image, box) in self.emoji_at.items():  # pictures inside a cluster HarfBuzz merged
                if lo <= s < hi and s not in placed:          # (the parts of a ZWJ sequence a set lacks)
                    images.append((pen(s) + (self.open_gap.get(s, 0.0) if vis is None else 0.0), image, box))
        if not glyphs and not images:
            return None
        item_style = self.items[run.item][1]
        if vis is None:
            x0, x1 = pen(lo) + self.open_gap.get(lo, 0.0), pen(hi)
        else:
            x0, x1 = self._span(lo, hi)
        glyph_run = GlyphRun(run.face, item_style.font_size, item_style.color, tuple(glyphs), tuple(xs),
                             tuple(ys), text[lo:hi], item_style, 0.0, x0, x1)
        glyph_run.variations = run.variations
        glyph_run.baseline_shift = self._line_shifts[run.item]
        glyph_run.decorations = self.decorations[run.item]
        glyph_run.primary = _face_of(item_style, self.fonts)
        glyph_run.emoji = tuple(images)
        glyph_run.synthetic_bold, glyph_run.synthetic_oblique = run.synthetic
        return glyph_run

    def _span(self, lo: int, hi: int) -> tuple[float, float]:
        """Leftmost and rightmost x of the characters text[lo:hi] on the current bidi line
        (``self._visual``; inline elements' edges left out)."""
        vis, own, spread = self._visual, self._own, self._spread  # (with the justification space after each)
        xs = [vis[c] for c in range(lo, hi) if c in own]
        if not xs:
            return vis.get(lo, 0.0), vis.get(lo, 0.0)
        return min(xs), max(vis[c] + own[c] + spread.get(c, 0.0) for c in range(lo, hi) if c in own)

    def _elements(self) -> list:
        """(start, end, style) of every inline element, in document order."""
        out, opened = [], {}
        for position, mark in self.marks:
            if mark.kind == "open":
                opened[id(mark.key)] = (len(out), position)
                out.append([position, len(self.text), mark.style])
            elif mark.kind == "close" and id(mark.key) in opened:
                out[opened[id(mark.key)][0]][1] = position
        return out

    def _add_hyphen(self, runs: list[GlyphRun], index: int, x: float) -> None:
        item_style = self.items[self.item_of[index]][1]
        face = next((r.face for r in self.runs if r.start <= index < r.end), _face_of(item_style, self.fonts))
        shaped = shape(face, "-")
        runs.append(GlyphRun(face, item_style.font_size, item_style.color, shaped.glyphs, (x,), (0.0,), "-",
                             item_style, 0.0, x, x + self._hyphen_width(index)))

    @staticmethod
    def _align(line_width: float, avail: float | None, align: str, rtl: bool = False) -> float:
        if avail is None:
            return 0.0
        free = avail - line_width
        if free <= 0:
            return 0.0
        if rtl and align in ("start", "end", "justify"):
            align = "end" if align == "end" else "right"
            align = "left" if align == "end" else align
        if align in ("right", "end"):
            return free
        if align == "center":
            return floor64(free / 2)
        return 0.0


def text_rect(line: Line):
    """(x0, y0, x1, y1) of a line's text relative to the paragraph's content box, as Chromium's
    ``Range.getClientRects`` reports characters: from the first to the last character that is not white
    space, and vertically each run's ascent and descent (rounded as Blink does) around the baseline.
    None for a line without such characters."""
    if not line.runs:
        return None
    y0 = y1 = None
    for run in line.runs:  # Blink's character rectangles take the metrics of the style's primary font
        ascent, descent, _ = _vertical_metrics(run.primary, run.size)
        top, bottom = line.baseline + run.baseline_shift - ascent, line.baseline + run.baseline_shift + descent
        y0 = top if y0 is None else min(y0, top)
        y1 = bottom if y1 is None else max(y1, bottom)
    return line.left + line.x0, y0, line.left + line.x1, y1
