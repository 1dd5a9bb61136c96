"""Per-stage timing of one render, for benchmarks and profiling.

In: ``render(tree, ..., timings=d)`` with a dict ``d``. Out: ``d`` filled with seconds per stage, the same keys
every time (:data:`STAGES` plus ``"total"``):

- ``tree``: the input tree built and checked, and every element's computed style (tree/ and css/);
- ``layout``: box construction and layout (layout/), without the text work inside it;
- ``text``: text shaping, line breaking and paragraph measurement (text/), asked for by layout;
- ``paint``: drawing on the canvas (paint/), and the image decoding it asks for;
- ``encode``: the pixels to PNG/JPEG/WebP bytes (output/).

For ``format="svg"`` or ``"pdf"`` (drawn from the boxes, not encoded) only ``tree``, ``layout`` and ``text`` are
filled; ``paint`` and ``encode`` stay 0 and there is no ``total``.

Zero cost when off: nothing here is imported or run unless ``timings`` is given. The first timed render in a
process wraps the text entry points (the :class:`~ogrender.text.Paragraph` methods layout calls, and
``strut``) with a check of a thread-local clock; from then on an untimed render pays one attribute lookup per
paragraph call. Timing is per thread: renders in other threads are not counted.
"""

from __future__ import annotations

import functools
import threading
from time import perf_counter

STAGES = ("tree", "layout", "text", "paint", "encode")
_TEXT_METHODS = ("__init__", "min_content_width", "max_content_width", "layout")

_local = threading.local()
_install_lock = threading.Lock()
_installed = False


class StageClock:
    """Marks stage ends: ``clock("layout")`` books the time since the previous mark to ``layout``, less the
    text time spent inside it, which goes to ``text``. The last stage (``encode``) also books ``total``."""

    __slots__ = ("out", "start", "last", "text", "depth")

    def __init__(self, out: dict):
        _install()
        out.clear()
        out.update(dict.fromkeys(STAGES, 0.0))
        self.out = out
        self.text = 0.0
        self.depth = 0
        _local.clock = self
        self.start = self.last = perf_counter()

    def __call__(self, stage: str) -> None:
        now = perf_counter()
        text, self.text = self.text, 0.0
        out = self.out
        out[stage] += now - self.last - text
        out["text"] += text
        self.last = now
        if stage == "encode":
            out["total"] = now - self.start
            if getattr(_local, "clock", None) is self:
                _local.clock = None


def stage_clock(out: dict | None) -> StageClock | None:
    """A :class:`StageClock` filling ``out``, or None (no timing) when ``out`` is None."""
    if out is None:
        return None
    if not isinstance(out, dict):
        from .errors import RenderError
        raise RenderError(f"timings must be a dict to fill, not {type(out).__name__}", prop="timings")
    return StageClock(out)


def _timed(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        clock = getattr(_local, "clock", None)
        if clock is None or clock.depth:
            return fn(*args, **kwargs)
        clock.depth = 1
        start = perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            clock.text += perf_counter() - start
            clock.depth = 0
    wrapper.__ogrender_timed__ = True
    return wrapper


def _install() -> None:
    global _installed
    if _installed:
        return
    with _install_lock:
        if _installed:
            return
        from .text import paragraph
        for name in _TEXT_METHODS:
            method = paragraph.Paragraph.__dict__.get(name)
            if method is not None and not getattr(method, "__ogrender_timed__", False):
                setattr(paragraph.Paragraph, name, _timed(method))
        from . import layout, text
        from .layout import build
        original = paragraph.strut
        timed_strut = _timed(original)
        for module in (paragraph, text, layout, build):
            if getattr(module, "strut", None) is original:
                module.strut = timed_strut
        _installed = True
