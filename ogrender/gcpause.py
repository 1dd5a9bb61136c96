"""Pausing Python's cyclic garbage collector while a render builds its trees.

In: nothing; out: a context manager. Building the element, style and box trees allocates tens of
thousands of container objects that all stay alive until the render ends; each allocation threshold then
triggers a collection that walks every one of them, which cost about a quarter of ``layout()`` on
1,000-node trees (benchmarks/layout_bench.py). Reference counting still frees everything that is not in a
cycle; cyclic garbage waits until the pause ends. Pauses nest and are shared by threads: the collector is
re-enabled when the last render that paused it ends, and only if it was enabled when the first began.
"""

from __future__ import annotations

import gc
import threading
from contextlib import contextmanager

_lock = threading.Lock()
_active = 0
_was_enabled = False


@contextmanager
def gc_paused():
    global _active, _was_enabled
    with _lock:
        if _active == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _active += 1
    try:
        yield
    finally:
        with _lock:
            _active -= 1
            if _active == 0 and _was_enabled:
                gc.enable()
