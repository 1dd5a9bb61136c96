"""Tree stage: user input (Satori element objects, HTML strings, ``h()`` calls) -> :class:`Element` tree.

Whatever the form, the result is the same tree: elements with a lower-case tag, their attributes (case
kept, e.g. SVG's ``viewBox``), their raw inline style (a CSS string or a dict of declarations, parsed by the
CSS stage) and children that are elements or non-empty strings (adjacent strings merged).
"""

from .element import Element, build_tree
from .h import h

__all__ = ["Element", "build_tree", "h"]
