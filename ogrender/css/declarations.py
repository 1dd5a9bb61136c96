"""Reading declarations: a style source (CSS string or dict of props) -> list of :class:`Declaration`.

Names come out in kebab-case (``flexDirection`` -> ``flex-direction``, ``WebkitLineClamp`` ->
``-webkit-line-clamp``); values as tinycss2 component values. In a dict, a number is px except for the
properties React treats as unitless (``flexGrow``, ``lineHeight``, ``opacity`` ...). Parsing is cached by
source, since the same style strings come back on every render.
"""

from __future__ import annotations

import re
from functools import lru_cache
from collections.abc import Mapping
from typing import Any

import tinycss2
import tinycss2.ast

# React's list of properties whose bare numbers stay numbers (react-dom's isUnitlessNumber), kebab-case.
UNITLESS = frozenset("""animation-iteration-count aspect-ratio border-image-outset border-image-slice
border-image-width box-flex box-flex-group box-ordinal-group column-count columns flex flex-grow
flex-positive flex-shrink flex-negative flex-order grid-area grid-row grid-row-end grid-row-span
grid-row-start grid-column grid-column-end grid-column-span grid-column-start font-weight line-clamp
-webkit-line-clamp line-height opacity order orphans scale tab-size widows z-index zoom fill-opacity
flood-opacity stop-opacity stroke-dasharray stroke-dashoffset stroke-miterlimit stroke-opacity
stroke-width""".split())


class Declaration:
    """One declaration as written: kebab-case name, component values (white space and comments kept out
    at both ends), ``!important``, and where it came from (``line:column`` in a CSS string)."""

    __slots__ = ("name", "value", "important", "where")

    def __init__(self, name: str, value: list, important: bool = False, where: str = ""):
        self.name = name
        self.value = value
        self.important = important
        self.where = where

    def __repr__(self) -> str:
        return f"<Declaration {self.name}: {tinycss2.serialize(self.value)}>"


class SyntaxProblem:
    """A part of a style source that is not a declaration at all (an error as a value, tinycss2-style)."""

    __slots__ = ("message", "where")

    def __init__(self, message: str, where: str = ""):
        self.message = message
        self.where = where


_CAMEL = re.compile(r"[A-Z]")
_VENDOR = ("webkit", "moz", "ms", "o")


def kebab_case(name: str) -> str:
    """``flexDirection`` -> ``flex-direction``; ``WebkitLineClamp`` / ``webkitLineClamp`` ->
    ``-webkit-line-clamp``; kebab names and custom properties (``--x``) are kept."""
    if name.startswith("--") or "-" in name or name.islower():
        return name.lower() if not name.startswith("--") else name
    out = _CAMEL.sub(lambda m: "-" + m.group(0).lower(), name)
    if out.startswith("-"):
        return out  # WebkitFoo -> -webkit-foo
    head = out.split("-", 1)[0]
    return "-" + out if head in _VENDOR else out


def _strip(values: list) -> list:
    values = [v for v in values if v.type != "comment"]
    while values and values[0].type == "whitespace":
        values.pop(0)
    while values and values[-1].type == "whitespace":
        values.pop()
    return values


@lru_cache(maxsize=16384)
def parse_css_string(source: str) -> tuple:
    """``"color: red; margin: 0 auto"`` -> tuple of :class:`Declaration` and :class:`SyntaxProblem`."""
    out: list = []
    for item in tinycss2.parse_blocks_contents(source, skip_comments=True, skip_whitespace=True):
        where = f"{item.source_line}:{item.source_column}"
        if item.type == "declaration":
            out.append(Declaration(item.lower_name if not item.name.startswith("--") else item.name,
                                   _strip(item.value), item.important, where))
        elif item.type == "error":
            out.append(SyntaxProblem(item.message, where))
        else:
            out.append(SyntaxProblem(f"expected a declaration, found a {item.type}", where))
    return tuple(out)


@lru_cache(maxsize=16384)
def parse_value_string(text: str) -> tuple[list, bool]:
    """One value as written in a style dict: component values and whether it ends with ``!important``."""
    values = _strip(tinycss2.parse_component_value_list(text, skip_comments=True))
    important = False
    if len(values) >= 2 and values[-1].type == "ident" and values[-1].lower_value == "important":
        rest = _strip(values[:-1])
        if rest and rest[-1] == "!":
            values, important = _strip(rest[:-1]), True
    return values, important


def _number_text(n: float) -> str:
    if isinstance(n, float) and n.is_integer():
        n = int(n)
    return repr(n)


def parse_style_dict(style: Mapping[str, Any]) -> tuple:
    """A React/Satori style object -> tuple of :class:`Declaration` and :class:`SyntaxProblem`."""
    out: list = []
    for key, raw in style.items():
        if not isinstance(key, str):
            out.append(SyntaxProblem(f"style keys must be strings, not {key!r}"))
            continue
        name = kebab_case(key)
        if raw is None or raw is False or raw == "":
            continue  # React skips these
        if isinstance(raw, bool):
            out.append(SyntaxProblem(f"{name}: {raw!r} is not a CSS value"))
            continue
        if isinstance(raw, (int, float)):
            if raw != raw or raw in (float("inf"), float("-inf")):
                out.append(SyntaxProblem(f"{name}: {raw!r} is not a CSS value"))
                continue
            text = _number_text(raw)
            if name not in UNITLESS and not name.startswith("--") and raw != 0:
                text += "px"
        elif isinstance(raw, str):
            text = raw
        else:
            out.append(SyntaxProblem(f"{name}: a style value must be a string or a number, "
                                     f"not {type(raw).__name__}"))
            continue
        values, important = parse_value_string(text)
        out.append(Declaration(name, values, important))
    return tuple(out)


def parse_style(source: str | Mapping[str, Any] | None) -> tuple:
    if source is None:
        return ()
    if isinstance(source, str):
        return parse_css_string(source)
    return parse_style_dict(source)
