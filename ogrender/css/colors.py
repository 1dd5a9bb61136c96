"""CSS colours -> :class:`RGBA`, through tinycss2's CSS Color Level 4 parser (names, hex, rgb/rgba,
hsl/hsla, hwb, transparent, currentColor)."""

from __future__ import annotations

import tinycss2
import tinycss2.color4

from .values import CURRENT_COLOR, RGBA


class ColorProblem(ValueError):
    pass


def _has_calc(token) -> bool:
    return token.type == "function" and any(
        t.type == "function" and t.lower_name == "calc" for t in token.arguments)


def _calc_channels(token) -> str:
    """A colour function with ``calc()`` channels (``rgb(calc(100 + 155) 0 0)``) as CSS text with each
    calc() replaced by its number, percentage or angle, for tinycss2's colour parser."""
    from .functions import calc_terms
    parts = []
    for t in token.arguments:
        if t.type == "function" and t.lower_name == "calc":
            terms = calc_terms(t)
            if set(terms) - {"", "%", "deg"} or len(terms) > 1:
                raise ColorProblem("calc() in a colour must give a number, a percentage or an angle")
            unit, value = next(iter(terms.items()), ("", 0.0))
            parts.append(f"{value:g}{unit}")
        else:
            parts.append(tinycss2.serialize([t]))
    return f"{token.name}({''.join(parts)})"


def parse_color_token(token) -> RGBA | str | None:
    """One component value -> :class:`RGBA`, ``"currentcolor"``, or None when it is not a colour.

    Raises :class:`ColorProblem` for a colour in a space that cannot be converted to sRGB yet."""
    if _has_calc(token):
        token = _calc_channels(token)
    color = tinycss2.color4.parse_color(token)
    if color is None:
        return None
    if color == "currentcolor":
        return CURRENT_COLOR
    try:
        srgb = color.to("srgb")
    except NotImplementedError:
        raise ColorProblem(f"the {color.space} colour space is not supported yet") from None
    r, g, b = (min(1.0, max(0.0, c)) for c in srgb.coordinates)
    return RGBA(r, g, b, min(1.0, max(0.0, float(color.alpha))))
