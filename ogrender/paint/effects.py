"""Effects of one box, from its computed style to Skia objects: box shadows, the transform matrix, filter
chains, clip-path geometry and blend modes.

In: a LayoutBox (absolute border box, computed style) and its pixel-snapped rectangle and radii. Out:
drawing (shadows) or Skia matrices, image filters and paths for the painter's layers.
"""

from __future__ import annotations

import math
import re

import skia

from ..css.values import Percent
from .colors import color4f, paint_for
from .geometry import inset_rrect, rrect


def resolve(value, basis: float) -> float:
    """px float, Percent or (px, Percent) -> px."""
    if value.__class__ is Percent:
        return value.resolve(basis)
    if isinstance(value, tuple):
        return value[0] + value[1].resolve(basis)
    return float(value)


# -- box-shadow ---------------------------------------------------------------------------------------

def blur_sigma(radius: float) -> float:
    """A CSS shadow blur radius -> Gaussian standard deviation (half the radius, as in Blink)."""
    return radius / 2


def _spread_rrect(base: skia.RRect, spread: float, dx: float, dy: float) -> skia.RRect | None:
    r = base.rect()
    rect = skia.Rect.MakeLTRB(r.left() - spread + dx, r.top() - spread + dy, r.right() + spread + dx,
                              r.bottom() + spread + dy)
    if rect.width() <= 0 or rect.height() <= 0:
        return None
    radii = []
    corners = (skia.RRect.Corner.kUpperLeft_Corner, skia.RRect.Corner.kUpperRight_Corner,
               skia.RRect.Corner.kLowerRight_Corner, skia.RRect.Corner.kLowerLeft_Corner)
    for c in corners:
        p = base.radii(c)
        rx, ry = p.x(), p.y()
        if rx > 0 and ry > 0:
            rx, ry = max(0.0, rx + spread), max(0.0, ry + spread)
        radii.append((rx, ry))
    return rrect(rect, radii)


def _shadow_paint(shadow) -> skia.Paint:
    paint = paint_for(shadow.color)
    if shadow.blur > 0:
        paint.setMaskFilter(skia.MaskFilter.MakeBlur(skia.BlurStyle.kNormal_BlurStyle, blur_sigma(shadow.blur)))
    return paint


def draw_outer_shadows(canvas: skia.Canvas, border_rr: skia.RRect, shadows) -> None:
    """Outer shadows (the first on top), outside the border box only."""
    for shadow in reversed(shadows):
        if shadow.inset or shadow.color.transparent:
            continue
        shape = _spread_rrect(border_rr, shadow.spread, shadow.x, shadow.y)
        if shape is None:
            continue
        canvas.save()
        canvas.clipRRect(border_rr, skia.ClipOp.kDifference, True)
        canvas.drawRRect(shape, _shadow_paint(shadow))
        canvas.restore()


def draw_inset_shadows(canvas: skia.Canvas, padding_rr: skia.RRect, shadows) -> None:
    """Inset shadows (the first on top), inside the padding box."""
    for shadow in reversed(shadows):
        if not shadow.inset or shadow.color.transparent:
            continue
        hole = _spread_rrect(padding_rr, -shadow.spread, shadow.x, shadow.y)
        r = padding_rr.rect()
        margin = abs(shadow.x) + abs(shadow.y) + abs(shadow.spread) + 3 * shadow.blur + 10
        big = skia.Rect.MakeLTRB(r.left() - margin, r.top() - margin, r.right() + margin, r.bottom() + margin)
        path = skia.Path()
        path.addRect(big)
        if hole is not None:
            path.addRRect(hole)
            path.setFillType(skia.PathFillType.kEvenOdd)
        canvas.save()
        canvas.clipRRect(padding_rr, skia.ClipOp.kIntersect, True)
        canvas.drawPath(path, _shadow_paint(shadow))
        canvas.restore()


# -- transform ----------------------------------------------------------------------------------------

def transform_matrix(box) -> skia.Matrix | None:
    """The box's transform about its transform-origin, in canvas coordinates (CSS Transforms 1, 6)."""
    s = box.style
    if s.transform == "none":
        return None
    w, h = box.width, box.height
    (fx, px), (fy, py) = s.transform_origin
    ox, oy = box.x + fx * w + px, box.y + fy * h + py
    m = skia.Matrix()
    for name, args in s.transform:
        if name == "translate":
            f = skia.Matrix.Translate(resolve(args[0], w), resolve(args[1], h))
        elif name == "scale":
            f = skia.Matrix.Scale(*args)
        elif name == "rotate":
            f = skia.Matrix.RotateDeg(args[0])
        elif name == "skew":
            f = skia.Matrix()
            f.setSkew(math.tan(math.radians(args[0])), math.tan(math.radians(args[1])))
        else:  # matrix(a, b, c, d, e, f)
            a, b, c, d, e, f_ = args
            f = skia.Matrix.MakeAll(a, c, e, b, d, f_, 0, 0, 1)
        m.preConcat(f)
    out = skia.Matrix.Translate(ox, oy)
    out.preConcat(m)
    out.preConcat(skia.Matrix.Translate(-ox, -oy))
    return out


# -- filter -------------------------------------------------------------------------------------------

def _matrix(name: str, a: float) -> list[float]:
    if name == "brightness":
        return [a, 0, 0, 0, 0, 0, a, 0, 0, 0, 0, 0, a, 0, 0, 0, 0, 0, 1, 0]
    if name == "contrast":
        t = 0.5 - 0.5 * a
        return [a, 0, 0, 0, t, 0, a, 0, 0, t, 0, 0, a, 0, t, 0, 0, 0, 1, 0]
    if name == "invert":
        k = 1 - 2 * a
        return [k, 0, 0, 0, a, 0, k, 0, 0, a, 0, 0, k, 0, a, 0, 0, 0, 1, 0]
    if name == "opacity":
        return [1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, a, 0]
    if name == "grayscale":
        g = 1 - a
        rows = [[0.2126 + 0.7874 * g, 0.7152 - 0.7152 * g, 0.0722 - 0.0722 * g],
                [0.2126 - 0.2126 * g, 0.7152 + 0.2848 * g, 0.0722 - 0.0722 * g],
                [0.2126 - 0.2126 * g, 0.7152 - 0.7152 * g, 0.0722 + 0.9278 * g]]
    elif name == "sepia":
        g = 1 - a
        rows = [[0.393 + 0.607 * g, 0.769 - 0.769 * g, 0.189 - 0.189 * g],
                [0.349 - 0.349 * g, 0.686 + 0.314 * g, 0.168 - 0.168 * g],
                [0.272 - 0.272 * g, 0.534 - 0.534 * g, 0.131 + 0.869 * g]]
    elif name == "saturate":
        rows = [[0.213 + 0.787 * a, 0.715 - 0.715 * a, 0.072 - 0.072 * a],
                [0.213 - 0.213 * a, 0.715 + 0.285 * a, 0.072 - 0.072 * a],
                [0.213 - 0.213 * a, 0.715 - 0.715 * a, 0.072 + 0.928 * a]]
    else:  # hue-rotate, a in degrees
        c, s = math.cos(math.radians(a)), math.sin(math.radians(a))
        rows = [[0.213 + c * 0.787 - s * 0.213, 0.715 - c * 0.715 - s * 0.715, 0.072 - c * 0.072 + s * 0.928],
                [0.213 - c * 0.213 + s * 0.143, 0.715 + c * 0.285 + s * 0.140, 0.072 - c * 0.072 - s * 0.283],
                [0.213 - c * 0.213 - s * 0.787, 0.715 - c * 0.715 + s * 0.715, 0.072 + c * 0.928 + s * 0.072]]
    out: list[float] = []
    for row in rows:
        out += [*row, 0, 0]
    return out + [0, 0, 0, 1, 0]


def filter_chain(filters, tile=skia.TileMode.kDecal) -> skia.ImageFilter | None:
    """Filter functions, applied in order -> one image filter (None for ``none``)."""
    if filters == "none" or not filters:
        return None
    f = None
    for name, arg in filters:
        if name == "blur":
            if arg > 0:
                f = skia.ImageFilters.Blur(arg, arg, tile, f)
        elif name == "drop-shadow":
            sigma = arg.blur  # drop-shadow()'s blur length is the standard deviation (unlike box-shadow)
            f = skia.ImageFilters.DropShadow(arg.x, arg.y, sigma, sigma, color4f(arg.color).toColor(), f)
        else:
            f = skia.ImageFilters.ColorFilter(skia.ColorFilters.Matrix(_matrix(name, arg)), f)
    return f


# -- clip-path ----------------------------------------------------------------------------------------

def _reference_rect(box, rect: skia.Rect, which: str) -> skia.Rect:
    b, p, m = box.border, box.padding, box.margin
    if which == "padding-box":
        return skia.Rect.MakeLTRB(rect.left() + b[3], rect.top() + b[0], rect.right() - b[1], rect.bottom() - b[2])
    if which == "content-box":
        return skia.Rect.MakeLTRB(rect.left() + b[3] + p[3], rect.top() + b[0] + p[0],
                                  rect.right() - b[1] - p[1], rect.bottom() - b[2] - p[2])
    if which == "margin-box":
        return skia.Rect.MakeLTRB(rect.left() - m[3], rect.top() - m[0], rect.right() + m[1], rect.bottom() + m[2])
    return rect


def clip_path(box, rect: skia.Rect) -> skia.Path | None:
    shape = box.style.clip_path
    if shape == "none":
        return None
    ref = _reference_rect(box, rect, shape.box)
    x0, y0, w, h = ref.left(), ref.top(), ref.width(), ref.height()
    path = skia.Path()
    if shape.kind == "inset":
        (t, r, b, l), radii = shape.args
        t, b = resolve(t, h), resolve(b, h)
        r, l = resolve(r, w), resolve(l, w)
        inner = skia.Rect.MakeLTRB(x0 + l, y0 + t, x0 + w - r, y0 + h - b)
        if inner.width() <= 0 or inner.height() <= 0:
            return path
        if radii:
            rr = [(resolve(a, inner.width()), resolve(c, inner.height())) for a, c in radii]
            from .geometry import corner_radii_scaled
            path.addRRect(rrect(inner, corner_radii_scaled(rr, inner.width(), inner.height())))
        else:
            path.addRect(inner)
        return path
    if shape.kind in ("circle", "ellipse"):
        radii, ((fx, px), (fy, py)) = shape.args
        cx, cy = fx * w + px, fy * h + py

        def side(kw, a, b):
            return min(abs(a), abs(b)) if kw == "closest-side" else max(abs(a), abs(b))

        if shape.kind == "circle":
            r = radii[0]
            if isinstance(r, str):
                rad = (min if r == "closest-side" else max)(abs(cx), abs(w - cx), abs(cy), abs(h - cy))
            else:
                rad = resolve(r, math.hypot(w, h) / math.sqrt(2))
            rx = ry = rad
        else:
            rx = side(radii[0], cx, w - cx) if isinstance(radii[0], str) else resolve(radii[0], w)
            ry = side(radii[1], cy, h - cy) if isinstance(radii[1], str) else resolve(radii[1], h)
        path.addOval(skia.Rect.MakeLTRB(x0 + cx - rx, y0 + cy - ry, x0 + cx + rx, y0 + cy + ry))
        return path
    if shape.kind == "polygon":
        rule, points = shape.args
        pts = [skia.Point(x0 + resolve(x, w), y0 + resolve(y, h)) for x, y in points]
        path.addPoly(pts, True)
        if rule == "evenodd":
            path.setFillType(skia.PathFillType.kEvenOdd)
        return path
    rule, data = shape.args
    path = svg_path(data)
    path.offset(x0, y0)
    if rule == "evenodd":
        path.setFillType(skia.PathFillType.kEvenOdd)
    return path


_TOKEN = re.compile(r"[MmLlHhVvCcSsQqTtAaZz]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_ARGS = {"m": 2, "l": 2, "h": 1, "v": 1, "c": 6, "s": 4, "q": 4, "t": 2, "a": 7, "z": 0}


def svg_path(data: str) -> skia.Path:
    """An SVG path string -> skia.Path (all commands, relative and absolute); stops at the first error."""
    tokens = _TOKEN.findall(data)
    path = skia.Path()
    i, cmd = 0, None
    x = y = sx = sy = 0.0
    last_ctrl = None
    while i < len(tokens):
        if tokens[i].isalpha():
            cmd = tokens[i]
            i += 1
            if cmd in "zZ":
                path.close()
                x, y = sx, sy
                last_ctrl = None
                continue
        if cmd is None:
            break
        n = _ARGS[cmd.lower()]
        if i + n > len(tokens) or any(t.isalpha() for t in tokens[i:i + n]):
            break
        a = [float(t) for t in tokens[i:i + n]]
        i += n
        rel = cmd.islower()
        c = cmd.lower()
        ox, oy = (x, y) if rel else (0.0, 0.0)
        if c == "m":
            x, y = a[0] + ox, a[1] + oy
            path.moveTo(x, y)
            sx, sy = x, y
            cmd = "l" if rel else "L"
            last_ctrl = None
        elif c == "l":
            x, y = a[0] + ox, a[1] + oy
            path.lineTo(x, y)
            last_ctrl = None
        elif c == "h":
            x = a[0] + (x if rel else 0.0)
            path.lineTo(x, y)
            last_ctrl = None
        elif c == "v":
            y = a[0] + (y if rel else 0.0)
            path.lineTo(x, y)
            last_ctrl = None
        elif c == "c":
            path.cubicTo(a[0] + ox, a[1] + oy, a[2] + ox, a[3] + oy, a[4] + ox, a[5] + oy)
            last_ctrl = ("c", a[2] + ox, a[3] + oy)
            x, y = a[4] + ox, a[5] + oy
        elif c == "s":
            c1 = (2 * x - last_ctrl[1], 2 * y - last_ctrl[2]) if last_ctrl and last_ctrl[0] == "c" else (x, y)
            path.cubicTo(*c1, a[0] + ox, a[1] + oy, a[2] + ox, a[3] + oy)
            last_ctrl = ("c", a[0] + ox, a[1] + oy)
            x, y = a[2] + ox, a[3] + oy
        elif c == "q":
            path.quadTo(a[0] + ox, a[1] + oy, a[2] + ox, a[3] + oy)
            last_ctrl = ("q", a[0] + ox, a[1] + oy)
            x, y = a[2] + ox, a[3] + oy
        elif c == "t":
            c1 = (2 * x - last_ctrl[1], 2 * y - last_ctrl[2]) if last_ctrl and last_ctrl[0] == "q" else (x, y)
            path.quadTo(*c1, a[0] + ox, a[1] + oy)
            last_ctrl = ("q", *c1)
            x, y = a[0] + ox, a[1] + oy
        else:  # arc
            rx, ry, rot, large, sweep = a[0], a[1], a[2], a[3], a[4]
            ex, ey = a[5] + ox, a[6] + oy
            path.arcTo(rx, ry, rot, skia.Path.ArcSize.kLarge_ArcSize if large else skia.Path.ArcSize.kSmall_ArcSize,
                       skia.PathDirection.kCW if sweep else skia.PathDirection.kCCW, ex, ey)
            x, y = ex, ey
            last_ctrl = None
    return path


# -- blending -----------------------------------------------------------------------------------------

BLEND = {
    "normal": skia.BlendMode.kSrcOver, "multiply": skia.BlendMode.kMultiply, "screen": skia.BlendMode.kScreen,
    "overlay": skia.BlendMode.kOverlay, "darken": skia.BlendMode.kDarken, "lighten": skia.BlendMode.kLighten,
    "color-dodge": skia.BlendMode.kColorDodge, "color-burn": skia.BlendMode.kColorBurn,
    "hard-light": skia.BlendMode.kHardLight, "soft-light": skia.BlendMode.kSoftLight,
    "difference": skia.BlendMode.kDifference, "exclusion": skia.BlendMode.kExclusion,
    "hue": skia.BlendMode.kHue, "saturation": skia.BlendMode.kSaturation, "color": skia.BlendMode.kColor,
    "luminosity": skia.BlendMode.kLuminosity, "plus-lighter": skia.BlendMode.kPlus,
}


def padding_rrect(rect: skia.Rect, radii, box) -> skia.RRect:
    return inset_rrect(rect, radii, *box.border)
