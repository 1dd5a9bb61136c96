"""Style stage: Element tree -> StyledNode tree (typed computed values on every node).

For each element: the preset's declarations and the inline style are cascaded into specified values,
then computed (font-size first, then colour, then the rest; inheritance and initial values from the
table). Invalid declarations are dropped with a :class:`StyleWarning` naming the node path and the
property, or raise :class:`StyleError` when ``strict``.
"""

from __future__ import annotations

import warnings
from typing import Any

from ..errors import StyleError, StyleWarning
from ..tree.element import Element
from .cascade import SpecifiedBlock, block_from_source, block_from_string, cascade
from .computed import ComputedStyle, inherit_from
from .presets import Preset
from .properties import (_FONT_SIZE_KEYWORDS as _KEYWORD_SIZES, BORDER_STYLE_OF_WIDTH, MONOSPACE_KEYWORD_SIZES,
                         PROPERTIES, ComputeContext, context_free)
from .values import Length
from .replaced import presentational_hints
from .parsers import InvalidValue
from .shorthands import SHORTHANDS
from .variables import PendingVar, compute_custom, resolve_pending, split_specified


WEBKIT_BOX = frozenset({"-webkit-box", "-webkit-inline-box"})


def legacy_box_display(style) -> str:
    """``display: -webkit-box`` as Chromium lays it out: a flex row, or with ``-webkit-box-orient:
    vertical`` (the form line clamping uses) a block container; the inline form likewise inline."""
    vertical = style.webkit_box_orient in ("vertical", "block-axis")
    inline = style.display == "-webkit-inline-box"
    if vertical:
        return "inline-block" if inline else "block"
    return "inline-flex" if inline else "flex"


def _font_size_keyword(value, parent):
    """(keyword, factor) the font size derives from, or None (see MONOSPACE_KEYWORD_SIZES)."""
    inherited = parent.ogrender_font_size_keyword if parent is not None else ("medium", 1.0)
    if value is None or value in ("inherit", "unset"):
        return inherited
    if value == "initial":
        return ("medium", 1.0)
    if isinstance(value, str):
        if value in _KEYWORD_SIZES:
            return (value, 1.0)
        if inherited is None:
            return None
        return (inherited[0], inherited[1] * (1.2 if value == "larger" else 1 / 1.2))
    if isinstance(value, Length) and value.unit in ("em", "%") and inherited is not None:
        return (inherited[0], inherited[1] * (value.value if value.unit == "em" else value.value / 100))
    return None


class StyledText:
    """A run of text; its style is the parent element's computed style."""

    __slots__ = ("text", "style")

    def __init__(self, text: str, style: ComputedStyle):
        self.text = text
        self.style = style

    def __repr__(self) -> str:
        return f"<StyledText {self.text[:20]!r}>"


class StyledNode:
    """An element with its computed style; children are StyledNode and StyledText."""

    __slots__ = ("element", "style", "children")

    def __init__(self, element: Element, style: ComputedStyle, children: list):
        self.element = element
        self.style = style
        self.children = children

    @property
    def path(self) -> str:
        return self.element.path

    def __repr__(self) -> str:
        return f"<StyledNode {self.path}>"


_FIRST = ("font-size", "color")
_BORDER_NAMES = frozenset(BORDER_STYLE_OF_WIDTH) | frozenset(BORDER_STYLE_OF_WIDTH.values())
_BORDER_ATTRS = tuple((PROPERTIES[w].attr, PROPERTIES[st].attr, w) for w, st in BORDER_STYLE_OF_WIDTH.items())
_GLOBAL = frozenset({"inherit", "initial", "unset"})
# (longhand, value class, specified value) -> (attribute, computed value) for values that compute the same in every
# context (properties.context_free), None for the others; shared by all renders, bounded.
_COMPUTED: dict = {}
_COMPUTED_MAX = 65536
_UNKNOWN = object()


def _known_value(name: str, value):
    """(attribute, computed value) of a specified value that computes the same everywhere, else None;
    remembered per (property, value)."""
    key = (name, value.__class__, value)  # the class too: 1 == 1.0 == True, but they are not the same value
    try:
        known = _COMPUTED.get(key, _UNKNOWN)
    except TypeError:  # an unhashable specified value: computed every time
        return None
    if known is _UNKNOWN:
        known = _context_free_value(name, value)
        if len(_COMPUTED) < _COMPUTED_MAX:
            _COMPUTED[key] = known
    return known


def _block_plan(block) -> dict:
    """A block's declarations as (attribute, computed value) where that needs no context, else None;
    kept on the (cached) block. font-size and colour are never precomputed: they are applied first."""
    block.plan = {name: None if name in _FIRST else _known_value(name, value)
                  for name, value in block.normal.items()}
    return block.plan


def _context_free_value(name: str, value):
    """(attribute, computed value) when ``value`` computes the same everywhere, else None."""
    prop = PROPERTIES[name]
    if value.__class__ is str and value in _GLOBAL or not context_free(prop.compute, value):
        return None
    try:
        return prop.attr, prop.compute(value, None)
    except InvalidValue:
        return None  # computed (and reported) per element


# the dir attribute, as HTML's user-agent style sheet maps it (both presets)
_DIR_HINTS = {"ltr": block_from_source("direction: ltr; unicode-bidi: isolate"),
              "rtl": block_from_source("direction: rtl; unicode-bidi: isolate"),
              "auto": block_from_source("unicode-bidi: plaintext")}


class Styler:
    """Computes styles for one render: the preset, the viewport and the strictness are fixed."""

    def __init__(self, preset: Preset, viewport_width: float, viewport_height: float, strict: bool = False):
        self.preset = preset
        self.monospace_sizes = preset.name == "browser"  # Chromium's quirk; Satori sizes monospace as any font
        self.viewport = (float(viewport_width), float(viewport_height))
        self.strict = strict
        self.preset_all = block_from_string(preset.all)
        self.preset_tags = {tag: block_from_string(css) for tag, css in preset.tags.items()}
        self.root_font_size = 16.0

    def style_tree(self, root: Element) -> StyledNode:
        styled = self._style_element(root, None)
        return styled

    def _style_element(self, element: Element, parent: ComputedStyle | None) -> StyledNode:
        style = self.compute(element, parent)
        if parent is None:
            self.root_font_size = style.font_size
        children: list[Any] = []
        for child in element.children:
            if isinstance(child, Element):
                children.append(self._style_element(child, style))
            else:
                children.append(StyledText(child, style))
        return StyledNode(element, style, children)

    def compute(self, element: Element, parent: ComputedStyle | None) -> ComputedStyle:
        blocks: list[SpecifiedBlock] = [self.preset_all]
        tag_block = self.preset_tags.get(element.tag)
        if tag_block is not None:
            blocks.append(tag_block)
        hints = presentational_hints(element)  # img / svg width and height attributes (css/replaced.py)
        if hints is not None:
            blocks.append(hints)
        direction = element.attrs.get("dir")  # HTML's dir attribute: direction + unicode-bidi: isolate
        if direction.__class__ is str and direction.lower() in _DIR_HINTS:
            blocks.append(_DIR_HINTS[direction.lower()])
        inline = block_from_source(element.style)
        if inline is not None:
            if inline.problems:
                self._report(element, inline.problems)
            blocks.append(inline)
        specified = cascade(blocks)
        custom = plan = None
        if parent is not None and parent.ogrender_custom_properties or any(b.has_vars for b in blocks):
            specified, custom = self._substitute_vars(element, specified, parent)
        elif not any(b.important for b in blocks):
            # Without var() or !important, each winning value is its block's: the blocks' precomputed
            # values cascade the same way as the values themselves.
            plan = {}
            for block in blocks:
                plan.update(block.plan if block.plan is not None else _block_plan(block))

        style = inherit_from(parent)
        if custom is not None:
            style.ogrender_custom_properties = custom
        ctx = ComputeContext(parent, self.root_font_size if parent is not None else 16.0, *self.viewport)
        for name in _FIRST:
            if name in specified:
                self._apply(element, style, ctx, name, specified[name], parent)
                if name == "font-size":
                    ctx.font_size = style.font_size
                else:
                    ctx.color = style.color
            # (an element that sets neither font-size nor font-family has its parent's monospace size)
            if name == "font-size" and self.monospace_sizes and (
                    parent is None or "font-size" in specified or "font-family" in specified):
                self._monospace_font_size(element, style, ctx, specified, parent)
        if parent is None:
            ctx.root_font_size = style.font_size
        if plan is not None:
            for name, known in plan.items():
                if known is not None:
                    setattr(style, known[0], known[1])
                elif name not in _FIRST:
                    self._apply(element, style, ctx, name, specified[name], parent)
        else:
            for name, value in specified.items():
                if name not in _FIRST:
                    known = _known_value(name, value)
                    if known is not None:
                        setattr(style, known[0], known[1])
                    else:
                        self._apply(element, style, ctx, name, value, parent)
        if not specified.keys().isdisjoint(_BORDER_NAMES):
            for width_attr, style_attr, width in _BORDER_ATTRS:
                if getattr(style, style_attr) in ("none", "hidden"):
                    setattr(style, width_attr, 0.0)
                elif width not in specified or specified[width] in ("initial", "unset"):
                    setattr(style, width_attr, 3.0)  # medium
        if style.display in WEBKIT_BOX:
            style.display = legacy_box_display(style)
        return style

    def _monospace_font_size(self, element, style, ctx, specified, parent) -> None:
        """Chromium's monospace font size (browser preset): a font size that derives from a keyword
        (``medium`` by default, through em, % larger and smaller) takes the keyword's size in the fixed-font
        table when the family is just the generic ``monospace`` (13px instead of 16px for medium)."""
        keyword = _font_size_keyword(specified.get("font-size"), parent)
        style.ogrender_font_size_keyword = keyword
        if keyword is None:
            return
        if "font-family" in specified:
            self._apply(element, style, ctx, "font-family", specified["font-family"], parent)
        family = tuple(f.casefold() for f in style.font_family)
        name, factor = keyword
        table = MONOSPACE_KEYWORD_SIZES if family == ("monospace",) else _KEYWORD_SIZES
        style.font_size = ctx.font_size = table[name] * factor

    def _substitute_vars(self, element, specified, parent):
        """Custom properties and var() (variables.py): the element's custom properties, and the specified
        values with var() substituted (a failed one behaves as unset, with a warning)."""
        own, specified = split_specified(specified)
        custom, problems = compute_custom(own, parent.ogrender_custom_properties if parent is not None else None)
        out = {}
        for name, value in specified.items():
            if value.__class__ is PendingVar:
                try:
                    value = resolve_pending(value, custom, PROPERTIES, SHORTHANDS)
                except InvalidValue as exc:
                    if value.longhand == value.source or value.longhand == SHORTHANDS[value.source][1][0]:
                        problems.append((value.source, f"{exc} (invalid at computed-value time: unset)"))
                    value = "unset"
            out[name] = value
        if problems:
            self._report(element, problems)
        return out, custom

    def _apply(self, element, style, ctx, name, value, parent) -> None:
        prop = PROPERTIES[name]
        if value.__class__ is str and value in _GLOBAL:  # (a str test first: values may be any type)
            if parent is not None and (value == "inherit" or (value == "unset" and prop.inherited)):
                setattr(style, prop.attr, getattr(parent, prop.attr))
            else:
                setattr(style, prop.attr, prop.initial)
            return
        try:
            setattr(style, prop.attr, prop.compute(value, ctx))
        except InvalidValue as exc:
            self._report(element, [(name, str(exc))])

    def _report(self, element: Element, problems) -> None:
        for prop, message in problems:
            if self.strict:
                raise StyleError(message, path=element.path, prop=prop)
            where = f"{element.path}: {prop}" if prop else element.path
            warnings.warn(f"{where}: {message}", StyleWarning, stacklevel=6)
