"""Fonts: bytes -> :class:`FontFace` (metrics, cmap, HarfBuzz font), cached by content, and the
:class:`FontSet` of one render that matches CSS font properties to faces.

Accepted data: TrueType / OpenType (``.ttf``, ``.otf``), WOFF and WOFF2 (decoded once to sfnt with
fontTools) and collections (``.ttc``, with a face index).
"""

from __future__ import annotations

import hashlib
import io
import threading
from functools import lru_cache
from pathlib import Path
from typing import Iterable

import uharfbuzz as hb
from fontTools.ttLib import TTFont, TTLibError

from ..errors import FontError

_SFNT_MAGICS = (b"\x00\x01\x00\x00", b"OTTO", b"true", b"typ1")


class FontFace:
    """One face of a font file, ready for shaping and drawing.

    ``data`` is the sfnt (TrueType/OpenType) bytes and ``index`` the face index in a collection: what the
    paint stage needs to make its typeface. Metrics are in font units (``upem`` per em); ``ascent`` and
    ``descent`` are positive distances from the baseline.
    """

    __slots__ = ("id", "data", "index", "family", "weight", "italic", "upem", "ascent", "descent",
                 "line_gap", "hb_font", "axes", "underline", "strikeout", "x_height", "has_bitmaps", "has_color",
                 "_bitmap_advances", "_glyph_cache", "_variants", "__weakref__")

    def __init__(self, data: bytes, index: int, digest: str):
        self.id = f"{digest}:{index}"
        self.data = data
        self.index = index
        try:
            tt = TTFont(io.BytesIO(data), fontNumber=index, lazy=True)
            names = tt["name"]
            self.family = (names.getBestFamilyName() or "").strip()
            self.upem = tt["head"].unitsPerEm
            os2 = tt["OS/2"] if "OS/2" in tt else None
            hhea = tt["hhea"]
            self.weight = float(os2.usWeightClass) if os2 is not None else 400.0
            self.italic = bool(tt["head"].macStyle & 2) or bool(os2 is not None and os2.fsSelection & 1)
            # As FreeType (and so Skia and Chromium on Linux) reads them: hhea, or OS/2 typo when hhea is 0.
            ascent, descent, gap = hhea.ascent, -hhea.descent, hhea.lineGap
            if ascent == 0 and descent == 0 and os2 is not None:
                ascent, descent, gap = os2.sTypoAscender, -os2.sTypoDescender, os2.sTypoLineGap
            self.ascent, self.descent, self.line_gap = float(ascent), float(descent), float(gap)
            xh = getattr(os2, "sxHeight", 0) if os2 is not None else 0
            self.x_height = float(xh) if xh else self.upem / 2
            # decoration metrics in font units: (position above the baseline, thickness)
            post = tt["post"] if "post" in tt else None
            self.underline = ((float(post.underlinePosition), float(post.underlineThickness) or self.upem / 14)
                              if post is not None and post.underlineThickness else (-self.upem / 10, self.upem / 14))
            self.strikeout = ((float(os2.yStrikeoutPosition), float(os2.yStrikeoutSize) or self.underline[1])
                              if os2 is not None and os2.yStrikeoutSize else (self.upem * 0.3, self.underline[1]))
            self.has_bitmaps = "CBDT" in tt and "CBLC" in tt  # colour bitmap glyphs (Noto Color Emoji)
            # colour glyphs of any kind (bitmaps, layered or SVG glyphs): drawn in their own colours
            self.has_color = self.has_bitmaps or any(table in tt for table in ("sbix", "COLR", "SVG "))
            # variable font axes: tag -> (min, default, max)
            self.axes = ({a.axisTag: (a.minValue, a.defaultValue, a.maxValue) for a in tt["fvar"].axes}
                         if "fvar" in tt else {})
        except (TTLibError, KeyError, AttributeError, AssertionError, Exception) as exc:  # noqa: BLE001
            raise FontError(f"cannot read the font: {exc}") from None
        hb_face = hb.Face(hb.Blob(data), index)
        self.hb_font = hb.Font(hb_face)  # scale = upem: shaping results in font units
        self._glyph_cache: dict[int, int] = {}
        self._variants: dict[tuple, object] = {}
        self._bitmap_advances: dict[int, float] | None = None

    def bitmap_advances(self) -> dict[int, float]:
        """Glyph id -> advance in font units of the colour bitmap glyphs (CBDT): the bitmap's own advance
        at its strike's ppem, which Chromium uses instead of hmtx (136/109 em for Noto Color Emoji,
        DESIGN.md). Read once, lazily."""
        if self._bitmap_advances is None:
            out: dict[int, float] = {}
            if self.has_bitmaps:
                try:
                    tt = TTFont(io.BytesIO(self.data), fontNumber=self.index, lazy=True)
                    strike = tt["CBLC"].strikes[0]
                    ppem = strike.bitmapSizeTable.ppemX
                    glyphs = tt["CBDT"].strikeData[0]
                    order = {name: gid for gid, name in enumerate(tt.getGlyphOrder())}
                    for name, glyph in glyphs.items():
                        if hasattr(glyph, "decompile") and not hasattr(glyph, "metrics"):
                            glyph.decompile()
                        metrics = getattr(glyph, "metrics", None)
                        if metrics is not None and name in order and ppem:
                            out[order[name]] = metrics.Advance / ppem * self.upem
                except Exception:  # noqa: BLE001 - unreadable bitmaps: keep the hmtx advances
                    out = {}
            self._bitmap_advances = out
        return self._bitmap_advances

    def variations_for(self, weight: float, settings: tuple) -> tuple:
        """Axis coordinates for a used font-weight (the ``wght`` axis follows it) and
        ``font-variation-settings`` (which win), clamped to the axes; () for a static face."""
        if not self.axes:
            return ()
        return self.axis_values({"wght": weight} if "wght" in self.axes else {}, settings)

    def axis_values(self, coords: dict, settings: tuple) -> tuple:
        """``coords`` (axis -> value) with ``font-variation-settings`` over them, clamped to the axes, as
        sorted (axis, value) pairs without the axes left at their default."""
        for tag, value in settings:
            if tag in self.axes:
                coords[tag] = value
        out = []
        for tag, value in sorted(coords.items()):
            lo, default, hi = self.axes[tag]
            value = min(max(value, lo), hi)
            if value != default:
                out.append((tag, value))
        return tuple(out)

    def hb_font_for(self, variations: tuple):
        """The HarfBuzz font at these axis coordinates (cached per coordinates)."""
        if not variations:
            return self.hb_font
        font = self._variants.get(variations)
        if font is None:
            font = hb.Font(self.hb_font.face)
            font.set_variations(dict(variations))
            self._variants[variations] = font
        return font

    def glyph_for(self, codepoint: int) -> int:
        """Nominal glyph id of a code point, 0 when the face lacks it."""
        cached = self._glyph_cache.get(codepoint)
        if cached is None:
            cached = self.hb_font.get_nominal_glyph(codepoint) or 0
            self._glyph_cache[codepoint] = cached
        return cached

    def has(self, codepoint: int) -> bool:
        return self.glyph_for(codepoint) != 0

    def __repr__(self) -> str:
        return f"<FontFace {self.family} {self.weight:g}{' italic' if self.italic else ''}>"


MAX_DECODED_FONT_BYTES = 128 * 1024 * 1024


def _to_sfnt(data: bytes) -> bytes:
    """WOFF / WOFF2 -> sfnt bytes; sfnt and collections pass through."""
    head = data[:4]
    if head in (b"wOFF", b"wOF2"):
        # A decompression bomb declares a huge decoded size: refused before anything is inflated.
        declared = int.from_bytes(data[16:20], "big") if len(data) >= 20 else 0
        if declared > MAX_DECODED_FONT_BYTES:
            raise FontError(f"the {'WOFF2' if head == b'wOF2' else 'WOFF'} font declares {declared} bytes once "
                            f"decoded, more than {MAX_DECODED_FONT_BYTES}")
        try:
            tt = TTFont(io.BytesIO(data))
            tt.flavor = None
            out = io.BytesIO()
            tt.save(out)
            return out.getvalue()
        except Exception as exc:  # noqa: BLE001 - any decoder failure is a bad font
            raise FontError(f"cannot decode the {'WOFF2' if head == b'wOF2' else 'WOFF'} font: {exc}") from None
    if head in _SFNT_MAGICS or head == b"ttcf":
        return data
    raise FontError("not a font file (expected TrueType, OpenType, WOFF, WOFF2 or a collection)")


_lock = threading.Lock()


@lru_cache(maxsize=64)
def _load(digest: str, data: bytes, index: int) -> FontFace:
    return FontFace(_to_sfnt(data), index, digest)


def load_face(data: bytes, index: int = 0) -> FontFace:
    """A cached :class:`FontFace` for font bytes: the same content loads once, however it is passed."""
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise FontError(f"font data must be bytes, not {type(data).__name__}")
    data = bytes(data)
    digest = hashlib.blake2b(data, digest_size=16).hexdigest()
    with _lock:
        return _load(digest, data, index)


BUNDLED_DIR_CANDIDATES = (
    Path(__file__).resolve().parent.parent / "_fonts",       # installed wheel
    Path(__file__).resolve().parent.parent.parent / "fonts",  # source checkout
)


def bundled_dir() -> Path:
    for candidate in BUNDLED_DIR_CANDIDATES:
        if candidate.is_dir():
            return candidate
    raise FontError("the bundled fonts are missing from this installation")


# family, file, weight, italic (fonts/README.md says where they come from and under which licence)
BUNDLED = (
    ("Inter", "inter/Inter-Regular.otf", 400.0, False),
    ("Inter", "inter/Inter-Bold.otf", 700.0, False),
    ("Noto Serif", "noto-serif/NotoSerif-Regular.ttf", 400.0, False),
    ("Noto Serif", "noto-serif/NotoSerif-Bold.ttf", 700.0, False),
    ("Noto Serif", "noto-serif/NotoSerif-Italic.ttf", 400.0, True),
    ("JetBrains Mono", "jetbrains-mono/JetBrainsMono-Regular.ttf", 400.0, False),
    ("JetBrains Mono", "jetbrains-mono/JetBrainsMono-Bold.ttf", 700.0, False),
    # a variable font: its weight is a range, the wght axis follows font-weight
    ("Inter Variable", "inter-variable/Inter-roman.var.ttf", (100.0, 900.0), False),
)
# Generic families -> a bundled family; None: the default family (the first font passed to render()).
GENERIC = {"sans-serif": None, "system-ui": None, "ui-sans-serif": None, "cursive": None, "fantasy": None,
           "math": None, "emoji": None, "serif": "Noto Serif", "ui-serif": "Noto Serif",
           "monospace": "JetBrains Mono", "ui-monospace": "JetBrains Mono"}
GENERIC_FAMILIES = frozenset(GENERIC)


@lru_cache(maxsize=1)
def bundled_entries() -> tuple:
    base = bundled_dir()
    return tuple(FontEntry(family, load_face((base / path).read_bytes()), weight, italic)
                 for family, path, weight, italic in BUNDLED)


class FontEntry:
    """A face registered under a CSS family name, weight and style (what ``@font-face`` declares)."""

    __slots__ = ("family", "key", "face", "weight", "italic", "weight_range")

    def __init__(self, family: str, face: FontFace, weight, italic: bool):
        """``weight``: a number, or a (min, max) range for a variable font (``font-weight: 100 900``)."""
        self.family = family
        self.key = family.casefold()
        self.face = face
        if isinstance(weight, tuple):
            self.weight_range = (float(weight[0]), float(weight[1]))
            self.weight = min(max(400.0, self.weight_range[0]), self.weight_range[1])
        else:
            self.weight_range = None
            self.weight = weight
        self.italic = italic

    def weight_for(self, wanted: float) -> float:
        """The weight this face offers for a wanted one (CSS Fonts 4 5.2: a range offers the nearest)."""
        if self.weight_range is None:
            return self.weight
        return min(max(wanted, self.weight_range[0]), self.weight_range[1])


def _weight_distance(wanted: float, available: float) -> tuple:
    """CSS Fonts 4 5.2 weight matching, as a sort key (smaller is better)."""
    if available == wanted:
        return (0, 0.0)
    if 400 <= wanted <= 500:
        if wanted < available <= 500:
            return (1, available - wanted)
        if available < wanted:
            return (2, wanted - available)
        return (3, available - wanted)
    if wanted < 400:
        return (1, wanted - available) if available < wanted else (2, available - wanted)
    return (1, available - wanted) if available > wanted else (2, wanted - available)


class FontSet:
    """The fonts of one render: the caller's, then the bundled ones. The first caller font is the
    default family (used for generic families); with no fonts, the bundled Inter.

    :meth:`for_render` gives a copy with the render's own fallbacks: fonts ``load_additional_asset``
    returns (:mod:`ogrender.text.assets`), tried after the caller's fonts, and the fonts installed on the
    machine (:mod:`ogrender.text.system_fonts`), tried last, for a code point no other face has."""

    def __init__(self, entries: Iterable[FontEntry]):
        self.entries = list(entries)
        self.bundled = list(bundled_entries())
        self.default_family = self.entries[0].family if self.entries else self.bundled[0].family
        self._chains: dict[tuple, tuple[FontFace, ...]] = {}
        self.added: list[FontEntry] = []   # from load_additional_asset, for this render
        self.system = None                 # a SystemFonts finder, or None
        self.asset_hook = None             # load_additional_asset(code, segment), or None
        self.asked: dict[tuple, object] = {}  # (code, segment) -> what the hook returned, this render

    def for_render(self, system_fonts=False, load_additional_asset=None) -> "FontSet":
        """This set with the fallbacks of one render (itself when there are none): ``system_fonts`` True (the
        machine's fonts, :func:`~ogrender.text.system_fonts.system_fonts`) or a ``SystemFonts`` finder, and
        ``load_additional_asset`` a callable(code, segment)."""
        if not system_fonts and load_additional_asset is None:
            return self
        other = FontSet.__new__(FontSet)
        other.entries, other.bundled, other.default_family = self.entries, self.bundled, self.default_family
        other._chains, other.added, other.asked = {}, [], {}
        if system_fonts is True:
            from .system_fonts import system_fonts as finder
            other.system = finder()
        else:
            other.system = system_fonts or None
        other.asset_hook = load_additional_asset
        return other

    def add(self, entry: FontEntry) -> None:
        """A font ``load_additional_asset`` returned: tried after the caller's fonts from now on."""
        if all(e.face is not entry.face or e.key != entry.key for e in self.added):
            self.added.append(entry)
            self._chains.clear()

    def fallback_face(self, codepoint: int, weight: float = 400.0, italic: bool = False,
                      lang: str | None = None) -> FontFace | None:
        """An installed font's face for a code point no face of the chain has (None without
        ``system_fonts``, or when no installed font has it)."""
        if self.system is None:
            return None
        return self.system.face_for(codepoint, weight, italic, lang)

    def covers(self, codepoint: int) -> bool:
        """Whether any face of the set (the caller's, the added, the bundled, or an installed one) has it."""
        return any(e.face.has(codepoint) for e in self.entries + self.added + self.bundled) or \
            self.fallback_face(codepoint) is not None

    def request_assets(self, pieces, path: str | None = None) -> None:
        """Ask ``load_additional_asset`` for what no font covers in ``pieces`` ((text, lang) pairs of a
        paragraph); see :mod:`ogrender.text.assets`."""
        if self.asset_hook is not None:
            from .assets import request_assets
            request_assets(self, pieces, path)

    def chain(self, families: tuple[str, ...], weight: float, italic: bool) -> tuple[FontFace, ...]:
        """Faces to try, in order, for text in these families: the best match of each listed family,
        then the default family, then every other loaded face, then the bundled faces."""
        key = (families, weight, italic)
        found = self._chains.get(key)
        if found is not None:
            return found
        out: list[FontFace] = []
        # A generic family names a bundled family (serif, monospace) or the default family.
        wanted = [GENERIC.get(f.casefold()) or self.default_family if f.casefold() in GENERIC else f
                  for f in families]
        wanted.append(self.default_family)
        pool = self.entries + self.added + self.bundled
        for family in wanted:
            fkey = family.casefold()
            candidates = [e for e in pool if e.key == fkey]
            if candidates:
                best = self._best(candidates, weight, italic)
                if best.face not in out:
                    out.append(best.face)
        for entry in sorted(pool, key=lambda e: _weight_distance(weight, e.weight_for(weight))):
            if entry.face not in out:
                out.append(entry.face)
        result = tuple(out)
        self._chains[key] = result
        return result

    @staticmethod
    def _best(candidates: list[FontEntry], weight: float, italic: bool) -> FontEntry:
        styled = [e for e in candidates if e.italic == italic] or candidates
        return min(styled, key=lambda e: _weight_distance(weight, e.weight_for(weight)))
