"""The public :class:`Font` description and the conversion of ``fonts=`` into a FontSet."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any, Iterable, Mapping

from .errors import FontError
from .text import FontEntry, FontSet, load_face


class Font:
    """A font to render with, as Satori's ``fonts`` option describes one.

    ``name`` is the CSS family name that ``font-family`` refers to; ``data`` the font file's bytes
    (TrueType, OpenType, WOFF, WOFF2 or a collection); ``weight`` (1-1000) and ``style`` (``"normal"`` or
    ``"italic"``) say which face of the family it is.
    """

    __slots__ = ("name", "data", "weight", "style", "index")

    def __init__(self, name: str, data: bytes, weight: int | float = 400, style: str = "normal",
                 index: int = 0):
        if not isinstance(name, str) or not name.strip():
            raise FontError("a font needs a non-empty name (the family name font-family refers to)", prop="name")
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise FontError(f"font data must be bytes, not {type(data).__name__}; "
                            f"use Font.from_file(path, ...) to read a file", path=name, prop="data")
        if not isinstance(weight, (int, float)) or isinstance(weight, bool) or not 1 <= weight <= 1000:
            raise FontError(f"weight must be a number from 1 to 1000, not {weight!r}", path=name, prop="weight")
        if style not in ("normal", "italic", "oblique"):
            raise FontError(f"style must be 'normal' or 'italic', not {style!r}", path=name, prop="style")
        self.name = name.strip()
        self.data = bytes(data)
        self.weight = float(weight)
        self.style = style
        self.index = index

    @classmethod
    def from_file(cls, path: str | Path, name: str | None = None, weight: int | float = 400,
                  style: str = "normal", index: int = 0) -> "Font":
        """Read a font file; ``name`` defaults to the family name inside the file."""
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            raise FontError(f"cannot read font file {str(path)!r}: {exc.strerror}", prop="path") from None
        if name is None:
            name = load_face(data, index).family
        return cls(name, data, weight, style, index)

    def __repr__(self) -> str:
        return f"Font({self.name!r}, <{len(self.data)} bytes>, weight={self.weight:g}, style={self.style!r})"


def _as_font(item: Any) -> Font:
    if isinstance(item, Font):
        return item
    if isinstance(item, Mapping):
        unknown = set(item) - {"name", "data", "weight", "style", "index"}
        if unknown:
            raise FontError(f"unknown font keys {sorted(unknown)}; expected name, data, weight, style")
        if "name" not in item or "data" not in item:
            raise FontError("a font dict needs 'name' and 'data'")
        return Font(item["name"], item["data"], item.get("weight", 400), item.get("style", "normal"),
                    item.get("index", 0))
    raise FontError(f"fonts must be Font objects or dicts, not {type(item).__name__}")


_SETS: dict[tuple, tuple[tuple, FontSet]] = {}  # (id(data), name, weight, style, index)... -> (datas, set)
_SETS_MAX = 32
_sets_lock = threading.Lock()


def font_set(fonts: Iterable[Any] | None) -> FontSet:
    """The :class:`FontSet` of ``fonts``. Remembered for the same font bytes objects (a server passes the same
    ``Font`` objects to every render), so that a render neither hashes the font files again nor rebuilds the
    set's font-matching memo; the entry keeps the bytes alive, so their ids cannot be reused."""
    if fonts is None:
        items: list[Font] = []
    else:
        if isinstance(fonts, (Font, Mapping)):
            fonts = [fonts]
        items = [_as_font(item) for item in fonts]
    key = tuple((id(f.data), f.name, f.weight, f.style, f.index) for f in items)
    hit = _SETS.get(key)
    if hit is not None and all(a is f.data for a, f in zip(hit[0], items)):
        return hit[1]
    entries = []
    for font in items:
        try:
            face = load_face(font.data, font.index)
        except FontError as exc:
            raise FontError(exc.message, path=font.name, prop="data") from None
        entries.append(FontEntry(font.name, face, font.weight, font.style != "normal"))
    result = FontSet(entries)
    with _sets_lock:
        if len(_SETS) >= _SETS_MAX:
            _SETS.pop(next(iter(_SETS)))
        _SETS[key] = (tuple(f.data for f in items), result)
    return result
