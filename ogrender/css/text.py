"""Grammars and computed values of the text properties (inline layout, line breaking, decoration): the
parsers and computers that ``properties.py`` registers in its "Text" section.

Computed values: ``letter-spacing`` / ``word-spacing`` px floats (``normal`` is 0); ``text-indent`` px or
:class:`~ogrender.css.values.Percent` (of the containing block's width, resolved by the paragraph);
``tab-size`` ``("spaces", n)`` or ``("px", n)``; ``vertical-align`` a keyword, px or Percent (of the
element's line-height); keywords elsewhere, lower case.
"""

from __future__ import annotations

from typing import Any

from . import parsers as p
from .parsers import InvalidValue
from .values import Length, Number, Percent


def parse_spacing(tokens):
    token = p.single(tokens)
    if p.keyword_of(token) == "normal":
        return "normal"
    value = p.length(token)
    if value is None:
        raise InvalidValue("expected normal or a length")
    return value
parse_spacing.accepts = "normal | <length>"


def spacing(value: Any, ctx) -> float:
    from .properties import to_px
    return 0.0 if value == "normal" else to_px(value, ctx)


def parse_text_indent(tokens):
    value = p.length(p.single(tokens), percent=True)
    if value is None:
        raise InvalidValue("expected a length or a percentage")
    return value
parse_text_indent.accepts = "<length-percentage>"


def text_indent(value: Any, ctx):
    from .properties import to_px
    return Percent(value.value) if value.unit == "%" else to_px(value, ctx)


def parse_tab_size(tokens):
    token = p.single(tokens)
    n = p.number(token, negative=False)
    if n is not None:
        return Number(n)
    value = p.length(token, negative=False)
    if value is None:
        raise InvalidValue("expected a number or a length")
    return value
parse_tab_size.accepts = "<number> | <length>"


def tab_size(value: Any, ctx):
    from .properties import to_px
    if isinstance(value, Number):
        return ("spaces", value.value)
    if isinstance(value, Length):
        return ("px", to_px(value, ctx))
    return value


VERTICAL_ALIGN_KEYWORDS = ("baseline", "sub", "super", "top", "text-top", "middle", "bottom", "text-bottom")


def parse_vertical_align(tokens):
    token = p.single(tokens)
    kw = p.keyword_of(token)
    if kw in VERTICAL_ALIGN_KEYWORDS:
        return kw
    value = p.length(token, percent=True)
    if value is None:
        raise InvalidValue("expected a length, a percentage or " + " | ".join(VERTICAL_ALIGN_KEYWORDS))
    return value
parse_vertical_align.accepts = " | ".join(VERTICAL_ALIGN_KEYWORDS) + " | <length-percentage>"


def vertical_align(value: Any, ctx):
    from .properties import to_px
    if isinstance(value, Length):
        return Percent(value.value) if value.unit == "%" else to_px(value, ctx)
    return value
