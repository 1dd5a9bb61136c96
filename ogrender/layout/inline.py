"""Inline formatting context, first version: a block container's inline content laid out in line boxes.

- A paragraph of styled text is broken into lines at the box's width (``layout_text``).
- Atomic inline-level boxes (``inline-block``, ``inline-flex``) sit side by side on line boxes, wrapping
  when the next does not fit, aligned on their baselines with the container's strut (CSS 2.1 10.8);
  ``layout_atomics``. Text and atomic boxes sharing a line come with the text issue: for now the text
  lines come first and the atomic boxes below them.
"""

from __future__ import annotations

import warnings

from ..errors import OgRenderWarning
from .engine import compute, relative_offset
from .intrinsic import intrinsic_width
from .sizing import (INTRINSIC, MAX_CONTENT, MIN_CONTENT, clamp, definite, height_from_width, horizontal_bp,
                     min_max_height, min_max_width, preferred_height, preferred_width, resolve_edges,
                     vertical_bp)


def _fill_or_intrinsic(box, known_w, avail_w, cb_w, min_content: float, max_content: float) -> float:
    """Width of a block container of inline content: given, or intrinsic, or filling the space."""
    bp_w = horizontal_bp(box)
    if known_w is not None:
        return known_w
    if avail_w == MIN_CONTENT:
        return min_content + bp_w
    if avail_w == MAX_CONTENT:
        return max_content + bp_w
    width = preferred_width(box, cb_w)
    if width is None:
        width = definite(avail_w) - box.margin[1] - box.margin[3]
    return clamp(width, *min_max_width(box, cb_w))


def _own_height(box, known_h, avail_h, width, cb_h, content_h: float) -> float:
    """Border-box height: known, given by height or an aspect ratio, else from the content (the
    intrinsic height ignores the box's own height, min-height and max-height)."""
    if known_h is not None:
        return known_h
    content = content_h + vertical_bp(box)
    if avail_h in INTRINSIC:
        return content
    height = preferred_height(box, cb_h)
    if height is None:
        height = height_from_width(box, width)
    if height is None:
        height = content
    return clamp(height, *min_max_height(box, cb_h))


def layout_text(box, known_w, known_h, avail_w, avail_h, cb_w, cb_h, perform):
    paragraph = box.paragraph
    width = _fill_or_intrinsic(box, known_w, avail_w, cb_w, paragraph.min_content_width(),
                               paragraph.max_content_width())
    text = paragraph.layout(max(0.0, width - horizontal_bp(box)))
    height = _own_height(box, known_h, avail_h, width, cb_h, text.height)
    if perform:
        box.text = text
        top = box.border[0] + box.padding[0]
        box.baseline = top + text.lines[0].baseline if text.lines else None
        place_inlines(box, text)
    return width, height


def place_inlines(box, text) -> None:
    """Give the boxes of the paragraph's inline elements their geometry: the union of their fragments on
    the lines (what ``getBoundingClientRect`` reports), relative to the parent box (the paragraph's
    box, or the enclosing inline element)."""
    if not box.inlines:
        return
    rects: dict[int, list[float]] = {}
    for line in text.lines:
        for f in line.fragments:
            r = rects.get(id(f.key))
            if r is None:
                rects[id(f.key)] = [f.x, f.y, f.x + f.width, f.y + f.height]
            else:
                r[0], r[1] = min(r[0], f.x), min(r[1], f.y)
                r[2], r[3] = max(r[2], f.x + f.width), max(r[3], f.y + f.height)
    ox, oy = box.border[3] + box.padding[3], box.border[0] + box.padding[0]

    def place(children, px: float, py: float) -> None:
        for child in children:
            r = rects.get(id(child), [0.0, 0.0, 0.0, 0.0])
            ax, ay = ox + r[0], oy + r[1]
            child.x, child.y = ax - px, ay - py
            child.width, child.height = r[2] - r[0], r[3] - r[1]
            place(child.inlines, ax, ay)

    place(box.inlines, 0.0, 0.0)


# -- atomic inline-level boxes --------------------------------------------------------------------------

def _atomic_width(atomic, mode, avail: float | None, cb_w, cb_h=None) -> float:
    """Border-box width of an inline-block / inline-flex: given, or shrink-to-fit (CSS 2.1 10.3.9)."""
    resolve_edges(atomic, cb_w)
    width = preferred_width(atomic, cb_w, cb_h)  # (cb_h: a percentage height with an aspect ratio)
    if width is None:
        lo = intrinsic_width(atomic, MIN_CONTENT, cb_w, cb_h)
        hi = intrinsic_width(atomic, MAX_CONTENT, cb_w, cb_h)
        if mode == MIN_CONTENT:
            width = lo
        elif mode == MAX_CONTENT or avail is None:
            width = hi
        else:
            width = min(max(lo, avail - atomic.margin[1] - atomic.margin[3]), hi)
    return clamp(width, *min_max_width(atomic, cb_w))


def _outer_width(atomic, width: float) -> float:
    return width + atomic.margin[1] + atomic.margin[3]


def atomic_baseline(atomic) -> float:
    """Distance from an atomic inline's border-box top to its baseline: for an inline-block, the baseline
    of its last line box, or its bottom margin edge when it has none or is a scroll container (CSS 2.1
    10.8.1); for an inline-flex, its first baseline, or the bottom margin edge."""
    s = atomic.style
    if s.display == "inline-block":
        if s.overflow_x not in ("visible", "clip") or s.overflow_y not in ("visible", "clip"):
            return atomic.height + atomic.margin[2]
        last = last_baseline(atomic)
        return last if last is not None else atomic.height + atomic.margin[2]
    if atomic.baseline is None:
        return atomic.height + atomic.margin[2]
    if s.overflow_x not in ("visible", "clip") or s.overflow_y not in ("visible", "clip"):
        return min(max(atomic.baseline, 0.0), atomic.height)  # a scroll container's stays inside its box
    return atomic.baseline


def last_baseline(box) -> float | None:
    """Baseline of the last line box inside ``box``, from its border-box top (None when it has none)."""
    if box.last_baseline is not None:
        return box.last_baseline
    if box.text is not None and box.text.lines:
        return box.border[0] + box.padding[0] + box.text.lines[-1].baseline
    if box.style.display in ("flex", "inline-flex"):
        return box.baseline
    for child in reversed(box.boxes):
        if child.style.position in ("absolute", "fixed"):
            continue
        scroll = child.style.overflow_x not in ("visible", "clip") or child.style.overflow_y not in ("visible", "clip")
        if scroll and child.style.display in ("flex", "inline-flex"):
            # a flex scroll container: its items' baseline kept inside its border box, or none
            inner = last_baseline(child)
            if inner is None:
                continue
            return child.y + min(max(inner, 0.0), child.height) - relative_offset(box, child)[1]
        # a block scroll container gives its margin-box bottom, lines or not
        inner = child.height + child.margin[2] if scroll else last_baseline(child)
        if inner is not None:  # (where the child was laid out: its relative offset does not move it)
            return child.y + inner - relative_offset(box, child)[1]
    return None


def atomic_outer_width(atomic, mode: str) -> float:
    """Min-content (``"min"``) or max-content outer width of an atomic inline (its margin box)."""
    from .intrinsic import contribution
    return contribution(atomic, MIN_CONTENT if mode == "min" else MAX_CONTENT)


def _vertical(atomic, h: float, metrics) -> tuple[float, float]:
    """(above, below) the line's baseline of an atomic inline's margin box, by its vertical-align
    (CSS 2.1 10.8.1; for ``top`` and ``bottom`` only the sum matters: the paragraph aligns them with the
    line box)."""
    outer_h = h + atomic.margin[0] + atomic.margin[2]
    base = atomic.margin[0] + atomic_baseline(atomic)
    ascent, descent, x_height, size = metrics
    va = atomic.style.vertical_align
    if va == "middle":
        above = outer_h / 2 + x_height / 2
    elif va == "text-top":
        above = ascent
    elif va == "text-bottom":
        above = outer_h - descent
    elif va == "sub":
        above = base - (size / 5 + 1)
    elif va == "super":
        above = base + size / 3 + 1
    elif va.__class__ is float:
        above = base + va
    elif hasattr(va, "resolve"):  # a percentage of the box's own line-height
        lh = atomic.style.line_height
        line_height = lh if lh.__class__ is float else (lh.value * atomic.style.font_size
                                                        if hasattr(lh, "value") else atomic.style.font_size * 1.2)
        above = base + va.resolve(line_height)
    else:
        above = base
    return above, outer_h - above


def _layout_mixed(box, known_w, known_h, avail_w, avail_h, cb_w, cb_h, perform):
    """Text and atomic inlines sharing line boxes: the atomics are object characters of the paragraph
    whose widths and heights (vertical-align applied) come from laying them out first."""
    paragraph = box.paragraph
    width = _fill_or_intrinsic(box, known_w, avail_w, cb_w, paragraph.min_content_width(),
                               paragraph.max_content_width())
    content_w = max(0.0, width - horizontal_bp(box))
    parent_h = cb_h if box.node is None else None
    sizes = {}
    for atomic in box.atomics:
        w = _atomic_width(atomic, avail_w if avail_w in (MIN_CONTENT, MAX_CONTENT) else None, content_w, content_w)
        h = preferred_height(atomic, parent_h)
        if h is not None:
            h = clamp(h, *min_max_height(atomic, parent_h))
        w, h = compute(atomic, w, h, w, None, content_w, parent_h, True)  # (see layout_atomics)
        atomic.width, atomic.height = w, h
        above, below = _vertical(atomic, h, paragraph.parent_metrics(atomic))  # the font of the box it is in
        va = atomic.style.vertical_align
        sizes[id(atomic)] = ((_outer_width(atomic, w), above, below, va) if va in ("top", "bottom")
                             else (_outer_width(atomic, w), above, below))
    paragraph.set_atomics(sizes)
    text = paragraph.layout(content_w)
    height = _own_height(box, known_h, avail_h, width, cb_h, text.height)
    ox, oy = box.border[3] + box.padding[3], box.border[0] + box.padding[0]
    if perform:
        box.text = text
        place_inlines(box, text)
        for line in text.lines:
            for atomic, x, above in line.atomics:
                atomic.x = ox + line.left + x + atomic.margin[3]
                atomic.y = oy + line.baseline - above + atomic.margin[0]
        box.baseline = oy + text.lines[0].baseline if text.lines else None
        box.last_baseline = oy + text.lines[-1].baseline if text.lines else None
    return width, height


def _static_positions(box, ends: dict, first_top: float) -> None:
    """Static positions of the out-of-flow boxes among the atomics: an inline-level one right after the
    atomic before it, on that atomic's line; a block-level one at the start of the next line (as Blink
    places them); before any atomic, at the first line's start."""
    x, line_top, line_bottom = 0.0, first_top, first_top
    seen = False
    left, top = box.border[3] + box.padding[3], box.border[0] + box.padding[0]
    for child in box.boxes:
        end = ends.get(id(child))
        if end is not None:
            (x, line_top, line_bottom), seen = end, True
        elif child.style.position in ("absolute", "fixed"):
            if child.style.display in ("inline", "inline-block", "inline-flex") or not seen:
                child.static = (left + x, top + line_top)
            else:
                child.static = (left, top + line_bottom)


def layout_atomics(box, known_w, known_h, avail_w, avail_h, cb_w, cb_h, perform):
    atomics = box.atomics
    paragraph = box.paragraph
    if paragraph is not None and paragraph.atomic_at:
        return _layout_mixed(box, known_w, known_h, avail_w, avail_h, cb_w, cb_h, perform)
    if paragraph is not None and atomics and perform:
        warnings.warn("text and inline-block boxes on one line are not laid out together yet: the text is "
                      "placed above the boxes", OgRenderWarning, stacklevel=2)
    widths_min = [_outer_width(a, _atomic_width(a, MIN_CONTENT, None, cb_w)) for a in atomics]
    widths_max = [_outer_width(a, _atomic_width(a, MAX_CONTENT, None, cb_w)) for a in atomics]
    min_content = max(widths_min, default=0.0)
    max_content = sum(widths_max)
    if paragraph is not None:
        min_content = max(min_content, paragraph.min_content_width())
        max_content = max(max_content, paragraph.max_content_width())
    width = _fill_or_intrinsic(box, known_w, avail_w, cb_w, min_content, max_content)
    content_w = max(0.0, width - horizontal_bp(box))

    top = 0.0
    if paragraph is not None:
        text = paragraph.layout(content_w)
        top = text.height
        if perform:
            box.text = text
            place_inlines(box, text)

    # Percentage heights skip the anonymous box to the block container around it.
    parent_h = cb_h if box.node is None else None
    # Break the atomics into lines (a break is allowed between any two of them).
    lines: list[list] = [[]]
    used = 0.0
    sizes = {}
    for atomic in atomics:
        w = _atomic_width(atomic, avail_w if avail_w in (MIN_CONTENT, MAX_CONTENT) else None, content_w, content_w,
                          parent_h)
        h = preferred_height(atomic, parent_h)
        if h is not None:
            h = clamp(h, *min_max_height(atomic, parent_h))
        # (laid out even when only measuring: its baseline, which places it on the line, is known only
        # once its content is placed)
        w, h = compute(atomic, w, h, w, None, content_w, parent_h, True)
        sizes[id(atomic)] = (w, h)
        outer = _outer_width(atomic, w)
        if lines[-1] and used + outer > content_w + 1e-7:
            lines.append([])
            used = 0.0
        lines[-1].append(atomic)
        used += outer

    strut_above, strut_below = box.strut
    first_baseline = last = None
    align = box.style.text_align
    ends = {}  # atomic -> (content-box x after its margin box, its line's top and bottom)
    first_top = top
    for line in lines:
        if not line:
            continue
        above, below = strut_above, strut_below
        metrics = []
        for atomic in line:
            w, h = sizes[id(atomic)]
            atomic.width, atomic.height = w, h
            a = atomic.margin[0] + atomic_baseline(atomic)
            outer_h = h + atomic.margin[0] + atomic.margin[2]
            metrics.append((atomic, w, a))
            above, below = max(above, a), max(below, outer_h - a)
        line_w = sum(_outer_width(atomic, w) for atomic, w, _ in metrics)
        free = content_w - line_w
        x = free if align in ("right", "end") else free / 2 if align == "center" else 0.0
        if perform:
            for atomic, w, a in metrics:
                atomic.x = box.border[3] + box.padding[3] + x + atomic.margin[3]
                atomic.y = box.border[0] + box.padding[0] + top + above - a + atomic.margin[0]
                x += _outer_width(atomic, w)
                ends[id(atomic)] = (x, top, top + above + below)
        if first_baseline is None:
            first_baseline = box.border[0] + box.padding[0] + top + above
        last = box.border[0] + box.padding[0] + top + above
        top += above + below

    height = _own_height(box, known_h, avail_h, width, cb_h, top)
    if perform:
        _static_positions(box, ends, first_top)
        box.last_baseline = last if atomics else None
        box.baseline = first_baseline if paragraph is None else (
            box.border[0] + box.padding[0] + box.text.lines[0].baseline if box.text.lines else first_baseline)
    return width, height
