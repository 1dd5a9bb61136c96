"""CSS colours -> :class:`RGBA`, through tinycss2's CSS Color Level 4 parser (names, hex, rgb/rgba,
hsl/hsla, hwb, transparent, currentColor)."""

from __future__ import annotations

import tinycss2.color4

from .values import CURRENT_COLOR, RGBA


class ColorProblem(ValueError):
    pass


def parse_color_token(token) -> RGBA | str | None:
    """One component value -> :class:`RGBA`, ``"currentcolor"``, or None when it is not a colour.

    Raises :class:`ColorProblem` for a colour in a space that cannot be converted to sRGB yet."""
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
