"""The one measure-and-place interface every formatting context, text and (later) images go through.

``compute(box, known_w, known_h, avail_w, avail_h, cb_w, cb_h, perform)`` answers "what border-box size
do you take?" for ``box``: ``known_*`` are sizes the parent has already decided (e.g. a flex item's main
size, a stretched cross size), ``avail_*`` the space available (px or None, or MIN_CONTENT / MAX_CONTENT:
then, unless the size on that axis is known, the answer is the box's intrinsic min- or max-content size,
its border and padding included but its own width / height, min and max sizes ignored; callers that want
a contribution apply those themselves; an available height is otherwise ignored), ``cb_*`` the containing block's content size for percentages (None if indefinite).
With ``perform`` the box also places its children (positions relative to its border box), keeps its lines,
offsets its relatively positioned children and lays out the absolutely positioned boxes it is the
containing block of; without, the answer is cached.

Block layout also leaves margin-collapsing facts on ``box.collapse`` (cached along with the size).
"""

from __future__ import annotations

from .box import NEVER
from .sizing import (INTRINSIC, MAX_CONTENT, Indefinite, clamp, height_from_width, min_max_height, min_max_width, pct,
                     preferred_height, preferred_width, ratio_keeps_content, resolve_edges, width_from_height)


def formatting_context(box) -> str:
    if box.image is not None:
        return "replaced"
    if box.atomics is not None:
        return "inline"
    if box.paragraph is not None:
        return "text"
    display = box.style.display
    if display in ("flex", "inline-flex"):
        return "flex"
    return "block"


_ALGORITHMS: dict = {}


def _algorithm(kind: str):
    """The layout function of a formatting context (imported on first use: the modules import this one)."""
    function = _ALGORITHMS.get(kind)
    if function is None:
        function = _ALGORITHMS[kind] = _import_algorithm(kind)
    return function


def _import_algorithm(kind: str):
    if kind == "replaced":
        from .replaced import layout_replaced
        return layout_replaced
    if kind == "flex":
        from .flex import layout_flex
        return layout_flex
    if kind == "text":
        from .inline import layout_text
        return layout_text
    if kind == "inline":
        from .inline import layout_atomics
        return layout_atomics
    from .block import layout_block
    return layout_block


def compute(box, known_w, known_h, avail_w, avail_h, cb_w, cb_h, perform: bool = False) -> tuple[float, float]:
    # What the answer does not depend on is left out of the cache key: the available width when the
    # width is known, the available height unless it asks for the intrinsic height (block sizes come
    # from content), and the containing block's sizes when the box's own style has no percentage of them
    # (its descendants' percentages refer to its own content box).
    has_ratio = box.style.aspect_ratio != "auto"
    if known_w is None and has_ratio and avail_w in INTRINSIC:
        # The intrinsic width of a box with an aspect ratio and a definite height follows the ratio.
        resolve_edges(box, cb_w)
        height = preferred_height(box, cb_h)
        if height is not None:
            known_w = width_from_height(box, clamp(height, *min_max_height(box, cb_h)))
    ratio_h = None
    if known_h is None and has_ratio and avail_h in INTRINSIC:
        # Likewise the intrinsic height with a known or definite width; while the minimum height is
        # auto, the content may make it taller.
        resolve_edges(box, cb_w)
        width = known_w if known_w is not None else preferred_width(box, cb_w)
        if width is not None:
            ratio_h = height_from_width(box, width)
            if not ratio_keeps_content(box, "min_height"):
                known_h, ratio_h = ratio_h, None
    if known_w is not None:
        avail_w = known_w
    # (A block's min-content and max-content heights are both its content height at its width.)
    avail_h = known_h if known_h is not None else (MAX_CONTENT if avail_h in INTRINSIC else None)
    key = (known_w, known_h, avail_w, avail_h, cb_w if box.pct_w else None, cb_h if box.pct_h else None,
           known_h.__class__ is Indefinite)
    if not perform:
        cached = box.cache.get(key)
        if cached is not None:
            box.collapse = cached[1]
            return cached[0]
    if box.edges_for is NEVER or box.edges_for != (cb_w if box.pct_w else None):
        resolve_edges(box, cb_w)
    box.collapse = None
    size = None
    if not box.boxes and box.bfc_root and box.paragraph is None and box.image is None:
        size = _empty_box_size(box, known_w, known_h, avail_w, avail_h, cb_w, cb_h)
    if size is None:
        size = _algorithm(formatting_context(box))(box, known_w, known_h, avail_w, avail_h, cb_w, cb_h, perform)
    if ratio_h is not None and size[1] < ratio_h:
        size = (size[0], ratio_h)
    if perform:
        box.width, box.height = size
        _offset_relative_children(box)
        if box.absolutes:
            from .absolute import layout_absolutes
            layout_absolutes(box)
    else:
        box.cache[key] = (size, box.collapse)
    return size


def _empty_box_size(box, known_w, known_h, avail_w, avail_h, cb_w, cb_h):
    """The size of a box with no content that establishes its own formatting context (an empty flex
    item, say): the same answer every algorithm would give, without running one. None when its width
    must come from the available space."""
    s = box.style
    bp_w, bp_h = box.bp_w, box.bp_h
    if known_w is not None:
        width = known_w
    elif avail_w in INTRINSIC:
        width = bp_w
    else:
        width = preferred_width(box, cb_w, cb_h)
        if width is None:
            return None
        width = clamp(width, *min_max_width(box, cb_w))
    if known_h is not None:
        height = known_h
    elif avail_h in INTRINSIC:
        height = bp_h
    else:
        height = preferred_height(box, cb_h)
        if height is None:
            height = height_from_width(box, width) if s.aspect_ratio != "auto" else None
        if height is None:
            height = bp_h
        height = clamp(height, *min_max_height(box, cb_h))
    return width, height


def _offset_relative_children(box) -> None:
    """CSS 2.1 9.4.3: a relatively positioned box moves by its insets after layout (left wins over
    right, top over bottom); percentages refer to the containing block, the parent's content box."""
    for child in box.boxes:
        s = child.style
        if s.position != "relative" or s.left == s.right == s.top == s.bottom == "auto":
            continue
        dx, dy = relative_offset(box, child)
        child.x += dx
        child.y += dy


def relative_offset(box, child) -> tuple[float, float]:
    """(dx, dy) a relatively positioned child of ``box`` moves by (0 for any other child)."""
    s = child.style
    if s.position != "relative":
        return 0.0, 0.0
    cb_w = box.content_width
    cb_h = box.content_height if box.style.height != "auto" or box.parent is None else None
    left, right = pct(s.left, cb_w), pct(s.right, cb_w)
    top, bottom = pct(s.top, cb_h), pct(s.bottom, cb_h)
    dx = left if left is not None else (-right if right is not None else 0.0)
    dy = top if top is not None else (-bottom if bottom is not None else 0.0)
    return dx, dy
