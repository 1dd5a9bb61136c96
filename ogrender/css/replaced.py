"""Parsers and computers of the properties of replaced elements (CSS Images 3, 5): ``object-fit`` and
``object-position``.

``object-position`` takes a CSS ``<position>`` (one to four values: ``left 10px top``, ``right 20% bottom
5px``, ``25% 75%``, ``center``). Its computed value is ``((x_edge, x_offset), (y_edge, y_offset))`` with
``x_edge`` ``"left"`` or ``"right"``, ``y_edge`` ``"top"`` or ``"bottom"`` and each offset a px float or a
:class:`Percent` of (box size - image size), measured from that edge.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import parsers as p
from .parsers import InvalidValue
from .values import Length, Percent

_X = {"left": Length(0, "%"), "center": Length(50, "%"), "right": Length(100, "%")}
_Y = {"top": Length(0, "%"), "center": Length(50, "%"), "bottom": Length(100, "%")}

OBJECT_POSITION_INITIAL = (("left", Percent(50.0)), ("top", Percent(50.0)))


def _lp(token):
    return p.length(token, percent=True)


def parse_position(tokens):
    """``<position>`` -> ``((x_edge, Length), (y_edge, Length))`` (specified lengths, edges left / top /
    right / bottom)."""
    toks = p.significant(tokens)
    if not 1 <= len(toks) <= 4:
        raise InvalidValue("expected one to four position values")
    items = []
    for t in toks:
        kw = p.keyword_of(t)
        if kw is not None:
            if kw not in ("left", "right", "top", "bottom", "center"):
                raise InvalidValue(f"unknown keyword {kw!r}")
            items.append(kw)
        else:
            value = _lp(t)
            if value is None:
                raise InvalidValue("expected a length, a percentage or left | center | right | top | bottom")
            items.append(value)
    if len(items) == 1:
        v = items[0]
        if v in ("top", "bottom"):
            return (("left", _X["center"]), ("top", _Y[v]))
        if isinstance(v, str):
            return (("left", _X[v]), ("top", _Y["center"]))
        return (("left", v), ("top", _Y["center"]))
    if len(items) == 2:
        a, b = items
        if isinstance(a, str) and isinstance(b, str):
            if a in ("top", "bottom") or b in ("left", "right"):
                a, b = b, a
            if a not in _X or b not in _Y:
                raise InvalidValue("two horizontal or two vertical keywords")
            return (("left", _X[a]), ("top", _Y[b]))
        if a in ("top", "bottom") or b in ("left", "right"):
            raise InvalidValue("a length must follow the horizontal keyword, then the vertical one")
        x = _X[a] if isinstance(a, str) else a
        y = _Y[b] if isinstance(b, str) else b
        if (isinstance(a, str) and a not in _X) or (isinstance(b, str) and b not in _Y):
            raise InvalidValue("misplaced keyword")
        return (("left", x), ("top", y))
    # Three or four values: keyword [offset] keyword [offset].
    groups = []
    i = 0
    while i < len(items):
        kw = items[i]
        if not isinstance(kw, str):
            raise InvalidValue("with three or four values, each offset must follow a keyword")
        offset = None
        if i + 1 < len(items) and not isinstance(items[i + 1], str):
            offset = items[i + 1]
            i += 1
        if kw == "center" and offset is not None:
            raise InvalidValue("center takes no offset")
        groups.append((kw, offset))
        i += 1
    if len(groups) != 2:
        raise InvalidValue("expected two keyword groups")
    (k1, o1), (k2, o2) = groups
    if k1 in ("top", "bottom") or k2 in ("left", "right"):
        (k1, o1), (k2, o2) = (k2, o2), (k1, o1)
    if k1 not in _X or k2 not in _Y:
        raise InvalidValue("two horizontal or two vertical keywords")

    def side(kw, off, table, start):
        if kw == "center":
            return (start, table["center"])
        if off is None:
            return (start, table[kw])
        return (kw, off)
    return (side(k1, o1, _X, "left"), side(k2, o2, _Y, "top"))
parse_position.accepts = "<position>"


def compute_position(value, ctx):
    from .properties import length_percentage
    (xe, xv), (ye, yv) = value
    return ((xe, length_percentage(xv, ctx)), (ye, length_percentage(yv, ctx)))


parse_object_fit = p.keywords("fill", "contain", "cover", "none", "scale-down")


# -- presentational hints of replaced elements (HTML 15.4.3 "Embedded content", "Images") --------------

REPLACED_TAGS = frozenset({"img", "svg"})
_DIMENSION = re.compile(r"^\s*(\d+(?:\.\d*)?|\.\d+)\s*(px|%)?\s*$", re.I)


def _dimension(value) -> Length | None:
    """HTML's rules for dimension attributes, simplified: a non-negative number (px) or a percentage."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float)):
        return Length(float(value), "px") if value >= 0 and value == value else None
    m = _DIMENSION.match(str(value))
    if not m:
        return None
    return Length(float(m.group(1)), "%" if (m.group(2) or "").lower() == "%" else "px")


@lru_cache(maxsize=1024)
def _hints(width, height):
    from .cascade import SpecifiedBlock
    block = SpecifiedBlock()
    w, h = _dimension(width), _dimension(height)
    if w is not None:
        block.normal["width"] = w
    if h is not None:
        block.normal["height"] = h
    if w is not None and h is not None and w.unit == h.unit == "px" and w.value > 0 and h.value > 0:
        block.normal["aspect-ratio"] = ("auto", w.value / h.value)
    return block if block.normal else None


def presentational_hints(element):
    """The ``width`` / ``height`` attributes of an ``img`` or ``svg`` as a cascade block under the author
    styles: ``width: <attr>px``, ``height: <attr>px`` and, with both in px, ``aspect-ratio: auto w / h``
    (as browsers map them). None for other elements or without the attributes."""
    if element.tag not in REPLACED_TAGS:
        return None
    attrs = element.attrs
    width, height = attrs.get("width"), attrs.get("height")
    if width is None and height is None:
        return None
    try:
        return _hints(width, height)
    except TypeError:  # an unhashable attribute value: no hint
        return None


# -- SVG presentation properties in inline <svg> styles --------------------------------------------------

SVG_PROPERTIES = ("fill", "fill-opacity", "fill-rule", "stroke", "stroke-width", "stroke-opacity",
                  "stroke-linecap", "stroke-linejoin", "stroke-dasharray", "stroke-dashoffset",
                  "stroke-miterlimit", "stop-color", "stop-opacity")


def parse_svg_value(tokens):
    """Any value, kept as written: an inline SVG's own renderer reads it (ogrender/images/svg.py)."""
    text = p.tokens_text(tokens).strip()
    if not text:
        raise InvalidValue("empty value")
    return text
parse_svg_value.accepts = "any SVG value (read by the SVG renderer)"
