"""``h(tag, props, *children)``: build an element in Python, as JSX / React.createElement does."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .element import Element, normalize_children
from .props import check_tag, split_props


def h(tag: str, props: Mapping[str, Any] | None = None, *children: Any) -> Element:
    """Build an element: ``h("div", {"style": {"display": "flex"}}, "Hello", h("img", {"src": ...}))``.

    ``props`` holds ``style`` (a dict of camelCase or kebab-case properties, or a CSS string) and any other
    attribute (``src``, ``width``, ``lang`` ...). Children may be elements, strings, numbers, nested lists;
    None and booleans are dropped. Children may also be passed as ``props["children"]``.
    """
    tag = check_tag(tag, tag if isinstance(tag, str) else "")
    style, attrs = split_props(tag, props, tag)
    raw = list(children)
    if not raw and props and "children" in props:
        raw = [props["children"]]
    return Element(tag, attrs, style, normalize_children(raw, tag))
