"""Value grammars of the background properties (CSS Backgrounds 3, CSS Images 3/4): small pure parsers
from component values to specified values, and the computers that turn them into the computed values
paint/ draws.

Per-layer properties hold a tuple, one entry per comma-separated layer (the painter cycles a shorter list
over the images, as the spec asks). Computed values:

- ``background-image``: ``"none"`` or a tuple of ``"none"``, :class:`LinearGradient`,
  :class:`RadialGradient`, :class:`ConicGradient` and :class:`UrlImage`; stop positions as px floats or
  :class:`Percent`, colours as :class:`RGBA`.
- ``background-position``: tuple of ``(x, y)``, each a :class:`Position` component ``(fraction, px)``:
  the used offset is ``fraction * (area - image) + px``.
- ``background-size``: tuple of ``"cover" | "contain" | (w, h)`` with ``w``/``h`` ``"auto"``, px or
  :class:`Percent`.
- ``background-repeat``: tuple of ``(x, y)`` keywords; ``background-origin`` / ``background-clip``:
  tuples of box keywords.
"""

from __future__ import annotations

import math

from . import parsers as p
from .parsers import InvalidValue
from .values import CURRENT_COLOR, Length, Percent

# -- small value classes ------------------------------------------------------------------------------


class Stop:
    """A colour stop (``color`` set) or a colour hint (``color`` None); ``position`` None when omitted."""

    __slots__ = ("color", "position")

    def __init__(self, color, position):
        self.color = color
        self.position = position

    def __eq__(self, other):
        return isinstance(other, Stop) and (self.color, self.position) == (other.color, other.position)

    def __hash__(self):
        return hash((self.color, self.position))

    def __repr__(self):
        return f"Stop({self.color!r}, {self.position!r})"


class _Image:
    __slots__ = ()
    _fields: tuple = ()

    def __eq__(self, other):
        return type(other) is type(self) and all(getattr(self, f) == getattr(other, f) for f in self._fields)

    def __hash__(self):
        return hash(tuple(_hashable(getattr(self, f)) for f in self._fields))

    def __repr__(self):
        return f"{type(self).__name__}({', '.join(repr(getattr(self, f)) for f in self._fields)})"

    def replace(self, **changes):
        new = object.__new__(type(self))
        for f in self._fields:
            setattr(new, f, changes.get(f, getattr(self, f)))
        return new


def _hashable(v):
    return tuple(_hashable(x) for x in v) if isinstance(v, (list, tuple)) else v


class LinearGradient(_Image):
    """``angle`` in degrees (clockwise from up), or ``corner`` ``(dx, dy)`` in -1/1 for ``to top right``."""

    __slots__ = _fields = ("angle", "corner", "stops", "repeating")

    def __init__(self, angle, corner, stops, repeating=False):
        self.angle, self.corner, self.stops, self.repeating = angle, corner, tuple(stops), repeating


class RadialGradient(_Image):
    """``shape`` circle | ellipse; ``size`` a keyword (closest-side ...) or ``(rx, ry)``; ``position``
    ``(x, y)`` position components."""

    __slots__ = _fields = ("shape", "size", "position", "stops", "repeating")

    def __init__(self, shape, size, position, stops, repeating=False):
        self.shape, self.size, self.position, self.stops, self.repeating = (
            shape, size, position, tuple(stops), repeating)


class ConicGradient(_Image):
    """``angle`` (from) in degrees; stop positions as Percent of a turn."""

    __slots__ = _fields = ("angle", "position", "stops", "repeating")

    def __init__(self, angle, position, stops, repeating=False):
        self.angle, self.position, self.stops, self.repeating = angle, position, tuple(stops), repeating


class UrlImage(_Image):
    __slots__ = _fields = ("url",)

    def __init__(self, url):
        self.url = url


# -- token helpers ------------------------------------------------------------------------------------

_ANGLE_UNITS = {"deg": 1.0, "grad": 0.9, "rad": 180 / math.pi, "turn": 360.0}


def angle(token, *, zero: bool = True) -> float | None:
    """An <angle> token -> degrees, or None. A unitless 0 is accepted when ``zero``."""
    if token.type == "dimension" and token.lower_unit in _ANGLE_UNITS:
        return float(token.value) * _ANGLE_UNITS[token.lower_unit]
    if zero and token.type == "number" and token.value == 0:
        return 0.0
    return None


split_commas = p.split_commas


def _length_pct(token) -> Length | None:
    from .functions import length_token
    return length_token(token, percent=True)


# -- <position> ---------------------------------------------------------------------------------------

_X_KW = {"left": 0.0, "center": 0.5, "right": 1.0}
_Y_KW = {"top": 0.0, "center": 0.5, "bottom": 1.0}


def parse_position(toks: list) -> tuple:
    """<bg-position> (1 to 4 values) -> ((fraction, Length offset), (fraction, Length offset)) where the
    offset is signed as written (negated for right/bottom edges)."""
    n = len(toks)
    if not 1 <= n <= 4:
        raise InvalidValue("expected 1 to 4 position values")
    kws = [p.keyword_of(t) for t in toks]
    lens = [None if k is not None else _length_pct(t) for t, k in zip(toks, kws)]
    for t, k, ln in zip(toks, kws, lens):
        if k is None and ln is None:
            raise InvalidValue(f"unexpected {p.tokens_text([t])!r} in a position")
        if k is not None and k not in _X_KW and k not in _Y_KW:
            raise InvalidValue(f"unknown position keyword {k!r}")
    zero = Length(0.0, "px")

    def comp(kw=None, ln=None, axis="x"):
        if kw is None:
            return (0.0, ln)
        table = _X_KW if axis == "x" else _Y_KW
        if kw not in table:
            raise InvalidValue(f"{kw!r} is not a {'horizontal' if axis == 'x' else 'vertical'} position")
        return (table[kw], zero)

    if n == 1:
        k, ln = kws[0], lens[0]
        if k in ("top", "bottom"):
            return (comp("center"), comp(k, axis="y"))
        return (comp(k, ln, "x"), comp("center", axis="y"))
    if n == 2:
        (k1, k2), (l1, l2) = kws, lens
        if k1 in ("top", "bottom") or k2 in ("left", "right"):
            if l1 is not None or l2 is not None:
                raise InvalidValue("a vertical keyword cannot come first when a length is given")
            k1, k2 = k2, k1
        return (comp(k1, l1, "x"), comp(k2, l2, "y"))
    # 3 or 4 values: keyword [offset] pairs
    pairs = []
    i = 0
    while i < n:
        if kws[i] is None:
            raise InvalidValue("in a 3- or 4-value position, offsets follow keywords")
        kw = kws[i]
        off = None
        if i + 1 < n and lens[i + 1] is not None:
            off = lens[i + 1]
            i += 2
        else:
            i += 1
        if off is not None and kw == "center":
            raise InvalidValue("center takes no offset")
        pairs.append((kw, off))
    if len(pairs) != 2:
        raise InvalidValue("expected two keyword/offset pairs")
    (a, ao), (b, bo) = pairs
    if a in ("top", "bottom") or b in ("left", "right"):
        (a, ao), (b, bo) = (b, bo), (a, ao)
    if a not in _X_KW or b not in _Y_KW:
        raise InvalidValue("expected one horizontal and one vertical position")

    def edge(kw, off, table):
        frac = table[kw]
        if off is None:
            return (frac, zero)
        if off.unit == "%":
            # right 10% == 90%
            return (frac + (off.value / 100 if frac == 0 else -off.value / 100), zero)
        if frac == 0:
            return (frac, off)
        if isinstance(off, Length):
            return (frac, Length(-off.value, off.unit))
        return (frac, type(off)({k: -v for k, v in off.terms.items()}))

    return (edge(a, ao, _X_KW), edge(b, bo, _Y_KW))


def compute_position(pos, ctx) -> tuple:
    """Specified position -> ((fraction, px), (fraction, px)); a percentage offset adds to the fraction."""
    from .functions import length_px
    out = []
    for frac, off in pos:
        if isinstance(off, Length) and off.unit == "%":
            out.append((frac + off.value / 100, 0.0))
        else:
            px, pct = length_px(off, ctx)
            out.append((frac + pct / 100, px))
    return tuple(out)


# -- <color-stop-list> --------------------------------------------------------------------------------

def _parse_stops(groups: list[list], *, conic: bool = False) -> list[Stop]:
    stops: list[Stop] = []
    for group in groups:
        color = None
        positions = []
        for token in group:
            c = p.color(token) if color is None else None
            if c is not None:
                color = c
                continue
            pos = None
            if conic:
                a = angle(token)
                if a is not None:
                    pos = Length(a / 3.6, "%")
                elif token.type == "percentage":
                    pos = Length(float(token.value), "%")
            else:
                pos = _length_pct(token)
            if pos is None:
                raise InvalidValue(f"unexpected {p.tokens_text([token])!r} in a colour stop")
            positions.append(pos)
        if color is None:
            if len(positions) != 1:
                raise InvalidValue("a colour stop needs a colour")
            if not stops or stops[-1].color is None:
                raise InvalidValue("a colour hint must sit between two colour stops")
            stops.append(Stop(None, positions[0]))
            continue
        if len(positions) > 2:
            raise InvalidValue("a colour stop takes at most two positions")
        if not positions:
            stops.append(Stop(color, None))
        for pos in positions:
            stops.append(Stop(color, pos))
    if sum(1 for s in stops if s.color is not None) < 2 or stops[-1].color is None:
        raise InvalidValue("a gradient needs at least two colour stops")
    return stops


def _compute_stops(stops, ctx) -> tuple:
    from .functions import length_px
    out = []
    for s in stops:
        color = s.color
        if color == CURRENT_COLOR:
            color = ctx.color
        pos = s.position
        if pos is not None:
            if pos.unit == "%":
                pos = Percent(pos.value)
            else:
                px, pct = length_px(pos, ctx)
                pos = px if not pct else (px, Percent(pct))
        out.append(Stop(color, pos))
    return tuple(out)


# -- gradients ----------------------------------------------------------------------------------------

_SIDES = {"top": (0, -1), "bottom": (0, 1), "left": (-1, 0), "right": (1, 0)}


def _linear(args: list[list], repeating: bool) -> LinearGradient:
    ang, corner = 180.0, None
    first = args[0]
    if first and p.keyword_of(first[0]) == "to":
        dx = dy = 0
        words = [p.keyword_of(t) for t in first[1:]]
        if not 1 <= len(words) <= 2 or any(w not in _SIDES for w in words):
            raise InvalidValue("expected to <side> or to <corner>")
        for w in words:
            sx, sy = _SIDES[w]
            if (sx and dx) or (sy and dy):
                raise InvalidValue("two sides of the same axis")
            dx, dy = dx + sx, dy + sy
        if dx and dy:
            corner = (dx, dy)
        else:
            ang = {(0, -1): 0.0, (1, 0): 90.0, (0, 1): 180.0, (-1, 0): 270.0}[(dx, dy)]
        args = args[1:]
    elif len(first) == 1 and angle(first[0]) is not None:
        ang = angle(first[0])
        args = args[1:]
    return LinearGradient(ang, corner, _parse_stops(args), repeating)


_RADIAL_SIZES = ("closest-side", "closest-corner", "farthest-side", "farthest-corner")
_CENTER = ((0.5, Length(0.0, "px")), (0.5, Length(0.0, "px")))


def _radial(args: list[list], repeating: bool) -> RadialGradient:
    shape = size = None
    position = _CENTER
    first = args[0]
    if first and p.color(first[0]) is None:
        toks = list(first)
        if any(p.keyword_of(t) == "at" for t in toks):
            i = next(i for i, t in enumerate(toks) if p.keyword_of(t) == "at")
            position = parse_position(toks[i + 1:])
            toks = toks[:i]
        lengths = []
        for t in toks:
            kw = p.keyword_of(t)
            if kw in ("circle", "ellipse") and shape is None:
                shape = kw
            elif kw in _RADIAL_SIZES and size is None:
                size = kw
            else:
                ln = _length_pct(t)
                if ln is None:
                    raise InvalidValue(f"unexpected {p.tokens_text([t])!r} in a radial gradient")
                if ln.value < 0:
                    raise InvalidValue("negative radial gradient size")
                lengths.append(ln)
        if lengths:
            if size is not None or len(lengths) > 2:
                raise InvalidValue("a radial gradient size is a keyword or one or two lengths")
            if len(lengths) == 1:
                if shape == "ellipse" or lengths[0].unit == "%":
                    raise InvalidValue("a circle's size is one length (no percentage)")
                shape = "circle"
                size = (lengths[0], lengths[0])
            else:
                if shape == "circle":
                    raise InvalidValue("a circle takes one length")
                shape = "ellipse"
                size = tuple(lengths)
        args = args[1:]
    return RadialGradient(shape or "ellipse", size or "farthest-corner", position, _parse_stops(args),
                          repeating)


def _conic(args: list[list], repeating: bool) -> ConicGradient:
    ang = 0.0
    position = _CENTER
    first = args[0]
    if first and p.keyword_of(first[0]) in ("from", "at"):
        toks = list(first)
        if p.keyword_of(toks[0]) == "from":
            if len(toks) < 2 or angle(toks[1]) is None:
                raise InvalidValue("expected an angle after from")
            ang = angle(toks[1])
            toks = toks[2:]
        if toks:
            if p.keyword_of(toks[0]) != "at":
                raise InvalidValue("expected at <position>")
            position = parse_position(toks[1:])
        args = args[1:]
    return ConicGradient(ang, position, _parse_stops(args, conic=True), repeating)


_GRADIENTS = {"linear-gradient": _linear, "radial-gradient": _radial, "conic-gradient": _conic}


def parse_image(token):
    """One <image> token -> a gradient, :class:`UrlImage` or ``"none"``; InvalidValue otherwise."""
    if p.keyword_of(token) == "none":
        return "none"
    if token.type == "url":
        return UrlImage(token.value)
    if token.type == "function":
        name = token.lower_name
        if name == "url":
            args = p.significant(token.arguments)
            if len(args) == 1 and args[0].type == "string":
                return UrlImage(args[0].value)
            raise InvalidValue("url() takes one string")
        repeating = name.startswith("repeating-")
        base = name[len("repeating-"):] if repeating else name
        base = {"-webkit-linear-gradient": "linear-gradient"}.get(base, base)
        if base in _GRADIENTS:
            return _GRADIENTS[base](split_commas(token.arguments), repeating)
        raise InvalidValue(f"{token.name}() is not a supported image")
    raise InvalidValue(f"expected an image, got {p.tokens_text([token])!r}")


def compute_image(image, ctx):
    if not isinstance(image, _Image) or isinstance(image, UrlImage):
        return image
    changes = {"stops": _compute_stops(image.stops, ctx)}
    if isinstance(image, (RadialGradient, ConicGradient)):
        changes["position"] = compute_position(image.position, ctx)
    if isinstance(image, RadialGradient) and isinstance(image.size, tuple):
        from .functions import length_px
        size = []
        for ln in image.size:
            if ln.unit == "%":
                size.append(Percent(ln.value))
            else:
                size.append(length_px(ln, ctx)[0])
        changes["size"] = tuple(size)
    return image.replace(**changes)


# -- the per-layer properties -------------------------------------------------------------------------

def parse_background_image(tokens):
    groups = split_commas(tokens)
    out = []
    for g in groups:
        if len(g) != 1:
            raise InvalidValue("expected one image per layer")
        out.append(parse_image(g[0]))
    if out == ["none"]:
        return "none"
    return tuple(out)
parse_background_image.accepts = "<image>#: none | linear-gradient() | radial-gradient() | conic-gradient() " \
                                  "(and repeating-) | url()"


def compute_background_image(value, ctx):
    if value == "none":
        return value
    return tuple(compute_image(i, ctx) for i in value)


def parse_background_position(tokens):
    return tuple(parse_position(g) for g in split_commas(tokens))
parse_background_position.accepts = "<bg-position>#"


def compute_background_position(value, ctx):
    return tuple(compute_position(v, ctx) for v in value)


def _size(toks):
    if len(toks) == 1 and p.keyword_of(toks[0]) in ("cover", "contain"):
        return p.keyword_of(toks[0])
    if not 1 <= len(toks) <= 2:
        raise InvalidValue("expected cover, contain or one or two sizes")
    out = []
    for t in toks:
        if p.keyword_of(t) == "auto":
            out.append("auto")
            continue
        ln = _length_pct(t)
        if ln is None or ln.value < 0:
            raise InvalidValue(f"unexpected {p.tokens_text([t])!r} in background-size")
        out.append(ln)
    if len(out) == 1:
        out.append("auto")
    return tuple(out)


def parse_background_size(tokens):
    return tuple(_size(g) for g in split_commas(tokens))
parse_background_size.accepts = "[<length-percentage> | auto]{1,2} | cover | contain #"


def compute_background_size(value, ctx):
    from .functions import length_px
    out = []
    for v in value:
        if isinstance(v, str):
            out.append(v)
            continue
        pair = []
        for x in v:
            if x == "auto":
                pair.append(x)
            elif x.unit == "%":
                pair.append(Percent(x.value))
            else:
                pair.append(length_px(x, ctx)[0])
        out.append(tuple(pair))
    return tuple(out)


_REPEATS = ("repeat", "no-repeat", "space", "round")


def _repeat(toks):
    kws = [p.keyword_of(t) for t in toks]
    if len(kws) == 1:
        k = kws[0]
        if k == "repeat-x":
            return ("repeat", "no-repeat")
        if k == "repeat-y":
            return ("no-repeat", "repeat")
        if k in _REPEATS:
            return (k, k)
    elif len(kws) == 2 and all(k in _REPEATS for k in kws):
        return (kws[0], kws[1])
    raise InvalidValue("expected repeat-x | repeat-y | [repeat | no-repeat | space | round]{1,2}")


def parse_background_repeat(tokens):
    return tuple(_repeat(g) for g in split_commas(tokens))
parse_background_repeat.accepts = "<repeat-style>#"


_BOXES = ("border-box", "padding-box", "content-box")


def _box_list(extra=()):
    allowed = _BOXES + tuple(extra)

    def parse(tokens):
        out = []
        for g in split_commas(tokens):
            if len(g) != 1 or p.keyword_of(g[0]) not in allowed:
                raise InvalidValue(f"expected one of {', '.join(allowed)}")
            out.append(p.keyword_of(g[0]))
        return tuple(out)
    parse.accepts = " | ".join(allowed) + " #"
    return parse


parse_background_origin = _box_list()
parse_background_clip = _box_list(("text",))


def parse_attachment(tokens):
    for g in split_commas(tokens):
        if len(g) != 1 or p.keyword_of(g[0]) not in ("scroll", "fixed", "local"):
            raise InvalidValue("expected scroll | fixed | local")
    return "scroll"
parse_attachment.accepts = "scroll | fixed | local # (drawn as scroll: an image has no scrolling)"


# -- the background shorthand -------------------------------------------------------------------------

def parse_background_layer(toks: list, last: bool) -> dict:
    """One layer of the ``background`` shorthand -> {longhand: per-layer value}."""
    out: dict = {}
    boxes = []
    i = 0
    n = len(toks)
    while i < n:
        t = toks[i]
        kw = p.keyword_of(t)
        if kw in _BOXES or (kw == "text" and "clip" not in out):
            boxes.append(kw)
            i += 1
            continue
        if kw in ("scroll", "fixed", "local"):
            i += 1
            continue
        if kw in _REPEATS or kw in ("repeat-x", "repeat-y"):
            if "repeat" in out:
                raise InvalidValue("two repeat styles in one layer")
            if kw in _REPEATS and i + 1 < n and p.keyword_of(toks[i + 1]) in _REPEATS:
                out["repeat"] = _repeat(toks[i:i + 2])
                i += 2
            else:
                out["repeat"] = _repeat([t])
                i += 1
            continue
        if "image" not in out and (t.type in ("url", "function") and p.color(t) is None or kw == "none"):
            out["image"] = parse_image(t)
            i += 1
            continue
        if kw in _X_KW or kw in _Y_KW or _length_pct(t) is not None:
            if "position" in out:
                raise InvalidValue("two positions in one layer")
            j = i
            while j < n and (p.keyword_of(toks[j]) in _X_KW or p.keyword_of(toks[j]) in _Y_KW
                             or (p.keyword_of(toks[j]) is None and _length_pct(toks[j]) is not None)):
                j += 1
            out["position"] = parse_position(toks[i:j])
            i = j
            if i < n and toks[i] == "/":
                k = i + 1
                while k < n and (p.keyword_of(toks[k]) in ("auto", "cover", "contain")
                                 or (p.keyword_of(toks[k]) is None and _length_pct(toks[k]) is not None)):
                    k += 1
                    if p.keyword_of(toks[k - 1]) in ("cover", "contain"):
                        break
                out["size"] = _size(toks[i + 1:k])
                i = k
            continue
        c = p.color(t)
        if c is not None and last and "color" not in out:
            out["color"] = c
            i += 1
            continue
        raise InvalidValue(f"unexpected {p.tokens_text([t])!r} in background")
    if len(boxes) > 2:
        raise InvalidValue("at most two boxes in a layer")
    if boxes:
        out["origin"] = boxes[0] if boxes[0] != "text" else "padding-box"
        out["clip"] = boxes[-1]
    return out
