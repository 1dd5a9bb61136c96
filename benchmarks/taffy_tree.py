"""The Taffy peer (PyPI ``stretchable``: Taffy 0.7.7, the engine family behind Satori 0.63) for the
benchmark, two ways in.

In: an element tree from :mod:`benchmarks.trees` (only the properties it generates are mapped; any
other raises ``KeyError``) and a canvas size. Out: every element's border box ``(x, y, width,
height)`` in absolute px, in document order, end to end (build the node tree from the element tree,
compute the layout unrounded, read every box back), in two engines with the same phases:

- :data:`NATIVE` (engine name ``taffy``) calls stretchable's compiled Taffy bindings
  (``stretchable.taffylib``: ``node_create`` with a style dict, ``node_add_child``,
  ``node_compute_layout``, ``node_get_layout``): the calls stretchable's ``Node`` makes, without its
  pure-Python ``Style`` validation, which costs ~2 ms per node and would otherwise be what is measured.
- :data:`PUBLIC` (engine name ``stretchable``) goes through the public ``stretchable.Node`` /
  ``stretchable.Style`` API, as a stretchable user would.

Both map the same way. Taffy's defaults are the web's for what the trees use (row, ``flex-shrink: 1``,
``min-width: auto``, ``align-content: normal``) except ``box-sizing`` (border-box) and ``position``
(relative; Taffy has no static), which the trees state on every element. What remains different from
CSS: an absolutely positioned box's containing block is always its parent (every parent in the trees is
``position: relative``, so this agrees here).
"""

from __future__ import annotations

import math
from importlib import metadata

try:
    import stretchable as st
    from stretchable import style as sts
    from stretchable import taffylib
    from stretchable.context import taffy as _taffy
    from stretchable.style.geometry.length import Scale
except ImportError:  # the peer is optional: the benchmark says so and skips it
    st = None

PACKAGE = "stretchable"
TAFFY_VERSION = "0.7.7"  # the Taffy crate inside stretchable 1.1.8's taffylib

Box = tuple[float, float, float, float]


def version() -> str | None:
    """``"stretchable X (Taffy 0.7.7)"`` when installed, else None."""
    if st is None:
        return None
    return f"stretchable {metadata.version('stretchable')} (Taffy {TAFFY_VERSION})"


# -- CSS -> Taffy style fields, shared by both ways in ------------------------------------------------
#
# A length is kept neutral as (scale, value) with stretchable's scales: AUTO 0, POINTS 1, PERCENT 2
# (a percentage as a fraction, as Taffy takes it).

_AUTO, _POINTS, _PERCENT = 0, 1, 2
_SIDES = ("top", "right", "bottom", "left")


def _length(value) -> tuple[int, float]:
    if value == "auto":
        return (_AUTO, math.nan)
    if isinstance(value, str):
        return (_PERCENT, float(value.rstrip("%")) / 100)
    return (_POINTS, float(value))


class TaffyStyle:
    """One element's style, mapped: ``scalars`` (field -> enum or number) and the lengths of ``inset``,
    ``margin``, ``padding``, ``border`` (top, right, bottom, left), ``size``, ``min_size``,
    ``max_size`` and ``gap`` (width, height; Taffy's gap width is the column gap)."""

    __slots__ = ("scalars", "rects", "sizes")

    def __init__(self):
        zero, auto = (_POINTS, 0.0), (_AUTO, math.nan)
        self.scalars: dict = {}
        self.rects = {"inset": [auto] * 4, "margin": [zero] * 4, "padding": [zero] * 4, "border": [zero] * 4}
        self.sizes = {"size": [auto] * 2, "min_size": [auto] * 2, "max_size": [auto] * 2, "gap": [zero] * 2}


def map_style(style: dict) -> TaffyStyle:
    mapped = TaffyStyle()
    for prop, value in style.items():
        _MAPPERS[prop](mapped, value)
    return mapped


def _enum_mapper(field: str, table: dict):
    def map_enum(mapped: TaffyStyle, value) -> None:
        mapped.scalars[field] = table[value]
    return map_enum


def _number_mapper(field: str):
    def map_number(mapped: TaffyStyle, value) -> None:
        mapped.scalars[field] = float(value)
    return map_number


def _length_mapper(field: str):
    def map_length(mapped: TaffyStyle, value) -> None:
        mapped.scalars[field] = _length(value)
    return map_length


def _part_mapper(group: str, field: str, indexes):
    """A length into some sides of a rect (``group="rects"``) or axes of a size (``"sizes"``)."""
    def map_part(mapped: TaffyStyle, value) -> None:
        parts = getattr(mapped, group)[field]
        for i in indexes:
            parts[i] = _length(value)
    return map_part


def _ignore(mapped: TaffyStyle, value) -> None:
    """border-style has no layout meaning in Taffy: the widths are mapped on their own."""


def _mappers() -> dict:
    if st is None:
        return {}
    align = {"flex-start": sts.AlignItems.FLEX_START, "flex-end": sts.AlignItems.FLEX_END,
             "center": sts.AlignItems.CENTER, "stretch": sts.AlignItems.STRETCH}
    align_self = {"auto": None, "flex-start": sts.AlignSelf.FLEX_START, "flex-end": sts.AlignSelf.FLEX_END,
                  "center": sts.AlignSelf.CENTER, "stretch": sts.AlignSelf.STRETCH}
    justify = {"flex-start": sts.JustifyContent.FLEX_START, "flex-end": sts.JustifyContent.FLEX_END,
               "center": sts.JustifyContent.CENTER, "space-between": sts.JustifyContent.SPACE_BETWEEN,
               "space-around": sts.JustifyContent.SPACE_AROUND,
               "space-evenly": sts.JustifyContent.SPACE_EVENLY}
    mappers = {
        "display": _enum_mapper("display", {"flex": sts.Display.FLEX}),
        "position": _enum_mapper("position", {"relative": sts.Position.RELATIVE,
                                              "absolute": sts.Position.ABSOLUTE}),
        "boxSizing": _enum_mapper("box_sizing", {"border-box": sts.BoxSizing.BORDER,
                                                 "content-box": sts.BoxSizing.CONTENT}),
        "flexDirection": _enum_mapper("flex_direction", {
            "row": sts.FlexDirection.ROW, "row-reverse": sts.FlexDirection.ROW_REVERSE,
            "column": sts.FlexDirection.COLUMN, "column-reverse": sts.FlexDirection.COLUMN_REVERSE}),
        "flexWrap": _enum_mapper("flex_wrap", {"nowrap": sts.FlexWrap.NO_WRAP, "wrap": sts.FlexWrap.WRAP,
                                               "wrap-reverse": sts.FlexWrap.WRAP_REVERSE}),
        "justifyContent": _enum_mapper("justify_content", justify),
        "alignItems": _enum_mapper("align_items", align),
        "alignSelf": _enum_mapper("align_self", align_self),
        "flexGrow": _number_mapper("flex_grow"),
        "flexShrink": _number_mapper("flex_shrink"),
        "flexBasis": _length_mapper("flex_basis"),
        "gap": _part_mapper("sizes", "gap", (0, 1)),
        "columnGap": _part_mapper("sizes", "gap", (0,)),
        "rowGap": _part_mapper("sizes", "gap", (1,)),
        "margin": _part_mapper("rects", "margin", range(4)),
        "padding": _part_mapper("rects", "padding", range(4)),
        "borderWidth": _part_mapper("rects", "border", range(4)),
        "borderStyle": _ignore,
    }
    for axis, (name, upper) in enumerate((("width", "Width"), ("height", "Height"))):
        mappers[name] = _part_mapper("sizes", "size", (axis,))
        mappers[f"min{upper}"] = _part_mapper("sizes", "min_size", (axis,))
        mappers[f"max{upper}"] = _part_mapper("sizes", "max_size", (axis,))
    for i, side in enumerate(_SIDES):
        title = side.title()
        mappers[side] = _part_mapper("rects", "inset", (i,))
        mappers[f"margin{title}"] = _part_mapper("rects", "margin", (i,))
        mappers[f"padding{title}"] = _part_mapper("rects", "padding", (i,))
        mappers[f"border{title}Width"] = _part_mapper("rects", "border", (i,))
    return mappers


_MAPPERS = _mappers()


def _walk_build(tree: dict, make, attach):
    """Build a node per element with ``make(style)``, attaching children with ``attach(parent, child)``."""
    root = make(tree["props"]["style"])
    stack = [(tree, root)]
    while stack:
        element, node = stack.pop()
        for child_element in element["props"]["children"]:
            child = make(child_element["props"]["style"])
            attach(node, child)
            stack.append((child_element, child))
    return root


# -- native: stretchable.taffylib ---------------------------------------------------------------------

class Native:
    """Taffy through stretchable's compiled bindings (node ids and style dicts), in the benchmark's
    phases: ``build``, ``compute``, ``read``, ``release``."""

    NAME = "taffy"
    PACKAGE = PACKAGE
    version = staticmethod(version)

    @staticmethod
    def build(tree: dict) -> tuple[int, dict[int, list[int]]]:
        """The root's node id, and each node's children ids (Taffy gives no Python view of the tree)."""
        ptr = _taffy._ptr
        children: dict[int, list[int]] = {}

        def attach(parent: int, child: int) -> None:
            taffylib.node_add_child(ptr, parent, child)
            children.setdefault(parent, []).append(child)

        root = _walk_build(tree, lambda style: taffylib.node_create(ptr, _style_dict(map_style(style))), attach)
        return root, children

    @staticmethod
    def compute(handle, width: float, height: float):
        ptr = _taffy._ptr
        taffylib.disable_rounding(ptr)
        taffylib.node_compute_layout(ptr, handle[0], {"width": {"dim": _POINTS, "value": float(width)},
                                                      "height": {"dim": _POINTS, "value": float(height)}})
        return handle

    @staticmethod
    def read(handle) -> list[Box]:
        return _native_boxes(_taffy._ptr, *handle)

    @staticmethod
    def release() -> None:
        taffylib.node_drop_all(_taffy._ptr)


def _native_boxes(ptr: int, root: int, children: dict[int, list[int]]) -> list[Box]:
    """Absolute border boxes in document order (Taffy gives positions relative to the parent)."""
    layout = taffylib.PyLayout()
    boxes: list[Box] = []
    stack = [(root, 0.0, 0.0)]
    while stack:
        node, ox, oy = stack.pop()
        taffylib.node_get_layout(ptr, node, layout)
        x, y = ox + layout.x, oy + layout.y
        boxes.append((x, y, layout.width, layout.height))
        stack.extend((child, x, y) for child in reversed(children.get(node, ())))
    return boxes


def _style_dict(mapped: TaffyStyle) -> dict:
    style = dict(_DEFAULT_STYLE)
    for field, value in mapped.scalars.items():
        style[field] = _dim(value) if isinstance(value, tuple) else value
    for field, sides in mapped.rects.items():
        style[field] = {side: _dim(length) for side, length in zip(_SIDES, sides)}
    for field, (w, h) in mapped.sizes.items():
        style[field] = {"width": _dim(w), "height": _dim(h)}
    return style


def _dim(length: tuple[int, float]) -> dict:
    return {"dim": length[0], "value": length[1]}


_DEFAULT_STYLE = st.Style().to_dict() if st is not None else {}


# -- public: stretchable.Node and stretchable.Style ---------------------------------------------------

class Public:
    """Taffy through stretchable's public API, as a stretchable user would call it, in the benchmark's
    phases. Its ``compute`` includes stretchable's own read-back of every box into the ``Node`` objects."""

    NAME = "stretchable"
    PACKAGE = PACKAGE
    version = staticmethod(version)

    @staticmethod
    def build(tree: dict):
        return _walk_build(tree, lambda style: st.Node(style=_public_style(map_style(style))),
                           lambda parent, child: parent.append(child))

    @staticmethod
    def compute(root, width: float, height: float):
        root.compute_layout((width, height), use_rounding=False)
        return root

    @staticmethod
    def read(root) -> list[Box]:
        return _public_boxes(root)

    @staticmethod
    def release() -> None:
        taffylib.node_drop_all(_taffy._ptr)  # stretchable never drops nodes itself


def _public_style(mapped: TaffyStyle):
    kwargs = {field: _public_length(v) if isinstance(v, tuple) else v for field, v in mapped.scalars.items()}
    for field, sides in mapped.rects.items():
        kwargs[field] = sts.Rect(*(_public_length(v) for v in sides))
    for field, axes in mapped.sizes.items():
        kwargs[field] = sts.Size(*(_public_length(v) for v in axes))
    return st.Style(**kwargs)


def _public_length(length: tuple[int, float]):
    scale, value = length
    if scale == _AUTO:
        return sts.AUTO
    return sts.Length(Scale.PERCENT if scale == _PERCENT else Scale.POINTS, value)


def _public_boxes(root) -> list[Box]:
    boxes: list[Box] = []
    stack = [(root, 0.0, 0.0)]
    while stack:
        node, ox, oy = stack.pop()
        box = _border_box(node)
        x, y = ox + box.x, oy + box.y
        boxes.append((x, y, box.width, box.height))
        stack.extend((child, x, y) for child in reversed(node))
    return boxes


def _border_box(node):
    try:
        return node.get_box(st.Edge.BORDER)
    except TypeError:
        # compute_layout() skips reading back the children of a box it deems off-canvas (negative x or
        # y relative to its parent); read that node the way compute_layout() would have.
        node._update_layout()
        return node.get_box(st.Edge.BORDER)


NATIVE = Native
PUBLIC = Public
