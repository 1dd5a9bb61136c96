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


def _make_inherit_from():
    """Build ``inherit_from`` as straight-line code, one store per attribute: it runs once per element
    and anonymous box, and a loop of setattr/getattr (or the dataclass ``__init__`` with a default per
    field) costs several times more."""
    initials = {f"_i{n}": prop.initial for n, prop in enumerate(PROPERTIES.values())}
    inherited_lines, initial_lines = [], []
    for n, prop in enumerate(PROPERTIES.values()):
        initial_lines.append(f"    s.{prop.attr} = _i{n}")
        inherited_lines.append(f"    s.{prop.attr} = parent.{prop.attr}" if prop.inherited
                               else f"    s.{prop.attr} = _i{n}")
    source = "\n".join([
        "def inherit_from(parent):",
        '    """A style with the initial values, and the parent\'s values for the inherited properties."""',
        "    s = _new(ComputedStyle)",
        "    if parent is None:",
        *("    " + line for line in initial_lines),
        "        return s",
        *inherited_lines,
        "    return s",
    ])
    namespace = {"_new": object.__new__, "ComputedStyle": ComputedStyle, **initials}
    exec(compile(source, f"<{__name__}.inherit_from>", "exec"), namespace)
    return namespace["inherit_from"]


inherit_from = _make_inherit_from()
