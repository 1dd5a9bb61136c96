"""The computed-style type, generated from the property table: one slotted dataclass field per longhand,
with the property's computed initial value as default."""

from __future__ import annotations

import dataclasses

from .properties import PROPERTIES

ComputedStyle = dataclasses.make_dataclass(
    "ComputedStyle",
    [(prop.attr, object, dataclasses.field(default=prop.initial)) for prop in PROPERTIES.values()],
    slots=True,
    eq=True,
)
ComputedStyle.__module__ = __name__
ComputedStyle.__doc__ = (
    "Computed values of one element, one attribute per longhand (``style.flex_direction``, "
    "``style.border_top_width`` ...): keywords as lower-case strings, lengths as px floats, percentages "
    "as Percent, colours as RGBA.")

INHERITED_ATTRS = tuple(prop.attr for prop in PROPERTIES.values() if prop.inherited)
ATTR_OF = {name: prop.attr for name, prop in PROPERTIES.items()}


def initial_style() -> "ComputedStyle":
    return ComputedStyle()


def inherit_from(parent: "ComputedStyle | None") -> "ComputedStyle":
    """A style with the initial values, and the parent's values for the inherited properties."""
    style = ComputedStyle()
    if parent is not None:
        for attr in INHERITED_ATTRS:
            setattr(style, attr, getattr(parent, attr))
    return style
