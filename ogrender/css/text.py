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
from .values import Length, Number


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
    from .properties import length_percentage  # the shared computer (percentages, calc())
    return length_percentage(value, ctx)


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
    from .properties import length_percentage  # keywords pass through unchanged
    return length_percentage(value, ctx)


# -- font features -------------------------------------------------------------------------------------

def parse_feature_settings(tokens):
    """``normal | [<string> [<integer [0,∞]> | on | off]?]#`` -> tuple of (tag, value)."""
    toks = p.significant(tokens)
    if len(toks) == 1 and p.keyword_of(toks[0]) == "normal":
        return ()
    out = []
    for group in p.split_commas(toks):
        if group[0].type != "string" or len(group[0].value) != 4 or len(group) > 2:
            raise InvalidValue("expected a 4-letter feature tag in quotes, then a number, on or off")
        value = 1
        if len(group) == 2:
            kw = p.keyword_of(group[1])
            if kw in ("on", "off"):
                value = 1 if kw == "on" else 0
            elif group[1].type == "number" and group[1].is_integer and group[1].int_value >= 0:
                value = group[1].int_value
            else:
                raise InvalidValue("a feature value is a non-negative integer, on or off")
        out.append((group[0].value, value))
    return tuple(out)
parse_feature_settings.accepts = "normal | [<string> [<integer> | on | off]?]#"


def parse_variation_settings(tokens):
    """``normal | [<string> <number>]#`` -> tuple of (axis tag, value)."""
    toks = p.significant(tokens)
    if len(toks) == 1 and p.keyword_of(toks[0]) == "normal":
        return ()
    out = []
    for group in p.split_commas(toks):
        if len(group) != 2 or group[0].type != "string" or len(group[0].value) != 4 or group[1].type != "number":
            raise InvalidValue("expected a 4-letter axis tag in quotes and a number")
        out.append((group[0].value, float(group[1].value)))
    return tuple(out)
parse_variation_settings.accepts = "normal | [<string> <number>]#"


FONT_STRETCH = {"ultra-condensed": 50.0, "extra-condensed": 62.5, "condensed": 75.0, "semi-condensed": 87.5,
                "normal": 100.0, "semi-expanded": 112.5, "expanded": 125.0, "extra-expanded": 150.0,
                "ultra-expanded": 200.0}


def parse_font_stretch(tokens):
    """``font-stretch``: a keyword or a non-negative percentage -> the width in percent (a variable font's
    ``wdth`` axis follows it)."""
    tok = p.single(tokens)
    kw = p.keyword_of(tok)
    if kw in FONT_STRETCH:
        return FONT_STRETCH[kw]
    if tok is not None and tok.type == "percentage" and tok.value >= 0:
        return float(tok.value)
    raise InvalidValue("expected a percentage or a width keyword (condensed, expanded ...)")
parse_font_stretch.accepts = "normal | <percentage> | ultra-condensed | ... | ultra-expanded"


_NUMERIC = {"lining-nums": "lnum", "oldstyle-nums": "onum", "proportional-nums": "pnum",
            "tabular-nums": "tnum", "diagonal-fractions": "frac", "stacked-fractions": "afrc",
            "ordinal": "ordn", "slashed-zero": "zero"}
_LIGATURES = {"common-ligatures": (("liga", 1), ("clig", 1)), "no-common-ligatures": (("liga", 0), ("clig", 0)),
              "discretionary-ligatures": (("dlig", 1),), "no-discretionary-ligatures": (("dlig", 0),),
              "historical-ligatures": (("hlig", 1),), "no-historical-ligatures": (("hlig", 0),),
              "contextual": (("calt", 1),), "no-contextual": (("calt", 0),)}
_CAPS = {"small-caps": (("smcp", 1),), "all-small-caps": (("smcp", 1), ("c2sc", 1)),
         "petite-caps": (("pcap", 1),), "all-petite-caps": (("pcap", 1), ("c2pc", 1)),
         "unicase": (("unic", 1),), "titling-caps": (("titl", 1),)}


def _keyword_list(table: dict, what: str):
    def parse(tokens):
        toks = p.significant(tokens)
        kws = [p.keyword_of(t) for t in toks]
        if kws == ["normal"]:
            return ()
        if what == "ligatures" and kws == ["none"]:
            return tuple((tag, 0) for tag in ("liga", "clig", "dlig", "hlig", "calt"))
        out = []
        for kw in kws:
            if kw not in table:
                raise InvalidValue(f"unknown font-variant-{what} keyword {kw!r}")
            value = table[kw]
            out.extend(value if isinstance(value, tuple) else ((value, 1),))
        return tuple(out)
    parse.accepts = "normal | " + " | ".join(table)
    return parse


parse_variant_numeric = _keyword_list(_NUMERIC, "numeric")
parse_variant_ligatures = _keyword_list(_LIGATURES, "ligatures")
parse_variant_caps = _keyword_list(_CAPS, "caps")


# -- decoration, shadows, stroke ---------------------------------------------------------------------------

def safe_color(token):
    """A colour token's value, or None when the token is not a colour."""
    try:
        return p.color(token)
    except InvalidValue:
        return None


DECORATION_LINES = ("underline", "overline", "line-through")
DECORATION_STYLES = ("solid", "double", "dotted", "dashed", "wavy")


def parse_decoration_line(tokens):
    kws = [p.keyword_of(t) for t in p.significant(tokens)]
    if kws == ["none"]:
        return ()
    if not kws or any(k not in DECORATION_LINES for k in kws) or len(set(kws)) != len(kws):
        raise InvalidValue("expected none or underline || overline || line-through")
    return tuple(k for k in DECORATION_LINES if k in kws)
parse_decoration_line.accepts = "none | [underline || overline || line-through]"


def parse_decoration_thickness(tokens):
    token = p.single(tokens)
    kw = p.keyword_of(token)
    if kw in ("auto", "from-font"):
        return kw
    value = p.length(token, percent=True)
    if value is None:
        raise InvalidValue("expected auto, from-font, a length or a percentage")
    return value
parse_decoration_thickness.accepts = "auto | from-font | <length-percentage>"


def parse_underline_offset(tokens):
    token = p.single(tokens)
    if p.keyword_of(token) == "auto":
        return "auto"
    value = p.length(token, percent=True)
    if value is None:
        raise InvalidValue("expected auto, a length or a percentage")
    return value
parse_underline_offset.accepts = "auto | <length-percentage>"


def em_length(value: Any, ctx):
    """Lengths to px, percentages of the element's own font size (text-decoration-thickness,
    text-underline-offset); keywords stay."""
    from .properties import to_px
    if isinstance(value, Length):
        return ctx.font_size * value.value / 100 if value.unit == "%" else to_px(value, ctx)
    return value


def parse_text_shadow(tokens):
    """``none | [<color>? && <length>{2,3}]#`` -> tuple of (dx, dy, blur, color or None) specified."""
    toks = p.significant(tokens)
    if len(toks) == 1 and p.keyword_of(toks[0]) == "none":
        return ()
    shadows = []
    for group in p.split_commas(toks):
        lengths, color = [], None
        for t in group:
            length = p.length(t)
            if length is not None and len(lengths) < 3:
                lengths.append(length)
                continue
            c = safe_color(t)
            if c is None or color is not None:
                raise InvalidValue(f"unexpected {p.tokens_text([t])!r} in a text shadow")
            color = c
        if len(lengths) < 2:
            raise InvalidValue("a text shadow needs two or three lengths")
        if len(lengths) == 3 and lengths[2].value < 0:
            raise InvalidValue("a shadow's blur radius cannot be negative")
        shadows.append((lengths[0], lengths[1], lengths[2] if len(lengths) == 3 else Length(0.0, "px"), color))
    return tuple(shadows)
parse_text_shadow.accepts = "none | [<color>? && <length>{2,3}]#"


def text_shadow(value: Any, ctx):
    from .properties import to_px
    from .values import CURRENT_COLOR
    return tuple((to_px(dx, ctx), to_px(dy, ctx), to_px(blur, ctx),
                  ctx.color if color is None or color == CURRENT_COLOR else color)
                 for dx, dy, blur, color in value)


def parse_stroke_width(tokens):
    token = p.single(tokens)
    kw = p.keyword_of(token)
    if kw in ("thin", "medium", "thick"):
        return Length({"thin": 1.0, "medium": 3.0, "thick": 5.0}[kw], "px")
    value = p.length(token, negative=False)
    if value is None:
        raise InvalidValue("expected a length")
    return value
parse_stroke_width.accepts = "<length> | thin | medium | thick"


def stroke_width(value: Any, ctx) -> float:
    from .properties import to_px
    return to_px(value, ctx)


def parse_font_synthesis(tokens):
    """``none | [weight || style || small-caps || position]`` -> the kinds of synthesis allowed."""
    kws = [p.keyword_of(t) for t in p.significant(tokens)]
    if kws == ["none"]:
        return ()
    allowed = ("weight", "style", "small-caps", "position")
    if not kws or any(k not in allowed for k in kws) or len(set(kws)) != len(kws):
        raise InvalidValue("expected none or weight || style || small-caps || position")
    return tuple(k for k in allowed if k in kws)
parse_font_synthesis.accepts = "none | [weight || style || small-caps || position]"
