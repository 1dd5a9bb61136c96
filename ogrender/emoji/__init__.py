"""Pictures in text: emoji drawn from a packed emoji set, as next/og's ``emoji`` option does, and Satori's
``graphemeImages`` (a grapheme, or a word, drawn as a given image).

In: the text of a paragraph. Out (:func:`pictures_in`): the ranges of it drawn as pictures, each with its
:class:`~ogrender.images.ImageData`; the rest is drawn with the fonts.

Emoji: a grapheme cluster (UAX #29, the ``regex`` package's ``\\X``) in emoji presentation (UTS #51: VS16 or
a character with Emoji_Presentation, skin tones, ZWJ sequences, keycaps, flags and tag sequences; VS15 asks
for text) is looked up in the set in use by its code points without U+FE0F (:func:`key_of`; the packer
stores every set under that key). A sequence the set lacks falls back as a font without the ligature does:
its ZWJ-joined parts, then each emoji inside a part (a skin tone shows as its swatch), each its own picture;
what no part covers is left to the fonts.

Sets (the files beside this module, packed by ``tools/pack_emoji.py`` from npm packages; licences and
attribution in ``LICENSE-<set>.txt``):

========== ============================================ ================ ==========
set        source (SVGs)                                licence          packed
========== ============================================ ================ ==========
twemoji    ``@twemoji/svg`` 15.0.0 (3719)               CC-BY 4.0        863 KB
openmoji   ``openmoji`` 17.0.0 (4128)                   CC BY-SA 4.0     930 KB
noto       ``@svgmoji/noto`` 3.2.0 (3547, next/og's)    Apache 2.0       3.0 MB
fluent     ``@iconify-json/fluent-emoji`` 1.2.7         MIT              4.3 MB
fluentFlat ``@iconify-json/fluent-emoji-flat`` 1.2.6    MIT              695 KB
========== ============================================ ================ ==========

``blobmoji`` has no packed copy (see ``UNPACKED`` and ``tools/pack_emoji.py``): asking for it raises :class:`~ogrender.errors.RenderError` naming the sets that are available. ``emoji=None`` draws
emoji with the fonts only.

The render's choices live in a context variable (:func:`use`, set by ``render()`` / ``layout()`` /
``ImageResponse``): the set, the ``graphemeImages`` map, the images ``load_additional_asset`` returned,
and the preset, which decides the geometry (:func:`picture_box`):

- ``preset="satori"`` (as Satori, next/og's layout engine: its ``<image>`` for a grapheme image): a picture
  advances by 1 em (the font size); it is drawn in a box 1 em wide and as tall as the line height (the
  primary font's ascent + descent + line gap under ``line-height: normal``), centred on the font's ascent
  and descent, keeping its aspect ratio (an emoji fills the em square unless the line is shorter).
- ``preset="browser"``: an emoji from the set takes the place Chromium gives the glyph of its emoji font on
  Linux, Noto Color Emoji (``NOTO_COLOR_EMOJI``): it advances by 136/109 em (the width of the font's
  136 x 128 bitmaps at their 109 ppem strike), its picture fills the bitmap's 128/109 em artwork square
  (4/109 em in from the pen, its top 101/109 em above the baseline), and under ``line-height: normal`` it
  makes the line at least as tall as the font's ascent and descent (1900 and 500 of 2048 units, each
  rounded to whole pixels, as Blink rounds a fallback font's metrics). Grapheme images keep Satori's 1 em
  box: Chromium has no such thing.
"""

from __future__ import annotations

import contextlib
import contextvars
import json
import lzma
import threading
from dataclasses import dataclass, field
from pathlib import Path

import regex

from ..errors import RenderError
from ..text.linebreak import GRAPHEME

HERE = Path(__file__).resolve().parent
NEXT_OG_SETS = ("twemoji", "blobmoji", "noto", "openmoji", "fluent", "fluentFlat")
PACKED = {name: HERE / f"{name}.xz" for name in NEXT_OG_SETS}
UNPACKED = {
    "blobmoji": "no offline copy: next/og fetches its SVGs from npm @svgmoji/blob 2.0.0, which the npm registry "
                "no longer serves, and the versions it serves (3.x) ship no graphics",
}
DEFAULT = "twemoji"


@dataclass(frozen=True, slots=True)
class PictureBox:
    """Where a picture in text goes, in em of the font size: ``advance``; then either Satori's placement
    (``size`` None: 1 em wide and a line height tall, centred on the primary font's ascent + descent) or a
    square of ``size`` em, ``left`` em right of the pen and its top ``top`` em above the baseline; ``ascent``
    and ``descent``: what it adds to a line box under ``line-height: normal`` (0: nothing beyond the run's
    font)."""

    advance: float = 1.0
    left: float = 0.0
    top: float = 0.0
    size: float | None = None
    ascent: float = 0.0
    descent: float = 0.0


SATORI = PictureBox()
# Noto Color Emoji (Debian's fonts-noto-color-emoji, Chromium's emoji font on Linux): units per em 2048,
# hhea ascent 1900 and descent 500; CBLC one strike at 109 ppem whose glyphs are 136 x 128 bitmaps, bearing
# X 0 and bearing Y 101, advance 136 (the artwork is a 128 px square centred in them: ink of U+1F680
# spans x 7..127)
NOTO_COLOR_EMOJI = PictureBox(advance=136 / 109, left=4 / 109, top=101 / 109, size=128 / 109,
                              ascent=1900 / 2048, descent=500 / 2048)
PRESETS = {"satori": SATORI, "browser": NOTO_COLOR_EMOJI}

_PRESENTATION = regex.compile(r"\p{Emoji_Presentation}")
_PICTOGRAPHIC = regex.compile(r"\p{Extended_Pictographic}|[\U0001F1E6-\U0001F1FF]")
_ZWJ = "\u200d"
_EMOJI_KEY = "emoji:"  # the key of the ImageData of an emoji from a set


@dataclass
class Pictures:
    """What one render draws as pictures: the emoji set (None: the fonts) and the grapheme images
    (string -> image source, Satori's ``graphemeImages`` plus what ``load_additional_asset`` returned)."""

    emoji: str | None = DEFAULT
    sources: dict = field(default_factory=dict)
    box: PictureBox = SATORI           # the geometry of an emoji from the set (the preset's)
    loaded: dict = field(default_factory=dict)   # string -> ImageData
    _pattern: object = None

    def add(self, text: str, src) -> None:
        self.sources[text] = src
        self._pattern = None

    def pattern(self):
        """A regex finding the grapheme-image keys: longest first; a key that starts (ends) with a word
        character only where no word character precedes (follows) it, as Satori matches a whole word
        segment."""
        if self._pattern is None and self.sources:
            parts = []
            for key in sorted(self.sources, key=len, reverse=True):
                head = r"(?<!\w)" if regex.match(r"\w", key[0]) else ""
                tail = r"(?!\w)" if regex.match(r"\w", key[-1]) else ""
                parts.append(head + regex.escape(key) + tail)
            self._pattern = regex.compile("|".join(parts))
        return self._pattern


_current: contextvars.ContextVar[Pictures] = contextvars.ContextVar("ogrender_pictures", default=Pictures())
_lock = threading.Lock()
_tables: dict[str, "_Packed"] = {}
_images: dict[str, object] = {}


_available: tuple[str, ...] | None = None


def available() -> tuple[str, ...]:
    """The emoji sets packed with this installation (looked up once: every render asks)."""
    global _available
    if _available is None:
        _available = tuple(name for name, path in PACKED.items() if path.exists())
    return _available


def check(name) -> str | None:
    """``name`` if it is a usable set (None: the fonts draw emoji), else a RenderError saying what is."""
    if name is None:
        return None
    if name not in NEXT_OG_SETS:
        raise RenderError(f"emoji must be one of {', '.join(NEXT_OG_SETS)} (or None to draw emoji with the fonts), "
                          f"not {name!r}", prop="emoji")
    if name not in available():
        why = UNPACKED.get(name, "its packed file is missing from this installation")
        raise RenderError(f"the emoji set {name!r} is not available ({why}); available: "
                          f"{', '.join(available()) or 'none'}, or emoji=None to draw emoji with a colour font "
                          f"passed in fonts=", prop="emoji")
    return name


def check_grapheme_images(images) -> dict:
    """``graphemeImages`` as a dict of non-empty strings to image sources (data: URLs, paths, http(s) URLs
    or bytes); a RenderError naming the bad entry otherwise."""
    if images is None:
        return {}
    if not hasattr(images, "items"):
        raise RenderError(f"grapheme_images must be a mapping of strings to image sources, not "
                          f"{type(images).__name__}", prop="grapheme_images")
    out = {}
    for key, src in images.items():
        if not isinstance(key, str) or not key:
            raise RenderError(f"grapheme_images keys must be non-empty strings, not {key!r}", prop="grapheme_images")
        if not isinstance(src, (str, bytes, bytearray, memoryview)) or not src:
            raise RenderError(f"grapheme_images[{key!r}] must be an image source (a data: URL, a path or URL, or "
                              f"bytes), not {src!r}", prop="grapheme_images")
        out[key] = src
    return out


@contextlib.contextmanager
def use(name, grapheme_images=None, preset: str = "satori"):
    """Render with the emoji set ``name`` (checked), the grapheme images and the geometry of ``preset``
    (``"satori"`` or ``"browser"``, see the module docstring) inside the ``with`` block."""
    token = _current.set(Pictures(check(name), check_grapheme_images(grapheme_images),
                                  box=PRESETS.get(preset, SATORI)))
    try:
        yield
    finally:
        _current.reset(token)


def current() -> str | None:
    """The emoji set of the render in progress (None: the fonts draw emoji)."""
    return _current.get().emoji


def pictures() -> Pictures:
    return _current.get()


def picture_box(image) -> PictureBox:
    """The geometry of a picture found by :func:`pictures_in` in the render in progress: an emoji from the
    set takes the preset's; a grapheme image (or one ``load_additional_asset`` returned) Satori's 1 em box."""
    key = getattr(image, "key", None)
    return _current.get().box if isinstance(key, str) and key.startswith(_EMOJI_KEY) else SATORI


class _Packed:
    """One set's SVGs: the decompressed file as bytes, and each key's span in it. (A dict of ~3,000 str would
    hold the text again, four bytes a character once a character is not ASCII: 210 MB for fluent's 92 MB.)"""

    __slots__ = ("data", "spans")

    def __init__(self, data: bytes):
        self.data = data
        self.spans: dict[str, tuple[int, int]] = {}
        pos, size = data.index(b"\n") + 1, len(data)  # after the header line
        while pos < size:
            end = data.find(b"\n", pos)
            if end < 0:
                end = size
            if end > pos:
                tab = data.index(b"\t", pos, end)
                self.spans[data[pos:tab].decode("ascii")] = (tab + 1, end)
            pos = end + 1

    def get(self, key: str) -> bytes | None:
        """The SVG of ``key`` (UTF-8 bytes), or None."""
        span = self.spans.get(key)
        return None if span is None else self.data[span[0]:span[1]]


def _table(name: str) -> _Packed:
    table = _tables.get(name)
    if table is None:
        with _lock:
            table = _tables.get(name)
            if table is None:
                table = _tables[name] = _Packed(lzma.decompress(PACKED[name].read_bytes()))
    return table


def header(name: str) -> dict:
    """The packed set's header: ``set``, ``source`` (the npm package), ``version``, ``count``."""
    with lzma.open(PACKED[name], "rt", encoding="utf-8") as f:
        return json.loads(f.readline())


def is_emoji(cluster: str) -> bool:
    """Whether a grapheme cluster is an emoji shown as a picture (UTS #51 presentation)."""
    if "\ufe0e" in cluster:
        return False
    if "\ufe0f" in cluster or _PRESENTATION.match(cluster):
        return True
    if len(cluster) > 1 and _PICTOGRAPHIC.match(cluster):
        # skin tones, ZWJ sequences, tag sequences after a pictographic base
        return any(0x1F3FB <= ord(c) <= 0x1F3FF or c == _ZWJ or 0xE0020 <= ord(c) <= 0xE007F
                   for c in cluster[1:])
    return len(cluster) > 1 and cluster[-1] == "\u20e3"  # a keycap without VS16


def key_of(sequence: str) -> str:
    """The packed key of a sequence: its code points in lower-case hex joined by ``-``, without U+FE0F
    (``"\\u2764\\ufe0f\\u200d\\U0001F525"`` -> ``"2764-200d-1f525"``)."""
    return "-".join(f"{ord(c):x}" for c in sequence if c != "\ufe0f")


def _units(part: str) -> list[tuple[int, int]]:
    """(start, end) of the single emoji in a part without a picture of its own: each code point with the
    variation selectors, keycap and tags after it; a skin tone is a unit of its own (its swatch)."""
    out: list[list[int]] = []
    for i, c in enumerate(part):
        cp = ord(c)
        if out and (cp in (0xFE0F, 0xFE0E, 0x20E3, 0x200D) or 0xE0020 <= cp <= 0xE007F):
            out[-1][1] = i + 1
        else:
            out.append([i, i + 1])
    return [(s, e) for s, e in out]


def emoji_pieces(cluster: str, name: str | None = None) -> list[tuple[int, int, str, bytes]]:
    """(start, end, key, SVG bytes) of the pictures of an emoji cluster in the set in use (or ``name``):
    one for the whole cluster when the set has it, else one per part it has (ZWJ-joined parts, then single
    emoji); [] when the cluster is not an emoji, emoji are drawn with the fonts, or the set has no part."""
    name = current() if name is None else name
    if name is None or not is_emoji(cluster):
        return []
    table = _table(name)
    svg = table.get(key_of(cluster))
    if svg is not None:
        return [(0, len(cluster), f"{name}:{key_of(cluster)}", svg)]
    out = []
    start = 0
    parts = []
    for i, c in enumerate(cluster):  # ZWJ-joined parts, the joiner kept with the part before it
        if c == _ZWJ:
            parts.append((start, i + 1))
            start = i + 1
    if start < len(cluster):
        parts.append((start, len(cluster)))
    for ps, pe in parts:
        part = cluster[ps:pe]
        key = key_of(part.rstrip(_ZWJ))
        svg = table.get(key) if key else None
        if svg is not None and pe - ps < len(cluster):
            out.append((ps, pe, f"{name}:{key}", svg))
            continue
        for us, ue in _units(part):
            key = key_of(part[us:ue].rstrip(_ZWJ))
            svg = table.get(key) if key else None
            if svg is not None:
                out.append((ps + us, ps + ue, f"{name}:{key}", svg))
    return out


def emoji_svg(cluster: str, name: str | None = None) -> tuple[str, bytes] | None:
    """(key, SVG bytes) of the one picture of the whole cluster in the set in use (or ``name``); None when
    the cluster is not an emoji, the set has no picture of the whole sequence, or emoji use the fonts."""
    pieces = emoji_pieces(cluster, name)
    if len(pieces) == 1 and pieces[0][:2] == (0, len(cluster)):
        return pieces[0][2], pieces[0][3]
    return None


def image_for(key: str, svg: bytes):
    """The :class:`~ogrender.images.ImageData` of an emoji picture (made once per key)."""
    image = _images.get(key)
    if image is None:
        from ..images import ImageData

        image = ImageData("svg", 36.0, 36.0, 1.0, svg=svg, key=_EMOJI_KEY + key)
        _images[key] = image
    return image


def _grapheme_image(found: Pictures, key: str, path: str | None):
    image = found.loaded.get(key)
    if image is None:
        from ..images import load_image

        image = load_image(found.sources[key], path=path, prop=f"grapheme_images[{key!r}]")
        found.loaded[key] = image
    return image


def pictures_in(text: str, path: str | None = None) -> dict[int, tuple[int, object]]:
    """The ranges of ``text`` drawn as pictures in the render in progress: start -> (end, ImageData).
    Grapheme images first (whole graphemes, or whole words for keys made of word characters), then emoji
    from the set in use. ``path`` (the node) is named in an error loading a grapheme image."""
    found_in = _current.get()
    out: dict[int, tuple[int, object]] = {}
    taken: set[int] = set()
    pattern = found_in.pattern()
    if pattern is not None:
        bounds = None
        for m in pattern.finditer(text):
            if bounds is None:
                bounds = {0} | {g.end() for g in GRAPHEME.finditer(text)}
            if m.start() in bounds and m.end() in bounds and not taken.intersection(range(m.start(), m.end())):
                out[m.start()] = (m.end(), _grapheme_image(found_in, m.group(), path))
                taken.update(range(m.start(), m.end()))
    if found_in.emoji is None or not any(ord(ch) >= 0x203C for ch in text):
        return out
    for m in GRAPHEME.finditer(text):
        cluster = m.group()
        if max(map(ord, cluster)) < 0x203C or m.start() in taken:
            continue
        for s, e, key, svg in emoji_pieces(cluster, found_in.emoji):
            out[m.start() + s] = (m.start() + e, image_for(key, svg))
    return out
