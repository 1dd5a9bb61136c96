"""Shorthands of the text properties: ``text-decoration``, ``-webkit-text-stroke``, ``word-wrap`` (an alias
of ``overflow-wrap``). Registered in shorthands.SHORTHANDS when shorthands.py imports this module."""

from __future__ import annotations

from . import parsers as p
from .parsers import InvalidValue
from .properties import PROPERTIES
from .shorthands import shorthand
from .text import DECORATION_LINES, DECORATION_STYLES, safe_color


@shorthand("text-decoration", ("text-decoration-line", "text-decoration-style", "text-decoration-color",
                               "text-decoration-thickness"))
def _text_decoration(tokens):
    lines, style, color, thickness = [], "solid", None, "auto"
    for token in p.significant(tokens):
        kw = p.keyword_of(token)
        if kw in DECORATION_LINES and kw not in lines:
            lines.append(kw)
        elif kw == "none" and not lines:
            lines.append("none")
        elif kw in DECORATION_STYLES:
            style = kw
        elif kw in ("auto", "from-font"):
            thickness = kw
        elif p.length(token, percent=True) is not None:
            thickness = p.length(token, percent=True)
        else:
            c = safe_color(token)
            if c is None or color is not None:
                raise InvalidValue(f"unexpected {p.tokens_text([token])!r} in text-decoration")
            color = c
    line = () if lines in ([], ["none"]) else tuple(k for k in DECORATION_LINES if k in lines)
    return [("text-decoration-line", line), ("text-decoration-style", style),
            ("text-decoration-color", color if color is not None else PROPERTIES["text-decoration-color"].initial),
            ("text-decoration-thickness", thickness)]


@shorthand("-webkit-text-stroke", ("-webkit-text-stroke-width", "-webkit-text-stroke-color"))
def _text_stroke(tokens):
    width, color = None, None
    for token in p.significant(tokens):
        c = safe_color(token) if p.length(token) is None and p.keyword_of(token) not in ("thin", "medium", "thick") else None
        if c is not None and color is None:
            color = c
        elif width is None:
            width = PROPERTIES["-webkit-text-stroke-width"].parse([token])
        else:
            raise InvalidValue(f"unexpected {p.tokens_text([token])!r} in -webkit-text-stroke")
    return [("-webkit-text-stroke-width", width if width is not None else PROPERTIES["-webkit-text-stroke-width"].initial),
            ("-webkit-text-stroke-color", color if color is not None else PROPERTIES["-webkit-text-stroke-color"].initial)]


@shorthand("word-wrap", ("overflow-wrap",))
def _word_wrap(tokens):
    return [("overflow-wrap", PROPERTIES["overflow-wrap"].parse(tokens))]
