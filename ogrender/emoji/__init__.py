"""Emoji drawn as pictures from a packed emoji set, as next/og's ``emoji`` option does.

In: a grapheme cluster (UAX #29, the ``regex`` package's ``\\X``). :func:`emoji_svg` says whether it is an
emoji in emoji presentation (UTS #51: VS16 or a character with Emoji_Presentation, skin tones, ZWJ
sequences, keycaps, flags and tag sequences; VS15 asks for text) and gives the SVG of the set in use, or
None (then the text's fonts draw it, as before). The set in use is a context variable, set by
``render(emoji=...)`` / ``ImageResponse(emoji=...)`` for the duration of a render (:func:`use`); ``None``
draws emoji with the fonts only.

Sets: ``twemoji`` (the default, as in next/og): Twemoji 15.0.0 from npm ``@twemoji/svg``, 3720 SVGs packed
by ``tools/pack_twemoji.py`` into ``twemoji.xz`` (868 KB; graphics CC-BY 4.0, see LICENSE-twemoji.txt).
next/og's other sets (``noto``, ``openmoji``, ``blobmoji``, ``fluent``, ``fluentFlat``) have no packed copy
yet: asking for one raises :class:`~ogrender.errors.RenderError` naming the sets that are available.

Geometry (as Satori, next/og's layout engine): an emoji advances by 1 em (the font size); its picture
fills the em square, centred vertically on the ascent and descent of the text's primary font.
"""

from __future__ import annotations

import contextlib
import contextvars
import lzma
import threading
from pathlib import Path

import regex

from ..errors import RenderError

HERE = Path(__file__).resolve().parent
NEXT_OG_SETS = ("twemoji", "blobmoji", "noto", "openmoji", "fluent", "fluentFlat")
PACKED = {"twemoji": HERE / "twemoji.xz"}
DEFAULT = "twemoji"

_current: contextvars.ContextVar[str | None] = contextvars.ContextVar("ogrender_emoji", default=DEFAULT)
_lock = threading.Lock()
_tables: dict[str, dict[str, str]] = {}
_images: dict[tuple[str, str], object] = {}

_PRESENTATION = regex.compile(r"\p{Emoji_Presentation}")
_PICTOGRAPHIC = regex.compile(r"\p{Extended_Pictographic}|[\U0001F1E6-\U0001F1FF]")


def available() -> tuple[str, ...]:
    """The emoji sets packed with this installation."""
    return tuple(name for name, path in PACKED.items() if path.exists())


def check(name) -> str | None:
    """``name`` if it is a usable set (None: the fonts draw emoji), else a RenderError saying what is."""
    if name is None:
        return None
    if name not in NEXT_OG_SETS:
        raise RenderError(f"emoji must be one of {', '.join(NEXT_OG_SETS)} (or None to draw emoji with the fonts), "
                          f"not {name!r}", prop="emoji")
    if name not in available():
        raise RenderError(f"the emoji set {name!r} is not packed with ogrender (no offline copy whose licence lets "
                          f"it be bundled yet); available: {', '.join(available()) or 'none'}, or emoji=None to "
                          f"draw emoji with a colour font passed in fonts=", prop="emoji")
    return name


@contextlib.contextmanager
def use(name):
    """Render with the emoji set ``name`` (checked) inside the ``with`` block."""
    token = _current.set(check(name))
    try:
        yield
    finally:
        _current.reset(token)


def current() -> str | None:
    return _current.get()


def _table(name: str) -> dict[str, str]:
    table = _tables.get(name)
    if table is None:
        with _lock:
            table = _tables.get(name)
            if table is None:
                text = lzma.decompress(PACKED[name].read_bytes()).decode("utf-8")
                lines = text.split("\n")
                table = dict(line.split("\t", 1) for line in lines[1:] if line)
                _tables[name] = table
    return table


def is_emoji(cluster: str) -> bool:
    """Whether a grapheme cluster is an emoji shown as a picture (UTS #51 presentation)."""
    if "\ufe0e" in cluster:
        return False
    if "\ufe0f" in cluster or _PRESENTATION.match(cluster):
        return True
    if len(cluster) > 1 and _PICTOGRAPHIC.match(cluster):
        # skin tones, ZWJ sequences, tag sequences after a pictographic base
        return any(0x1F3FB <= ord(c) <= 0x1F3FF or c == "\u200d" or 0xE0020 <= ord(c) <= 0xE007F
                   for c in cluster[1:])
    return len(cluster) > 1 and cluster[-1] == "\u20e3"  # a keycap without VS16


def twemoji_name(cluster: str) -> list[str]:
    """Twemoji file names to try for a cluster: FE0F left out unless the sequence has a ZWJ (as twemoji's
    own parser), then without any FE0F."""
    points = [f"{ord(c):x}" for c in cluster]
    stripped = [p for p in points if p != "fe0f"]
    first = points if "200d" in points else stripped
    return ["-".join(first)] + (["-".join(stripped)] if first != stripped else [])


def emoji_svg(cluster: str, name: str | None = None) -> tuple[str, bytes] | None:
    """(key, SVG bytes) of the picture for ``cluster`` in the set in use (or ``name``); None when the
    cluster is not an emoji, the set draws none for it, or emoji are drawn with the fonts."""
    name = current() if name is None else name
    if name is None or not is_emoji(cluster):
        return None
    table = _table(name)
    for key in twemoji_name(cluster):
        svg = table.get(key)
        if svg is not None:
            return f"{name}:{key}", svg.encode("utf-8")
    return None


def image_for(key: str, svg: bytes):
    """The :class:`~ogrender.images.ImageData` of an emoji picture (made once per key)."""
    image = _images.get(key)
    if image is None:
        from ..images import ImageData

        image = ImageData("svg", 36.0, 36.0, 1.0, svg=svg, key=f"emoji:{key}")
        _images[key] = image
    return image
