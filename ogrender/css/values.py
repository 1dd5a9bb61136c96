"""Value types shared by the specified and computed steps.

Specified lengths are :class:`Length` (value + unit as written); computed lengths are plain floats in px,
except percentages, which stay :class:`Percent` until layout resolves them against a containing block.
Colours are :class:`RGBA` (sRGB, components 0..1, straight alpha). Keywords are lower-case strings.
"""

from __future__ import annotations


class Length:
    """A specified length or percentage: ``Length(1.5, "em")``, ``Length(50, "%")``."""

    __slots__ = ("value", "unit")

    def __init__(self, value: float, unit: str):
        self.value = value
        self.unit = unit

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Length) and other.value == self.value and other.unit == self.unit

    def __hash__(self) -> int:
        return hash((self.value, self.unit))

    def __repr__(self) -> str:
        return f"{self.value:g}{self.unit}"


class Percent:
    """A computed percentage, resolved by layout against its basis (``Percent(50).resolve(200) == 100``),
    plus an absolute ``offset`` in px for a ``calc()`` that mixes them (``calc(100% - 10px)`` is
    ``Percent(100, -10)``)."""

    __slots__ = ("value", "offset")

    def __init__(self, value: float, offset: float = 0.0):
        self.value = value
        self.offset = offset

    def resolve(self, basis: float) -> float:
        return basis * self.value / 100.0 + self.offset

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Percent) and other.value == self.value and other.offset == self.offset

    def __hash__(self) -> int:
        return hash(("%", self.value, self.offset))

    def __repr__(self) -> str:
        if self.offset:
            return f"calc({self.value:g}% {'-' if self.offset < 0 else '+'} {abs(self.offset):g}px)"
        return f"{self.value:g}%"


class Number:
    """A computed unitless number where a length is also possible (``line-height: 1.5``)."""

    __slots__ = ("value",)

    def __init__(self, value: float):
        self.value = value

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Number) and other.value == self.value

    def __hash__(self) -> int:
        return hash(("n", self.value))

    def __repr__(self) -> str:
        return f"Number({self.value:g})"


class RGBA:
    """An sRGB colour with straight alpha, components in 0..1."""

    __slots__ = ("r", "g", "b", "a")

    def __init__(self, r: float, g: float, b: float, a: float = 1.0):
        self.r, self.g, self.b, self.a = r, g, b, a

    @property
    def transparent(self) -> bool:
        return self.a <= 0.0

    def with_alpha(self, a: float) -> "RGBA":
        return RGBA(self.r, self.g, self.b, a)

    def to_int8(self) -> tuple[int, int, int, int]:
        """(r, g, b, a) in 0..255, rounded."""
        return (round(self.r * 255), round(self.g * 255), round(self.b * 255), round(self.a * 255))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, RGBA) and (self.r, self.g, self.b, self.a) == (other.r, other.g, other.b, other.a)

    def __hash__(self) -> int:
        return hash((self.r, self.g, self.b, self.a))

    def __repr__(self) -> str:
        return "RGBA(%d, %d, %d, %.3g)" % (*self.to_int8()[:3], self.a)


BLACK = RGBA(0.0, 0.0, 0.0, 1.0)
TRANSPARENT = RGBA(0.0, 0.0, 0.0, 0.0)
CURRENT_COLOR = "currentcolor"
AUTO = "auto"
NONE = "none"
NORMAL = "normal"


def resolve(value: "float | Percent | str", basis: float | None) -> float | None:
    """Used value of a computed length-percentage: px as is, a percentage of ``basis``; None for ``auto``,
    ``none``, or a percentage of an indefinite basis."""
    if value.__class__ is float or value.__class__ is int:
        return float(value)
    if value.__class__ is Percent:
        return None if basis is None else value.resolve(basis)
    return None
