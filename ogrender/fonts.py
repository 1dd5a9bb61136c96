"""The public :class:`Font` description and the conversion of ``fonts=`` into a FontSet."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any, Iterable, Mapping

from .errors import FontError
from .text import FontEntry, FontSet, load_face
from .text.instances import BoundFace, find_instance


class Font:
    """A font to render with, as Satori's ``fonts`` option describes one.

    ``name`` is the CSS family name that ``font-family`` refers to; ``data`` the font file's bytes
    (TrueType, OpenType, WOFF, WOFF2 or a collection); ``weight`` and ``style`` (``"normal"`` or
    ``"italic"``) say which face of the family it is, as ``@font-face``'s descriptors do.

    ``weight`` is a number from 1 to 1000, or for a variable font a ``(min, max)`` range. A variable
    font's ``wght`` axis follows ``font-weight`` within the range; registered under one weight, it stays
    at that weight (as Chromium does; bolder requests are synthesized). Left out (``None``): 400 for a
    static font, the whole ``wght`` axis for a variable one, the instance's weight with ``named_instance``.

    ``named_instance`` picks one of a variable font's named instances (its ``fvar`` names, e.g.
    ``"Semi Bold"`` or ``"Condensed Bold"``, or its PostScript name; case and spaces ignored): the face
    starts from that instance's axis coordinates (``font-weight`` and ``font-variation-settings`` apply
    over them, as CSS Fonts 4 orders them).
    """

    __slots__ = ("name", "data", "weight", "style", "index", "named_instance")

    def __init__(self, name: str, data: bytes, weight: int | float | tuple | None = None, style: str = "normal",
                 index: int = 0, named_instance: str | None = None):
        if not isinstance(name, str) or not name.strip():
            raise FontError("a font needs a non-empty name (the family name font-family refers to)", prop="name")
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise FontError(f"font data must be bytes, not {type(data).__name__}; "
                            f"use Font.from_file(path, ...) to read a file", path=name, prop="data")
        self.weight = _weight(weight, name.strip())
        if style not in ("normal", "italic", "oblique"):
            raise FontError(f"style must be 'normal' or 'italic', not {style!r}", path=name, prop="style")
        if named_instance is not None and (not isinstance(named_instance, str) or not named_instance.strip()):
            raise FontError(f"named_instance must be the name of one of the font's named instances, not "
                            f"{named_instance!r}", path=name, prop="named_instance")
        self.name = name.strip()
        self.data = bytes(data)
        self.style = style
        self.index = index
        self.named_instance = named_instance

    @classmethod
    def from_file(cls, path: str | Path, name: str | None = None, weight: int | float | tuple | None = None,
                  style: str = "normal", index: int = 0, named_instance: str | None = None) -> "Font":
        """Read a font file; ``name`` defaults to the family name inside the file."""
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            raise FontError(f"cannot read font file {str(path)!r}: {exc.strerror}", prop="path") from None
        if name is None:
            name = load_face(data, index).family
        return cls(name, data, weight, style, index, named_instance)

    def __repr__(self) -> str:
        weight = ("auto" if self.weight is None else f"{self.weight:g}" if not isinstance(self.weight, tuple)
                  else f"({self.weight[0]:g}, {self.weight[1]:g})")
        instance = f", named_instance={self.named_instance!r}" if self.named_instance else ""
        return f"Font({self.name!r}, <{len(self.data)} bytes>, weight={weight}, style={self.style!r}{instance})"


def _weight(weight, name: str):
    """A Font's weight: None, a number from 1 to 1000, or a (min, max) range of such numbers."""
    def number(w) -> bool:
        return isinstance(w, (int, float)) and not isinstance(w, bool) and 1 <= w <= 1000
    if weight is None:
        return None
    if number(weight):
        return float(weight)
    if isinstance(weight, (tuple, list)) and len(weight) == 2 and all(number(w) for w in weight) \
            and weight[0] <= weight[1]:
        return (float(weight[0]), float(weight[1]))
    raise FontError(f"weight must be a number from 1 to 1000 or a (min, max) range of them, not {weight!r}",
                    path=name, prop="weight")


def font_entry(font: Font) -> FontEntry:
    """The FontSet entry of a Font: a variable face is bound to its weight range and named instance."""
    try:
        face = load_face(font.data, font.index)
    except FontError as exc:
        raise FontError(exc.message, path=font.name, prop="data") from None
    italic = font.style != "normal"
    coords: tuple = ()
    if font.named_instance is not None:
        try:
            coords = find_instance(face, font.named_instance)
        except FontError as exc:
            raise FontError(exc.message, path=font.name, prop="named_instance") from None
    weight = font.weight
    if not face.axes:
        return FontEntry(font.name, face, 400.0 if weight is None else weight, italic)
    if weight is None:
        wght = dict(coords).get("wght")
        if wght is not None:
            weight = float(wght)
        elif "wght" in face.axes:
            lo, _, hi = face.axes["wght"]
            weight = (max(1.0, float(lo)), min(1000.0, float(hi)))
        else:
            weight = 400.0
    weight_range = weight if isinstance(weight, tuple) else (weight, weight)
    return FontEntry(font.name, BoundFace(face, weight_range, coords), weight, italic)


def _as_font(item: Any) -> Font:
    if isinstance(item, Font):
        return item
    if isinstance(item, Mapping):
        unknown = set(item) - {"name", "data", "weight", "style", "index", "named_instance"}
        if unknown:
            raise FontError(f"unknown font keys {sorted(unknown)}; expected name, data, weight, style "
                            f"(and index, named_instance)")
        if "name" not in item or "data" not in item:
            raise FontError("a font dict needs 'name' and 'data'")
        return Font(item["name"], item["data"], item.get("weight"), item.get("style", "normal"),
                    item.get("index", 0), item.get("named_instance"))
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
    key = tuple((id(f.data), f.name, f.weight, f.style, f.index, f.named_instance) for f in items)
    hit = _SETS.get(key)
    if hit is not None and all(a is f.data for a, f in zip(hit[0], items)):
        return hit[1]
    result = FontSet([font_entry(font) for font in items])
    with _sets_lock:
        if len(_SETS) >= _SETS_MAX:
            _SETS.pop(next(iter(_SETS)))
        _SETS[key] = (tuple(f.data for f in items), result)
    return result
