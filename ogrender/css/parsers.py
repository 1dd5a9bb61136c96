"""Small pure functions that read one value from component values (white space removed).

Each returns the specified value or raises :class:`InvalidValue` with a message a user can act on.
"""

from __future__ import annotations

from .colors import ColorProblem, parse_color_token
from .values import Length

LENGTH_UNITS = frozenset({"px", "em", "rem", "vw", "vh", "vmin", "vmax", "pt", "pc", "in", "cm", "mm",
                          "q", "ex", "ch"})


class InvalidValue(ValueError):
    """The value is not valid for the property; the message says why."""


def tokens_text(tokens) -> str:
    import tinycss2
    return tinycss2.serialize(tokens).strip()


def significant(tokens) -> list:
    return [t for t in tokens if t.type not in ("whitespace", "comment")]


def split_commas(tokens) -> list[list]:
    """Top-level comma-separated groups of significant tokens; an empty group is invalid."""
    groups: list[list] = [[]]
    for token in significant(tokens):
        if token == ",":
            groups.append([])
        else:
            groups[-1].append(token)
    if any(not g for g in groups):
        raise InvalidValue("empty item in a comma-separated list")
    return groups


def single(tokens):
    toks = significant(tokens)
    if len(toks) != 1:
        raise InvalidValue(f"expected one value, got {tokens_text(tokens)!r}")
    return toks[0]


def keyword_of(token) -> str | None:
    return token.lower_value if token.type == "ident" else None


def length(token, *, percent: bool = False, negative: bool = True) -> Length | None:
    """A <length> (or <length-percentage>) token -> :class:`Length`, or None if it is not one."""
    if token.type == "function" and token.lower_name == "calc":  # calc(): functions.py
        from .functions import calc_length
        return calc_length(token, percent=percent, negative=negative)
    if token.type == "dimension":
        unit = token.lower_unit
        if unit not in LENGTH_UNITS:
            raise InvalidValue(f"unknown unit {token.unit!r}")
        value = float(token.value)
    elif token.type == "percentage" and percent:
        unit, value = "%", float(token.value)
    elif token.type == "number" and token.value == 0:
        unit, value = "px", 0.0
    else:
        return None
    if value < 0 and not negative:
        raise InvalidValue("negative values are not allowed")
    return Length(value, unit)


def number(token, *, negative: bool = True) -> float | None:
    if token.type == "function" and token.lower_name == "calc":  # calc() of numbers: functions.py
        from .functions import number_token
        token_value = number_token(token)
        if token_value is not None and token_value < 0 and not negative:
            raise InvalidValue("negative values are not allowed")
        return token_value
    if token.type != "number":
        return None
    if token.value < 0 and not negative:
        raise InvalidValue("negative values are not allowed")
    return float(token.value)


def color(token):
    try:
        value = parse_color_token(token)
    except ColorProblem as exc:
        raise InvalidValue(str(exc)) from None
    return value


# -- value grammars used by the property table -------------------------------------------------------

def keywords(*allowed: str):
    allowed_set = frozenset(allowed)

    def parse(tokens):
        toks = significant(tokens)
        if len(toks) == 2 and all(t.type == "ident" for t in toks):
            # two-word keywords: first baseline / last baseline
            kw = f"{toks[0].lower_value}-{toks[1].lower_value}"
            kw = {"first-baseline": "baseline"}.get(kw, kw)
            if kw in allowed_set:
                return kw
        kw = keyword_of(single(tokens))
        if kw not in allowed_set:
            raise InvalidValue(f"expected one of {', '.join(allowed)}")
        return kw
    parse.accepts = " | ".join(allowed)
    return parse


def length_percentage_or(*kws: str, negative: bool = True, percent: bool = True):
    kw_set = frozenset(kws)

    def parse(tokens):
        token = single(tokens)
        kw = keyword_of(token)
        if kw is not None:
            if kw in kw_set:
                return kw
            raise InvalidValue(f"unknown keyword {kw!r}")
        value = length(token, percent=percent, negative=negative)
        if value is None:
            raise InvalidValue("expected a length" + (" or percentage" if percent else ""))
        return value
    parse.accepts = " | ".join(["<length-percentage>" if percent else "<length>", *kws])
    return parse


def non_negative_number(tokens):
    value = number(single(tokens), negative=False)
    if value is None:
        raise InvalidValue("expected a number")
    return value
non_negative_number.accepts = "<number>"


def integer(tokens):
    token = single(tokens)
    if token.type == "function" and token.lower_name == "calc":  # calc() of numbers, rounded as CSS does
        from .functions import number_token
        value = number_token(token)
        if value is None:
            raise InvalidValue("expected an integer")
        return float(round(value))
    if token.type != "number" or not token.is_integer:
        raise InvalidValue("expected an integer")
    return float(token.value)
integer.accepts = "<integer>"


def integer_or(*kws: str):
    def parse(tokens):
        kw = keyword_of(single(tokens))
        if kw is not None:
            if kw in kws:
                return kw
            raise InvalidValue(f"unknown keyword {kw!r}")
        return integer(tokens)
    parse.accepts = " | ".join(["<integer>", *kws])
    return parse


def color_value(tokens):
    value = color(single(tokens))
    if value is None:
        raise InvalidValue("expected a colour")
    return value
color_value.accepts = "<color>"
