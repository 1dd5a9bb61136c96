"""The one measure-and-place interface every formatting context, text and (later) images go through.

``compute(box, known_w, known_h, avail_w, avail_h, cb_w, cb_h, perform)`` answers "what border-box size
do you take?" for ``box``: ``known_*`` are sizes the parent has already decided (e.g. a flex item's main
size, a stretched cross size), ``avail_*`` the space available (px, or MIN_CONTENT / MAX_CONTENT for
intrinsic sizing), ``cb_*`` the containing block's content size for percentages (None if indefinite).
With ``perform`` the box also places its children and keeps its lines; without, the answer is cached.
"""

from __future__ import annotations

from .sizing import resolve_edges


def formatting_context(box) -> str:
    if box.paragraph is not None:
        return "text"
    display = box.style.display
    if display in ("flex", "inline-flex"):
        return "flex"
    return "block"


def compute(box, known_w, known_h, avail_w, avail_h, cb_w, cb_h, perform: bool = False) -> tuple[float, float]:
    key = (known_w, known_h, avail_w, avail_h, cb_w, cb_h)
    if not perform:
        cached = box.cache.get(key)
        if cached is not None:
            return cached
    resolve_edges(box, cb_w)
    kind = formatting_context(box)
    if kind == "flex":
        from .flex import layout_flex as algorithm
    elif kind == "text":
        from .inline import layout_text as algorithm
    else:
        from .block import layout_block as algorithm
    size = algorithm(box, known_w, known_h, avail_w, avail_h, cb_w, cb_h, perform)
    if perform:
        box.width, box.height = size
    else:
        box.cache[key] = size
    return size
