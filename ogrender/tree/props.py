"""Turning a props mapping (Satori / React or ``h()``) into an element's style, attributes and children."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..errors import TreeError
from .svgnames import SVG_TAGS

# React prop names that name HTML attributes differently.
_RENAMED = {"className": "class", "htmlFor": "for"}
# Props that never reach the element.
_IGNORED = {"key", "ref", "children", "style", "dangerouslySetInnerHTML"}


def split_props(tag: str, props: Mapping[str, Any] | None, path: str) -> tuple[Any, dict[str, Any]]:
    """Return ``(style, attrs)`` from a props mapping."""
    if props is None:
        return None, {}
    if props.__class__ is not dict and not isinstance(props, Mapping):
        raise TreeError(f"props must be a mapping, not {type(props).__name__}", path=path)
    style = props.get("style")
    if style is not None and style.__class__ is not dict and not isinstance(style, (str, Mapping)):
        raise TreeError(f"style must be a mapping or a CSS string, not {type(style).__name__}",
                        path=path, prop="style")
    attrs: dict[str, Any] = {}
    for name, value in props.items():
        if name in _IGNORED or value is None or value is False:
            continue
        if not isinstance(name, str):
            raise TreeError(f"prop names must be strings, not {name!r}", path=path)
        attrs[_RENAMED.get(name, name)] = value
    return style, attrs


_TAG_CACHE: dict[str, str] = {}


def check_tag(tag: Any, path: str) -> str:
    """The tag name as the tree keeps it: ASCII names lower-cased, except the case-sensitive SVG element
    names (linearGradient, clipPath, foreignObject ...)."""
    known = _TAG_CACHE.get(tag) if tag.__class__ is str else None
    if known is not None:
        return known
    if not isinstance(tag, str) or not tag:
        what = "a function component" if callable(tag) else repr(tag)
        raise TreeError(f"element type must be a tag name string, not {what}", path=path or None, prop="type")
    name = tag.lower() if tag.isascii() and tag not in SVG_TAGS else tag
    if len(_TAG_CACHE) < 4096:
        _TAG_CACHE[tag] = name
    return name
