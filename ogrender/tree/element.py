"""The internal element tree, and the entry point that turns any accepted input into it."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from ..errors import LimitError, TreeError



class Element:
    """One element of the internal tree.

    ``style`` is the raw inline style as given (a CSS declaration string or a mapping of property names to
    values); ``attrs`` every other attribute or prop, with its name's case kept; ``children`` a list of
    :class:`Element` and ``str`` (never empty, never two strings in a row).
    """

    __slots__ = ("tag", "attrs", "style", "children", "parent", "_path")

    def __init__(self, tag: str, attrs: dict[str, Any] | None = None, style: Any = None,
                 children: list["Element | str"] | None = None):
        self.tag = tag
        self.attrs = attrs or {}
        self.style = style
        self.children: list[Element | str] = children or []
        self.parent: Element | None = None
        self._path: str | None = None
        for child in self.children:
            if child.__class__ is Element or child.__class__ is not str and isinstance(child, Element):
                child.parent = self

    @property
    def path(self) -> str:
        """The node path used in messages: ``div > div[2] > img`` (index among same-tag siblings, 1-based,
        shown when the parent has more than one child of that tag)."""
        if self._path is None:
            chain = []
            node = self
            while node is not None and node._path is None:  # iterative: trees may be deep
                chain.append(node)
                node = node.parent
            for node in reversed(chain):
                step = node.tag
                parent = node.parent
                if parent is not None:
                    same = [c for c in parent.children if isinstance(c, Element) and c.tag == node.tag]
                    if len(same) > 1:
                        step = f"{node.tag}[{next(i for i, c in enumerate(same, 1) if c is node)}]"
                    node._path = f"{parent._path} > {step}"
                else:
                    node._path = step
        return self._path

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Element):
            return NotImplemented
        return (self.tag, self.attrs, self.style, self.children) == (other.tag, other.attrs, other.style, other.children)

    __hash__ = None  # mutable

    def __repr__(self) -> str:
        return f"<Element {self.path} children={len(self.children)}>"


_SURROGATE = re.compile("[\ud800-\udfff]")

# Conversion recurses once per level: deeper input is refused before Python's own recursion limit is
# near (the tree check then applies the render's own, usually lower, depth limit).
MAX_BUILD_DEPTH = 150


def check_depth(depth: int, path: str) -> None:
    if depth > MAX_BUILD_DEPTH:
        raise LimitError(f"the tree is nested more than {MAX_BUILD_DEPTH} levels deep",
                         path=path[:200] + (" ..." if len(path) > 200 else ""))


def normalize_children(raw: Any, path: str, depth: int = 0) -> list[Element | str]:
    """Flatten children as React and Satori accept them: strings, numbers, nested lists and tuples,
    elements; None, False and True are dropped; adjacent strings are merged."""
    if raw is None:
        return []
    if raw.__class__ is list:  # the common case, a list of element objects: no flattening to do
        for item in raw:
            if item.__class__ is not dict:
                break
        else:
            check_depth(depth, path)
            from_dict = _element_from_dict()
            return [from_dict(item, path, depth) for item in raw]
    out: list[Element | str] = []

    def add(item: Any, nesting: int = 0) -> None:
        if item is None or item is False or item is True:
            return
        cls = item.__class__
        if cls is dict:  # the common cases first: an element object (JSON, Satori), a list of children
            out.append(_element_from_dict()(item, path, depth))
        elif cls is list:
            check_depth(depth + nesting, path)
            for sub in item:
                add(sub, nesting + 1)
        elif cls is Element:
            out.append(item)
        elif isinstance(item, Element):
            out.append(item)
        elif isinstance(item, str):
            if not item:
                return
            if _SURROGATE.search(item):  # a lone surrogate cannot be encoded: shown as U+FFFD
                item = _SURROGATE.sub("\ufffd", item)
            if out and isinstance(out[-1], str):
                out[-1] += item
            else:
                out.append(item)
        elif isinstance(item, (int, float)):
            add(_number_text(item))
        elif isinstance(item, Mapping):
            from .from_dict import element_from_dict
            out.append(element_from_dict(item, path, depth))
        elif isinstance(item, (list, tuple)):
            check_depth(depth + nesting, path)
            for sub in item:
                add(sub, nesting + 1)
        else:
            raise TreeError(f"a child must be an element, a string, a number, a list or None, "
                            f"not {type(item).__name__}", path=path)

    add(raw)
    return out


def _element_from_dict():
    global _FROM_DICT
    if _FROM_DICT is None:
        from .from_dict import element_from_dict
        _FROM_DICT = element_from_dict
    return _FROM_DICT


_FROM_DICT = None


def _number_text(n: int | float) -> str:
    # As JavaScript prints numbers: 3.0 -> "3".
    if isinstance(n, float) and n.is_integer() and abs(n) < 1e21:
        return str(int(n))
    return str(n)


def build_tree(tree: Any) -> Element:
    """Turn any accepted input into an :class:`Element` tree.

    Accepts an :class:`Element` (from :func:`ogrender.h`), a Satori element object
    (``{"type": ..., "props": {...}}``), or an HTML string.
    """
    if isinstance(tree, Element):
        return tree
    if isinstance(tree, Mapping):
        from .from_dict import element_from_dict
        return element_from_dict(tree, "")
    if isinstance(tree, (str, bytes)):
        from .from_html import element_from_html
        return element_from_html(tree)
    raise TreeError(f"cannot render a {type(tree).__name__}: pass an element built with h(), "
                    f"a Satori element object ({{'type': ..., 'props': ...}}) or an HTML string")


def check_tree(root: Element, limits) -> None:
    """Apply the render's limits on elements, nesting depth and text length (an iterative walk)."""
    nodes = text = 0
    stack = [(root, 0)]
    while stack:
        element, depth = stack.pop()
        nodes += 1
        if nodes > limits.max_nodes:
            raise LimitError(f"the tree has more than {limits.max_nodes} elements (limits.max_nodes)")
        if depth > limits.max_depth:
            raise LimitError(f"the tree is nested more than {limits.max_depth} levels deep (limits.max_depth)",
                             path=element.path[:200])
        for child in element.children:
            if isinstance(child, Element):
                stack.append((child, depth + 1))
            else:
                text += len(child)
        if text > limits.max_text:
            raise LimitError(f"the tree holds more than {limits.max_text} characters of text (limits.max_text)")


def iter_elements(root: Element) -> Iterable[Element]:
    stack = [root]
    while stack:
        el = stack.pop()
        yield el
        stack.extend(c for c in reversed(el.children) if isinstance(c, Element))
