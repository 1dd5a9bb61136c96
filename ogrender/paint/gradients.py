"""CSS gradients -> Skia shaders for a tile of a given size (CSS Images 3, section 3; Images 4 for conic).

In: a computed gradient (``ogrender.css.backgrounds``) and the tile's size; out: a shader in tile
coordinates (origin at the tile's top-left corner). Colour stops are fixed up as the spec says (missing
positions, decreasing positions), colour hints become a few extra stops (as Blink does), colours are
interpolated premultiplied.
"""

from __future__ import annotations

import math

import skia

from ..css.values import Percent

PREMUL = int(skia.GradientShader.kInterpolateColorsInPremul_Flag)


def _pos(value, length: float) -> float | None:
    """A stop position in units of the gradient length (1.0 = 100%)."""
    if value is None:
        return None
    if value.__class__ is Percent:
        return value.value / 100
    if isinstance(value, tuple):  # (px, Percent) from calc()
        px, pct = value
        return (px / length if length else 0.0) + pct.value / 100
    return float(value) / length if length else 0.0


def _mix(c1, c2, t: float) -> tuple:
    """Premultiplied interpolation of (r, g, b, a) tuples, back to straight alpha."""
    a = c1[3] + (c2[3] - c1[3]) * t
    if a <= 0:
        return (0.0, 0.0, 0.0, 0.0)
    out = [(c1[i] * c1[3] + (c2[i] * c2[3] - c1[i] * c1[3]) * t) / a for i in range(3)]
    return (*out, a)


def resolve_stops(stops, length: float) -> list[tuple[float, tuple]]:
    """Colour-stop fixup -> [(position, (r, g, b, a))] with hints expanded, positions non-decreasing."""
    items = [[_pos(s.position, length), s.color] for s in stops]
    colors = [i for i in items if i[1] is not None]
    if colors[0][0] is None:
        colors[0][0] = 0.0
    if colors[-1][0] is None:
        colors[-1][0] = 1.0
    high = -math.inf
    for item in items:  # positions never go back
        if item[0] is not None:
            item[0] = max(item[0], high)
            high = item[0]
    i = 0
    while i < len(items):  # runs of stops without a position: evenly spaced
        if items[i][0] is None:
            j = i
            while items[j][0] is None:
                j += 1
            start, end = items[i - 1][0], items[j][0]
            for k in range(i, j):
                items[k][0] = start + (end - start) * (k - i + 1) / (j - i + 1)
            i = j
        i += 1
    out: list[tuple[float, tuple]] = []
    for k, (pos, color) in enumerate(items):
        if color is not None:
            out.append((pos, (color.r, color.g, color.b, color.a)))
            continue
        (p1, c1), (p2, nxt) = out[-1], items[k + 1]
        c2 = (nxt.r, nxt.g, nxt.b, nxt.a)
        span = p2 - p1
        h = (pos - p1) / span if span > 0 else 0.5
        if abs(h - 0.5) < 1e-6:
            continue
        if h <= 0:
            out.append((p1, c2))
            continue
        if h >= 1:
            out.append((p2, c1))
            continue
        exponent = math.log(0.5) / math.log(h)
        for n in range(1, 16):
            t = n / 16
            out.append((p1 + span * t, _mix(c1, c2, t ** exponent)))
    return out


def _color_at(stops, x: float) -> tuple:
    if x <= stops[0][0]:
        return stops[0][1]
    for (p1, c1), (p2, c2) in zip(stops, stops[1:]):
        if p1 <= x <= p2:
            return c1 if p2 == p1 else _mix(c1, c2, (x - p1) / (p2 - p1))
    return stops[-1][1]


def _clip_stops(stops, lo: float, hi: float) -> list:
    """Stops restricted to [lo, hi], with colours interpolated at the ends."""
    inside = [(p, c) for p, c in stops if lo < p < hi]
    return [(lo, _color_at(stops, lo)), *inside, (hi, _color_at(stops, hi))]


def _int_color(c) -> int:
    return skia.Color4f(*c).toColor()


def _normalize(stops) -> tuple[list[int], list[float]]:
    """Stops over [first, last] -> skia colours and 0..1 positions (strictly handled by skia as given)."""
    first, last = stops[0][0], stops[-1][0]
    span = last - first
    colors = [_int_color(c) for _, c in stops]
    positions = [(p - first) / span for p, _ in stops]
    return colors, positions


def _average(stops) -> tuple:
    """The colour a repeating gradient whose stops all sit at one position paints. The spec asks for the
    average of the stops; Chromium paints the last stop's colour (measured), and so does ogrender."""
    return stops[-1][1]


def _solid(color) -> skia.Shader:
    return skia.Shaders.Color(skia.Color4f(*color))


def linear_angle(image, w: float, h: float) -> float:
    if image.corner is None:
        return image.angle
    dx, dy = image.corner
    a = math.degrees(math.atan2(h, w))  # to top right
    return {(1, -1): a, (1, 1): 180 - a, (-1, 1): 180 + a, (-1, -1): 360 - a}[(dx, dy)]


def linear_shader(image, w: float, h: float) -> skia.Shader | None:
    theta = math.radians(linear_angle(image, w, h))
    dx, dy = math.sin(theta), -math.cos(theta)
    length = abs(w * math.sin(theta)) + abs(h * math.cos(theta))
    stops = resolve_stops(image.stops, length)
    first, last = stops[0][0], stops[-1][0]
    cx, cy = w / 2, h / 2
    mode = skia.TileMode.kClamp
    if image.repeating:
        if last - first <= 1e-6:
            return _solid(_average(stops))
        mode = skia.TileMode.kRepeat
    elif last - first <= 1e-6:
        last = first + 1e-4
        stops = [*stops[:-1], (last, stops[-1][1])]
    colors, positions = _normalize(stops)

    def point(t):
        d = (t - 0.5) * length
        return skia.Point(cx + dx * d, cy + dy * d)

    return skia.GradientShader.MakeLinear([point(first), point(last)], colors, positions, mode, PREMUL)


def _center(position, w: float, h: float) -> tuple[float, float]:
    (fx, px), (fy, py) = position
    return fx * w + px, fy * h + py


def radial_radii(image, w: float, h: float, cx: float, cy: float) -> tuple[float, float]:
    size = image.size
    if isinstance(size, tuple):
        rx, ry = size
        rx = rx.resolve(w) if rx.__class__ is Percent else float(rx)
        ry = ry.resolve(h) if ry.__class__ is Percent else float(ry)
        return rx, ry
    xs, ys = (abs(cx), abs(w - cx)), (abs(cy), abs(h - cy))
    pick = min if size.startswith("closest") else max
    if image.shape == "circle":
        if size.endswith("side"):
            r = pick(*xs, *ys)
        else:
            r = pick(math.hypot(x, y) for x in xs for y in ys)
        return r, r
    sx, sy = pick(xs), pick(ys)
    if size.endswith("side"):
        return sx, sy
    # corner: the ellipse with the side sizes' aspect ratio through the chosen corner
    if sx == 0 or sy == 0:
        return 0.0, 0.0
    corner = pick(((x, y) for x in xs for y in ys), key=lambda c: math.hypot(*c))
    ratio = sy / sx
    rx = math.sqrt(corner[0] ** 2 + (corner[1] / ratio) ** 2)
    return rx, rx * ratio


def radial_shader(image, w: float, h: float) -> skia.Shader | None:
    cx, cy = _center(image.position, w, h)
    rx, ry = radial_radii(image, w, h, cx, cy)
    stops = resolve_stops(image.stops, rx)
    first, last = stops[0][0], stops[-1][0]
    if rx <= 0 or ry <= 0:
        # a degenerate gradient: the last colour everywhere (CSS Images 3, 3.2.3 degenerate cases)
        return _solid(stops[-1][1])
    if image.repeating:
        span = last - first
        if span <= 1e-6:
            return _solid(_average(stops))
        if first < 0:  # shift the stops by whole periods so they start at or after the centre
            shift = math.ceil(-first / span) * span
            stops = [(p + shift, c) for p, c in stops]
            first, last = first + shift, last + shift
        lo = first
        colors, positions = _normalize(stops)
        local = skia.Matrix.Scale(1.0, ry / rx)
        local.postTranslate(cx, cy)
        # a two-point conical from radius lo*rx to last*rx tiles the period
        return skia.GradientShader.MakeTwoPointConical(
            skia.Point(0, 0), lo * rx, skia.Point(0, 0), last * rx, colors, positions,
            skia.TileMode.kRepeat, PREMUL, local)
    if first < 0:
        stops = _clip_stops(stops, 0.0, last)
        first = 0.0
    if last - first <= 1e-6:
        last = first + 1e-4
        stops = [*stops[:-1], (last, stops[-1][1])]
    local = skia.Matrix.Scale(1.0, ry / rx)
    local.postTranslate(cx, cy)
    if first <= 1e-9 and last > 0:  # a plain radial gradient (the form vector canvases can express)
        colors, positions = _normalize([(p / last, c) for p, c in stops])
        return skia.GradientShader.MakeRadial(skia.Point(0, 0), last * rx, colors, positions,
                                              skia.TileMode.kClamp, PREMUL, local)
    colors, positions = _normalize(stops)
    return skia.GradientShader.MakeTwoPointConical(
        skia.Point(0, 0), first * rx, skia.Point(0, 0), last * rx, colors, positions,
        skia.TileMode.kClamp, PREMUL, local)


def conic_shader(image, w: float, h: float) -> skia.Shader | None:
    cx, cy = _center(image.position, w, h)
    stops = resolve_stops(image.stops, 1.0)
    first, last = stops[0][0], stops[-1][0]
    local = skia.Matrix.RotateDeg(image.angle - 90)
    local.postTranslate(cx, cy)
    if image.repeating:
        span = last - first
        if span <= 1e-6:
            return _solid(_average(stops))
        colors, positions = _normalize(stops)
        return skia.GradientShader.MakeSweep(0, 0, colors, positions, skia.TileMode.kRepeat,
                                             first * 360, last * 360, PREMUL, local)
    if first < 0 or last > 1:
        stops = _clip_stops(stops, max(first, 0.0) if first > 0 else 0.0, min(last, 1.0) if last < 1 else 1.0)
        first, last = stops[0][0], stops[-1][0]
    if last - first <= 1e-6:
        last = min(1.0, first + 1e-4)
        first = last - 1e-4
        stops = [(first, stops[0][1]), (last, stops[-1][1])]
    colors, positions = _normalize(stops)
    return skia.GradientShader.MakeSweep(0, 0, colors, positions, skia.TileMode.kClamp,
                                         first * 360, last * 360, PREMUL, local)


def gradient_shader(image, w: float, h: float) -> skia.Shader | None:
    """The shader of a computed gradient for a w x h tile, or None."""
    kind = type(image).__name__
    if w <= 0 or h <= 0:
        return None
    if kind == "LinearGradient":
        return linear_shader(image, w, h)
    if kind == "RadialGradient":
        return radial_shader(image, w, h)
    if kind == "ConicGradient":
        return conic_shader(image, w, h)
    return None
