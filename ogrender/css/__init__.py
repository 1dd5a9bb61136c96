"""CSS stage: Element tree + preset -> StyledNode tree with typed computed values.

Modules, in pipeline order: ``declarations`` (style source -> declarations, tinycss2), ``shorthands`` and
``properties`` (validation into specified values; the property table), ``cascade`` (preset + inline ->
specified values), ``style`` (specified -> computed, inheritance; StyledNode tree). ``values`` holds the
value types; ``presets`` the user-agent styles.
"""

from .computed import ComputedStyle
from .presets import PRESETS, get_preset
from .properties import PROPERTIES
from .style import StyledNode, StyledText, Styler
from .values import AUTO, NONE, NORMAL, Length, Number, Percent, RGBA, resolve

__all__ = ["ComputedStyle", "PRESETS", "PROPERTIES", "StyledNode", "StyledText", "Styler", "get_preset",
           "AUTO", "NONE", "NORMAL", "Length", "Number", "Percent", "RGBA", "resolve"]
