"""Shorthand expansion: the one place where a shorthand becomes its longhands.

Each expander takes the shorthand's component values and returns ``[(longhand, specified value), ...]``
(every longhand of the shorthand, reset to its initial value where the shorthand omits it), or raises
:class:`InvalidValue`.
"""

from __future__ import annotations

from typing import Callable

from . import parsers as p
from .parsers import InvalidValue
from .properties import PROPERTIES
from .values import AUTO, CURRENT_COLOR, Length

SIDES = ("top", "right", "bottom", "left")
CORNERS = ("top-left", "top-right", "bottom-right", "bottom-left")

SHORTHANDS: dict[str, tuple[Callable, tuple[str, ...]]] = {}


def shorthand(name: str, longhands: tuple[str, ...]):
    def deco(fn):
        SHORTHANDS[name] = (fn, longhands)
        return fn
    return deco


def _box(values: list) -> list:
    """CSS's 1-to-4 value box expansion: top, right, bottom, left."""
    if not 1 <= len(values) <= 4:
        raise InvalidValue(f"expected 1 to 4 values, got {len(values)}")
    top = values[0]
    right = values[1] if len(values) > 1 else top
    bottom = values[2] if len(values) > 2 else top
    left = values[3] if len(values) > 3 else right
    return [top, right, bottom, left]


def _four_sides(name: str, pattern: str):
    longhands = tuple(pattern.format(side) for side in SIDES)

    @shorthand(name, longhands)
    def expand(tokens):
        parsed = [PROPERTIES[longhands[0]].parse([t]) for t in p.significant(tokens)]
        return list(zip(longhands, _box(parsed)))
    return expand


_four_sides("margin", "margin-{}")
_four_sides("padding", "padding-{}")
_four_sides("inset", "{}")
_four_sides("border-width", "border-{}-width")
_four_sides("border-style", "border-{}-style")
_four_sides("border-color", "border-{}-color")


def _border_parts(tokens) -> tuple:
    width = style = color = None
    for token in p.significant(tokens):
        kw = p.keyword_of(token)
        if style is None and kw in ("none", "hidden", "solid", "dashed", "dotted", "double", "groove",
                                     "ridge", "inset", "outset"):
            style = kw
        elif width is None and (kw in ("thin", "medium", "thick") or p.length(token) is not None):
            width = PROPERTIES["border-top-width"].parse([token])
        elif color is None and p.color(token) is not None:
            color = p.color(token)
        else:
            raise InvalidValue(f"unexpected {p.tokens_text([token])!r} in a border")
    return ("medium" if width is None else width, "none" if style is None else style,
            CURRENT_COLOR if color is None else color)


def _border_side(side: str):
    longhands = (f"border-{side}-width", f"border-{side}-style", f"border-{side}-color")

    @shorthand(f"border-{side}", longhands)
    def expand(tokens):
        return list(zip(longhands, _border_parts(tokens)))


for _side in SIDES:
    _border_side(_side)


@shorthand("border", tuple(f"border-{s}-{part}" for s in SIDES for part in ("width", "style", "color")))
def _border(tokens):
    width, style, color = _border_parts(tokens)
    out = []
    for side in SIDES:
        out += [(f"border-{side}-width", width), (f"border-{side}-style", style),
                (f"border-{side}-color", color)]
    return out


@shorthand("border-radius", tuple(f"border-{c}-radius" for c in CORNERS))
def _border_radius(tokens):
    toks = p.significant(tokens)
    groups: list[list] = [[]]
    for token in toks:
        if token == "/":
            groups.append([])
            continue
        from .functions import length_token  # calc() with percentages: radii are resolved in paint
        value = length_token(token, percent=True, negative=False)
        if value is None:
            raise InvalidValue(f"expected a length or percentage, got {p.tokens_text([token])!r}")
        groups[-1].append(value)
    if len(groups) > 2 or not groups[0] or (len(groups) == 2 and not groups[1]):
        raise InvalidValue("expected 1 to 4 radii, optionally followed by / and 1 to 4 radii")
    horizontal = _box(groups[0])
    vertical = _box(groups[1]) if len(groups) == 2 else horizontal
    # _box order is top, right, bottom, left = top-left, top-right, bottom-right, bottom-left here.
    return [(f"border-{c}-radius", (h, v)) for c, h, v in zip(CORNERS, horizontal, vertical)]


@shorthand("flex", ("flex-grow", "flex-shrink", "flex-basis"))
def _flex(tokens):
    toks = p.significant(tokens)
    if len(toks) == 1 and p.keyword_of(toks[0]) == "none":
        return [("flex-grow", 0.0), ("flex-shrink", 0.0), ("flex-basis", AUTO)]
    if len(toks) == 1 and p.keyword_of(toks[0]) == "auto":
        return [("flex-grow", 1.0), ("flex-shrink", 1.0), ("flex-basis", AUTO)]
    numbers: list[float] = []
    basis = None
    pattern = ""
    for token in toks:
        # A unitless zero is a flex factor unless two factors precede it (CSS Flexbox 7.2).
        if token.type == "number" and len(numbers) < 2:
            numbers.append(p.number(token, negative=False))
            pattern += "n"
            continue
        if basis is not None:
            raise InvalidValue(f"unexpected {p.tokens_text([token])!r} in flex")
        kw = p.keyword_of(token)
        basis = kw if kw in ("auto", "content") else p.length(token, percent=True, negative=False)
        if basis is None:
            raise InvalidValue(f"unexpected {p.tokens_text([token])!r} in flex")
        pattern += "b"
    if pattern not in ("n", "nn", "b", "nb", "nnb", "bn", "bnn"):
        raise InvalidValue("expected none, auto, or <grow> <shrink>? || <basis>")
    grow = numbers[0] if numbers else 1.0
    shrink = numbers[1] if len(numbers) > 1 else 1.0
    # A flex value without a basis sets it to 0% (CSS Flexbox 7.2).
    return [("flex-grow", grow), ("flex-shrink", shrink),
            ("flex-basis", Length(0.0, "%") if basis is None else basis)]


@shorthand("flex-flow", ("flex-direction", "flex-wrap"))
def _flex_flow(tokens):
    direction, wrap = "row", "nowrap"
    seen = set()
    for token in p.significant(tokens):
        kw = p.keyword_of(token)
        if kw in ("row", "row-reverse", "column", "column-reverse") and "d" not in seen:
            direction = kw
            seen.add("d")
        elif kw in ("nowrap", "wrap", "wrap-reverse") and "w" not in seen:
            wrap = kw
            seen.add("w")
        else:
            raise InvalidValue(f"unexpected {p.tokens_text([token])!r} in flex-flow")
    if not seen:
        raise InvalidValue("empty flex-flow")
    return [("flex-direction", direction), ("flex-wrap", wrap)]


@shorthand("gap", ("row-gap", "column-gap"))
def _gap(tokens):
    toks = p.significant(tokens)
    if not 1 <= len(toks) <= 2:
        raise InvalidValue("expected one or two values")
    row = PROPERTIES["row-gap"].parse([toks[0]])
    column = PROPERTIES["column-gap"].parse([toks[-1]])
    return [("row-gap", row), ("column-gap", column)]


@shorthand("overflow", ("overflow-x", "overflow-y"))
def _overflow(tokens):
    toks = p.significant(tokens)
    if not 1 <= len(toks) <= 2:
        raise InvalidValue("expected one or two values")
    x = PROPERTIES["overflow-x"].parse([toks[0]])
    y = PROPERTIES["overflow-y"].parse([toks[-1]])
    return [("overflow-x", x), ("overflow-y", y)]


_BACKGROUND = ("background-color", "background-image", "background-position", "background-size",
               "background-repeat", "background-origin", "background-clip", "background-attachment")


@shorthand("background", _BACKGROUND)
def _background(tokens):
    """Layers separated by commas; the last may hold the colour (CSS Backgrounds 3, 3.10)."""
    from .backgrounds import parse_background_layer, split_commas
    groups = split_commas(tokens)
    layers = [parse_background_layer(g, i == len(groups) - 1) for i, g in enumerate(groups)]
    initial = {name: PROPERTIES[name].initial for name in _BACKGROUND}
    images = tuple(layer.get("image", "none") for layer in layers)
    zero = Length(0.0, "px")
    return [
        ("background-color", layers[-1].get("color", initial["background-color"])),
        ("background-image", "none" if images == ("none",) else images),
        ("background-position", tuple(layer.get("position", ((0.0, zero), (0.0, zero))) for layer in layers)),
        ("background-size", tuple(layer.get("size", ("auto", "auto")) for layer in layers)),
        ("background-repeat", tuple(layer.get("repeat", ("repeat", "repeat")) for layer in layers)),
        ("background-origin", tuple(layer.get("origin", "padding-box") for layer in layers)),
        ("background-clip", tuple(layer.get("clip", "border-box") for layer in layers)),
        ("background-attachment", "scroll"),
    ]
from . import text_shorthands  # noqa: E402,F401  (text-decoration, -webkit-text-stroke, word-wrap)


_MASK = ("mask-image", "mask-position", "mask-size", "mask-repeat", "mask-origin", "mask-clip")


@shorthand("mask", _MASK)
def _mask(tokens):
    """Layers as in background (no colour); the compositing and mode keywords are accepted and ignored
    (masks add up and use the image's alpha)."""
    from .backgrounds import parse_background_layer, split_commas
    ignored = ("add", "subtract", "intersect", "exclude", "alpha", "luminance", "match-source", "no-clip")
    layers = []
    for group in split_commas(tokens):
        layers.append(parse_background_layer([t for t in group if p.keyword_of(t) not in ignored], False))
    images = tuple(layer.get("image", "none") for layer in layers)
    zero = Length(0.0, "px")
    return [
        ("mask-image", "none" if images == ("none",) else images),
        ("mask-position", tuple(layer.get("position", ((0.0, zero), (0.0, zero))) for layer in layers)),
        ("mask-size", tuple(layer.get("size", ("auto", "auto")) for layer in layers)),
        ("mask-repeat", tuple(layer.get("repeat", ("repeat", "repeat")) for layer in layers)),
        ("mask-origin", tuple(layer.get("origin", "border-box") for layer in layers)),
        ("mask-clip", tuple(layer.get("clip", "border-box") if layer.get("clip") != "text" else "border-box"
                            for layer in layers)),
    ]


def _alias(name: str, target: str) -> None:
    """A prefixed name that browsers still accept for a property or shorthand (``-webkit-mask-image``)."""
    longhands = SHORTHANDS[target][1] if target in SHORTHANDS else (target,)

    @shorthand(name, longhands)
    def expand(tokens):
        if target in SHORTHANDS:
            return SHORTHANDS[target][0](tokens)
        return [(target, PROPERTIES[target].parse(tokens))]


for _name in ("background-clip", "background-origin", "background-size", "box-shadow", "transform",
              "transform-origin", "filter", "backdrop-filter", "clip-path", "mask", "mask-image", "mask-size",
              "mask-position", "mask-repeat", "mask-origin", "mask-clip"):
    _alias(f"-webkit-{_name}", _name)
