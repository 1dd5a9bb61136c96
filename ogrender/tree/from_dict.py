"""Satori's plain-object element form (``{"type": "div", "props": {"style": {...}, "children": [...]}}``),
as a React element serialises or as loaded from JSON."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..errors import TreeError
from .element import Element, check_depth, normalize_children
from .props import check_tag, split_props


def element_from_dict(obj: Mapping[str, Any], parent_path: str, depth: int = 0) -> Element:
    tag_for_path = obj.get("type") if isinstance(obj.get("type"), str) else "?"
    path = f"{parent_path} > {tag_for_path}" if parent_path else str(tag_for_path)
    check_depth(depth, path)
    if "type" not in obj:
        raise TreeError("an element object needs a 'type' (e.g. 'div') and 'props'", path=path)
    tag = check_tag(obj["type"], path)
    props = obj.get("props") or {}
    style, attrs = split_props(tag, props, path)
    children = normalize_children(props.get("children") if props.__class__ is dict or isinstance(props, Mapping)
                                  else None, path, depth + 1)
    return Element(tag, attrs, style, children)
