"""Math functions in values: ``calc()`` (and ``min()``/``max()``/``clamp()`` of lengths) reduced to a
linear sum of units, for the paint properties' grammars.

``calc(100% - 10px)`` is specified as :class:`CalcLength` ``{"%": 100, "px": -10}``; computing it
(:func:`length_px`) gives ``(px, percent)``: the absolute part and the percentage part, resolved by the
painter against the box it refers to.
"""

from __future__ import annotations

from . import parsers as p
from .parsers import InvalidValue
from .values import Length


_ANGLES = {"deg": 1.0, "rad": 57.29577951308232, "grad": 0.9, "turn": 360.0}


class CalcLength(Length):
    """A specified ``calc()`` length: ``terms`` maps unit (``px``, ``em``, ``%`` ...) to its coefficient.
    Its ``unit`` is ``"calc"`` and its ``value`` the sum of the coefficients (for sign checks)."""

    __slots__ = ("terms",)

    def __init__(self, terms: dict):
        self.terms = dict(terms)
        super().__init__(sum(self.terms.values()), "calc")

    def __eq__(self, other):
        return isinstance(other, CalcLength) and other.terms == self.terms

    def __hash__(self):
        return hash(tuple(sorted(self.terms.items())))

    def __repr__(self):
        return "calc(" + " + ".join(f"{v:g}{u}" for u, v in self.terms.items()) + ")"


def _add(a: dict, b: dict, sign: float = 1.0) -> dict:
    out = dict(a)
    for k, v in b.items():
        out[k] = out.get(k, 0.0) + sign * v
    return out


def _scale(a: dict, f: float) -> dict:
    return {k: v * f for k, v in a.items()}


def _operand(token) -> dict:
    """A term: number -> {"": n}, length -> {unit: v}, nested calc/parentheses."""
    if token.type == "number":
        return {"": float(token.value)}
    if token.type == "percentage":
        return {"%": float(token.value)}
    if token.type == "dimension":
        unit = token.lower_unit
        if unit in _ANGLES:  # angles in degrees (colour hues)
            return {"deg": float(token.value) * _ANGLES[unit]}
        if unit not in p.LENGTH_UNITS:
            raise InvalidValue(f"unknown unit {token.unit!r} in calc()")
        return {unit: float(token.value)}
    if token.type == "() block":
        return _sum(p.significant(token.content))
    if token.type == "function" and token.lower_name == "calc":
        return _sum(p.significant(token.arguments))
    raise InvalidValue(f"unexpected {p.tokens_text([token])!r} in calc()")


def _product(toks: list) -> dict:
    value = None
    op = "*"
    for t in toks:
        if t in ("*", "/"):
            op = t
            continue
        term = _operand(t)
        if value is None:
            value = term
        elif op == "*":
            if set(term) == {""}:
                value = _scale(value, term[""])
            elif set(value) == {""}:
                value = _scale(term, value[""])
            else:
                raise InvalidValue("calc() can only multiply by a number")
        else:
            if set(term) != {""} or term[""] == 0:
                raise InvalidValue("calc() can only divide by a non-zero number")
            value = _scale(value, 1 / term[""])
    if value is None:
        raise InvalidValue("empty calc() term")
    return value


def _sum(toks: list) -> dict:
    total: dict = {}
    sign = 1.0
    current: list = []
    for t in toks + [None]:
        if t is None or (t in ("+", "-") and current):
            total = _add(total, _product(current), sign)
            if t is not None:
                sign = 1.0 if t == "+" else -1.0
            current = []
        else:
            current.append(t)
    return {k: v for k, v in total.items() if v != 0 or k == ""}


def calc_terms(token) -> dict:
    """The linear terms of a calc() function token: unit -> coefficient (numbers under ``""``,
    percentages under ``"%"``, angles in ``"deg"``)."""
    return _sum(p.significant(token.arguments))


def length_token(token, *, percent: bool = True, negative: bool = True):
    """A <length(-percentage)> token or a calc() of lengths -> Length / CalcLength, or None."""
    if token.type == "function" and token.lower_name == "calc":
        terms = _sum(p.significant(token.arguments))
        if "deg" in terms:
            raise InvalidValue("calc() of an angle where a length is expected")
        if terms.get("", 0.0) != 0:
            raise InvalidValue("calc() mixes numbers and lengths")
        terms.pop("", None)
        if not percent and "%" in terms:
            raise InvalidValue("no percentage allowed here")
        if len(terms) <= 1:
            unit, value = next(iter(terms.items()), ("px", 0.0))
            return Length(value, unit)
        return CalcLength(terms)
    return p.length(token, percent=percent, negative=negative)


def number_token(token):
    """A <number> or a calc() of numbers -> float, or None."""
    if token.type == "number":
        return float(token.value)
    if token.type == "function" and token.lower_name == "calc":
        terms = _sum(p.significant(token.arguments))
        if set(terms) - {""}:
            return None
        return terms.get("", 0.0)
    return None


def length_px(length, ctx) -> tuple[float, float]:
    """Computed (px, percent) of a Length or CalcLength (em, rem, vw ... made absolute)."""
    from .properties import to_px
    if length is None:
        return 0.0, 0.0
    if isinstance(length, CalcLength):
        px = pct = 0.0
        for unit, v in length.terms.items():
            if unit == "%":
                pct += v
            else:
                px += to_px(Length(v, unit), ctx)
        return px, pct
    if length.unit == "%":
        return 0.0, length.value
    return to_px(length, ctx), 0.0


def calc_length(token, *, percent: bool = True, negative: bool = True):
    """calc() where a shared grammar takes a length: a Length (one unit) or a CalcLength of lengths, with
    percentages where the grammar takes them (computed to a Percent with a px offset for layout)."""
    value = length_token(token, percent=percent)
    if value is not None and value.value < 0 and not negative and value.unit != "calc":
        raise InvalidValue("negative values are not allowed")
    return value
