"""Deterministic element trees for the layout benchmark.

In: a node count ``n`` and a ``seed``. Out: a Satori element object (``{"type": "div", "props":
{"style": {...camelCase...}, "children": [...]}}``, JSON-loadable) with exactly ``n`` elements and no
text, the same for the same arguments on every machine and Python version (it draws only from
``random.Random(seed)``).

Every element states ``display: flex``, ``position`` and ``box-sizing``, so no preset default leaks in.
The other properties are drawn from the vocabulary that ogrender, Yoga (pyyoga) and Taffy (stretchable)
all support, in the forms the peer adapters map: lengths are bare numbers (px) or ``"N%"`` strings;
``margin``, ``padding``, ``borderWidth`` and ``gap`` are single numbers or per-side / per-axis longhands.
Borders come with ``borderStyle: "solid"`` (without it a border is 0 px wide in CSS).

The shape is breadth-first: each element, in turn, gets 1 to 8 children until ``n`` is reached, so the
depth grows with log(n) (about 7 levels at 10,000 nodes). The root is a 1200 x 630 px card.
"""

from __future__ import annotations

import random
from typing import Iterator

SIZES = (10, 100, 1000, 10000)
ROOT_WIDTH = 1200
ROOT_HEIGHT = 630

_DIRECTIONS = ("row", "row", "column", "column", "row-reverse", "column-reverse")
_WRAPS = ("nowrap", "nowrap", "wrap", "wrap", "wrap-reverse")
_JUSTIFY = ("flex-start", "flex-end", "center", "space-between", "space-around", "space-evenly")
_ALIGN = ("flex-start", "flex-end", "center", "stretch")
_CHILD_COUNTS = (1, 2, 2, 3, 3, 4, 4, 5, 6, 8)
_SIDES = ("Top", "Right", "Bottom", "Left")


def make_tree(n: int, seed: int = 0) -> dict:
    """A tree of exactly ``n`` div elements (``n >= 1``), deterministic in ``(n, seed)``."""
    if n < 1:
        raise ValueError(f"a tree needs at least one node, not {n}")
    rng = random.Random(f"ogrender-layout-bench/{seed}")
    root = _element(_root_style(rng))
    queue = [root]
    made = 1
    head = 0
    while made < n:
        parent = queue[head]
        head += 1
        for _ in range(min(rng.choice(_CHILD_COUNTS), n - made)):
            child = _element(_item_style(rng))
            parent["props"]["children"].append(child)
            queue.append(child)
            made += 1
    return root


def iter_elements(tree: dict) -> Iterator[dict]:
    """Every element of ``tree`` in document (pre-)order, root first."""
    stack = [tree]
    while stack:
        element = stack.pop()
        yield element
        stack.extend(reversed(element["props"]["children"]))


def parent_indexes(tree: dict) -> list[int | None]:
    """For each element in document order, the document-order index of its parent (None for the root)."""
    parents: list[int | None] = []
    stack: list[tuple[dict, int | None]] = [(tree, None)]
    while stack:
        element, parent = stack.pop()
        index = len(parents)
        parents.append(parent)
        stack.extend((child, index) for child in reversed(element["props"]["children"]))
    return parents


def count_nodes(tree: dict) -> int:
    return sum(1 for _ in iter_elements(tree))


# -- one element --------------------------------------------------------------------------------------

def _element(style: dict) -> dict:
    return {"type": "div", "props": {"style": style, "children": []}}


def _root_style(rng: random.Random) -> dict:
    style = {"display": "flex", "position": "relative", "boxSizing": "border-box",
             "width": ROOT_WIDTH, "height": ROOT_HEIGHT}
    _add_container(rng, style)
    style["padding"] = rng.choice((0, 8, 16, 24))
    return style


def _item_style(rng: random.Random) -> dict:
    style = {"display": "flex", "boxSizing": rng.choice(("border-box", "border-box", "content-box"))}
    if rng.random() < 0.08:
        style["position"] = "absolute"
        _add_insets(rng, style)
    else:
        style["position"] = "relative"
        _add_flex_item(rng, style)
    _add_container(rng, style)
    _add_sizes(rng, style)
    _add_box_edges(rng, style)
    return style


# -- groups of properties -----------------------------------------------------------------------------

def _add_container(rng: random.Random, style: dict) -> None:
    """What the element does to its own children: direction, wrapping, alignment, gaps."""
    style["flexDirection"] = rng.choice(_DIRECTIONS)
    if rng.random() < 0.6:
        style["flexWrap"] = rng.choice(_WRAPS)
    if rng.random() < 0.6:
        style["justifyContent"] = rng.choice(_JUSTIFY)
    if rng.random() < 0.6:
        style["alignItems"] = rng.choice(_ALIGN)
    roll = rng.random()
    if roll < 0.2:
        style["gap"] = rng.choice((2, 4, 8, 12))
    elif roll < 0.35:
        style["rowGap"] = rng.choice((0, 3, 6))
        style["columnGap"] = rng.choice((0, 5, 10))


def _add_flex_item(rng: random.Random, style: dict) -> None:
    """How the element sits in its parent's flex line."""
    if rng.random() < 0.35:
        style["flexGrow"] = rng.choice((0, 1, 1, 2, 0.5))
    if rng.random() < 0.3:
        style["flexShrink"] = rng.choice((0, 1, 2))
    if rng.random() < 0.25:
        style["flexBasis"] = rng.choice(("auto", 0, _px(rng, 10, 160), _pct(rng)))
    if rng.random() < 0.25:
        style["alignSelf"] = rng.choice(("auto",) + _ALIGN)


def _add_insets(rng: random.Random, style: dict) -> None:
    """Insets of an absolutely positioned element: at least one per axis, so no static position is used."""
    for start, end in (("left", "right"), ("top", "bottom")):
        for side in rng.choice(((start,), (end,), (start, end))):
            style[side] = rng.choice((_px(rng, 0, 40), _pct(rng, 0, 30)))


def _add_sizes(rng: random.Random, style: dict) -> None:
    for prop in ("width", "height"):
        if rng.random() < 0.5:
            style[prop] = _length(rng, 8, 240)
    for prop in ("minWidth", "minHeight"):
        if rng.random() < 0.1:
            style[prop] = _length(rng, 4, 80)
    for prop in ("maxWidth", "maxHeight"):
        if rng.random() < 0.1:
            style[prop] = _length(rng, 60, 400)


def _add_box_edges(rng: random.Random, style: dict) -> None:
    """Margin, padding and border widths, in px: one value for all sides, or one side at a time."""
    _add_edge(rng, style, "margin", "margin{}", 0.3, (0, 12))
    _add_edge(rng, style, "padding", "padding{}", 0.3, (0, 12))
    if _add_edge(rng, style, "borderWidth", "border{}Width", 0.2, (1, 4)):
        style["borderStyle"] = "solid"


def _add_edge(rng: random.Random, style: dict, shorthand: str, longhand: str, chance: float,
              bounds: tuple[int, int]) -> bool:
    if rng.random() >= chance:
        return False
    if rng.random() < 0.5:
        style[shorthand] = rng.randint(*bounds)
    else:
        for side in rng.sample(_SIDES, rng.randint(1, 4)):
            style[longhand.format(side)] = rng.randint(*bounds)
    return True


# -- values -------------------------------------------------------------------------------------------

def _px(rng: random.Random, low: int, high: int) -> int:
    return rng.randint(low, high)


def _pct(rng: random.Random, low: int = 10, high: int = 100) -> str:
    return f"{rng.randrange(low, high + 1, 5)}%"


def _length(rng: random.Random, low: int, high: int) -> int | str:
    return _px(rng, low, high) if rng.random() < 0.65 else _pct(rng)
