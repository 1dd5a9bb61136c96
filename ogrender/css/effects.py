"""Value grammars of the effect properties: ``box-shadow``, ``filter`` / ``backdrop-filter``,
``clip-path``, ``mix-blend-mode``, ``isolation`` (CSS Backgrounds 3, Filter Effects 1, CSS Masking 1,
Compositing 1). Parsers from component values to specified values; computers to the values paint/ draws.

Computed values:

- ``box-shadow``: ``"none"`` or a tuple of :class:`Shadow` (px floats, RGBA colour, inset flag);
- ``filter``: ``"none"`` or a tuple of ``(name, argument)``: ``("blur", px)``, ``("brightness", amount)``
  ..., ``("hue-rotate", degrees)``, ``("drop-shadow", Shadow)``;
- ``clip-path``: ``"none"`` or a :class:`Shape` (``kind`` inset | circle | ellipse | polygon | path, its
  arguments with lengths as px floats or Percent, and the reference box).
"""

from __future__ import annotations

from . import parsers as p
from .backgrounds import _CENTER, angle, compute_position, parse_position, split_commas
from .functions import length_px, length_token, number_token
from .parsers import InvalidValue
from .values import CURRENT_COLOR, Length, Percent


class Shadow:
    __slots__ = ("x", "y", "blur", "spread", "color", "inset")

    def __init__(self, x, y, blur, spread, color, inset=False):
        self.x, self.y, self.blur, self.spread, self.color, self.inset = x, y, blur, spread, color, inset

    def _key(self):
        return (self.x, self.y, self.blur, self.spread, self.color, self.inset)

    def __eq__(self, other):
        return isinstance(other, Shadow) and other._key() == self._key()

    def __hash__(self):
        return hash(self._key())

    def __repr__(self):
        return f"Shadow{self._key()!r}"


def _shadow(toks: list, *, allow_inset: bool = True, allow_spread: bool = True) -> Shadow:
    lengths, color, inset = [], None, False
    for t in toks:
        if allow_inset and p.keyword_of(t) == "inset" and not inset:
            inset = True
            continue
        ln = length_token(t, percent=False)
        if ln is not None:
            if len(lengths) >= (4 if allow_spread else 3):
                raise InvalidValue("too many lengths in a shadow")
            lengths.append(ln)
            continue
        c = p.color(t)
        if c is not None and color is None:
            color = c
            continue
        raise InvalidValue(f"unexpected {p.tokens_text([t])!r} in a shadow")
    if len(lengths) < 2:
        raise InvalidValue("a shadow needs at least two lengths (x and y offsets)")
    if len(lengths) > 2 and lengths[2].value < 0:
        raise InvalidValue("a shadow's blur radius cannot be negative")
    zero = Length(0.0, "px")
    lengths += [zero] * (4 - len(lengths))
    return Shadow(*lengths, CURRENT_COLOR if color is None else color, inset)


def parse_box_shadow(tokens):
    toks = p.significant(tokens)
    if len(toks) == 1 and p.keyword_of(toks[0]) == "none":
        return "none"
    return tuple(_shadow(g) for g in split_commas(tokens))
parse_box_shadow.accepts = "none | [inset? && <length>{2,4} && <color>?]#"


def compute_shadow(s: Shadow, ctx) -> Shadow:
    color = ctx.color if s.color == CURRENT_COLOR else s.color
    return Shadow(*(length_px(v, ctx)[0] for v in (s.x, s.y, s.blur, s.spread)), color, s.inset)


def compute_box_shadow(value, ctx):
    if value == "none":
        return value
    return tuple(compute_shadow(s, ctx) for s in value)


# -- filter -------------------------------------------------------------------------------------------

_AMOUNT_FILTERS = {"brightness": None, "contrast": None, "grayscale": 1.0, "invert": 1.0, "opacity": 1.0,
                   "saturate": None, "sepia": 1.0}


def _filter(token):
    if token.type != "function":
        raise InvalidValue(f"expected a filter function, got {p.tokens_text([token])!r}")
    name = token.lower_name
    args = p.significant(token.arguments)
    if name == "blur":
        if not args:
            return ("blur", Length(0.0, "px"))
        if len(args) != 1:
            raise InvalidValue("blur() takes one length")
        ln = length_token(args[0], percent=False, negative=False)
        if ln is None:
            raise InvalidValue("blur() takes a length")
        return ("blur", ln)
    if name in _AMOUNT_FILTERS:
        if not args:
            return (name, 1.0)
        if len(args) != 1:
            raise InvalidValue(f"{name}() takes one number or percentage")
        t = args[0]
        amount = float(t.value) / 100 if t.type == "percentage" else number_token(t)
        if amount is None or amount < 0:
            raise InvalidValue(f"{name}() takes a non-negative number or percentage")
        cap = _AMOUNT_FILTERS[name]
        return (name, min(amount, cap) if cap is not None else amount)
    if name == "hue-rotate":
        if not args:
            return (name, 0.0)
        a = angle(args[0]) if len(args) == 1 else None
        if a is None:
            raise InvalidValue("hue-rotate() takes an angle")
        return (name, a)
    if name == "drop-shadow":
        return (name, _shadow(args, allow_inset=False, allow_spread=False))
    raise InvalidValue(f"{token.name}() is not a filter function")


def parse_filter(tokens):
    toks = p.significant(tokens)
    if len(toks) == 1 and p.keyword_of(toks[0]) == "none":
        return "none"
    if not toks:
        raise InvalidValue("empty filter")
    return tuple(_filter(t) for t in toks)
parse_filter.accepts = ("none | <filter-function>+: blur() brightness() contrast() drop-shadow() grayscale() "
                        "hue-rotate() invert() opacity() saturate() sepia()")


def compute_filter(value, ctx):
    if value == "none":
        return value
    out = []
    for name, arg in value:
        if name == "blur":
            arg = length_px(arg, ctx)[0]
        elif name == "drop-shadow":
            arg = compute_shadow(arg, ctx)
        out.append((name, arg))
    return tuple(out)


# -- clip-path ----------------------------------------------------------------------------------------

class Shape:
    """A basic shape: ``kind`` and ``args`` (see the module docstring), ``box`` the reference box."""

    __slots__ = ("kind", "args", "box")

    def __init__(self, kind, args, box="border-box"):
        self.kind, self.args, self.box = kind, args, box

    def __eq__(self, other):
        return isinstance(other, Shape) and (self.kind, self.args, self.box) == (other.kind, other.args, other.box)

    def __hash__(self):
        return hash((self.kind, repr(self.args), self.box))

    def __repr__(self):
        return f"Shape({self.kind!r}, {self.args!r}, {self.box!r})"


def _lp(t):
    ln = length_token(t, percent=True)
    if ln is None:
        raise InvalidValue(f"expected a length or percentage, got {p.tokens_text([t])!r}")
    return ln


def _radius_kw(t):
    kw = p.keyword_of(t)
    if kw in ("closest-side", "farthest-side"):
        return kw
    ln = _lp(t)
    if ln.value < 0:
        raise InvalidValue("negative radius")
    return ln


def _basic_shape(token) -> Shape:
    name = token.lower_name
    args = p.significant(token.arguments)
    if name == "inset":
        round_at = next((i for i, t in enumerate(args) if p.keyword_of(t) == "round"), None)
        edges = args if round_at is None else args[:round_at]
        if not 1 <= len(edges) <= 4:
            raise InvalidValue("inset() takes 1 to 4 lengths")
        from .shorthands import _box, _border_radius
        insets = tuple(_box([_lp(t) for t in edges]))
        radii = None
        if round_at is not None:
            radii = tuple(v for _, v in _border_radius(args[round_at + 1:]))
        return Shape("inset", (insets, radii))
    if name in ("circle", "ellipse"):
        at = next((i for i, t in enumerate(args) if p.keyword_of(t) == "at"), None)
        sizes = args if at is None else args[:at]
        position = _CENTER if at is None else parse_position(args[at + 1:])
        want = 1 if name == "circle" else 2
        if sizes and len(sizes) != want:
            raise InvalidValue(f"{name}() takes {want} radius value{'s' if want > 1 else ''}")
        radii = tuple(_radius_kw(t) for t in sizes) or ("closest-side",) * want
        return Shape(name, (radii, position))
    if name == "polygon":
        groups = split_commas(token.arguments)
        rule = "nonzero"
        if len(groups[0]) == 1 and p.keyword_of(groups[0][0]) in ("nonzero", "evenodd"):
            rule = p.keyword_of(groups[0][0])
            groups = groups[1:]
        points = []
        for g in groups:
            if len(g) != 2:
                raise InvalidValue("a polygon point is two lengths")
            points.append((_lp(g[0]), _lp(g[1])))
        if len(points) < 1:
            raise InvalidValue("a polygon needs points")
        return Shape("polygon", (rule, tuple(points)))
    if name == "path":
        groups = split_commas(token.arguments)
        rule = "nonzero"
        if len(groups) == 2:
            rule = p.keyword_of(groups[0][0]) if len(groups[0]) == 1 else None
            if rule not in ("nonzero", "evenodd"):
                raise InvalidValue("path() takes an optional fill rule and a string")
            groups = groups[1:]
        if len(groups) != 1 or len(groups[0]) != 1 or groups[0][0].type != "string":
            raise InvalidValue("path() takes an SVG path string")
        return Shape("path", (rule, groups[0][0].value))
    raise InvalidValue(f"{token.name}() is not a basic shape")


_GEOMETRY_BOXES = ("border-box", "padding-box", "content-box", "margin-box", "fill-box", "stroke-box",
                   "view-box")


def parse_clip_path(tokens):
    toks = p.significant(tokens)
    if len(toks) == 1 and p.keyword_of(toks[0]) == "none":
        return "none"
    shape, box = None, None
    for t in toks:
        if t.type == "function" and shape is None:
            shape = _basic_shape(t)
        elif p.keyword_of(t) in _GEOMETRY_BOXES and box is None:
            box = p.keyword_of(t)
        else:
            raise InvalidValue(f"unexpected {p.tokens_text([t])!r} in clip-path (url() is not supported)")
    if shape is None:
        shape = Shape("inset", ((Length(0.0, "px"),) * 4, None))
    box = {"fill-box": "border-box", "stroke-box": "border-box", "view-box": "border-box"}.get(box, box)
    return Shape(shape.kind, shape.args, box or "border-box")
parse_clip_path.accepts = "none | <basic-shape> || <geometry-box>: inset() circle() ellipse() polygon() path()"


def _lp_px(v, ctx):
    if isinstance(v, str):
        return v
    px, pct = length_px(v, ctx)
    return Percent(pct) if pct and not px else (px if not pct else (px, Percent(pct)))


def compute_clip_path(value, ctx):
    if value == "none":
        return value
    kind, args = value.kind, value.args
    if kind == "inset":
        insets, radii = args
        radii = None if radii is None else tuple(tuple(_lp_px(v, ctx) for v in r) for r in radii)
        args = (tuple(_lp_px(v, ctx) for v in insets), radii)
    elif kind in ("circle", "ellipse"):
        radii, position = args
        args = (tuple(_lp_px(v, ctx) for v in radii), compute_position(position, ctx))
    elif kind == "polygon":
        rule, points = args
        args = (rule, tuple((_lp_px(x, ctx), _lp_px(y, ctx)) for x, y in points))
    return Shape(kind, args, value.box)


BLEND_MODES = ("normal", "multiply", "screen", "overlay", "darken", "lighten", "color-dodge", "color-burn",
               "hard-light", "soft-light", "difference", "exclusion", "hue", "saturation", "color",
               "luminosity", "plus-lighter")


def parse_transform_origin(tokens):
    toks = p.significant(tokens)
    if len(toks) == 3:
        if length_token(toks[2], percent=False) is None:
            raise InvalidValue("the third transform-origin value is a length (z)")
        toks = toks[:2]
    if not 1 <= len(toks) <= 2:
        raise InvalidValue("expected one or two values and an optional z length (no edge offsets)")
    if len(toks) == 2 and p.keyword_of(toks[0]) is None and p.keyword_of(toks[1]) in ("left", "right"):
        raise InvalidValue("a horizontal keyword cannot follow a length")
    return parse_position(toks)
parse_transform_origin.accepts = "[<x> <y>?] <length>? (keywords or length-percentages; z ignored)"


compute_transform_origin = compute_position
