"""Variable fonts as registered faces: a face bound to the weight range it was registered with and, if
chosen, a named instance.

In: a :class:`FontFace` of a variable font (``fvar`` axes), the weight it is registered under (a number
or a ``(min, max)`` range, as ``@font-face``'s ``font-weight`` descriptor) and a named instance's name.
Out: :func:`named_instances` (the instances of a face: name -> axis coordinates) and :class:`BoundFace`,
a FontFace whose ``variations_for`` gives the axis coordinates a run is shaped and drawn with.

Measured in Chromium 156 with the variable Inter registered by ``@font-face``: with a single
``font-weight`` (400 or 700) the ``wght`` axis stays at that weight whatever ``font-weight`` asks for (a
bold request is synthesized: drawn bolder, advances unchanged); with a range, or with no descriptor
(``auto``), ``wght`` follows ``font-weight``, clamped to the range; ``font-variation-settings`` sets any
axis over both (clamped to the axis only). Chromium ignores the ``font-named-instance`` descriptor; here
a named instance's coordinates are where the face starts (CSS Fonts 4, 7.1: the named instance, then
font-weight, then font-variation-settings), and its ``wght`` is its weight unless one is given.
"""

from __future__ import annotations

import io

from fontTools.ttLib import TTFont

from ..errors import FontError
from .fonts import FontFace

_FACE_SLOTS = tuple(s for s in FontFace.__slots__ if s != "__weakref__")


def named_instances(face: FontFace) -> dict[str, tuple[tuple[str, float], ...]]:
    """Name -> sorted (axis, value) coordinates of every named instance (``fvar``) of a face, under its
    subfamily name ("Semi Bold") and its PostScript name when it has one; {} for a static font."""
    if not face.axes:
        return {}
    tt = TTFont(io.BytesIO(face.data), fontNumber=face.index, lazy=True)
    names = tt["name"]
    out: dict[str, tuple] = {}
    for inst in tt["fvar"].instances:
        coords = tuple(sorted((tag, float(v)) for tag, v in inst.coordinates.items()))
        for name_id in (inst.subfamilyNameID, getattr(inst, "postscriptNameID", 0xFFFF)):
            if name_id in (None, 0xFFFF):
                continue
            name = names.getDebugName(name_id)
            if name:
                out.setdefault(name.strip(), coords)
    return out


def find_instance(face: FontFace, name: str) -> tuple[tuple[str, float], ...]:
    """The coordinates of the named instance ``name`` (case and spaces ignored), else a FontError that
    lists the instances there are."""
    instances = named_instances(face)
    if not instances:
        raise FontError(f"named_instance {name!r}: the font is not a variable font (it has no fvar table)",
                        prop="named_instance")
    key = "".join(name.split()).casefold()
    for known, coords in instances.items():
        if "".join(known.split()).casefold() == key:
            return coords
    raise FontError(f"the font has no named instance {name!r}; it has: {', '.join(instances)}",
                    prop="named_instance")


class BoundFace(FontFace):
    """A variable face as one registered font: ``weight_range`` (min, max) is the weights it was
    registered with, ``coords`` the named instance's coordinates (or ()). Shares the base face's data,
    metrics and HarfBuzz fonts."""

    __slots__ = ("base", "weight_range", "coords")

    def __init__(self, base: FontFace, weight_range: tuple[float, float], coords: tuple = ()):  # noqa: D107
        for slot in _FACE_SLOTS:
            setattr(self, slot, getattr(base, slot))
        self.base = base
        self.weight_range = weight_range
        self.coords = coords
        self.weight = weight_range[1]

    def variations_for(self, weight: float, settings: tuple) -> tuple:
        coords = dict(self.coords)
        if "wght" in self.axes:
            lo, hi = self.weight_range
            coords["wght"] = min(max(weight, lo), hi)
        return self.axis_values(coords, settings)

    def __repr__(self) -> str:
        lo, hi = self.weight_range
        return f"<FontFace {self.family} {lo:g}{'' if lo == hi else f'-{hi:g}'}{' ' + str(self.coords) if self.coords else ''}>"
