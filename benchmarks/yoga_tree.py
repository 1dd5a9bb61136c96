"""The Yoga peer (PyPI ``pyyoga``: Yoga 3.2.1, the engine family behind Satori 0.33) for the benchmark.

In: an element tree from :mod:`benchmarks.trees` (only the properties it generates are mapped; any
other raises ``KeyError``) and a canvas size. Out: every element's border box ``(x, y, width,
height)`` in absolute px, in document order, through the phases of :data:`ENGINE`:
build the Yoga node tree through pyyoga's public ``Node`` API, compute the layout, read every box back.

Yoga's defaults are not the web's. The nodes share a ``Config(use_web_defaults=True)`` (row direction,
``flex-shrink: 1``, ``align-content: stretch``), and each node states ``display``, ``position`` and
``box-sizing`` from the element (Yoga's box-sizing default is border-box). What remains different
from CSS: Yoga has no automatic minimum size (``min-width: auto`` behaves as 0); it resolves a
percentage against an auto-sized parent by its own rules, not CSS's definiteness rules; and it lays out
negative free space with ``space-around`` / ``space-evenly`` from the start edge where CSS centres.
"""

from __future__ import annotations

from importlib import metadata

try:
    import pyyoga as yg
except ImportError:  # the peer is optional: the benchmark says so and skips it
    yg = None

PACKAGE = "pyyoga"
YOGA_VERSION = "3.2.1"  # the Yoga tag pyyoga 0.1.0 builds (its CMakeLists.txt); not exposed at run time

Box = tuple[float, float, float, float]


def version() -> str | None:
    """``"pyyoga X (Yoga 3.2.1)"`` when installed, else None."""
    if yg is None:
        return None
    return f"pyyoga {metadata.version('pyyoga')} (Yoga {YOGA_VERSION})"


class Yoga:
    """The engine interface of the benchmark: ``build`` (element tree -> Yoga nodes), ``compute``
    (``calculate_layout``), ``read`` (every box, absolute) and ``release`` (after each run, untimed)."""

    NAME = "yoga"
    PACKAGE = PACKAGE
    version = staticmethod(version)

    @staticmethod
    def build(tree: dict):
        return build(tree)

    @staticmethod
    def compute(root, width: float, height: float):
        root.calculate_layout(width, height)
        return root

    @staticmethod
    def read(root) -> list[Box]:
        return read_boxes(root)

    @staticmethod
    def release() -> None:
        """Nothing to free: pyyoga nodes are freed with their Python objects."""


ENGINE = Yoga


# -- element tree -> Yoga nodes ----------------------------------------------------------------------

_CONFIG = yg.Config(use_web_defaults=True) if yg is not None else None


def build(tree: dict):
    root = _node(tree["props"]["style"])
    stack = [(tree, root)]
    while stack:
        element, node = stack.pop()
        for child_element in element["props"]["children"]:
            child = _node(child_element["props"]["style"])
            node.add_child(child)
            stack.append((child_element, child))
    return root


def _node(style: dict):
    node = yg.Node(_CONFIG)
    for prop, value in style.items():
        _SETTERS[prop](node, value)
    return node


def read_boxes(root) -> list[Box]:
    """Absolute border boxes in document order (Yoga gives positions relative to the parent)."""
    boxes = []
    stack = [(root, 0.0, 0.0)]
    while stack:
        node, ox, oy = stack.pop()
        x, y = ox + node.layout_left, oy + node.layout_top
        boxes.append((x, y, node.layout_width, node.layout_height))
        stack.extend((child, x, y) for child in reversed(node.children))
    return boxes


# -- one setter per CSS property ---------------------------------------------------------------------

def _enum_setter(attr: str, table: dict):
    def set_enum(node, value):
        setattr(node, attr, table[value])
    return set_enum


def _length_setter(attr: str):
    """width, minHeight, flexBasis...: px numbers, "N%" strings and "auto" go to pyyoga as they are."""
    def set_length(node, value):
        setattr(node, attr, value)
    return set_length


def _number_setter(attr: str):
    def set_number(node, value):
        setattr(node, attr, float(value))
    return set_number


def _edge_setter(method: str, edges):
    def set_edges(node, value):
        for edge in edges:
            getattr(node, method)(edge, value)
    return set_edges


def _gap_setter(gutter):
    def set_gap(node, value):
        node.set_gap(gutter, value)
    return set_gap


def _ignore(node, value) -> None:
    """Properties with no layout meaning in Yoga (border-style: the widths are set on their own)."""


def _setters() -> dict:
    if yg is None:
        return {}
    align = {"auto": yg.Align.Auto, "flex-start": yg.Align.FlexStart, "flex-end": yg.Align.FlexEnd,
             "center": yg.Align.Center, "stretch": yg.Align.Stretch}
    justify = {"flex-start": yg.Justify.FlexStart, "flex-end": yg.Justify.FlexEnd,
               "center": yg.Justify.Center, "space-between": yg.Justify.SpaceBetween,
               "space-around": yg.Justify.SpaceAround, "space-evenly": yg.Justify.SpaceEvenly}
    sides = {"Top": yg.Edge.Top, "Right": yg.Edge.Right, "Bottom": yg.Edge.Bottom, "Left": yg.Edge.Left}
    all_edges = (yg.Edge.All,)
    setters = {
        "display": _enum_setter("display", {"flex": yg.Display.Flex}),
        "position": _enum_setter("position_type", {"relative": yg.PositionType.Relative,
                                                   "absolute": yg.PositionType.Absolute}),
        "boxSizing": _enum_setter("box_sizing", {"border-box": yg.BoxSizing.BorderBox,
                                                 "content-box": yg.BoxSizing.ContentBox}),
        "flexDirection": _enum_setter("flex_direction", {
            "row": yg.FlexDirection.Row, "row-reverse": yg.FlexDirection.RowReverse,
            "column": yg.FlexDirection.Column, "column-reverse": yg.FlexDirection.ColumnReverse}),
        "flexWrap": _enum_setter("flex_wrap", {"nowrap": yg.Wrap.NoWrap, "wrap": yg.Wrap.Wrap,
                                               "wrap-reverse": yg.Wrap.WrapReverse}),
        "justifyContent": _enum_setter("justify_content", justify),
        "alignItems": _enum_setter("align_items", align),
        "alignSelf": _enum_setter("align_self", align),
        "flexGrow": _number_setter("flex_grow"),
        "flexShrink": _number_setter("flex_shrink"),
        "flexBasis": _length_setter("flex_basis"),
        "gap": _gap_setter(yg.Gutter.All),
        "rowGap": _gap_setter(yg.Gutter.Row),
        "columnGap": _gap_setter(yg.Gutter.Column),
        "margin": _edge_setter("set_margin", all_edges),
        "padding": _edge_setter("set_padding", all_edges),
        "borderWidth": _edge_setter("set_border", all_edges),
        "borderStyle": _ignore,
    }
    for prop in ("width", "height", "minWidth", "minHeight", "maxWidth", "maxHeight"):
        setters[prop] = _length_setter("_".join(_split_camel(prop)))
    for side, edge in sides.items():
        setters[side.lower()] = _edge_setter("set_position", (edge,))
        setters[f"margin{side}"] = _edge_setter("set_margin", (edge,))
        setters[f"padding{side}"] = _edge_setter("set_padding", (edge,))
        setters[f"border{side}Width"] = _edge_setter("set_border", (edge,))
    return setters


def _split_camel(name: str) -> list[str]:
    words, start = [], 0
    for i, char in enumerate(name):
        if char.isupper():
            words.append(name[start:i].lower())
            start = i
    words.append(name[start:].lower())
    return words


_SETTERS = _setters()
