"""Shared sizing rules: available space, used margins / borders / padding, preferred and min / max sizes,
in the border-box terms every algorithm works in.

Sizes passed between algorithms are border-box sizes; ``None`` means "not known".
An available space is a px float or one of the sentinels :data:`MIN_CONTENT` / :data:`MAX_CONTENT`.
"""

from __future__ import annotations

from ..css.values import Percent
from .box import NEVER

MIN_CONTENT = "min-content"
MAX_CONTENT = "max-content"
INTRINSIC = (MIN_CONTENT, MAX_CONTENT)
INTRINSIC_KEYWORDS = frozenset({"min-content", "max-content", "fit-content"})
INF = float("inf")


class Indefinite(float):
    """A size a box must take that is not definite for its children's percentages: a flex item's
    main size in a container whose main size is not definite (CSS Flexbox 9.8)."""

    __slots__ = ()


def definite(space) -> float | None:
    """The px value of an available space, or None for min-/max-content."""
    return space if space.__class__ is float or space.__class__ is int else None


def pct(value, basis: float | None) -> float | None:
    """Used value of a computed length-percentage (None when auto / none / an indefinite percentage)."""
    cls = value.__class__
    if cls is float or cls is int:
        return float(value)
    if cls is Percent:
        return None if basis is None else basis * value.value / 100.0 + value.offset
    return None


def resolve_edges(box, cb_width: float | None) -> None:
    """Set the box's used border, padding and (non-auto) margins. Percentages of padding and margins
    refer to the containing block's width (CSS 2.1 8.3, 8.4); auto margins are 0 here."""
    key = cb_width if box.pct_w else None
    if box.edges_for is not NEVER and box.edges_for == key:
        return
    box.edges_for = key
    s = box.style
    w = cb_width if cb_width is not None else 0.0
    border = box.border = (s.border_top_width, s.border_right_width, s.border_bottom_width,
                           s.border_left_width)
    # (computed paddings and margins are mostly px floats: those are taken as they are)
    pt, pr, pb, pl = s.padding_top, s.padding_right, s.padding_bottom, s.padding_left
    padding = box.padding = (pt if pt.__class__ is float else pct(pt, w), pr if pr.__class__ is float else pct(pr, w),
                             pb if pb.__class__ is float else pct(pb, w), pl if pl.__class__ is float else pct(pl, w))
    mt, mr, mb, ml = s.margin_top, s.margin_right, s.margin_bottom, s.margin_left
    box.margin = (mt if mt.__class__ is float else pct(mt, w) or 0.0, mr if mr.__class__ is float else pct(mr, w) or 0.0,
                  mb if mb.__class__ is float else pct(mb, w) or 0.0, ml if ml.__class__ is float else pct(ml, w) or 0.0)
    bp_w = box.bp_w = border[1] + border[3] + padding[1] + padding[3]
    box.bp_h = border[0] + border[2] + padding[0] + padding[2]
    # The width facts for this containing-block width, unless a keyword needs the content measured.
    width, lo, hi = s.width, s.min_width, s.max_width
    if width.__class__ is str and width in INTRINSIC_KEYWORDS or lo.__class__ is str and lo in INTRINSIC_KEYWORDS \
            or hi.__class__ is str and hi in INTRINSIC_KEYWORDS:
        box.width_facts = None
    else:
        lo = _to_border_box(box, pct(lo, cb_width), bp_w)
        hi = _to_border_box(box, pct(hi, cb_width), bp_w)
        box.width_facts = (_to_border_box(box, pct(width, cb_width), bp_w),
                           bp_w if lo is None else lo, INF if hi is None else hi)
    box.height_facts = None


def horizontal_mbp(box) -> float:
    return box.margin[1] + box.margin[3] + box.border[1] + box.border[3] + box.padding[1] + box.padding[3]


def horizontal_bp(box) -> float:
    """Border and padding, left and right (valid once the box's edges are resolved)."""
    return box.bp_w


def vertical_bp(box) -> float:
    return box.bp_h


def _width_facts(box, cb_width):
    """(preferred, min, max) border-box widths for this containing-block width, or None when a
    min-/max-/fit-content keyword is involved."""
    if box.edges_for is NEVER or box.edges_for != (cb_width if box.pct_w else None):
        resolve_edges(box, cb_width)
    return box.width_facts


def _to_border_box(box, value: float | None, bp: float) -> float | None:
    if value is None:
        return None
    if box.style.box_sizing == "content-box":
        return value + bp
    return max(value, bp)


def aspect_ratio(box) -> float | None:
    """The preferred aspect ratio (width / height) of a box, or None."""
    value = box.style.aspect_ratio
    return None if value == "auto" else value[1]


def _ratio_box_sizes(box) -> tuple[float, float]:
    """What to add to the box the ratio applies to, to get the border box: the ratio applies to the
    box-sizing box, or always to the content box for ``auto && <ratio>`` (CSS Sizing 4, 5.1)."""
    if box.style.box_sizing == "content-box" or box.style.aspect_ratio[0] == "auto":
        return horizontal_bp(box), vertical_bp(box)
    return 0.0, 0.0


def height_from_width(box, width: float) -> float | None:
    """Border-box height a preferred aspect ratio gives a border-box width (CSS Sizing 4, 5.1)."""
    ratio = aspect_ratio(box)
    if ratio is None:
        return None
    dw, dh = _ratio_box_sizes(box)
    return max(0.0, width - dw) / ratio + dh


def width_from_height(box, height: float) -> float | None:
    ratio = aspect_ratio(box)
    if ratio is None:
        return None
    dw, dh = _ratio_box_sizes(box)
    return max(0.0, height - dh) * ratio + dw


def intrinsic_width(box, keyword: str, cb_width: float | None, cb_height: float | None) -> float:
    """Border-box width for ``min-content``, ``max-content`` or ``fit-content`` (CSS Sizing 3)."""
    if keyword == "fit-content":
        lo = intrinsic_width(box, "min-content", cb_width, cb_height)
        hi = intrinsic_width(box, "max-content", cb_width, cb_height)
        if cb_width is None:
            return hi
        return min(max(lo, cb_width - box.margin[1] - box.margin[3]), hi)
    from .intrinsic import intrinsic_width as content_width
    return content_width(box, MIN_CONTENT if keyword == "min-content" else MAX_CONTENT, cb_width, cb_height)


def _width_value(box, value, cb_width, cb_height) -> float | None:
    if value.__class__ is str and value in ("min-content", "max-content", "fit-content"):
        return intrinsic_width(box, value, cb_width, cb_height)
    return _to_border_box(box, pct(value, cb_width), horizontal_bp(box))


def preferred_width(box, cb_width: float | None, cb_height: float | None = None) -> float | None:
    """Border-box width from ``width`` (None when auto or an indefinite percentage); with an aspect
    ratio, an auto width follows a definite height."""
    facts = _width_facts(box, cb_width)
    width = facts[0] if facts is not None else _width_value(box, box.style.width, cb_width, cb_height)
    if width is None and box.style.aspect_ratio != "auto":
        height = _to_border_box(box, pct(box.style.height, cb_height), vertical_bp(box))
        if height is not None:
            width = width_from_height(box, clamp(height, *min_max_height(box, cb_height)))
            if ratio_keeps_content(box, "min_width"):
                from .intrinsic import content_width
                width = max(width, content_width(box, MIN_CONTENT, cb_width))
    return width


def ratio_keeps_content(box, min_attr: str) -> bool:
    """CSS Sizing 4, 5.3: a size from an aspect ratio does not go below the content size while the
    minimum size is auto and the box is not a scroll container."""
    if box.image is not None:
        return False  # a replaced box's content is its image: nothing to keep (layout/replaced.py)
    s = box.style
    # (a height from the ratio: only for a height that is auto itself, not an indefinite percentage, as
    # in Blink; a width kept at its content's also under a percentage, as intrinsic sizing needs)
    if min_attr == "min_height" and s.height != "auto":
        return False
    return getattr(s, min_attr) == "auto" and s.overflow_x in ("visible", "clip") and s.overflow_y in ("visible", "clip")


def preferred_height(box, cb_height: float | None) -> float | None:
    height = box.style.height
    if height.__class__ is str:
        return None
    return _to_border_box(box, pct(height, cb_height), box.bp_h)


def min_max_width(box, cb_width: float | None) -> tuple[float, float]:
    """Border-box (min, max) width from min-width / max-width; an auto minimum is 0 here (flex items get
    their automatic minimum from the flex algorithm)."""
    facts = _width_facts(box, cb_width)
    if facts is not None:
        return facts[1], facts[2]
    bp = box.bp_w
    lo = _width_value(box, box.style.min_width, cb_width, None)
    hi = _width_value(box, box.style.max_width, cb_width, None)
    return (lo if lo is not None else bp, hi if hi is not None else INF)


def min_max_height(box, cb_height: float | None) -> tuple[float, float]:
    facts = box.height_facts  # (containing-block height, limits), reset when the edges are resolved
    if facts is not None and facts[0] == cb_height:
        return facts[1]
    bp = box.bp_h
    lo = _to_border_box(box, pct(box.style.min_height, cb_height), bp)
    hi = _to_border_box(box, pct(box.style.max_height, cb_height), bp)
    limits = (lo if lo is not None else bp, hi if hi is not None else INF)
    box.height_facts = (cb_height, limits)
    return limits


def clamp(value: float, lo: float, hi: float) -> float:
    """CSS clamping: the minimum wins over the maximum."""
    return max(lo, min(value, hi))
