"""``transform`` (CSS Transforms 1, 2D functions): component values -> a tuple of ``(name, args)``.

Computed arguments: lengths as px floats or :class:`Percent` (of the border box, resolved by paint),
angles in degrees, numbers as floats. ``translate3d``/``scale3d``/``rotateZ`` and the other 3D forms
that stay in the plane are accepted with their 2D meaning.
"""

from __future__ import annotations

from . import parsers as p
from .backgrounds import angle
from .functions import length_px, length_token, number_token
from .parsers import InvalidValue
from .values import Percent


def _args(token) -> list:
    groups = [[]]
    for t in p.significant(token.arguments):
        if t == ",":
            groups.append([])
        else:
            groups[-1].append(t)
    if groups == [[]]:
        return []
    if any(len(g) != 1 for g in groups):
        raise InvalidValue(f"{token.name}() takes comma-separated values")
    return [g[0] for g in groups]


def _len(t):
    v = length_token(t, percent=True)
    if v is None:
        raise InvalidValue(f"expected a length or percentage, got {p.tokens_text([t])!r}")
    return v


def _num(t):
    v = number_token(t)
    if v is None:
        if t.type == "percentage":
            return float(t.value) / 100
        raise InvalidValue(f"expected a number, got {p.tokens_text([t])!r}")
    return v


def _ang(t):
    v = angle(t)
    if v is None:
        raise InvalidValue(f"expected an angle, got {p.tokens_text([t])!r}")
    return v


def _count(args, lo, hi, name):
    if not lo <= len(args) <= hi:
        raise InvalidValue(f"{name}() takes {lo}{'' if lo == hi else f' to {hi}'} values")


def _function(token):
    if token.type != "function":
        raise InvalidValue(f"expected a transform function, got {p.tokens_text([token])!r}")
    name = token.lower_name
    args = _args(token)
    if name in ("translate", "translate3d"):
        _count(args, 1, 3 if name == "translate3d" else 2, name)
        return ("translate", (_len(args[0]), _len(args[1]) if len(args) > 1 else None))
    if name in ("translatex", "translatey"):
        _count(args, 1, 1, name)
        ln = _len(args[0])
        return ("translate", (ln, None) if name == "translatex" else (None, ln))
    if name in ("scale", "scale3d"):
        _count(args, 1, 3 if name == "scale3d" else 2, name)
        sx = _num(args[0])
        return ("scale", (sx, _num(args[1]) if len(args) > 1 else sx))
    if name in ("scalex", "scaley"):
        _count(args, 1, 1, name)
        v = _num(args[0])
        return ("scale", (v, 1.0) if name == "scalex" else (1.0, v))
    if name in ("rotate", "rotatez"):
        _count(args, 1, 1, name)
        return ("rotate", (_ang(args[0]),))
    if name == "skew":
        _count(args, 1, 2, name)
        return ("skew", (_ang(args[0]), _ang(args[1]) if len(args) > 1 else 0.0))
    if name in ("skewx", "skewy"):
        _count(args, 1, 1, name)
        a = _ang(args[0])
        return ("skew", (a, 0.0) if name == "skewx" else (0.0, a))
    if name == "matrix":
        _count(args, 6, 6, name)
        return ("matrix", tuple(_num(a) for a in args))
    raise InvalidValue(f"{token.name}() is not a supported transform function")


def parse_transform(tokens):
    toks = p.significant(tokens)
    if len(toks) == 1 and p.keyword_of(toks[0]) == "none":
        return "none"
    if not toks:
        raise InvalidValue("empty transform")
    return tuple(_function(t) for t in toks)
parse_transform.accepts = ("none | <transform-function>+: translate(X/Y) scale(X/Y) rotate() skew(X/Y) "
                           "matrix()")


def _lp(v, ctx):
    if v is None:
        return 0.0
    px, pct = length_px(v, ctx)
    if pct and px:
        return (px, Percent(pct))
    return Percent(pct) if pct else px


def compute_transform(value, ctx):
    if value == "none":
        return value
    out = []
    for name, args in value:
        if name == "translate":
            args = (_lp(args[0], ctx), _lp(args[1], ctx))
        out.append((name, args))
    return tuple(out)
