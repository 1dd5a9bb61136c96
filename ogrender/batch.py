"""Many renders on all cores: :func:`render_many` and :class:`RenderPool`.

In: element trees (anything :func:`ogrender.render` takes) and the options shared by all of them (size, fonts,
format...). Out: the image bytes of each tree, in order, the same bytes :func:`~ogrender.render` gives.

The trees are rendered by a pool of worker processes (``concurrent.futures.ProcessPoolExecutor``), one per
core by default, so rendering scales past the GIL. The fonts and options go to each worker once, when it
starts, not with every tree; each worker keeps its caches (fonts, shaped text, styles) from one tree to the
next. Starting workers costs about an import of ogrender each (a few hundred ms), so for a handful of trees,
or when called again and again, keep a :class:`RenderPool` open::

    from ogrender import render_many
    pngs = render_many([card(post) for post in posts], fonts=fonts)          # list of bytes

    from ogrender.batch import RenderPool
    with RenderPool(fonts=fonts, processes=2) as pool:
        pngs = pool.map(trees)

With ``processes=1`` (or a single tree) everything happens in this process, with no pool.
"""

from __future__ import annotations

import os
from typing import Any, Iterable

__all__ = ["render_many", "RenderPool"]

_WORKER: dict[str, Any] = {}


def _init_worker(width: int, height: int, fonts, options: dict) -> None:
    from .fonts import font_set
    _WORKER.update(width=width, height=height, fonts=fonts, options=options)
    if fonts is not None:
        font_set(fonts)  # parse the fonts once, before the first tree arrives


def _render_one(tree) -> bytes:
    from .api import render
    w = _WORKER
    return render(tree, w["width"], w["height"], w["fonts"], **w["options"])


def _render_chunk(trees: list) -> list[bytes]:
    return [_render_one(tree) for tree in trees]


def _check_processes(processes) -> int:
    if processes is None:
        return os.cpu_count() or 1
    if isinstance(processes, bool) or not isinstance(processes, int) or processes < 1:
        from .errors import RenderError
        raise RenderError(f"processes must be a positive whole number, not {processes!r}", prop="processes")
    return processes


class RenderPool:
    """Worker processes that render trees with the same size, fonts and options; reusable across calls.

    ``processes``: how many (default: the CPU count). Other arguments: as :func:`ogrender.render`. Use as a
    context manager, or call :meth:`close`.
    """

    def __init__(self, width: int = 1200, height: int = 630, fonts: Iterable | None = None, *,
                 processes: int | None = None, **options):
        from .api import _check_size
        self.processes = _check_processes(processes)
        self.width, self.height = _check_size(width, height)
        self.fonts = None if fonts is None else list(fonts)
        if self.fonts is not None:
            from .fonts import font_set
            font_set(self.fonts)  # a bad font fails here, once, not in every worker
        self.options = options
        self._executor = None
        if self.processes > 1:
            from concurrent.futures import ProcessPoolExecutor  # here: 10-40 ms of imports a render never needs
            self._executor = ProcessPoolExecutor(
                self.processes, initializer=_init_worker,
                initargs=(self.width, self.height, self.fonts, self.options))

    def map(self, trees: Iterable, chunksize: int | None = None) -> list[bytes]:
        """The bytes of every tree, in order. The first tree that fails raises its error (a
        :class:`~ogrender.RenderError`, as :func:`~ogrender.render` would)."""
        trees = list(trees)
        if self._executor is None or len(trees) <= 1:
            from .api import render
            return [render(tree, self.width, self.height, self.fonts, **self.options) for tree in trees]
        if chunksize is None:  # a few chunks per worker: little pickling overhead, and still balanced
            chunksize = max(1, len(trees) // (self.processes * 4))
        chunks = [trees[i:i + chunksize] for i in range(0, len(trees), chunksize)]
        out: list[bytes] = []
        for part in self._executor.map(_render_chunk, chunks):
            out.extend(part)
        return out

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None

    def __enter__(self) -> "RenderPool":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def render_many(trees: Iterable, width: int = 1200, height: int = 630, fonts: Iterable | None = None, *,
                processes: int | None = None, chunksize: int | None = None, **options) -> list[bytes]:
    """Render every tree in ``trees`` with the same size, fonts and options, on ``processes`` worker
    processes (default: the CPU count); returns their bytes in order, the same bytes :func:`render` gives.
    Options are those of :func:`ogrender.render` (``format``, ``quality``, ``compression``, ``preset``...)."""
    trees = list(trees)
    processes = min(_check_processes(processes), max(1, len(trees)))
    with RenderPool(width, height, fonts, processes=processes, **options) as pool:
        return pool.map(trees, chunksize)
