"""Cascade: declarations of the preset and the inline style -> specified values per longhand.

A :class:`SpecifiedBlock` is what one style source says once validated: longhand -> specified value (or a
global keyword), split by importance, plus the problems found (invalid or unknown declarations, as
``(property, message)``), which the style step turns into warnings naming the node. Blocks are cached by
source, so repeated style strings and dicts are parsed and validated once.
"""

from __future__ import annotations

from functools import lru_cache
from collections.abc import Mapping
from typing import Any

from .declarations import Declaration, SyntaxProblem, parse_css_string, parse_style_dict
from .parsers import InvalidValue, tokens_text
from .properties import PROPERTIES
from .shorthands import SHORTHANDS
from .variables import PendingVar, contains_var

GLOBAL_KEYWORDS = frozenset({"inherit", "initial", "unset", "revert", "revert-layer"})


class SpecifiedBlock:
    __slots__ = ("normal", "important", "problems", "has_vars", "plan")

    def __init__(self):
        self.normal: dict[str, Any] = {}
        self.important: dict[str, Any] = {}
        self.problems: list[tuple[str | None, str]] = []
        self.has_vars = False  # declares custom properties or uses var() (set by build_block)
        self.plan: dict[str, Any] | None = None  # the style step's precomputed values (style.py)


def _validate(decl: Declaration) -> list[tuple[str, Any]]:
    """One declaration -> ``[(longhand, specified value)]``, or InvalidValue."""
    name = decl.name
    values = decl.value
    if not values:
        raise InvalidValue("empty value")
    if len(values) == 1 and values[0].type == "ident" and values[0].lower_value in GLOBAL_KEYWORDS:
        keyword = values[0].lower_value
        keyword = "unset" if keyword.startswith("revert") else keyword
        longhands = SHORTHANDS[name][1] if name in SHORTHANDS else (name,)
        return [(longhand, keyword) for longhand in longhands]
    if name in SHORTHANDS:
        return SHORTHANDS[name][0](values)
    return [(name, PROPERTIES[name].parse(values))]


def build_block(declarations) -> SpecifiedBlock:
    block = SpecifiedBlock()
    for decl in declarations:
        if isinstance(decl, SyntaxProblem):
            block.problems.append((None, decl.message))
            continue
        if decl.name.startswith("--"):  # custom properties: component values, for var() (variables.py)
            target = block.important if decl.important else block.normal
            values = decl.value
            if (len(values) == 1 and values[0].type == "ident" and values[0].lower_value in GLOBAL_KEYWORDS):
                target[decl.name] = values[0].lower_value
            else:
                target[decl.name] = tuple(values)
            continue
        if decl.name not in PROPERTIES and decl.name not in SHORTHANDS:
            block.problems.append((decl.name, "unknown or unsupported property, ignored"))
            continue
        if contains_var(decl.value):  # validated once var() is substituted, per element
            target = block.important if decl.important else block.normal
            longhands = SHORTHANDS[decl.name][1] if decl.name in SHORTHANDS else (decl.name,)
            for longhand in longhands:
                target[longhand] = PendingVar(decl.name, decl.value, longhand)
            continue
        try:
            pairs = _validate(decl)
        except InvalidValue as exc:
            block.problems.append((decl.name, f"invalid value {tokens_text(decl.value)!r} ({exc}), "
                                              f"declaration ignored"))
            continue
        target = block.important if decl.important else block.normal
        for longhand, value in pairs:
            target[longhand] = value
    block.has_vars = any(name[:2] == "--" or value.__class__ is PendingVar
                         for part in (block.normal, block.important) for name, value in part.items())
    return block


@lru_cache(maxsize=16384)
def block_from_string(source: str) -> SpecifiedBlock:
    return build_block(parse_css_string(source))


@lru_cache(maxsize=16384)
def _block_from_items(items: tuple) -> SpecifiedBlock:
    return build_block(parse_style_dict(dict(items)))


def block_from_source(source: str | Mapping[str, Any] | None) -> SpecifiedBlock | None:
    if source is None:
        return None
    if isinstance(source, str):
        return block_from_string(source)
    items = tuple(source.items())
    try:
        return _block_from_items(items)
    except TypeError:  # an unhashable value: the dict form reports it as a problem
        return build_block(parse_style_dict(source))


def cascade(blocks: list[SpecifiedBlock]) -> dict[str, Any]:
    """Blocks in increasing precedence (preset, inline) -> winning specified value per longhand."""
    specified: dict[str, Any] = {}
    for block in blocks:
        specified.update(block.normal)
    for block in blocks:
        specified.update(block.important)
    return specified
