"""Block formatting context: block-level children stacked in normal flow (CSS 2.1 9.4.1, 10.3.3, 10.6.3)
with margin collapsing (CSS 2.1 8.3.1): between siblings, between a box and its first or last child
when no border, padding or formatting-context boundary separates them, and through empty boxes.

A box that does not establish a formatting context reports on ``box.collapse`` the margins that collapse
through its top and bottom edges, so its parent can collapse them with its own.
"""

from __future__ import annotations

from ..css.values import AUTO
from .absolute import is_out_of_flow
from .engine import compute
from .sizing import (INF, INTRINSIC, MAX_CONTENT, MIN_CONTENT, Indefinite, clamp, definite, min_max_height,
                     height_from_width, min_max_width, pct, preferred_height, preferred_width,
                     ratio_keeps_content, resolve_edges, width_from_height)


class MarginSet:
    """Margins that collapse together: the largest positive and the most negative (CSS 2.1 8.3.1)."""

    __slots__ = ("positive", "negative")

    def __init__(self, positive: float = 0.0, negative: float = 0.0):
        self.positive = positive
        self.negative = negative

    @classmethod
    def of(cls, margin: float) -> "MarginSet":
        return cls(max(margin, 0.0), min(margin, 0.0))

    def add(self, other: "MarginSet") -> "MarginSet":
        return MarginSet(max(self.positive, other.positive), min(self.negative, other.negative))

    def resolve(self) -> float:
        return self.positive + self.negative


class MarginInfo:
    """What margin collapsing needs from a laid-out child: the margins of its descendants that collapse
    through its top and bottom edges (its own margins excluded), and whether its top and bottom margins
    collapse through it (an empty box)."""

    __slots__ = ("top", "bottom", "through")

    def __init__(self, top: MarginSet, bottom: MarginSet, through: bool):
        self.top, self.bottom, self.through = top, bottom, through


NO_COLLAPSE = MarginInfo(MarginSet(), MarginSet(), False)


def layout_block(box, known_w, known_h, avail_w, avail_h, cb_w, cb_h, perform):
    bp_w, bp_h = box.bp_w, box.bp_h
    in_flow = [child for child in box.boxes if not is_out_of_flow(child)]

    if known_w is not None:
        width = known_w
    elif avail_w in (MIN_CONTENT, MAX_CONTENT):  # intrinsic size: the widest child contribution
        width = bp_w + max((_outer_intrinsic_width(child, avail_w) for child in in_flow), default=0.0)
    else:
        width = preferred_width(box, cb_w, cb_h)
        if width is None:  # fill the containing block (10.3.3)
            width = definite(avail_w) - box.margin[1] - box.margin[3]
        width = clamp(width, *min_max_width(box, cb_w))
    content_w = max(0.0, width - bp_w)
    intrinsic_h = known_h is None and avail_h in INTRINSIC
    own_h = known_h if known_h is not None or intrinsic_h else preferred_height(box, cb_h)
    from_ratio = ratio_height = False
    if own_h is None and not intrinsic_h:
        own_h = height_from_width(box, width)
        ratio_height = own_h is not None
        from_ratio = ratio_height and ratio_keeps_content(box, "min_height")
    if own_h is not None and known_h is None:
        own_h = clamp(own_h, *min_max_height(box, cb_h))
    content_h = None if own_h is None or own_h.__class__ is Indefinite else max(0.0, own_h - bp_h)

    s = box.style
    collapses = not box.bfc_root
    top_open = collapses and box.border[0] == 0 and box.padding[0] == 0
    # (a percentage height of an indefinite containing-block height behaves as auto)
    used_height = pct(s.height, cb_h)
    bottom_open = collapses and box.border[2] == 0 and box.padding[2] == 0 and used_height is None

    left = box.border[3] + box.padding[3]
    start = box.border[0] + box.padding[0]
    escaping_top = MarginSet()      # children's margins collapsing through our top edge
    at_top = top_open               # nothing has separated our top edge from the next child yet
    pending = MarginSet()           # margins between the committed content and the next child
    committed = 0.0                 # content-box y of the bottom of the last child that has content
    for child in box.boxes:
        if is_out_of_flow(child):
            if perform:
                child.static = (left, start + committed + (0.0 if at_top else pending.resolve()))
            continue
        child_w, child_h = compute(child, _fill_width(child, content_w, content_h), None, content_w, None,
                                   content_w, content_h, perform)
        info = child.collapse if child.collapse is not None else NO_COLLAPSE
        top_set = MarginSet.of(child.margin[0]).add(info.top)
        bottom_set = MarginSet.of(child.margin[2]).add(info.bottom)
        if info.through:
            # An empty box's top border edge sits where it would with a bottom border (8.3.1).
            if at_top:
                escaping_top = escaping_top.add(top_set).add(bottom_set)
                y = committed
            else:
                y = committed + pending.add(top_set).resolve()
                pending = pending.add(top_set).add(bottom_set)
        else:
            if at_top:
                escaping_top = escaping_top.add(top_set)
                y = committed
                at_top = False
            else:
                y = committed + pending.add(top_set).resolve()
            committed = y + child_h
            pending = bottom_set
        if perform:
            child.x = left + _margin_left(child, content_w, child_w)
            child.y = start + y

    zero_height = used_height is None or used_height == 0
    through = (at_top and collapses and box.border[2] == 0 and box.padding[2] == 0 and zero_height
               and (own_h is None or own_h == 0) and _zero_min_height(box, cb_h))
    dropped = False
    if bottom_open and not at_top and own_h is None:
        # A min- or max-height that changes the height stops the last child's margin from collapsing
        # through, and it does not count in the content height either (Blink drops it).
        lo, hi = min_max_height(box, cb_h)
        if clamp(committed + bp_h, lo, hi) != committed + bp_h:
            bottom_open, dropped = False, True
    if at_top:
        # Nothing with content: the children's margins all escape through the top (or through us).
        info = MarginInfo(escaping_top, MarginSet(), through)
        content = 0.0
    elif bottom_open or dropped or (ratio_height and collapses and box.border[2] == 0 and box.padding[2] == 0):
        # (under a height from an aspect ratio the last child's bottom margin, which would collapse through
        # the box's bottom, neither does nor counts in the content height: Blink drops it)
        info = MarginInfo(escaping_top if top_open else MarginSet(),
                          MarginSet() if ratio_height or dropped else pending, False)
        content = committed
    else:
        info = MarginInfo(escaping_top if top_open else MarginSet(), MarginSet(), False)
        content = committed + pending.resolve()
    box.collapse = info if collapses else None

    height = own_h
    if from_ratio:  # the content may make it taller, up to max-height
        height = clamp(max(height, content + bp_h), *min_max_height(box, cb_h))
    if height is None:
        height = content + bp_h if intrinsic_h else clamp(content + bp_h, *min_max_height(box, cb_h))
    if perform:
        baseline = _first_baseline(box, in_flow)
        if baseline is not None and (s.overflow_x not in ("visible", "clip")
                                     or s.overflow_y not in ("visible", "clip")):
            baseline = min(max(baseline, 0.0), height)  # a scroll container's stays inside its border box
        box.baseline = baseline
    return width, height


def _zero_min_height(box, cb_h) -> bool:
    lo, _ = min_max_height(box, cb_h)
    return lo <= box.bp_h


def _fill_width(child, content_w: float, content_h: float | None) -> float | None:
    """A block-level child with an auto width fills the containing block less its margins (10.3.3),
    unless an aspect ratio and a definite height (a length, or a percentage of a definite height) give
    it a width."""
    if child.image is not None:
        return None  # a replaced box sizes itself from its image (layout/replaced.py)
    s = child.style
    if s.width != AUTO:
        return None
    resolve_edges(child, content_w)
    width = max(0.0, content_w - child.margin[1] - child.margin[3])
    if s.aspect_ratio != AUTO:
        if preferred_height(child, content_h) is not None:
            return None
        # The min / max heights transfer through the ratio, then min / max-width apply (CSS Sizing 4, 5.2;
        # as Blink does, the transferred minimum may overflow the containing block)
        lo, hi = min_max_height(child, content_h)
        if hi != INF:
            width = min(width, width_from_height(child, hi))
        if s.min_height != AUTO and lo > child.bp_h:
            width = max(width, width_from_height(child, lo))
    return clamp(width, *min_max_width(child, content_w))


def _margin_left(child, content_w: float, child_w: float) -> float:
    """Used left margin: auto margins share the space the box leaves (10.3.3)."""
    s = child.style
    free = content_w - child_w - child.margin[1] - child.margin[3]
    if s.margin_left == AUTO and s.margin_right == AUTO:
        return child.margin[3] + max(0.0, free / 2)
    if s.margin_left == AUTO:
        return child.margin[3] + max(0.0, free)
    return child.margin[3]


def _outer_intrinsic_width(child, mode) -> float:
    """A child's min-/max-content contribution: its width or intrinsic width, clamped, plus margins
    (percentages of the unknown width count as 0)."""
    resolve_edges(child, None)
    w = preferred_width(child, None)
    if w is None:
        w, _ = compute(child, None, None, mode, None, None, None)
    w = clamp(w, *min_max_width(child, None))
    return w + child.margin[1] + child.margin[3]


def _first_baseline(box, in_flow) -> float | None:
    for child in in_flow:
        if child.baseline is not None:
            return child.y + child.baseline
    return None
